"""What the crash benchmark (benchmarks/crash_probe.py) finds after a kill:
the database's health, the state an operation left, leftover temporary
files, how one cycle's findings are classified and summed, and the rows of
the table. Plain functions over files and values, so they are tested on their
own (tests/unit/test_benchmarks_harness.py)."""

from __future__ import annotations

import contextlib
import re
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MISSING = "missing"
ABSENT = "absent"
LEFTOVER = re.compile(r"\.(?:part|partial|restoring|tmp)(?=$|[-.])")
"""A temporary file's suffix: ``.x.xlsx.1a2b.part``, ``db.sqlite3.partial``,
``db.sqlite3.partial-journal``, ``db.sqlite3.restoring``…; not ``department.xlsx``
nor a restore's kept ``db.sqlite3.replaced-<time>``."""
EXAMPLES = 3
"""Examples kept per kind of failure and operation."""
COUNTS = ("corrupt", "non_atomic", "lost_acknowledged", "leftover", "missing_database")
"""The counts of cycles each target is 0, in the order of the table."""


def is_leftover(name: str) -> bool:
    return LEFTOVER.search(name) is not None


def leftover_files(folders: list[Path]) -> list[str]:
    """Temporary files left in ``folders`` (not their subfolders), as
    ``folder-name/file-name``."""
    found: list[str] = []
    for folder in folders:
        if folder.is_dir():
            found += sorted(
                f"{folder.name}/{p.name}" for p in folder.iterdir() if is_leftover(p.name)
            )
    return found


def database_problem(path: Path) -> str | None:
    """None for a sound database file; else what is wrong (``MISSING`` when
    there is no file). Opened read-write, as the program opens it, so that
    SQLite recovers a write-ahead log a kill left behind."""
    if not path.exists():
        return MISSING
    if path.stat().st_size == 0:
        return "zero bytes"
    try:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            if [str(r[0]) for r in rows] != ["ok"]:
                return f"integrity_check: {rows[0][0]}"
            fts = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'recommendation_fts'"
            ).fetchone()
            if fts is not None:
                # The search index against its content table.
                conn.execute(
                    "INSERT INTO recommendation_fts(recommendation_fts) VALUES('integrity-check')"
                )
                conn.rollback()
    except sqlite3.DatabaseError as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def query_one(path: Path, sql: str, *params: Any) -> tuple[Any, ...]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        row = conn.execute(sql, params).fetchone()
    return tuple(row) if row is not None else ()


def workbook_state(path: Path) -> str:
    """``ABSENT``, or each sheet's rows (``Recommendations 413, …``), or why
    openpyxl cannot read it."""
    if not path.exists():
        return ABSENT
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True)
        try:
            counts = [
                f"{sheet.title} {sum(1 for _ in sheet.iter_rows(values_only=True))}"
                for sheet in workbook.worksheets
            ]
        finally:
            workbook.close()
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        return f"unreadable ({type(exc).__name__})"
    except Exception as exc:  # an XML parser's error: any is "not a workbook"
        return f"unreadable ({type(exc).__name__})"
    return ", ".join(counts)


def pdf_state(path: Path) -> str:
    """``ABSENT``, or ``N pages``, or why the file is not a complete PDF."""
    if not path.exists():
        return ABSENT
    data = path.read_bytes()
    if b"%%EOF" not in data[-1024:]:
        return f"no %%EOF ({len(data)} bytes)"
    from pypdf import PdfReader

    try:
        pages = len(PdfReader(path).pages)
    except Exception as exc:  # pypdf's errors: any means "not a PDF"
        return f"unreadable ({type(exc).__name__})"
    return f"{pages} pages"


def classify(state: str, before: str, complete: str, acknowledged: bool) -> tuple[bool, bool]:
    """(non-atomic, lost-acknowledged) for an operation whose effect is all or
    nothing: ``state`` must be ``before`` or ``complete``, and ``complete``
    once the program said it was done."""
    return state not in (before, complete), acknowledged and state != complete


@dataclass(frozen=True)
class EditState:
    counter: int
    """The ``crash counter N`` stored in the notes (0 for none)."""
    version_delta: int
    """The record's version minus the template's: one per save."""
    theme_linked: bool
    """The save that wrote an odd counter links the theme; an even one unlinks it."""


def classify_edit(state: EditState, last_ack: int) -> tuple[bool, bool]:
    """(non-atomic, lost-acknowledged) after repeated saves of one record."""
    consistent = state.version_delta == state.counter and state.theme_linked == (
        state.counter % 2 == 1
    )
    return not consistent, state.counter < last_ack


def last_ack(stdout: str) -> int:
    """The last ``ack N`` printed whole (a line cut by the kill does not count)."""
    acked = re.findall(r"^ack (\d+)\n", stdout, flags=re.MULTILINE)
    return int(acked[-1]) if acked else 0


