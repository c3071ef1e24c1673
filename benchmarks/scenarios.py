"""The timed scenarios. Each returns a plain dict for the JSON results."""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from benchmarks.generate import LANGUAGES
from benchmarks.texts import make_text
from desktop.domain.natural_order import natural_key
from desktop.domain.text_search import search_document
from desktop.domain.vocab import ImplementationStatus, Position
from desktop.services.database import open_database
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.store.base import UTCDateTime
from desktop.store.models import Country, Mechanism, SdgTarget, Theme

REPO = Path(__file__).resolve().parent.parent


def _summary(values: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), 1),
        "min": round(min(values), 1),
        "max": round(max(values), 1),
    }


def _run_smoke_test(db: Path) -> dict[str, Any]:
    """One ``gui --smoke-test`` process; its peak memory comes from wait4() on that child."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--db", str(db), "gui", "--smoke-test"],
            stdout=out,
            stderr=err,
            env=env,
            cwd=REPO,
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall = (time.perf_counter() - started) * 1000
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    words = stdout.split()
    if process.returncode != 0 or len(words) < 2 or words[0] != "ready":
        return {"status": "error", "stderr": stderr[-2000:], "stdout": stdout[-500:]}
    return {
        "status": "ok",
        "ready_ms": int(words[1]),
        "wall_ms": wall,
        "peak_rss_mb": usage.ru_maxrss / 1024,
    }  # ru_maxrss is in KiB on Linux


def ready(db: Path, runs: int = 5, label: str = "") -> dict[str, Any]:
    """Open a database in the GUI and reach ``ready``: time from process start
    (as the program reports it), whole-process wall time, peak resident memory."""
    results = [_run_smoke_test(db) for _ in range(runs)]
    ok = [r for r in results if r["status"] == "ok"]
    if not ok:
        return {
            "scenario": "ready",
            "database": label,
            "status": "error",
            "error": results[0].get("stderr", ""),
        }
    return {
        "scenario": "ready",
        "database": label,
        "status": "ok",
        "runs": len(ok),
        "ready_ms": _summary([r["ready_ms"] for r in ok]),
        "wall_ms": _summary([r["wall_ms"] for r in ok]),
        "peak_rss_mb": _summary([r["peak_rss_mb"] for r in ok]),
    }


def _items(
    count: int, seed: int, states: list[str], themes: list[str], targets: list[str]
) -> list[NewRecommendation]:
    rng = random.Random(seed)
    items = []
    for n in range(count):
        language = rng.choice(LANGUAGES)
        text, category = make_text(rng, language, treaty=False)
        items.append(
            NewRecommendation(
                mechanism_code="UPR",
                reference=f"120.{n + 1}",
                text=text,
                paragraph=f"120.{n + 1}",
                text_language=language,
                response=rng.choice(tuple(Position)),
                action_category=category,
                status=rng.choice(tuple(ImplementationStatus)),
                recommending_states=rng.sample(states, rng.choice((1, 2, 3))),
                themes=rng.sample(themes, rng.choice((1, 2))),
                sdg_targets=rng.sample(targets, rng.choice((0, 1, 2))),
            )
        )
    return items


def bulk_create(count: int, workdir: Path, seed: int = 7) -> dict[str, Any]:
    """N recommendations through the service, and the same rows with plain
    sqlite3.executemany into an identical fresh database, in one transaction each."""
    service_db, raw_db = (
        workdir / f"bulk-service-{count}.sqlite3",
        workdir / f"bulk-raw-{count}.sqlite3",
    )
    for path in (service_db, raw_db):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    database = open_database(str(service_db), create=True)
    open_database(str(raw_db), create=True).dispose()
    with database.session_factory() as session:
        states = sorted(session.scalars(select(Country.name)))
        themes = sorted(session.scalars(select(Theme.name)))
        target_ids = {c: i for c, i in session.execute(select(SdgTarget.code, SdgTarget.id))}
        state_ids = {n: i for n, i in session.execute(select(Country.name, Country.id))}
        theme_ids = {n: i for n, i in session.execute(select(Theme.name, Theme.id))}
        upr = session.scalars(select(Mechanism.id).where(Mechanism.code == "UPR")).one()
    items = _items(count, seed, states, themes, sorted(target_ids))

    started = time.perf_counter()
    bulk_create_recommendations(database.session_factory, items)
    service_s = time.perf_counter() - started
    database.dispose()

    rows, links = _raw_rows(items, upr, state_ids, theme_ids, target_ids)
    started = time.perf_counter()
    _raw_insert(raw_db, rows, links)
    raw_s = time.perf_counter() - started
    return {
        "scenario": "bulk_create",
        "count": count,
        "status": "ok",
        "service_s": round(service_s, 3),
        "raw_executemany_s": round(raw_s, 3),
        "service_rows_per_s": round(count / service_s),
        "raw_rows_per_s": round(count / raw_s),
        "ratio": round(service_s / raw_s, 2),
    }


def _raw_rows(
    items: list[NewRecommendation],
    upr: int,
    state_ids: dict[str, int],
    theme_ids: dict[str, int],
    target_ids: dict[str, int],
) -> tuple[list[tuple[Any, ...]], dict[str, list[tuple[int, int]]]]:
    """The same values SQLAlchemy stores: UUID as 32 hex digits, naive UTC text datetimes."""
    import uuid
    from datetime import UTC, datetime

    stamp = str(UTCDateTime().process_bind_param(datetime.now(UTC), None))  # type: ignore[arg-type]
    rows: list[tuple[Any, ...]] = []
    links: dict[str, list[tuple[int, int]]] = {"country": [], "theme": [], "sdg_target": []}
    for n, item in enumerate(items, start=1):
        rows.append(
            (
                n,
                uuid.uuid4().hex,
                stamp,
                stamp,
                1,
                upr,
                None,
                item.reference,
                item.paragraph,
                None,
                item.text,
                item.text_language,
                item.response.value,
                item.action_category,
                None,
                None,
                int(item.needs_parliament),
                item.status.value,
                None,
                None,
                0,
                n - 1,
                natural_key(item.reference),
                search_document(item.reference, item.text, item.notes),
            )
        )
        links["country"] += [(n, state_ids[s]) for s in set(item.recommending_states)]
        links["theme"] += [(n, theme_ids[t]) for t in set(item.themes)]
        links["sdg_target"] += [(n, target_ids[c]) for c in set(item.sdg_targets)]
    return rows, links


def _raw_insert(
    path: Path, rows: list[tuple[Any, ...]], links: dict[str, list[tuple[int, int]]]
) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    with contextlib.closing(conn):
        for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO recommendation (id, uuid, created_at, updated_at, version, mechanism_id,"
            " source_id, reference, paragraph, annotation_id, text, text_language, response,"
            " action_category, priority, priority_rationale, needs_parliament, status,"
            " cluster_id, notes, archived, sort_key, reference_key, search_text)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        conn.executemany(
            "INSERT INTO recommendation_recommending_state VALUES (?, ?)", links["country"]
        )
        conn.executemany("INSERT INTO recommendation_theme VALUES (?, ?)", links["theme"])
        conn.executemany("INSERT INTO recommendation_sdg_target VALUES (?, ?)", links["sdg_target"])
        conn.execute("COMMIT")


def register(db: Path, label: str) -> dict[str, Any]:
    """Search, filter, jump and scroll timings of the register, measured in a
    child process (benchmarks/register_probe.py) so that its memory is its own."""
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.register_probe", str(db)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=1800,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if result.returncode != 0:
        return {
            "scenario": "register",
            "database": label,
            "status": "error",
            "error": result.stderr[-2000:],
        }
    import json

    return {
        "scenario": "register",
        "database": label,
        "status": "ok",
        **json.loads(result.stdout.strip().splitlines()[-1]),
    }
