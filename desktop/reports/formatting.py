"""Dates, numbers and amounts in the report's language (Babel, from CLDR)."""

from __future__ import annotations

import datetime
import re
from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent
from babel.numbers import get_currency_name as _currency_name

# Bidi marks CLDR puts in Arabic dates and amounts: the layout orders the text
# itself, and the fonts have no glyph for them.
_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def _clean(text: str) -> str:
    return _MARKS.sub("", text)


_SEPARATORS = {"ar": "؛ ", "zh": "；"}


class Formats:
    def __init__(self, language: str) -> None:
        self.locale = language
        self.separator = _SEPARATORS.get(language, "; ")
        """Between the items of a list ("؛ " in Arabic, "；" in Chinese)."""

    def date(self, value: date | None, long: bool = False) -> str:
        """A date in the language's form; its spaces are no-break spaces, so
        that a line never ends inside it ("Jun 4," / "2024")."""
        if value is None:
            return ""
        text = format_date(value, format="long" if long else "medium", locale=self.locale)
        return _clean(text).replace(" ", "\u00a0")

    def date_range(self, start: datetime.date | None, end: datetime.date | None) -> str:
        """ "start – end" (a line may break after the dash only), or the one
        date there is."""
        first, last = self.date(start), self.date(end)
        return f"{first}\u00a0– {last}" if first and last else first or last

    def number(self, value: int | Decimal | None) -> str:
        if value is None:
            return ""
        return _clean(format_decimal(value, locale=self.locale))

    def amount(self, value: Decimal | None, currency: str) -> str:
        """An amount with its currency; a currency code CLDR does not know is
        printed after the number as entered."""
        if value is None:
            return ""
        code = currency.strip().upper()
        if re.fullmatch("[A-Z]{3}", code) and _known_currency(code):
            return _clean(format_currency(value, code, locale=self.locale))
        text = self.number(value)
        return f"{text} {currency.strip()}".strip()

    def amounts(self, totals: dict[str, Decimal]) -> str:
        return self.separator.join(self.amount(v, c) for c, v in sorted(totals.items())) or "—"

    def percent(self, part: int, whole: int) -> str:
        if whole <= 0:
            return "—"
        return _clean(format_percent(round(part / whole, 2), locale=self.locale))


def _known_currency(code: str) -> bool:
    try:
        return _currency_name(code, locale="en") != code
    except Exception:  # Babel raises for codes of no shape it knows
        return False
