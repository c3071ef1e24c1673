"""The reports benchmark at UPR Info scale (benchmarks/report_scale.py) at a
tiny scale: the register list and its workbook, LibreOffice where it is
installed, and the rows of docs/benchmarks.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from benchmarks import report_scale, results_table
from benchmarks.generate import generate


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    folder = tmp_path_factory.mktemp("bench-reports")
    db = folder / "g.sqlite3"
    generate(db, 300, seed=4, quiet=True)
    workbook = folder / "register.xlsx"
    return report_scale.register_list(db, 120, workbook), workbook


def test_the_register_list_and_a_workbook_of_the_same_rows(
    listed: tuple[dict[str, Any], Path],
) -> None:
    result, workbook = listed
    assert result["rows"] == 120 and result["pages"] >= 5 and result["seconds"] > 0
    sheet = load_workbook(workbook).active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == list(report_scale.LIST_HEADERS)
    assert sheet.max_row == 121
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet["C2"].alignment.wrap_text


@pytest.mark.skipif(report_scale._soffice() is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_converts_the_workbook(listed: tuple[dict[str, Any], Path]) -> None:
    _, workbook = listed
    office = report_scale.libreoffice_pdf(workbook)
    assert office["pages"] >= 1 and office["seconds"] > 0


def _result(list_ms: float, office: dict[str, Any], status_mb: float) -> dict[str, Any]:
    return {
        "database": "10000",
        "status_report": {"peak_rss_mb": 136.0},
        "upr_status": "ok",
        "status_all": {
            "recommendations": 33490,
            "pages": 2336,
            "data_s": 0.5,
            "layout_s": 24.0,
            "pages_per_s": 97.0,
            "peak_rss_mb": status_mb,
        },
        "register_list": {"rows": 7984, "pages": 659, "seconds": 5.7, "ms_per_page": list_ms},
        "libreoffice": office,
    }


def test_the_rows_carry_the_verdicts() -> None:
    office = {"status": "ok", "pages": 170, "seconds": 2.5, "ms_per_page": 14.7}
    rows = report_scale.table_rows(_result(8.7, office, 190.0), results_table.verdict)
    assert len(rows) == 2
    assert "33,490 | peak 190.0 MB (5,000: 136.0 MB) | ≤ 400 MB | pass |" in rows[0]
    assert "8.7 vs 14.7 ms a page | ≤ LibreOffice's time a page | pass |" in rows[1]
    rows = report_scale.table_rows(_result(15.0, office, 650.0), results_table.verdict)
    assert rows[0].endswith("| ≤ 400 MB | FAIL |") and rows[1].endswith("| FAIL |")
    absent = {"status": "skipped: soffice absent (apt-get install libreoffice-calc-nogui)"}
    rows = report_scale.table_rows(_result(8.7, absent, 190.0), results_table.verdict)
    assert "soffice absent" in rows[1]
    skipped = report_scale.table_rows(
        {"upr_status": "skipped: no ../shared/datasets/upr-info"}, results_table.verdict
    )
    assert skipped == [
        "| reports at UPR Info scale | 33,490 | skipped: no ../shared/datasets/upr-info | | |"
    ]


def test_no_upr_info_folder_is_a_skip(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(report_scale, "UPR_INFO", tmp_path / "absent")
    assert report_scale.scenario(tmp_path)["upr_status"].startswith("skipped")
    assert not list(tmp_path.iterdir())  # no database made
