"""The PDF reports, in a process of their own (its peak memory is theirs):

    python -m benchmarks.report_probe DB

on a copy of the synthetic database DB, prints one JSON object with:
- the consolidated status report over 5,000 recommendations (or all of a
  smaller database): reading its data (its figures; the sections' rows are
  read as they are laid out, so in the layout's time), laying it out (one
  pass), pages, pages per second, the process's peak memory after it;
- the implementation plan of a new plan covering 300 recommendations (one
  proposed action per cluster, as the Plans page proposes them);
- a baseline: plain ReportLab (one font, Paragraph cells, one LongTable, one
  pass, no contents, no page furniture) printing the status report's table of
  the same recommendations, in pages per second, and the status report's
  pages per second as a share of it (the fonts are loaded before either is
  timed).

The scenario (the parent) adds benchmarks.report_scale: the status report
of every UPR Info recommendation, and the register list beside LibreOffice.
"""

from __future__ import annotations

import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks import report_scale
from desktop.reports import build_report, fonts
from desktop.reports.data import ReportOptions, StatusReportData
from desktop.services.database import open_database
from desktop.services.plans import PlanFields, create_plan
from desktop.services.register import RegisterFilter, Sort, register_ids
from desktop.services.report_data import release_report_data, report_data
from desktop.services.reporting import ReportRequest, ReportType

TODAY = date(2025, 6, 30)  # benchmarks.generate.REFERENCE_DAY
STATUS_RECOMMENDATIONS = 5000
PLAN_RECOMMENDATIONS = 300
REPO = Path(__file__).resolve().parent.parent


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _timed_report(factory: Any, request: ReportRequest) -> tuple[dict[str, Any], Any]:
    started = time.perf_counter()
    data = report_data(factory, request, TODAY)
    read = time.perf_counter() - started
    out = io.BytesIO()
    started = time.perf_counter()
    pages = build_report(data, out)
    laid = time.perf_counter() - started
    return {
        "data_s": round(read, 2),
        "layout_s": round(laid, 2),
        "total_s": round(read + laid, 2),
        "pages": pages,
        "pages_per_s": round(pages / laid, 1),
        "mb": round(len(out.getvalue()) / 1e6, 2),
    }, data


def baseline(data: StatusReportData) -> dict[str, Any]:
    """Plain ReportLab rendering the same table: the floor of what a layout costs."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate

    from desktop.reports import fonts

    fonts.register_fonts()
    style = ParagraphStyle("cell", fontName=fonts.LATIN, fontSize=8, leading=10.8)
    rows = [[Paragraph(h, style) for h in ("Reference", "Recommendation", "Status", "Progress")]]
    for section in data.sections:
        for line in section.recommendations:
            progress = line.latest_progress.narrative if line.latest_progress else ""
            cells = (f"{line.reference}<br/>{escape(line.source)}", escape(line.text),
                     line.status.value, escape(progress))  # fmt: skip
            rows.append([Paragraph(c, style) for c in cells])
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=A4, initialFontName=fonts.LATIN)
    widths = [w * (A4[0] - 36 * mm) for w in (0.15, 0.43, 0.14, 0.28)]
    started = time.perf_counter()
    document.build([LongTable(rows, colWidths=widths, repeatRows=1)])
    seconds = time.perf_counter() - started
    pages = document.page
    return {"layout_s": round(seconds, 2), "pages": pages, "pages_per_s": round(pages / seconds, 1)}


def main(path: str) -> dict[str, Any]:
    fonts.register_fonts()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "bench.sqlite3"
        shutil.copyfile(path, copy)
        database = open_database(str(copy), create=False)
        factory = database.session_factory
        ids = register_ids(factory, RegisterFilter(), Sort())
        scope = RegisterFilter(recommendation_ids=tuple(ids[:STATUS_RECOMMENDATIONS]))
        status, data = _timed_report(
            factory,
            ReportRequest(ReportType.STATUS, ReportOptions(), register_filter=scope),
        )
        status["recommendations"] = data.total
        status["peak_rss_mb"] = _peak_mb()
        plan_id = create_plan(
            factory,
            PlanFields(title="Benchmark plan"),
            recommendation_ids=ids[:PLAN_RECOMMENDATIONS],
        )
        plan, plan_data = _timed_report(
            factory, ReportRequest(ReportType.PLAN, ReportOptions(), plan_id=plan_id)
        )
        plan["recommendations"] = sum(len(c.recommendations) for c in plan_data.clusters)
        plan["actions"] = plan_data.action_count
        assert isinstance(data, StatusReportData)
        # The sections' lines are read from the database as iterated: before it goes.
        plain = baseline(data)
        release_report_data(data)
        database.dispose()
    share = round(status["pages_per_s"] / plain["pages_per_s"], 2)
    return {"status_report": status, "plan_report": plan, "baseline": plain, "pps_share": share}


def scenario(db: Path, label: str) -> dict[str, Any]:
    """The probe in a child process."""
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.report_probe", str(db)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=1800,
        env=dict(os.environ),
    )
    if result.returncode != 0:
        return {"scenario": "reports", "database": label, "status": "error",
                "error": result.stderr[-2000:]}  # fmt: skip
    try:
        scale = report_scale.scenario(REPO / "benchmarks" / "data")
    except (RuntimeError, OSError, subprocess.SubprocessError) as error:
        scale = {"upr_status": f"error: {str(error)[-300:]}"}
    return {
        "scenario": "reports",
        "database": label,
        "status": "ok",
        **json.loads(result.stdout.strip().splitlines()[-1]),
        **scale,
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
