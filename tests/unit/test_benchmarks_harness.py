"""The benchmark harness at a tiny scale, so that it cannot rot unnoticed."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import func, select

from benchmarks import results_table
from benchmarks.generate import generate
from benchmarks.scenarios import bulk_create
from desktop.services.database import open_database
from desktop.store.models import Action, Recommendation, SourceDocument


def test_generator_makes_a_realistic_database(tmp_path: Path) -> None:
    result = generate(tmp_path / "g.sqlite3", 400, seed=3, quiet=True)
    assert result["recommendations"] == 400
    database = open_database(str(tmp_path / "g.sqlite3"), create=False)
    try:
        with database.session_factory() as session:
            assert session.scalar(select(func.count()).select_from(Recommendation)) == 400
            assert session.scalar(select(func.count()).select_from(SourceDocument)) >= 8
            languages = set(session.scalars(select(Recommendation.text_language).distinct()))
            texts = list(session.scalars(select(Recommendation.text)))
            assert session.scalar(select(func.count()).select_from(Action)) == 0
    finally:
        database.dispose()
    assert "en" in languages and len(languages) >= 3
    english = [t for t in texts if re.fullmatch(r"[\x00-\x7f]+", t)]
    assert 100 <= sum(map(len, english)) / len(english) <= 600


def test_bulk_create_scenario_reports_both_timings(tmp_path: Path) -> None:
    result = bulk_create(300, tmp_path)
    assert result["status"] == "ok" and result["count"] == 300
    assert result["service_s"] > 0 and result["raw_executemany_s"] > 0
    # The ratio is of the unrounded timings; the rounded ones agree to their precision.
    assert result["ratio"] > 0
    assert abs(result["ratio"] * result["raw_executemany_s"] - result["service_s"]) < 0.002 * (
        1 + result["ratio"]
    )
    for name in ("bulk-service-300.sqlite3", "bulk-raw-300.sqlite3"):
        database = open_database(str(tmp_path / name), create=False)
        try:
            with database.session_factory() as session:
                assert session.scalar(select(func.count()).select_from(Recommendation)) == 300
        finally:
            database.dispose()


def test_report_renders_verdicts() -> None:
    report = {
        "when": "2026-11-24T00:00:00+00:00",
        "machine": {"cores": 2, "memory_gib": 24, "python": "3.11", "sqlite": "3.40"},
        "results": [
            {
                "scenario": "ready",
                "database": "empty",
                "status": "ok",
                "ready_ms": {"median": 2000, "min": 1900, "max": 2100},
                "wall_ms": {"median": 2100, "min": 2000, "max": 2200},
                "peak_rss_mb": {"median": 120, "min": 119, "max": 121},
            },
            {
                "scenario": "bulk_create",
                "count": 10,
                "status": "ok",
                "service_s": 2.0,
                "raw_executemany_s": 1.0,
                "service_rows_per_s": 5,
                "raw_rows_per_s": 10,
                "ratio": 2.0,
            },
        ],
    }
    text = results_table.render(report)
    assert "| ready (process start → first page) | empty | median 2000 ms" in text
    assert "ready ≤ 1.5 s | FAIL |" in text
    assert "**2.0×** | ≤ 3× raw executemany | pass |" in text


def test_report_probe_measures_both_reports_and_the_baseline(tmp_path: Path) -> None:
    from benchmarks import report_probe

    path = tmp_path / "r.sqlite3"
    generate(path, 1000, seed=5, quiet=True)
    result = report_probe.main(str(path))
    status, plan, base = result["status_report"], result["plan_report"], result["baseline"]
    assert status["recommendations"] == 1000 and status["pages"] > 20
    assert plan["recommendations"] == report_probe.PLAN_RECOMMENDATIONS and plan["actions"] > 0
    assert base["pages"] > 10 and base["pages_per_s"] > 0
    rows = results_table._report_rows({"database": "1000", **result})
    assert "1,000 recommendations" in rows[0] and "≤ 30 s" in rows[0]


def test_crash_leftovers_are_the_temporary_files(tmp_path: Path) -> None:
    from benchmarks.crash_outcome import is_leftover, leftover_files

    for name in (
        ".export.xlsx.1a2b3c4d.part",
        "db.sqlite3.partial",
        "db.sqlite3.partial-journal",
        "db.sqlite3.restoring",
        "x-manual.sqlite3.partial-wal",
    ):
        assert is_leftover(name), name
    for name in (
        "department.xlsx",
        "a.participants.csv",
        "db.sqlite3.replaced-20261201-101010",
        "db.sqlite3-wal",
        "db-20261201-101010-000001-manual.sqlite3",
        "report.pdf",
    ):
        assert not is_leftover(name), name
    database, backups, out = (
        tmp_path / "database",
        tmp_path / "database" / "backups",
        tmp_path / "out",
    )
    for folder in (backups, out):
        folder.mkdir(parents=True)
    for path in (
        database / "db.sqlite3",
        database / "db.sqlite3.partial",
        backups / "b.sqlite3.partial-journal",
        backups / "b.sqlite3",
        out / ".r.pdf.k2j_x9aa.part",
        out / "r.pdf",
    ):
        path.write_bytes(b"")
    found = leftover_files([database, backups, out, tmp_path / "absent"])
    assert found == [
        "database/db.sqlite3.partial",
        "backups/b.sqlite3.partial-journal",
        "out/.r.pdf.k2j_x9aa.part",
    ]


def test_crash_outcomes_are_classified() -> None:
    from benchmarks.crash_outcome import EditState, classify, classify_edit, last_ack

    # (non-atomic, lost-acknowledged): nothing or everything, everything once acknowledged.
    assert classify("412", "412", "6506", acknowledged=False) == (False, False)
    assert classify("6506", "412", "6506", acknowledged=True) == (False, False)
    assert classify("3000", "412", "6506", acknowledged=False) == (True, False)
    assert classify("412", "412", "6506", acknowledged=True) == (False, True)
    assert classify("absent", "absent", "41 pages", acknowledged=True) == (False, True)
    assert classify("no %%EOF (900 bytes)", "absent", "41 pages", False) == (True, False)
    assert last_ack("ack 1\nack 2\nack 3\n") == 3
    assert last_ack("ack 1\nack 2\nack 3") == 2  # the last line was cut by the kill
    assert last_ack("") == 0
    # A save after the last ack may have landed; one before it must have.
    assert classify_edit(EditState(7, 7, True), last_ack=6) == (False, False)
    assert classify_edit(EditState(6, 6, False), last_ack=7) == (False, True)
    assert classify_edit(EditState(6, 7, False), last_ack=6) == (True, False)  # version moved alone
    assert classify_edit(EditState(5, 5, False), last_ack=5) == (True, False)  # theme not linked


def test_crash_checks_of_files(tmp_path: Path) -> None:
    import sqlite3

    from openpyxl import Workbook

    from benchmarks.crash_outcome import (
        ABSENT,
        MISSING,
        database_problem,
        pdf_state,
        workbook_state,
    )

    db = tmp_path / "db.sqlite3"
    assert database_problem(db) == MISSING
    db.write_bytes(b"")
    assert database_problem(db) == "zero bytes"
    db.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    assert database_problem(db) is not None
    db.unlink()
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert database_problem(db) is None
    workbook = Workbook()
    workbook.active.append(["a", "b"])
    workbook.active.title = "Recommendations"
    workbook.save(tmp_path / "w.xlsx")
    assert workbook_state(tmp_path / "w.xlsx") == "Recommendations 1"
    data = (tmp_path / "w.xlsx").read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    assert workbook_state(tmp_path / "cut.xlsx").startswith("unreadable")
    assert workbook_state(tmp_path / "none.xlsx") == pdf_state(tmp_path / "none.pdf") == ABSENT
    (tmp_path / "cut.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\n")
    assert pdf_state(tmp_path / "cut.pdf").startswith("no %%EOF")


def test_crash_rows_render_counts_and_verdicts() -> None:
    from benchmarks.crash_outcome import Outcome, summarise

    outcomes = [
        Outcome("report", 0.5, leftover=["out/.report.pdf.ab12cd34.part"]),
        Outcome("report", 1.9, finished=True, acknowledged=True),
        Outcome("edit", 0.7, acknowledged=True),
    ]
    report = summarise("report", outcomes)
    assert report["cycles"] == 2 and report["finished_before_kill"] == 1
    assert report["leftover"] == 1 and report["examples"]["leftover"] == [
        "out/.report.pdf.<random>.part"
    ]
    result = {
        "scenario": "crash",
        "status": "ok",
        "import_file": "f.csv",
        "cycles": 3,
        "seed": 13,
        "jobs": 2,
        "run_s": 9.5,
        "program": "abc1234",
        "edit_saves": 40,
        "operations": [
            {**report, "duration_s": 1.7, "recommendations": 412},
            {**summarise("edit", outcomes), "duration_s": 1.0, "recommendations": 412},
        ],
    }
    text = results_table.render(
        {
            "when": "now",
            "machine": {"cores": 2, "memory_gib": 24, "python": "3.11", "sqlite": "3.40"},
            "results": [result],
        }
    )
    assert "status report (PDF); 2 cycles (run 1.7 s): acknowledged before the kill 1," in text
    assert "finished before it 1 |" in text
    assert "| 412 | 0 / 0 / 0 / 1 / 0 | 0 / 0 / 0 / 0 / 0 | FAIL |" in text
    assert "| 412 | 0 / 0 / 0 / 0 / 0 | 0 / 0 / 0 / 0 / 0 | pass |" in text
    assert "a lost acknowledged result" in text and "3 cycles (seed 13, 2 side by side)" in text
