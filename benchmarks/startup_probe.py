"""Start-up beside its baseline, in one run: a bare PySide6 window with a table
(the least any Qt program of this kind pays), ``nmrf-desk gui --smoke-test`` on
an empty database, and the same on the largest database. The three are run in
turn, ``runs`` times each, as whole processes timed from their launch to
their ready line; the table shows the medians and
the ratios the targets are set on (ours on empty against the bare window, the
large database against the empty one)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.scenarios import REPO, _summary

GOAL_EMPTY_RATIO = 5.0
GOAL_LARGE_RATIO = 1.5

# The baseline: QApplication, a main window holding a 100-row table, shown; it
# prints "ready <ms since process start>" once the event loop runs, as ours does
# once the register has shown its first rows.
BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from desktop.process_clock import ready_message

app = QApplication([])
model = QStandardItemModel(100, 6)
for row in range(100):
    for column in range(6):
        model.setItem(row, column, QStandardItem(f"{row}:{column}"))
window = QMainWindow()
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.resize(1100, 700)
window.show()

def ready():
    print(ready_message(), flush=True)
    app.quit()

QTimer.singleShot(0, ready)
app.exec()
"""


def _run(argv: list[str]) -> dict[str, Any]:
    """One whole process that prints ``ready <ms since it started>``.

    Timed here, from just before the process is started to the moment its
    ready line arrives (``ready_ms``): the process's own figure
    (``reported_ms``, kept beside it) comes from the kernel's start time, in
    steps of 10 ms, a tenth of the bare window's whole time.

    Its modules' bytecode is cached as an installed program's is (pip and the
    packages compile it): with PYTHONDONTWRITEBYTECODE set, as on these
    machines, each start would compile the program's ~100 modules again
    (~0.15 s), which no user's start does. The unmeasured first round writes it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, *argv], stdout=subprocess.PIPE, stderr=err, env=env, cwd=REPO
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        ready = (time.perf_counter() - started) * 1000
        rest = process.stdout.read()
        process.stdout.close()
        _, status = os.waitpid(process.pid, 0)
        wall = (time.perf_counter() - started) * 1000
        err.seek(0)
        stderr = err.read().decode()
    words = line.decode().split()
    if os.waitstatus_to_exitcode(status) != 0 or len(words) < 2 or words[0] != "ready":
        return {"status": "error", "stderr": (stderr + rest.decode())[-2000:]}
    return {
        "status": "ok",
        "ready_ms": round(ready, 1),
        "reported_ms": int(words[1]),
        "wall_ms": wall,
    }


def _ours(db: Path) -> list[str]:
    return ["-m", "desktop", "--db", str(db), "gui", "--smoke-test"]


def scenario(empty: Path, large: Path, label: str, runs: int = 5) -> dict[str, Any]:
    """``runs`` rounds of bare window, ours on ``empty``, ours on ``large``
    (after one unmeasured round that warms the file caches)."""
    kinds: dict[str, Callable[[], dict[str, Any]]] = {
        "bare": lambda: _run(["-c", BARE_WINDOW]),
        "empty": lambda: _run(_ours(empty)),
        "large": lambda: _run(_ours(large)),
    }
    for run in kinds.values():
        run()
    measured: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
    for _ in range(runs):
        for kind, run in kinds.items():
            measured[kind].append(run())
    result: dict[str, Any] = {"scenario": "startup", "database": label, "runs": runs}
    for kind, outcomes in measured.items():
        failed = [o for o in outcomes if o["status"] != "ok"]
        if failed:
            return {**result, "status": "error", "error": f"{kind}: {failed[0]['stderr']}"}
        # Peak memory is left out: a child's ru_maxrss starts at the runner's own size.
        result[kind] = {
            key: _summary([o[key] for o in outcomes])
            for key in ("ready_ms", "reported_ms", "wall_ms")
        }
    bare, ours, big = (result[k]["ready_ms"]["median"] for k in ("bare", "empty", "large"))
    result["empty_vs_bare"] = round(ours / bare, 2)
    result["large_vs_empty"] = round(big / ours, 2)
    result["status"] = "ok"
    return result


def table_rows(r: dict[str, Any], verdict: Any) -> list[str]:
    def cell(kind: str) -> str:
        m = r[kind]
        return (
            f"median {m['ready_ms']['median']:.0f} ms (min {m['ready_ms']['min']:.0f}, max "
            f"{m['ready_ms']['max']:.0f}; whole process {m['wall_ms']['median']:.0f} ms)"
        )

    t1, v1 = verdict("startup_empty_ratio", r["empty_vs_bare"])
    t2, v2 = verdict("startup_large_ratio", r["large_vs_empty"])
    return [
        "| start-up baseline: bare PySide6 window with a table, to shown (each process timed"
        f" from its launch to its ready line) | – | {cell('bare')} "
        "| | |",
        f"| start-up to the first page, beside the bare window | empty | {cell('empty')}: "
        f"**{r['empty_vs_bare']}×** the bare window | {t1} | {v1} |",
        f"| start-up to the first page, beside the empty database | {r['database']} | "
        f"{cell('large')}: **{r['large_vs_empty']}×** empty | {t2} | {v2} |",
    ]
