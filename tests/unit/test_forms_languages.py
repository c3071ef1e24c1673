"""Update forms in the six UN languages: every catalogue complete, status
names that map back to one code each, an Arabic form right to left whose
localised status is read back; and the values the manifest compares."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.vocab import UN_LANGUAGES, ActionStatus, ImplementationStatus
from desktop.services.database import open_database
from desktop.services.demo import create_demo_data
from desktop.services.forms.apply import apply_review
from desktop.services.forms.labels import ENGLISH, FormLabels
from desktop.services.forms.manifest import canonical, digest
from desktop.services.forms.review import review_form
from tests.unit.forms_data import TODAY, entries, fill_many, make


@pytest.mark.parametrize("language", UN_LANGUAGES)
def test_every_form_language_is_complete(language: str) -> None:
    labels = FormLabels(language)
    texts = {key: labels(key) for key in ENGLISH if key != "title"}
    if language != "en":
        # Nothing left in English but the words that are the same in French.
        same = {k for k, v in texts.items() if v == ENGLISH[k]}
        assert same <= {"sheet.instructions", "actions", "action", "date", "source"}
    for kind in (ImplementationStatus, ActionStatus):
        names = labels.status_names(kind)
        assert sorted(names.values()) == sorted(m.value for m in kind)  # one name each


def test_an_arabic_form_runs_right_to_left_and_reads_its_statuses(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "nmrf.sqlite3"), create=True)
    try:
        create_demo_data(database.session_factory)
        form = tmp_path / "ar.xlsx"
        make(database, "MOJ", form, language="ar")
        book = openpyxl.load_workbook(form)
        assert book.sheetnames[:3] == ["التعليمات", "المستجدات", "المؤشرات"]
        assert book["المستجدات"].sheet_view.rightToLeft
        assert book["المستجدات"]["H1"].value == "الحالة"
        rec = entries(form, "recommendation")[0]
        name = "نُفذت كلياً" if rec.status != "fully_implemented" else "قيد التنفيذ"
        filled = fill_many(form, tmp_path / "back.xlsx", {"المستجدات": {f"H{rec.row}": name}})
        review = review_form(database.session_factory, filled, TODAY)
        [item] = review.items
        assert item.filled.status in ("fully_implemented", "in_progress")
        assert item.changes[0].column == "الحالة" and item.changes[0].new == name
        assert apply_review(database, review, [item.id], TODAY).progress_updates == 1
    finally:
        database.dispose()


def test_values_compare_as_a_spreadsheet_program_gives_them_back() -> None:
    assert canonical(datetime(2026, 3, 1)) == canonical(date(2026, 3, 1)) == "2026-03-01"
    assert canonical(12.0) == canonical(12) == "12"
    assert canonical("a\r\nb  \n") == canonical("a\nb") == "a\nb"
    assert canonical(None) == canonical("") == ""
    assert digest("118.2") != digest("118.20")
