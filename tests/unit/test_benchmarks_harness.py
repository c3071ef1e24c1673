"""The benchmark harness at a tiny scale, so that it cannot rot unnoticed."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import func, select

from benchmarks import run as bench_run
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
    text = bench_run.render(report)
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
    rows = bench_run._report_rows({"database": "1000", **result})
    assert "1,000 recommendations" in rows[0] and "≤ 30 s" in rows[0]
