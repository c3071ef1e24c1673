"""The reports at the size of a whole UPR Info history, each in a child process
whose peak memory is its own (read with wait4):

- the consolidated status report of every recommendation of the demo country
  with the four UPR Info files of ../shared/datasets/upr-info imported
  (33,490): pages, time and peak memory, beside the 5,000 of report_probe;
- the register list of the first LIST_ROWS of them in register order beside
  LibreOffice Calc (headless) converting a formatted workbook of the same rows
  to PDF: time per page of each (skipped with a note where soffice is absent).

    python -m benchmarks.report_scale status DB            # child: prints JSON
    python -m benchmarks.report_scale list DB ROWS OUT.xlsx  # child: prints JSON
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
UPR_INFO = REPO.parent / "shared" / "datasets" / "upr-info"
UPR_FILES = ("sessions-1-5.csv", "sessions-6-9.csv", "sessions-10-13.csv", "sessions-14-17.csv")
TODAY = date(2025, 6, 30)
LIST_ROWS = 7984
STATUS_MEMORY_GOAL_MB = 400
LIST_HEADERS = (
    "Reference",
    "Mechanism",
    "Recommendation",
    "Position",
    "Status",
    "Priority",
    "Agencies",
)
LIST_WIDTHS = (14, 10, 70, 14, 16, 10, 28)  # characters, as the PDF's column shares


def upr_database(data: Path) -> Path:
    """The demo country with the four UPR Info files imported, cached in ``data``
    at the current schema."""
    from desktop.store import migrations

    head = migrations.head_revision(migrations.alembic_config())
    path = data / f"upr-info-schema-{head}.sqlite3"
    if path.exists():
        return path
    data.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    print("importing the UPR Info files…", file=sys.stderr)

    def cli(*args: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "desktop", "--db", str(partial), *args],
            check=True,
            capture_output=True,
            cwd=REPO,
        )

    cli("init")
    cli("demo")
    for name in UPR_FILES:
        cli("import", str(UPR_INFO / name))
    os.replace(partial, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    return path


def _child(*args: str) -> dict[str, Any]:
    """Run this module in a child process; its JSON and its peak memory."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.report_scale", *args],
            stdout=out,
            stderr=err,
            cwd=REPO,
        )
        _, status, usage = os.wait4(process.pid, 0)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(stderr[-2000:])
    result: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
    return {"peak_rss_mb": round(usage.ru_maxrss / 1024, 1), **result}


def _copy(db: Path, folder: str) -> str:
    copy = Path(folder) / "copy.sqlite3"
    shutil.copyfile(db, copy)
    return str(copy)


def status_all(db: Path) -> dict[str, Any]:
    """Child: the status report of every recommendation of ``db``."""
    from desktop.reports import build_report
    from desktop.reports.data import ReportOptions, StatusReportData
    from desktop.services.database import open_database
    from desktop.services.report_data import release_report_data, report_data
    from desktop.services.reporting import ReportRequest, ReportType

    with tempfile.TemporaryDirectory() as folder:
        database = open_database(_copy(db, folder), create=False)
        started = time.perf_counter()
        request = ReportRequest(ReportType.STATUS, ReportOptions())
        data = report_data(database.session_factory, request, TODAY)
        read = time.perf_counter() - started
        started = time.perf_counter()
        with open(Path(folder) / "status.pdf", "wb") as fp:
            pages = build_report(data, fp)
        laid = time.perf_counter() - started
        release_report_data(data)  # its lines were read as laid out
        database.dispose()
    assert isinstance(data, StatusReportData)
    return {
        "recommendations": data.total,
        "pages": pages,
        "data_s": round(read, 2),
        "layout_s": round(laid, 2),
        "pages_per_s": round(pages / laid, 1),
    }


def register_list(db: Path, rows: int, workbook: Path) -> dict[str, Any]:
    """Child: the register list of the first ``rows`` rows (data read and
    layout, fonts loaded in the time as LibreOffice's start is in its), and a
    formatted workbook of the same rows written to ``workbook`` (not timed)."""
    from desktop.reports import build_report
    from desktop.reports.data import RegisterListData, ReportOptions
    from desktop.services.database import open_database
    from desktop.services.register import RegisterFilter, Sort, register_ids
    from desktop.services.report_data import release_report_data, report_data
    from desktop.services.reporting import ReportRequest, ReportType

    with tempfile.TemporaryDirectory() as folder:
        database = open_database(_copy(db, folder), create=False)
        ids = register_ids(database.session_factory, RegisterFilter(), Sort())[:rows]
        scope = RegisterFilter(recommendation_ids=tuple(ids))
        request = ReportRequest(ReportType.LIST, ReportOptions(), register_filter=scope)
        started = time.perf_counter()
        data = report_data(database.session_factory, request, TODAY)
        out = io.BytesIO()
        pages = build_report(data, out)
        seconds = time.perf_counter() - started
        assert isinstance(data, RegisterListData)
        _write_workbook(data, workbook)  # its rows are read from the database
        release_report_data(data)
        database.dispose()
    return {"rows": len(data.rows), "pages": pages, "seconds": round(seconds, 2)}


