"""How a form is laid out: the sheets' keys, the columns' widths, the cell
styles, and each value as the form writes it (and so as its digest is taken)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, PatternFill, Protection

MAX_CELL_TEXT = 32_000
"""Spreadsheet programs hold at most 32,767 characters in a cell."""
UPDATES = "updates"
INDICATORS = "indicators"
WIDTHS = {
    "reference": 13,
    "mechanism": 11,
    "role": 10,
    "text": 50,
    "due": 11,
    "current_status": 15,
    "latest_progress": 32,
    "status": 20,
    "progress": 44,
    "evidence": 26,
    "next_steps": 32,
    "indicator": 50,
    "unit": 12,
    "baseline": 12,
    "target": 12,
    "latest_value": 14,
    "latest_date": 14,
    "value": 14,
    "date": 14,
    "source": 40,
}
DATE_FORMAT = "yyyy-mm-dd"

WRAP = Alignment(wrap_text=True, vertical="top")
GREY = PatternFill("solid", fgColor="E7E6E6")
HEAD = PatternFill("solid", fgColor="1F4E79")
GROUP = PatternFill("solid", fgColor="D9E2F3")
OPEN = Protection(locked=False)


def cell_value(value: Any) -> Any:
    """A value as the form writes it (and so as its digest is taken)."""
    if isinstance(value, Decimal):
        number = float(value)
        return int(number) if number.is_integer() else number
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL_TEXT]
    return value
