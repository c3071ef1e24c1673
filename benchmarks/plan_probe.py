"""Opening the largest implementation plan, in a process of its own:

    python -m benchmarks.plan_probe DB

prints one JSON object: the plan's size, the time to read it through the
service (read_plan), and the time until the Plans page shows it (service +
tree of clusters, recommendations and actions), as medians of several runs.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop.services.database import open_database
from desktop.services.plan_view import read_plan
from desktop.store.models import Action
from desktop.ui import workers
from desktop.ui.views.plans_page import PlansPage

RUNS = 5
TODAY = date(2025, 6, 30)  # benchmarks.generate.REFERENCE_DAY
REPO = Path(__file__).resolve().parent.parent


def main(path: str) -> dict[str, Any]:
    app = QApplication.instance() or QApplication([])
    workers.set_synchronous(True)
    database = open_database(path, create=False)
    factory = database.session_factory
    with factory() as session:
        plan_id, actions = session.execute(
            select(Action.plan_id, func.count())
            .group_by(Action.plan_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    service: list[float] = []
    for _ in range(RUNS):
        started = time.perf_counter()
        view = read_plan(factory, plan_id, TODAY)
        service.append((time.perf_counter() - started) * 1000)
    page = PlansPage()
    page.set_database(database)
    page.resize(1400, 900)
    page.show()
    shown: list[float] = []
    for _ in range(RUNS):
        started = time.perf_counter()
        page.show_plan(plan_id)  # reads the plan list, the plan, its matrix; fills the tree
        app.processEvents()
        shown.append((time.perf_counter() - started) * 1000)
    assert page.view is not None and page.view.action_count == actions
    recommendations = sum(len(g.recommendations) for g in view.groups)
    database.dispose()
    return {
        "actions": int(actions),
        "recommendations": recommendations,
        "groups": len(view.groups),
        "open_plan_service_ms": round(statistics.median(service), 1),
        "open_plan_page_ms": round(statistics.median(shown), 1),
    }


def scenario(db: Path, label: str) -> dict[str, Any]:
    """The probe in a child process (its own interpreter and Qt application)."""
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.plan_probe", str(db)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=1800,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if result.returncode != 0:
        return {"scenario": "open_plan", "database": label, "status": "error",
                "error": result.stderr[-2000:]}  # fmt: skip
    return {
        "scenario": "open_plan",
        "database": label,
        "status": "ok",
        **json.loads(result.stdout.strip().splitlines()[-1]),
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
