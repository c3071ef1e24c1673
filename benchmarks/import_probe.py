"""Imports beside the plain-sqlite3 baseline of the same run:

    python -m benchmarks.import_probe uhri FILE.xlsx      # one file
    python -m benchmarks.import_probe upr-info DIR        # the four UPR Info files

In one process (prints one line of JSON): the files imported into a fresh
database through the import service (together, as a user choosing them all
at once imports them; the reader processes started ahead and ready, as the
import dialog starts them when it is given the files and again after its
preview), then again unchanged; then the baseline,
what a program with no matching, lookups or ORM would do with the same file:
read it with the same reader (the file format's own cost) and write the very
rows and links the import stored with ``sqlite3.executemany`` into an identical
fresh database in one transaction, the search index filled in one statement
at the end. Search then answers the same on both databases (checked).
Last, for the UPR Info files, the same import with no reader started ahead
(as a script calling the service would). Before each timed part the disk is
left to finish writing what came before.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from desktop.services.database import open_database
from desktop.services.importing import reader_spares
from desktop.services.importing.detect import detect_format, reader_for
from desktop.services.importing.reader_process import prepare_readers
from desktop.services.importing.service import import_files
from desktop.services.search import search_recommendations
from desktop.store.base import Base

UPR_INFO_FILES = (
    "sessions-1-5.csv",
    "sessions-6-9.csv",
    "sessions-10-13.csv",
    "sessions-14-17.csv",
)
QUERIES = ("women", "torture", "discrim", "education law", "法律", "المرأة", "121.2")
FTS_TRIGGERS = (
    "recommendation_fts_insert",
    "recommendation_fts_update",
    "recommendation_fts_delete",
)


def _copy(source: Path, target: Path) -> None:
    with (
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)


def _added_rows(db: Path, empty: Path) -> list[tuple[str, list[str], list[tuple[Any, ...]]]]:
    """Every row the imports added, table by table in foreign-key order: the
    rows past those a fresh database holds (reference data)."""
    import_models()
    added = []
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute(f"ATTACH DATABASE '{empty}' AS fresh")
        for table in Base.metadata.sorted_tables:
            name = table.name
            columns = [c.name for c in table.columns]
            listed = ", ".join(f'"{c}"' for c in columns)
            rows = conn.execute(
                f'SELECT {listed} FROM main."{name}" WHERE rowid >'
                f' (SELECT coalesce(max(rowid), 0) FROM fresh."{name}") ORDER BY rowid'
            ).fetchall()
            if rows:
                added.append((name, columns, rows))
    return added


def import_models() -> None:
    """Every model module, so that Base.metadata lists every table."""
    import desktop.store.models  # noqa: F401


def _raw_insert(db: Path, added: list[tuple[str, list[str], list[tuple[Any, ...]]]]) -> None:
    """The rows with plain executemany, as the program's connections are set up."""
    conn = sqlite3.connect(db, isolation_level=None)
    with contextlib.closing(conn):
        for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("BEGIN IMMEDIATE")
        triggers = [
            sql
            for name, sql in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type='trigger'"
            )
            if name in FTS_TRIGGERS
        ]
        for name in FTS_TRIGGERS:
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        for name, columns, rows in added:
            listed = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            conn.executemany(f'INSERT INTO "{name}" ({listed}) VALUES ({marks})', rows)
        conn.execute(
            "INSERT INTO recommendation_fts(rowid, search_text)"
            " SELECT id, search_text FROM recommendation"
        )
        for sql in triggers:
            conn.execute(sql)
        conn.execute("COMMIT")


def _read(files: list[Path]) -> int:
    """Every record of the files through their reader (the format's own cost)."""
    count = 0
    for path in files:
        for _ in reader_for(detect_format(path))(path):
            count += 1
    return count


