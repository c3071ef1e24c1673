"""Money amounts shown in the user's locale, exactly (no float on the way)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from desktop.ui.i18n import locale_digits


def format_amount(value: Decimal, places: int = 2) -> str:
    """``1234567.5`` → ``1,234,567.50`` (en), ``1 234 567,50`` (fr), with the
    locale's separators; read back exactly by numbers.parse_number."""
    locale = QLocale()
    text = f"{value:,.{places}f}"
    return locale_digits(
        text.replace(",", "\x00")
        .replace(".", locale.decimalPoint())
        .replace("\x00", locale.groupSeparator()),
        locale,
    )
