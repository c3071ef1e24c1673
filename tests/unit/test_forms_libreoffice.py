"""The LibreOffice Calc round trip of an update form, for real: a form filled
with openpyxl is re-saved by ``soffice --headless --convert-to xlsx`` (as an
agency's LibreOffice would save it), then reviewed and applied. Its drop-downs,
protection, open cells and hidden manifest must survive, and every read-only
cell must read back as it was written (no row rejected).

Skipped only when soffice is not installed and CI is not "true"; under CI it
must run (.ci/run installs libreoffice-calc-nogui)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest

from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.forms.apply import apply_review
from desktop.services.forms.review import review_form
from tests.unit.forms_data import (
    INDICATORS,
    TODAY,
    UPDATES,
    Formula,
    counts,
    entries,
    fill_many,
    make,
)

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

if SOFFICE is None and os.environ.get("CI") != "true":
    pytest.skip("LibreOffice (soffice) is not installed", allow_module_level=True)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "nmrf.sqlite3"), create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()


def resave_with_libreoffice(path: Path, out_dir: Path) -> Path:
    assert SOFFICE is not None, "CI is set but LibreOffice (soffice) is not installed"
    out_dir.mkdir()
    profile = out_dir.parent / f"{out_dir.name}-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out_dir),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    result = out_dir / path.name
    assert result.is_file(), f"LibreOffice wrote nothing for {path.name}"
    return result


def test_a_form_saved_by_libreoffice_calc_is_taken_in(database: Database, tmp_path: Path) -> None:
    form = tmp_path / "nso.xlsx"
    make(database, "NSO", form, deadline=TODAY + timedelta(days=20))
    rec, second, third = entries(form, "recommendation")[:3]
    indicator = entries(form, "indicator")[0]
    status = "Fully implemented" if rec.status != "fully_implemented" else "In progress"
    filled = fill_many(
        form,
        tmp_path / "filled.xlsx",
        {
            UPDATES: {
                f"H{rec.row}": status,
                f"I{rec.row}": "Survey fielded in 12 provinces;\nreport due in March.",
                f"K{second.row}": "=not a formula, 统计局",
                f"K{third.row}": Formula("=1/0"),  # an error value: read as an empty cell
            },
            INDICATORS: {
                f"G{indicator.row}": 17.25,
                f"H{indicator.row}": TODAY - timedelta(days=3),
                f"I{indicator.row}": "Labour force survey",
            },
        },
    )
    returned = resave_with_libreoffice(filled, tmp_path / "calc")

    book = openpyxl.load_workbook(returned)
    assert "nmrf_manifest" in book.sheetnames
    assert book["nmrf_manifest"].sheet_state in ("hidden", "veryHidden")
    sheet = book[UPDATES]
    assert sheet.protection.sheet
    assert not sheet[f"H{rec.row}"].protection.locked and sheet[f"A{rec.row}"].protection.locked
    lists = {dv.formula1 for dv in sheet.data_validations.dataValidation}
    assert "nmrf_lists!$A$1:$A$6" in lists

    before = counts(database)
    review = review_form(database.session_factory, returned, TODAY)
    assert review.rejected == []
    changes = {(i.row, c.field): c.new for i in review.changes for c in i.changes}
    assert changes == {
        (rec.row, "status"): status,
        (rec.row, "progress"): "Survey fielded in 12 provinces;\nreport due in March.",
        (second.row, "next_steps"): "=not a formula, 统计局",
        (indicator.row, "value"): "17.25",
        (indicator.row, "date"): (TODAY - timedelta(days=3)).isoformat(),
        (indicator.row, "source"): "Labour force survey",
    }
    apply_review(database, review, [i.id for i in review.items], TODAY)
    assert counts(database) == (before[0] + 2, before[1] + 1)
    again = review_form(database.session_factory, returned, TODAY)
    assert (again.items, again.rejected) == ([], [])