def _derived(files: list[Path], added: list[tuple[str, list[str], list[tuple[Any, ...]]]]) -> float:
    """Seconds to compute the values the baseline copies from the import's
    database but any importer must compute for these rows: each new
    recommendation's search text, reference key and UUID, each record's
    digest of its official values, each audit row's chained hash."""
    import uuid
    from itertools import islice

    from desktop.domain.natural_order import natural_key
    from desktop.domain.text_search import search_document
    from desktop.services.importing.digests import official_digest
    from desktop.services.importing.records import ImportedRecommendation

    spent = 0.0
    for path in files:  # digests: the records read a chunk at a time, untimed
        records = iter(reader_for(detect_format(path))(path))
        while chunk := [r for r in islice(records, 2000) if isinstance(r, ImportedRecommendation)]:
            started = time.perf_counter()
            for record in chunk:
                official_digest(record)
            spent += time.perf_counter() - started
    tables = {name: (columns, rows) for name, columns, rows in added}
    columns, rows = tables.get("recommendation", ([], []))
    if rows:
        at = [columns.index(n) for n in ("reference", "text", "notes")]
        started = time.perf_counter()
        for row in rows:
            search_document(row[at[0]], row[at[1]], row[at[2]])
            natural_key(row[at[0]])
            uuid.uuid4()
        spent += time.perf_counter() - started
    columns, rows = tables.get("audit_entry", ([], []))
    if rows:
        texts = ["\x1f".join(map(str, row)) for row in rows]
        started = time.perf_counter()
        previous = ""
        for text in texts:
            previous = hashlib.sha256((previous + text).encode("utf-8")).hexdigest()
        spent += time.perf_counter() - started
    return spent


def _answers(db: Path) -> list[tuple[str, int, list[str]]]:
    database = open_database(str(db), create=False)
    try:
        found = []
        for query in QUERIES:
            result = search_recommendations(database.session_factory, query, limit=200)
            found.append((query, result.total, [h.reference for h in result.hits]))
        return found
    finally:
        database.dispose()


def _readers_started(files: list[Path]) -> None:
    """As the import dialog does when it is given the files (and again after
    its preview): the reader processes started and ready before the import."""
    prepare_readers(files)
    reader_spares.wait_all_ready()
    _settled()


def _settled() -> None:
    """The disk done writing what came before (an earlier scenario's
    gigabyte, the import before the baseline), so that its write-back does
    not fall on the part timed next: each starts from the same state."""
    if hasattr(os, "sync"):
        os.sync()


def _cold_import(empty: Path, files: list[Path], db: Path) -> float:
    """Seconds of the same import into another fresh database with no reader
    started ahead (as a script imports), run after everything else (this
    process has then done it once: a little warmer than the first)."""
    _copy(empty, db)
    database = open_database(str(db), create=False)
    try:
        _settled()
        started = time.perf_counter()
        import_files(database, files)
        return time.perf_counter() - started
    finally:
        database.dispose()


