"""Issue 13's crash benchmark: the program killed with SIGKILL in the middle of
its writes, many times, and what each kill left behind.

    python -m benchmarks.run --only crash [--crash-cycles 240] [--seed 13] [--crash-jobs 2]
    python -m benchmarks.crash_probe [--cycles N] [--seed S] [--jobs J]   # JSON only

Six operations, each in a child process of its own, on a copy of a small
prepared database: import (``nmrf-desk import`` of a UPR Info file), a bulk
status change and repeated edits of one record (benchmarks/crash_driver.py,
through the services), restore (``nmrf-desk restore``), export
(``nmrf-desk export``) and report (``nmrf-desk report status``). Each is run
once to the end first, for its normal duration and its complete result; then
every cycle starts it again and kills it after a random delay drawn uniformly
in [0, 1.1 × that duration]. After the kill: the database's integrity check
(opened read-write, so SQLite recovers its log, as at a start), the state the
operation left (nothing, or all of it; and all of it once it said so), one
``nmrf-desk check`` (a fresh start, which removes the program's own leftover
temporary files), and the temporary files still there. See
benchmarks/crash_outcome.py for the checks.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.crash_driver import BULK_STATUS, COUNTER_PREFIX
from benchmarks.crash_outcome import (
    COUNTS,
    MISSING,
    EditState,
    Outcome,
    classify,
    classify_edit,
    database_problem,
    last_ack,
    leftover_files,
    pdf_state,
    query_one,
    summarise,
    workbook_state,
)
from benchmarks.uhri_file import write_uhri_xlsx

REPO = Path(__file__).resolve().parent.parent
UPR_INFO_FILE = REPO.parent / "shared" / "datasets" / "upr-info" / "sessions-1-5.csv"
OPERATIONS = ("import", "bulk", "edit", "restore", "export", "report")
CYCLES = 240
SEED = 13
JOBS = 2
EDIT_SAVES = 40
ROUND = 60
"""Cycles between two complete runs of each operation (its duration measured again)."""
DELAY_SPREAD = 1.1
REPORT_DAY = "2025-06-30"
DATABASE_NAME = "nmrf-desk.sqlite3"
ACKNOWLEDGEMENT = {
    "import": "imported ",
    "bulk": "applied ",
    "edit": "ack ",
    "restore": "restored ",
    "export": "exported ",
    "report": "wrote ",
}
"""The start of the line an operation prints once it is done (edit: each save)."""


def program() -> list[str]:
    """The installed ``nmrf-desk`` beside this interpreter (else ``python -m desktop``)."""
    script = Path(sys.executable).parent / "nmrf-desk"
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop"]


def program_version() -> str:
    """The commit of the program the children run, and whether its code had
    uncommitted changes (another change may be under way in the same tree)."""
    import desktop

    tree = Path(desktop.__file__).resolve().parent.parent
    git = ["git", "--no-optional-locks", "-C", str(tree)]
    try:
        head = subprocess.run(
            [*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        changed = subprocess.run(
            [*git, "status", "--porcelain", "--", "desktop", "alembic"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        return f"unknown (not a git tree: {tree})"
    return head + (f" with uncommitted changes to {len(changed)} files" if changed else "")


@dataclass
class Workspace:
    """One worker's folders: a data folder (NMRF_DATA_DIR) kept for the run,
    and a database folder and an output folder made afresh for each cycle."""

    root: Path

    @property
    def folder(self) -> Path:
        return self.root / "database"

    @property
    def db(self) -> Path:
        return self.folder / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    @property
    def out(self) -> Path:
        return self.root / "out"

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "NMRF_DB"}
        env.update(NMRF_DATA_DIR=str(self.root / "data"), PYTHONUNBUFFERED="1")
        return env

    def reset(self, template: Path, backup: Path | None) -> None:
        for folder in (self.folder, self.out):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
        (self.root / "data").mkdir(exist_ok=True)
        shutil.copyfile(template, self.db)
        if backup is not None:
            self.backups.mkdir()
            shutil.copyfile(backup, self.backups / backup.name)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*program(), "--db", str(self.db), *args],
            capture_output=True,
            text=True,
            env=self.env,
            cwd=REPO,
            timeout=600,
            check=False,
        )


@dataclass
class Prepared:
    """The templates and what a complete run of each operation leaves."""

    root: Path
    import_file: Path
    demo: Path = field(init=False)
    big: Path = field(init=False)
    backup: Path = field(init=False)
    """Made by ``nmrf-desk backup`` of the demo country."""
    edit_target: tuple[int, int, int] = (0, 0, 0)
    """Recommendation id, theme id, version in the template."""
    durations: dict[str, list[float]] = field(default_factory=dict)
    """Each complete run's seconds: once alone, then once per round among the cycles."""
    before: dict[str, str] = field(default_factory=dict)
    complete: dict[str, str] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    """Recommendations in each operation's database."""

    def __post_init__(self) -> None:
        self.demo = self.root / "templates" / "demo.sqlite3"
        self.big = self.root / "templates" / "demo-and-upr-info.sqlite3"

    def duration(self, operation: str) -> float:
        """The operation's normal duration now: the median of its last three runs."""
        return statistics.median(self.durations[operation][-3:])

    def template(self, operation: str) -> Path:
        """Bulk, restore and export run on the demo country with the UPR Info
        file imported (6,506 recommendations, so that their writes take a while);
        the others on the demo country (412)."""
        return self.big if operation in ("bulk", "restore", "export") else self.demo

    def command(self, operation: str, ws: Workspace) -> list[str]:
        db = str(ws.db)
        if operation == "bulk":
            return [sys.executable, "-m", "benchmarks.crash_driver", "bulk", db]
        if operation == "edit":
            rec, theme, _ = self.edit_target
            return [
                sys.executable,
                "-m",
                "benchmarks.crash_driver",
                "edit",
                db,
                str(rec),
                str(theme),
                str(EDIT_SAVES),
            ]
        args = {
            "import": ["import", str(self.import_file)],
            "restore": ["restore", str(ws.backups / self.backup.name)],
            "export": ["export", str(ws.out / "export.xlsx")],
            "report": [
                "report",
                "status",
                "--out",
                str(ws.out / "report.pdf"),
                "--today",
                REPORT_DAY,
            ],
        }[operation]
        return [*program(), "--db", db, *args]

    def state(self, operation: str, ws: Workspace) -> str:
        """What the operation left, as a text to compare."""
        if operation == "import":
            return str(query_one(ws.db, "SELECT count(*) FROM recommendation")[0])
        if operation == "bulk":
            sql = "SELECT count(*) FROM recommendation WHERE status = ?"
            return str(query_one(ws.db, sql, BULK_STATUS.value)[0])
        if operation == "restore":
            count, versions = query_one(ws.db, "SELECT count(*), sum(version) FROM recommendation")
            return f"{count} recommendations, versions {versions}"
        if operation == "export":
            return workbook_state(ws.out / "export.xlsx")
        if operation == "report":
            return pdf_state(ws.out / "report.pdf")
        raise ValueError(operation)

    def edit_state(self, ws: Workspace) -> EditState:
        rec, theme, version = self.edit_target
        notes, stored = query_one(
            ws.db, "SELECT notes, version FROM recommendation WHERE id = ?", rec
        )
        linked = query_one(
            ws.db,
            "SELECT 1 FROM recommendation_theme WHERE recommendation_id = ? AND theme_id = ?",
            rec,
            theme,
        )
        text = str(notes or "")
        counter = int(text[len(COUNTER_PREFIX) :]) if text.startswith(COUNTER_PREFIX) else 0
        return EditState(counter, int(stored) - version, bool(linked))


