"""Reports written to disk through the service and the command line, from the
demonstration country on both engines: the file appears only when complete,
a cancelled or failing build leaves nothing (and keeps a file it would have
replaced), and the CLI names what it could not find."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.reports import ReportCancelled
from desktop.reports.data import ReportOptions
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.plans import list_plans
from desktop.services.report_data import find_agency_id
from desktop.services.reporting import (
    ReportRequest,
    ReportType,
    ReportWriteError,
    generate_report,
)
from tests.unit.pdf_reading import all_text, fonts, reader

TODAY = date(2026, 12, 2)


def _request(database: Database, kind: ReportType, language: str = "en") -> ReportRequest:
    factory = database.session_factory
    return ReportRequest(
        report=kind,
        options=ReportOptions(language=language),
        plan_id=list_plans(factory, TODAY)[0].id if kind == ReportType.PLAN else None,
        agency_id=find_agency_id(factory, "MOJ") if kind == ReportType.AGENCY else None,
    )


def _files(folder: Path) -> list[str]:
    """What is in ``folder`` besides the tests' own data folder (where the
    program notes the folders reports are written to)."""
    return sorted(p.name for p in folder.iterdir() if p.name != "data")


@pytest.mark.parametrize("kind", list(ReportType))
def test_each_report_of_the_demo_country(demo: Database, tmp_path: Path, kind: ReportType) -> None:
    out = tmp_path / f"{kind.value}.pdf"
    written = generate_report(demo.session_factory, _request(demo, kind, "zh"), out, TODAY)
    assert written == out
    pdf = out.read_bytes()
    assert len(reader(pdf).pages) >= 3
    assert all(embedded for _, embedded in fonts(pdf))
    assert _files(tmp_path) == [out.name], "no temporary file left"
    text = all_text(pdf)
    if kind == ReportType.AGENCY:
        assert "Ministry of Justice" in text
    if kind == ReportType.PLAN:
        assert list_plans(demo.session_factory, TODAY)[0].fields.title in text.replace("\n", " ")


def test_cancel_leaves_no_file_and_keeps_the_old_one(demo_sqlite: Database, tmp_path: Path) -> None:
    out = tmp_path / "status.pdf"
    out.write_bytes(b"the report of last month")
    stop = threading.Event()
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 30:
            stop.set()

    request = _request(demo_sqlite, ReportType.STATUS)
    with pytest.raises(ReportCancelled):
        generate_report(
            demo_sqlite.session_factory,
            request,
            out,
            TODAY,
            progress=progress,
            cancelled=stop.is_set,
        )
    assert out.read_bytes() == b"the report of last month"
    assert _files(tmp_path) == ["status.pdf"]


def test_a_destination_that_cannot_be_written_is_a_plain_error(
    demo_sqlite: Database, tmp_path: Path
) -> None:
    request = _request(demo_sqlite, ReportType.LIST)
    with pytest.raises(ReportWriteError) as caught:
        generate_report(demo_sqlite.session_factory, request, tmp_path / "no" / "x.pdf", TODAY)
    assert "x.pdf" in str(caught.value)
    assert _files(tmp_path) == []


def test_cli_report_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite3")
    database = open_database(db, create=True)
    create_demo_data(database.session_factory)
    database.dispose()
    out = tmp_path / "brief.pdf"
    assert main(["--db", db, "report", "agency", "--agency", "moj", "--out", str(out),
                 "--lang", "ar", "--marking", "Restricted", "--draft"]) == 0  # fmt: skip
    assert f"wrote {out}" in capsys.readouterr().out
    text = all_text(out.read_bytes())
    assert "RESTRICTED" in text and "مسودة" in text
    status = tmp_path / "cedaw.pdf"
    assert main(["--db", db, "report", "status", "--mechanism", "CEDAW", "--by", "theme",
                 "--out", str(status), "--today", "2026-12-02"]) == 0  # fmt: skip
    status_text = all_text(status.read_bytes())
    assert "Mechanism: CEDAW" in status_text and "Recommendations by theme" in status_text
    assert "CRC/C/" not in status_text, "the scope keeps other mechanisms out"
    assert main(["--db", db, "report", "plan", "--out", str(tmp_path / "plan.pdf")]) == 0
    capsys.readouterr()
    missing = tmp_path / "x.pdf"
    assert main(["--db", db, "report", "agency", "--agency", "Nobody", "--out", str(missing)]) == 1
    assert "no agency is named 'Nobody'" in capsys.readouterr().err
    assert main(["--db", db, "report", "agency", "--out", str(missing)]) == 1
    assert "--agency" in capsys.readouterr().err
    assert not missing.exists()