def measure(files: list[Path], *, with_cold: bool = False, rounds: int = 1) -> dict[str, Any]:
    """The import, its re-import and the baseline (reading the files, then
    writing the import's rows with executemany) ``rounds`` times in turn, each
    round on fresh databases; the medians are compared (single runs of a
    second or two vary by a tenth on these machines), every round is listed."""
    firsts: list[float] = []
    agains: list[float] = []
    reads: list[float] = []
    raws: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.sqlite3"
        open_database(str(empty), create=True).dispose()
        added: list[tuple[str, list[str], list[tuple[Any, ...]]]] = []
        for n in range(rounds):
            served, raw = Path(tmp) / f"service-{n}.sqlite3", Path(tmp) / f"raw-{n}.sqlite3"
            _copy(empty, served)
            _copy(empty, raw)
            database = open_database(str(served), create=False)
            try:
                _readers_started(files)
                started = time.perf_counter()
                new = sum(s.new for s in import_files(database, files))
                firsts.append(time.perf_counter() - started)
                _readers_started(files)
                started = time.perf_counter()
                unchanged = sum(s.unchanged for s in import_files(database, files))
                agains.append(time.perf_counter() - started)
            finally:
                database.dispose()
            _settled()
            started = time.perf_counter()
            records = _read(files)
            reads.append(time.perf_counter() - started)
            added = added or _added_rows(served, empty)
            _settled()
            started = time.perf_counter()
            _raw_insert(raw, added)
            raws.append(time.perf_counter() - started)
            if n + 1 < rounds:  # the last round's pair is compared below
                served.unlink()
                raw.unlink()
        derived_s = _derived(files, added)
        same_search = _answers(served) == _answers(raw)
        rows = {name: len(r) for name, _, r in added}
        # Last: before the import its process would be warmer; before the
        # baseline the disk would still be writing its database back.
        cold = _cold_import(empty, files, Path(tmp) / "cold.sqlite3") if with_cold else None
    baselines = [r + w for r, w in zip(reads, raws, strict=True)]
    first, again = statistics.median(firsts), statistics.median(agains)
    read_s, raw_s = statistics.median(reads), statistics.median(raws)
    baseline = statistics.median(baselines)
    return {
        "files": len(files),
        "records": records,
        "new": new,
        "unchanged": unchanged,
        "rounds": rounds,
        "import_s": round(first, 2),
        **({"cold_import_s": round(cold, 2)} if cold is not None else {}),
        "reimport_s": round(again, 2),
        "reimport_ratio": round(again / first, 2),
        "read_s": round(read_s, 2),
        "raw_insert_s": round(raw_s, 2),
        "baseline_s": round(baseline, 2),
        "ratio": round(first / baseline, 2),
        "each_round": {
            "import_s": [round(x, 2) for x in firsts],
            "reimport_s": [round(x, 2) for x in agains],
            "baseline_s": [round(x, 2) for x in baselines],
        },
        "derived_s": round(derived_s, 2),
        "ratio_with_derived": round(first / (baseline + derived_s), 2),
        "rows_written": sum(rows.values()),
        "links_written": sum(n for name, n in rows.items() if name.startswith("recommendation_")),
        "same_search": same_search,
    }


UPR_INFO_ROUNDS = 5
"""The four UPR Info files take a second or two: measured this many times."""
IMPORT_RATIO = 1.3
REIMPORT_RATIO = 0.4
UPR_INFO_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "datasets" / "upr-info"


def _child(*args: str) -> dict[str, Any]:
    """The probe in a process of its own; its peak memory from wait4."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.import_probe", *args],
            stdout=out,
            stderr=err,
            cwd=Path(__file__).resolve().parent.parent,
        )
        _, status, usage = os.wait4(process.pid, 0)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        return {"status": "error", "error": stderr[-2000:]}
    result: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
    return {"status": "ok", "peak_rss_mb": round(usage.ru_maxrss / 1024), **result}


def scenario(uhri_count: int, data: Path) -> dict[str, Any]:
    """The UPR Info files and a UHRI export of ``uhri_count`` rows, each beside
    its baseline."""
    from benchmarks.uhri_file import write_uhri_xlsx

    path = data / f"uhri-{uhri_count}.xlsx"
    if not path.exists():
        data.mkdir(parents=True, exist_ok=True)
        write_uhri_xlsx(path, uhri_count)
    runs: dict[str, dict[str, Any]] = {}
    # The short one first: right after the long one's gigabyte the machine is
    # still reclaiming memory, which fell on whichever part ran first.
    if UPR_INFO_DIR.is_dir():
        runs["upr_info"] = _child("upr-info", str(UPR_INFO_DIR))
    runs["uhri"] = _child("uhri", str(path))
    failed = [r for r in runs.values() if r["status"] != "ok"]
    return {
        "scenario": "imports",
        "count": uhri_count,
        "status": "error" if failed else "ok",
        "error": failed[0]["error"] if failed else "",
        **runs,
    }


def main(argv: list[str]) -> int:
    kind, where = argv[0], Path(argv[1])
    files = [where / name for name in UPR_INFO_FILES] if kind == "upr-info" else [where]
    small = kind == "upr-info"
    print(json.dumps(measure(files, with_cold=small, rounds=UPR_INFO_ROUNDS if small else 1)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