def prepare(root: Path, log: Callable[[str], None]) -> Prepared:
    """The templates, then each operation run once to its end."""
    import_file = UPR_INFO_FILE
    if not import_file.exists():
        import_file = root / "uhri-3000.xlsx"
        write_uhri_xlsx(import_file, 3000)
    prepared = Prepared(root, import_file)
    (root / "templates").mkdir(parents=True)
    maker = Workspace(root / "prepare")
    maker.folder.mkdir(parents=True)
    _ok(maker.run("demo"), "demo")
    copy_database(maker.db, prepared.demo)
    _ok(maker.run("backup", str(prepared.root / "templates" / "backups")), "backup")
    (prepared.backup,) = (prepared.root / "templates" / "backups").glob("*.sqlite3")
    rec, theme = query_one(
        prepared.demo,
        "SELECT r.id, (SELECT min(t.id) FROM theme t WHERE t.id NOT IN (SELECT theme_id FROM"
        " recommendation_theme WHERE recommendation_id = r.id)) FROM recommendation r"
        " WHERE r.archived = 0 ORDER BY r.id LIMIT 1",
    )
    version = query_one(prepared.demo, "SELECT version FROM recommendation WHERE id = ?", rec)[0]
    prepared.edit_target = (int(rec), int(theme), int(version))
    ws = Workspace(root / "measure")
    for operation in OPERATIONS:
        ws.reset(prepared.template(operation), _backup_for(prepared, operation))
        prepared.before[operation] = _state_text(prepared, operation, ws)
        prepared.sizes[operation] = int(query_one(ws.db, "SELECT count(*) FROM recommendation")[0])
        prepared.durations[operation] = [complete_run(prepared, ws, operation)]
        prepared.complete[operation] = _state_text(prepared, operation, ws)
        log(
            f"  {operation}: {prepared.durations[operation][0]:.2f} s, "
            f"{prepared.before[operation]} → {prepared.complete[operation]}"
        )
        if operation == "import":
            copy_database(ws.db, prepared.big)
    return prepared


