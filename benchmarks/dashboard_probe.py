"""Dashboard timings in a process of their own:

    python -m benchmarks.dashboard_probe DB

prints one JSON object, medians in ms on the synthetic data's day
(benchmarks.generate.REFERENCE_DAY): the dashboard as its page first reads it
(load_dashboard: headline figures, overdue actions, deadlines, actions without
indicators and the breakdown by mechanism), each other breakdown as read when
the user picks it (load_breakdown), and every breakdown at once.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.generate import REFERENCE_DAY
from desktop.services.dashboard import BreakdownKind, load_breakdown, load_dashboard
from desktop.services.database import open_database

RUNS = 7
BREAKDOWN_RUNS = 3
REPO = Path(__file__).resolve().parent.parent


def _median_ms(fn: Callable[[], Any], runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 1)


def main(path: str) -> dict[str, Any]:
    database = open_database(path, create=False)
    factory = database.session_factory
    try:
        dash = load_dashboard(factory, REFERENCE_DAY, kinds=())  # a first read warms the cache
        first = _median_ms(lambda: load_dashboard(factory, REFERENCE_DAY, kinds=()), RUNS)
        breakdowns = {
            kind.value: _median_ms(lambda k=kind: load_breakdown(factory, k), BREAKDOWN_RUNS)  # type: ignore[misc]
            for kind in BreakdownKind
        }
        everything = _median_ms(lambda: load_dashboard(factory, REFERENCE_DAY), BREAKDOWN_RUNS)
    finally:
        database.dispose()
    return {
        "first_view_ms": first,
        "breakdown_ms": breakdowns,
        "all_breakdowns_ms": everything,
        "recommendations": dash.recommendations,
        "overdue_actions": dash.overdue_actions,
        "deadlines": len(dash.deadlines),
    }


def scenario(db: Path, label: str) -> dict[str, Any]:
    """The probe in a child process (a fresh interpreter, as the program starts)."""
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.dashboard_probe", str(db)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=1800,
        env=dict(os.environ),
    )
    if result.returncode != 0:
        return {
            "scenario": "dashboard",
            "database": label,
            "status": "error",
            "error": result.stderr[-2000:],
        }
    return {
        "scenario": "dashboard",
        "database": label,
        "status": "ok",
        **json.loads(result.stdout.strip().splitlines()[-1]),
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
