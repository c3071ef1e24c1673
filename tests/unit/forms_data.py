"""Helpers for the update form tests: a demo database per test, filling a
form as an agency would (openpyxl), and counting what was written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import func, select

from desktop.services.database import Database
from desktop.services.forms.making import FormRequest, SentForm, make_form
from desktop.services.forms.manifest import RowEntry
from desktop.services.forms.reading import read_returned_form
from desktop.services.report_data import find_agency_id
from desktop.store.models import Measurement, ProgressUpdate

TODAY = date.today()
UPDATES = "Updates"
INDICATORS = "Indicators"


def make(database: Database, agency: str, out: Path, **request: Any) -> SentForm:
    agency_id = find_agency_id(database.session_factory, agency)
    return make_form(database.session_factory, agency_id, out, FormRequest(**request), TODAY)


def entries(path: Path, kind: str) -> list[RowEntry]:
    """The manifest's rows of one kind (recommendation, action, indicator)."""
    return [e for e in read_returned_form(path).manifest.entries if e.kind == kind]


def fill(source: Path, target: Path, cells: dict[str, Any], sheet: str = UPDATES) -> Path:
    """Save a copy of ``source`` with ``cells`` (``"H3": value``) written, as
    an agency's spreadsheet program would."""
    book = openpyxl.load_workbook(source)
    for ref, value in cells.items():
        _put(book[sheet], ref, value)
    book.save(target)
    return target


def fill_many(source: Path, target: Path, sheets: dict[str, dict[str, Any]]) -> Path:
    book = openpyxl.load_workbook(source)
    for sheet, cells in sheets.items():
        for ref, value in cells.items():
            _put(book[sheet], ref, value)
    book.save(target)
    return target


def _put(sheet: Any, ref: str, value: Any) -> None:
    """Text starting with "=" stays text (as typed after an apostrophe); a
    formula is given as ``Formula("=…")``."""
    cell = sheet[ref]
    if isinstance(value, Formula):
        cell.value = value.text
        return
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"


@dataclass(frozen=True)
class Formula:
    text: str


def counts(database: Database) -> tuple[int, int]:
    with database.session_factory() as session:
        updates = session.scalar(select(func.count()).select_from(ProgressUpdate)) or 0
        measurements = session.scalar(select(func.count()).select_from(Measurement)) or 0
    return updates, measurements
