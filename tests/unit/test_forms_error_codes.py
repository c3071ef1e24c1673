"""The errors of agency update forms carry a code and params (a screen words
them in the user's language) beside their English message, which stays what
the command line prints: a returned file that is not a form, a forged one,
each rejected row, a form that cannot be written (nothing recorded)."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.domain.errors import ImportFileError, NmrfError, NotFoundError, ValidationError
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.forms import cells, making
from desktop.services.forms.apply import apply_review
from desktop.services.forms.making import FormRequest, make_form
from desktop.services.forms.review import review_form
from desktop.store.models import UpdateForm
from tests.unit.forms_data import INDICATORS, TODAY, entries, fill, fill_many, make


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()


@pytest.fixture
def moj(database: Database, tmp_path: Path) -> Path:
    path = tmp_path / "moj.xlsx"
    make(database, "MoJ", path, period="2026")
    return path


def _sent(database: Database) -> int:
    with database.session_factory() as session:
        return session.scalar(select(func.count()).select_from(UpdateForm)) or 0


def test_each_rejected_row_carries_its_code_params_and_field(
    database: Database, moj: Path, tmp_path: Path
) -> None:
    recs = entries(moj, "recommendation")
    last = max(e.row for e in entries(moj, "action"))
    filled = fill(
        moj,
        tmp_path / "back.xlsx",
        {
            f"A{recs[0].row}": "999.9",
            f"H{recs[1].row}": "Done, more or less",
            f"I{recs[2].row}": "x" * 10_001,
            f"I{last + 2}": "A row of our own",
        },
    )
    review = review_form(database.session_factory, filled, TODAY)
    found = {r.row: r for r in review.rejected}
    assert set(found) == {recs[0].row, recs[1].row, recs[2].row, last + 2}
    read_only = found[recs[0].row]
    assert (read_only.code, read_only.field, read_only.column) == (
        "form.read_only_changed",
        "reference",
        "Reference",
    )
    status = found[recs[1].row]
    assert (status.code, status.field) == ("form.not_a_status", "status")
    assert status.params["value"] == "Done, more or less"
    assert "Fully implemented" in str(status.params["choices"])
    assert status.reason.startswith("'Done, more or less' is not a status of the list (")
    long = found[recs[2].row]
    assert (long.code, long.field, long.params) == (
        "form.text_too_long",
        "progress",
        {"limit": 10_000, "length": 10_001},
    )
    assert long.reason == "longer than 10,000 characters (10,001)"
    added = found[last + 2]
    assert (added.code, added.field, added.params) == ("form.row_added", None, {})
    assert review.as_dict()["details"]["rejected"][0]["code"] == review.rejected[0].code


def test_a_formula_error_in_a_cell_carries_its_code() -> None:
    with pytest.raises(cells.CellProblem) as caught:
        cells.text("#REF!", "evidence")
    assert (caught.value.code, caught.value.field, caught.value.params) == (
        "form.formula_error",
        "evidence",
        {"value": "#REF!"},
    )


def test_indicator_cells_carry_codes(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "nso.xlsx"
    make(database, "NSO", path)
    ind = entries(path, "indicator")
    future = TODAY + timedelta(days=3)
    filled = fill_many(
        path,
        tmp_path / "back.xlsx",
        {
            INDICATORS: {
                f"G{ind[0].row}": "many",
                f"G{ind[1].row}": 3,
                f"G{ind[2].row}": 4,
                f"H{ind[2].row}": future,
            }
        },
    )
    review = review_form(database.session_factory, filled, TODAY)
    codes = {r.row: (r.code, r.field, r.params) for r in review.rejected}
    assert codes == {
        ind[0].row: ("form.not_a_number", "value", {"value": "many"}),
        ind[1].row: ("form.date_missing", "date", {}),
        ind[2].row: ("form.date_in_future", "date", {"date": future.isoformat()}),
    }


def test_files_that_are_not_this_databases_forms_carry_codes(
    database: Database, moj: Path, tmp_path: Path
) -> None:
    (tmp_path / "text.xlsx").write_text("Reference,Status\n")
    plain = openpyxl.Workbook()
    plain.save(tmp_path / "plain.xlsx")
    book = openpyxl.load_workbook(moj)
    book["nmrf_manifest"]["D9"] = str(entries(moj, "recommendation")[1].record)
    book.save(tmp_path / "forged.xlsx")
    book = openpyxl.load_workbook(moj)
    book["nmrf_manifest"]["B2"] = "not-a-uuid"
    book.save(tmp_path / "broken.xlsx")
    expected: dict[str, tuple[str, dict[str, object]]] = {
        "text.xlsx": ("form.not_xlsx", {}),
        "plain.xlsx": ("form.no_manifest", {}),
        "forged.xlsx": ("form.signature_mismatch", {}),
    }
    for name, (code, params) in expected.items():
        with pytest.raises(ImportFileError) as caught:
            review_form(database.session_factory, tmp_path / name, TODAY)
        assert (caught.value.code, caught.value.params, caught.value.file) == (code, params, name)
        assert str(caught.value).startswith(f"{name}: ")
    with pytest.raises(ImportFileError) as broken:
        review_form(database.session_factory, tmp_path / "broken.xlsx", TODAY)
    assert broken.value.code == "form.manifest_damaged"
    assert broken.value.params == {"reason": "badly formed hexadecimal UUID string"}
    assert broken.value.message.startswith("the form's hidden manifest is damaged (")


def test_making_errors_carry_codes_and_leave_nothing_recorded(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    factory = database.session_factory
    agency = 1
    with pytest.raises(ValidationError) as past:
        make_form(
            factory, agency, tmp_path / "f.xlsx", FormRequest(deadline=TODAY - timedelta(1)), TODAY
        )
    assert (past.value.code, past.value.where) == ("form.deadline_past", "--deadline")
    with pytest.raises(ValidationError) as language:
        make_form(factory, agency, tmp_path / "f.xlsx", FormRequest(language="xx"), TODAY)
    assert language.value.code == "form.no_language"
    assert language.value.params == {"language": "xx", "languages": "en, fr, es, ru, zh, ar"}
    with pytest.raises(ValidationError) as folder:
        make_form(factory, agency, tmp_path / "nowhere" / "f.xlsx", FormRequest(), TODAY)
    assert (folder.value.code, folder.value.where) == ("form.no_folder", str(tmp_path / "nowhere"))
    with pytest.raises(NotFoundError) as gone:
        make_form(factory, 10**6, tmp_path / "f.xlsx", FormRequest(), TODAY)
    assert (gone.value.code, gone.value.where) == ("record.not_found", "--agency")
    before = _sent(database)
    for error, code in (
        (PermissionError(errno.EACCES, "Permission denied"), "form.write_not_allowed"),
        (OSError(errno.ENOSPC, "No space left on device"), "form.disk_full"),
        (OSError(errno.EIO, "Input/output error"), "form.cannot_write"),
    ):

        def refuse(*_args: object, exc: OSError = error) -> None:
            raise exc

        monkeypatch.setattr(making, "write_form", refuse)
        with pytest.raises(NmrfError) as caught:
            make(database, "MoJ", tmp_path / "f.xlsx")
        assert (caught.value.code, caught.value.where) == (code, str(tmp_path / "f.xlsx"))
        assert caught.value.message.startswith("cannot write the file: ")
        assert _sent(database) == before
    assert caught.value.params == {"reason": "Input/output error"}
    assert not (tmp_path / "f.xlsx").exists()


def test_applying_items_not_in_the_review_carries_a_count(
    database: Database, moj: Path, tmp_path: Path
) -> None:
    rec = entries(moj, "recommendation")[0]
    review = review_form(
        database.session_factory, fill(moj, tmp_path / "b.xlsx", {f"I{rec.row}": "x"}), TODAY
    )
    with pytest.raises(ValidationError) as caught:
        apply_review(database, review, ["updates:99998", "updates:99999"], TODAY)
    assert caught.value.code == "form.items_not_in_review"
    assert caught.value.params == {"count": 2, "items": "updates:99998, updates:99999"}
    assert caught.value.where == review.file
