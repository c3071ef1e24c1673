"""Numbers typed by the user: read in the user's locale (its digits, decimal
sign and group separators, or the plain ASCII form) as exact Decimals."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale


def parse_number(text: str, locale: QLocale | None = None) -> Decimal | None:
    """A number typed in the user's locale as an exact Decimal (None when the
    text is empty); ValueError when it is not a number."""
    locale = locale or QLocale()
    text = text.strip()
    if not text:
        return None
    zero = ord(locale.zeroDigit()[0]) if locale.zeroDigit() else ord("0")
    plain = "".join(
        chr(ord("0") + ord(c) - zero) if zero <= ord(c) <= zero + 9 else c for c in text
    )
    for separator in {locale.groupSeparator(), " ", "\u00a0", "\u202f"}:
        if separator:
            plain = plain.replace(separator, "")
    plain = plain.replace(locale.decimalPoint(), ".").replace(locale.negativeSign(), "-")
    try:
        return Decimal(plain)
    except InvalidOperation:
        pass
    value, ok = locale.toDouble(text)
    if not ok:
        raise ValueError(text)
    return Decimal(repr(value))