def _write_workbook(data: Any, path: Path) -> None:
    """The rows as a spreadsheet formatted for printing: bold shaded header
    repeated on every page, column widths, wrapped top-aligned text, A4
    landscape fitted to the page width."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Register"
    sheet.append(LIST_HEADERS)
    for row in data.rows:
        text = f"{row.text}\n{row.source}" if row.source else row.text
        values = (row.reference, row.mechanism, text, row.position, row.status, row.priority,
                  row.agencies)  # fmt: skip
        sheet.append(values)
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(LIST_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for number, cells in enumerate(sheet.iter_rows(), start=1):
        for cell in cells:
            cell.alignment = wrap
            if number == 1:
                cell.font = Font(bold=True, color="FFFFFF")
                cell.fill = PatternFill("solid", fgColor="1F4E79")
    sheet.print_title_rows = "1:1"
    sheet.freeze_panes = "A2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    book.save(path)


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_pdf(workbook: Path) -> dict[str, Any]:
    """LibreOffice Calc converting ``workbook`` to PDF, headless, once to warm
    its profile and caches, then timed (the whole process)."""
    from pypdf import PdfReader

    soffice = _soffice()
    assert soffice is not None
    with tempfile.TemporaryDirectory() as folder:
        profile = Path(folder) / "profile"
        out = Path(folder) / "out"

        def convert() -> float:
            started = time.perf_counter()
            subprocess.run(
                [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                 "--convert-to", "pdf", "--outdir", str(out), str(workbook)],
                check=True, capture_output=True, timeout=600,
            )  # fmt: skip
            return time.perf_counter() - started

        convert()
        seconds = convert()
        pages = len(PdfReader(out / f"{workbook.stem}.pdf").pages)
    return {"pages": pages, "seconds": round(seconds, 2)}


def scenario(data: Path) -> dict[str, Any]:
    """Both comparisons (the part of the reports scenario at UPR Info scale)."""
    if not UPR_INFO.is_dir():
        return {"upr_status": "skipped: no ../shared/datasets/upr-info"}
    db = upr_database(data)
    print("reports: status report of every UPR Info recommendation", file=sys.stderr)
    result: dict[str, Any] = {"upr_status": "ok", "status_all": _child("status", str(db))}
    with tempfile.TemporaryDirectory() as folder:
        workbook = Path(folder) / "register.xlsx"
        print(f"reports: register list of {LIST_ROWS:,} rows", file=sys.stderr)
        listed = _child("list", str(db), str(LIST_ROWS), str(workbook))
        listed["ms_per_page"] = round(1000 * listed["seconds"] / listed["pages"], 1)
        result["register_list"] = listed
        if _soffice() is None:
            result["libreoffice"] = {"status": "skipped: soffice absent "
                                     "(apt-get install libreoffice-calc-nogui)"}  # fmt: skip
        else:
            print("reports: the same rows through LibreOffice Calc", file=sys.stderr)
            office = libreoffice_pdf(workbook)
            office["ms_per_page"] = round(1000 * office["seconds"] / office["pages"], 1)
            result["libreoffice"] = {"status": "ok", **office}
    return result


def table_rows(r: dict[str, Any], verdict: Any) -> list[str]:
    """The rows of docs/benchmarks.md for ``scenario``'s part of a reports result."""
    if "upr_status" not in r:
        return []
    if r["upr_status"] != "ok":
        return [f"| reports at UPR Info scale | 33,490 | {r['upr_status']} | | |"]
    status, listed, office = r["status_all"], r["register_list"], r["libreoffice"]
    small = r["status_report"]["peak_rss_mb"]
    t, v = verdict("report_status_rss", status["peak_rss_mb"])
    rows = [
        f"| PDF status report of every recommendation (demo country and the four UPR Info "
        f"files): {status['pages']:,} pages (data {status['data_s']} s, layout "
        f"{status['layout_s']} s, {status['pages_per_s']} pages/s) | "
        f"{status['recommendations']:,} | peak {status['peak_rss_mb']} MB "
        f"(5,000: {small} MB) | {t} | {v} |"
    ]
    if office["status"] != "ok":
        rows.append(
            f"| register list of {listed['rows']:,} UPR Info rows: {listed['pages']:,} pages "
            f"in {listed['seconds']} s | {listed['rows']:,} | {listed['ms_per_page']} ms a page "
            f"| ≤ LibreOffice's | {office['status']} |"
        )
        return rows
    ok = "pass" if listed["ms_per_page"] <= office["ms_per_page"] else "FAIL"
    per_row = [round(1000 * x["seconds"] / listed["rows"], 2) for x in (listed, office)]
    rows.append(
        f"| register list of {listed['rows']:,} UPR Info rows (data and layout, fonts "
        f"loaded) vs LibreOffice Calc headless converting a formatted workbook of them "
        f"(whole process, warm): {listed['pages']:,} pages in {listed['seconds']} s vs "
        f"{office['pages']:,} pages in {office['seconds']} s (a row: {per_row[0]} vs "
        f"{per_row[1]} ms; LibreOffice keeps its default row heights, so its rows "
        f"overlap) | {listed['rows']:,} | "
        f"{listed['ms_per_page']} vs {office['ms_per_page']} ms a page | "
        f"≤ LibreOffice's time a page | {ok} |"
    )
    return rows


if __name__ == "__main__":
    if sys.argv[1] == "status":
        print(json.dumps(status_all(Path(sys.argv[2]))))
    else:
        print(json.dumps(register_list(Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))))