def complete_run(prepared: Prepared, ws: Workspace, operation: str) -> float:
    """The operation run to its end (in ``ws`` as reset for it): its seconds."""
    started = time.perf_counter()
    completed = subprocess.run(
        prepared.command(operation, ws),
        capture_output=True,
        text=True,
        env=ws.env,
        cwd=REPO,
        check=False,
    )
    seconds = time.perf_counter() - started
    _ok(completed, operation)
    return seconds


def copy_database(source: Path, dest: Path) -> None:
    """A copy of a database no program has open: the file and its log, if any."""
    shutil.copyfile(source, dest)
    log = source.with_name(source.name + "-wal")
    if log.exists():
        shutil.copyfile(log, dest.with_name(dest.name + "-wal"))


def _state_text(prepared: Prepared, operation: str, ws: Workspace) -> str:
    if operation == "edit":
        state = prepared.edit_state(ws)
        return f"counter {state.counter}"
    return prepared.state(operation, ws)


def _backup_for(prepared: Prepared, operation: str) -> Path | None:
    return prepared.backup if operation == "restore" else None


def _ok(completed: subprocess.CompletedProcess[str], what: str) -> None:
    if completed.returncode != 0:
        raise RuntimeError(f"{what} failed: {completed.stderr.strip()[-1500:]}")


def run_cycle(prepared: Prepared, ws: Workspace, operation: str, delay: float) -> Outcome:
    """Start the operation, kill it after ``delay`` seconds, look at what it left."""
    ws.reset(prepared.template(operation), _backup_for(prepared, operation))
    outcome = Outcome(operation, round(delay, 3))
    started = time.perf_counter()
    process = subprocess.Popen(
        prepared.command(operation, ws),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ws.env,
        cwd=REPO,
    )
    time.sleep(max(0.0, delay - (time.perf_counter() - started)))
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    else:
        outcome.finished = True
    stdout, stderr = (b.decode("utf-8", "replace") for b in process.communicate())
    if outcome.finished and process.returncode != 0:
        outcome.failed = stderr.strip()[-300:]
    lines = stdout.splitlines(keepends=True)
    outcome.acknowledged = any(
        line.startswith(ACKNOWLEDGEMENT[operation]) and line.endswith("\n") for line in lines
    )
    problem = database_problem(ws.db)
    if problem == MISSING:
        outcome.missing_database = True
    elif problem is not None:
        outcome.corrupt = problem
    elif operation == "edit":
        state = prepared.edit_state(ws)
        acked = last_ack(stdout)
        non_atomic, lost = classify_edit(state, acked)
        described = f"{state} after ack {acked}"
        outcome.non_atomic = described if non_atomic else ""
        outcome.lost_acknowledged = described if lost else ""
    if operation != "edit" and (problem is None or operation in ("export", "report")):
        state_text = prepared.state(operation, ws)
        non_atomic, lost = classify(
            state_text,
            prepared.before[operation],
            prepared.complete[operation],
            outcome.acknowledged,
        )
        outcome.non_atomic = state_text if non_atomic else ""
        outcome.lost_acknowledged = f"{state_text} after the acknowledgement" if lost else ""
    check = ws.run("check")
    if check.returncode != 0 and not outcome.missing_database:
        outcome.check_failed = (check.stderr.strip() or check.stdout.strip())[-300:]
    if outcome.missing_database and database_problem(ws.db) is None:
        outcome.recovered_by_next_start = True
    outcome.leftover = leftover_files([ws.folder, ws.backups, ws.out])
    return outcome


