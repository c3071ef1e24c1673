"""A date field that may be left empty, shown in the user's locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

_EMPTY = QDate(1900, 1, 1)


def python_date(day: QDate) -> date:
    """A QDate as a date (QDate.toPython is typed as returning object)."""
    return date(day.year(), day.month(), day.day())


def today() -> date:
    """The user's calendar day."""
    return python_date(QDate.currentDate())


class OptionalDateEdit(QDateEdit):
    """A QDateEdit whose lowest value stands for "no date" (shown as a dash)."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat(
            _four_digit_years(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        )
        self.setMinimumDate(_EMPTY)
        if optional:
            self.setSpecialValueText("—")
        self.set_value(None)

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(_EMPTY if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date | None:
        if self.optional and self.date() == _EMPTY:
            return None
        return python_date(self.date())

    def clear_value(self) -> None:
        self.set_value(None)


def _four_digit_years(fmt: str) -> str:
    """The locale's short date format with the year in full (26 → 2026)."""
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")
