"""One home for the per-user settings: the interface language, the register's
column layout and sort, and the choices last made for a report.

They live in an INI file per user on every platform (easy to inspect and back
up). INI files keep every value as text, so each reader here turns it back
into its type ("true" into True) and falls back to a default on anything odd.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.services.register import Sort

UI_LANGUAGE = "ui/language"
REGISTER_HEADER = "register/header"
REGISTER_SORT = "register/sort"
REPORT_PREFIX = "reports/"


def store() -> QSettings:
    """The user's settings file."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "NMRF Desk", "NMRF Desk"
    )


def _text(settings: QSettings, key: str) -> str:
    value = settings.value(key, "")
    return str(value) if value is not None else ""


def _flag(settings: QSettings, key: str) -> bool:
    value = settings.value(key, False)
    return value is True or str(value).lower() == "true"


# -- interface language ------------------------------------------------------------------
def ui_language() -> str:
    """The interface language the user chose, or "" for the system's."""
    return _text(store(), UI_LANGUAGE)


def set_ui_language(code: str) -> None:
    store().setValue(UI_LANGUAGE, code)


# -- the register's table ------------------------------------------------------------------
def register_sort() -> Sort:
    column, _, direction = _text(store(), REGISTER_SORT).partition(":")
    return Sort(column or "reference", direction == "desc")


def set_register_sort(sort: Sort) -> None:
    store().setValue(REGISTER_SORT, f"{sort.column}:{'desc' if sort.descending else 'asc'}")


def register_header() -> QByteArray | None:
    """The header's saved state (column order, widths, hidden columns)."""
    state = store().value(REGISTER_HEADER)
    return state if isinstance(state, QByteArray) else None


def set_register_header(state: QByteArray) -> None:
    store().setValue(REGISTER_HEADER, state)


# -- the report last asked for ---------------------------------------------------------------
@dataclass(frozen=True)
class ReportChoices:
    """What the user last chose on the Reports page ("" where nothing was)."""

    report: str = ""
    scope: str = ""
    language: str = ""
    paper: str = ""
    marking: str = ""
    draft: bool = False
    grouping: str = ""
    folder: str = ""


def report_choices() -> ReportChoices:
    settings = store()
    text = {
        key: _text(settings, REPORT_PREFIX + key)
        for key in ("report", "scope", "language", "paper", "marking", "grouping", "folder")
    }
    return ReportChoices(**text, draft=_flag(settings, REPORT_PREFIX + "draft"))


def set_report_choices(choices: ReportChoices) -> None:
    settings = store()
    for key, value in vars(choices).items():
        settings.setValue(REPORT_PREFIX + key, value)


def set_report_folder(folder: Path) -> None:
    store().setValue(REPORT_PREFIX + "folder", str(folder))