def plan(cycles: int, seed: int) -> list[tuple[str, float]]:
    """(operation, u) for each cycle: the operations in turn, u uniform in
    [0, DELAY_SPREAD]; the delay is u × the operation's duration at that time."""
    rng = random.Random(seed)
    return [
        (op, rng.uniform(0.0, DELAY_SPREAD))
        for op in (OPERATIONS[i % len(OPERATIONS)] for i in range(cycles))
    ]


def run(cycles: int = CYCLES, seed: int = SEED, jobs: int = JOBS) -> dict[str, Any]:
    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    started = time.perf_counter()
    version = program_version()
    with tempfile.TemporaryDirectory(prefix="nmrf-crash-") as tmp:
        root = Path(tmp)
        log("crash: preparing the databases and timing each operation once")
        prepared = prepare(root, log)
        workspaces: queue.Queue[Workspace] = queue.Queue()
        for n in range(jobs):
            workspaces.put(Workspace(root / f"worker-{n}"))
        outcomes: list[Outcome] = []

        def calibrate(operation: str) -> None:
            ws = workspaces.get()
            try:
                ws.reset(prepared.template(operation), _backup_for(prepared, operation))
                prepared.durations[operation].append(complete_run(prepared, ws, operation))
            finally:
                workspaces.put(ws)

        def cycle(item: tuple[str, float]) -> Outcome:
            operation, spread = item
            ws = workspaces.get()
            try:
                return run_cycle(prepared, ws, operation, spread * prepared.duration(operation))
            finally:
                workspaces.put(ws)

        cycles_plan = plan(cycles, seed)
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            # Rounds of ROUND cycles, each after one complete run of every operation
            # with as many side by side as in the cycles: the machine's load (and so
            # each operation's duration) can change during the run.
            for first in range(0, cycles, ROUND):
                list(pool.map(calibrate, OPERATIONS))
                outcomes += pool.map(cycle, cycles_plan[first : first + ROUND])
                log(f"crash: {len(outcomes)}/{cycles} cycles")
    operations = []
    for operation in OPERATIONS:
        summary = summarise(operation, outcomes)
        summary["duration_s"] = round(statistics.median(prepared.durations[operation]), 2)
        summary["durations_s"] = [round(d, 2) for d in prepared.durations[operation]]
        summary["recommendations"] = prepared.sizes[operation]
        summary["complete"] = prepared.complete[operation]
        operations.append(summary)
    return {
        "cycles": cycles,
        "seed": seed,
        "jobs": jobs,
        "program": version,
        **({"program_at_end": v} if (v := program_version()) != version else {}),
        "import_file": prepared.import_file.name,
        "edit_saves": EDIT_SAVES,
        "run_s": round(time.perf_counter() - started, 1),
        "operations": operations,
        "totals": {key: sum(o[key] for o in operations) for key in COUNTS},
    }


def scenario(cycles: int = CYCLES, seed: int = SEED, jobs: int = JOBS) -> dict[str, Any]:
    """The benchmark as a results row."""
    try:
        return {"scenario": "crash", "status": "ok", **run(cycles, seed, jobs)}
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        return {"scenario": "crash", "status": "error", "error": str(exc)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="kill -9 the program mid-write, count damage")
    parser.add_argument("--cycles", type=int, default=CYCLES)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--jobs", type=int, default=JOBS)
    args = parser.parse_args(argv)
    result = scenario(args.cycles, args.seed, args.jobs)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0 if result["status"] == "ok" else 1


if __name__ == "__main__":
    raise SystemExit(main())