@dataclass
class Outcome:
    """One cycle: what was run, when it was killed, what was found."""

    operation: str
    delay_s: float
    finished: bool = False
    """It exited by itself before the kill."""
    acknowledged: bool = False
    failed: str = ""
    """It exited with an error (not killed): the end of its stderr."""
    corrupt: str = ""
    missing_database: bool = False
    recovered_by_next_start: bool = False
    """The database was missing after the kill, sound after the next start."""
    non_atomic: str = ""
    lost_acknowledged: str = ""
    leftover: list[str] = field(default_factory=list)
    check_failed: str = ""
    """``nmrf-desk check`` at the next start failed on a database that was
    there (not missing): its message."""


def summarise(operation: str, outcomes: list[Outcome]) -> dict[str, Any]:
    """The counts of one operation's cycles, with a few examples of each failure."""
    mine = [o for o in outcomes if o.operation == operation]
    summary: dict[str, Any] = {
        "operation": operation,
        "cycles": len(mine),
        "killed": sum(not o.finished for o in mine),
        "finished_before_kill": sum(o.finished for o in mine),
        "acknowledged": sum(o.acknowledged for o in mine),
        "corrupt": sum(bool(o.corrupt) for o in mine),
        "non_atomic": sum(bool(o.non_atomic) for o in mine),
        "lost_acknowledged": sum(bool(o.lost_acknowledged) for o in mine),
        "leftover": sum(bool(o.leftover) for o in mine),
        "leftover_files": sum(len(o.leftover) for o in mine),
        "missing_database": sum(o.missing_database for o in mine),
        "recovered_by_next_start": sum(o.recovered_by_next_start for o in mine),
        "check_failed": sum(bool(o.check_failed) for o in mine),
        "failed_runs": sum(bool(o.failed) for o in mine),
    }
    examples: dict[str, list[str]] = {}
    for kind in ("corrupt", "non_atomic", "lost_acknowledged", "check_failed", "failed"):
        found = [f"{o.delay_s:.2f} s: {getattr(o, kind)}" for o in mine if getattr(o, kind)]
        if found:
            examples[kind] = found[:EXAMPLES]
    names = sorted({_pattern(n) for o in mine for n in o.leftover})
    if names:
        examples["leftover"] = names
    summary["examples"] = examples
    return summary


def _pattern(name: str) -> str:
    """A leftover's name with its random and dated parts folded, so that the
    examples list each kind once."""
    name = re.sub(r"\d{8}-\d{6}(-\d+)?", "<time>", name)
    return re.sub(r"\.[0-9a-z_]{6,}\.part\b", ".<random>.part", name)


OPERATION_NAMES = {
    "import": "import of a UPR Info file ({file})",
    "bulk": "bulk status change of every recommendation",
    "edit": "{saves} saves of one recommendation (ack after each)",
    "restore": "restore of a backup (412) over the database",
    "export": "export of every recommendation to XLSX",
    "report": "status report (PDF)",
}


def table_rows(r: dict[str, Any], verdict: Callable[[str, float], tuple[str, str]]) -> list[str]:
    """One row per operation: corrupt / non-atomic / lost-acknowledged /
    leftover / missing database, each a number of cycles."""
    rows = []
    for o in r["operations"]:
        name = OPERATION_NAMES[o["operation"]].format(file=r["import_file"], saves=r["edit_saves"])
        counts = " / ".join(str(o[key]) for key in COUNTS)
        failures = sum(o[key] for key in (*COUNTS, "check_failed", "failed_runs"))
        target, result = verdict("crash", failures)
        extra = "".join(
            f"; {text} {o[key]}"
            for key, text in (
                ("check_failed", "next start's check failed on a database that was there"),
                ("recovered_by_next_start", "missing database back after the next start"),
                ("failed_runs", "runs that failed by themselves"),
            )
            if o[key]
        )
        rows.append(
            f"| crash: kill -9 during {name}; {o['cycles']} cycles (run {o['duration_s']} s): "
            f"acknowledged before the kill {o['acknowledged']}, finished before it "
            f"{o['finished_before_kill']}{extra} | "
            f"{o['recommendations']:,} | {counts} | {target} | {result} |"
        )
    return rows


def note(r: dict[str, Any]) -> str:
    """The paragraph under the table that says what the crash rows count."""
    return (
        "Crash rows (the `crash` scenario, see `benchmarks/README.md`): the number of cycles, "
        "each a SIGKILL after a random delay, that left a corrupt database / a non-atomic "
        "result (part of the operation's writes) / a lost acknowledged result (the program "
        "had said it was done) / leftover temporary files after the next start / no "
        "database at all (a missing database is counted there, not as lost). A row fails "
        "too when `nmrf-desk check` at the next start failed on a database that was there, "
        "or when a run failed by itself. "
        f"{r['cycles']} cycles (seed {r['seed']}, {r['jobs']} side by side) in {r['run_s']} s, "
        f"program {r['program']}. Details and examples in `benchmarks/results/latest.json`."
    )
