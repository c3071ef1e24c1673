"""Writers wait their turn (issue 13, item 5): SQLite write transactions take
the write lock when they begin and queue on the busy timeout; a lock held
longer is reported in plain words; PostgreSQL conflicts are retried."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.services.bulk import BulkAction, BulkKind, apply_bulk
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.editing import load_recommendation, save_recommendation
from desktop.services.settings import OrganisationSettings, load_settings, save_settings
from desktop.services.transactions import retry_conflicts
from desktop.store import engine as engine_module
from desktop.store.engine import user_error
from desktop.store.errors import DatabaseBusyError, DiskFullError, ReadOnlyDatabaseError
from desktop.store.models import Recommendation

UPR_INFO = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "upr-info"


@pytest.fixture
def demo_db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, create=True)
    create_demo_data(database.session_factory)
    yield database
    database.dispose()


@contextlib.contextmanager
def write_lock_held(path: Path, seconds: float) -> Iterator[None]:
    """Another process holding the database's write lock for ``seconds``."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('locked', flush=True)\n"
            f"time.sleep({seconds})\n"
            "c.execute('ROLLBACK')\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    try:
        yield
    finally:
        holder.wait(timeout=60)


def test_a_write_waits_for_another_writer_then_succeeds(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "office.sqlite3"), create=True)
    try:
        with write_lock_held(tmp_path / "office.sqlite3", 1.5):
            started = time.monotonic()
            save_settings(database.session_factory, OrganisationSettings("Ministry of Justice"))
            waited = time.monotonic() - started
        assert waited >= 1.0
        assert load_settings(database.session_factory).organisation_name == "Ministry of Justice"
    finally:
        database.dispose()


def test_a_lock_held_past_the_timeout_is_reported_in_plain_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    database = open_database(str(tmp_path / "office.sqlite3"), create=True)
    try:
        with (
            write_lock_held(tmp_path / "office.sqlite3", 2.0),
            pytest.raises(DatabaseBusyError) as caught,
        ):
            save_settings(database.session_factory, OrganisationSettings("Ministry"))
        message = str(caught.value)
        assert message.startswith(f"{tmp_path / 'office.sqlite3'}: another program is writing")
        assert "sqlalche" not in message.lower() and "background on this error" not in message
        assert load_settings(database.session_factory).organisation_name == ""
    finally:
        database.dispose()


def test_reads_do_not_wait_for_a_writer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    database = open_database(str(tmp_path / "office.sqlite3"), create=True)
    try:
        with write_lock_held(tmp_path / "office.sqlite3", 1.5):
            started = time.monotonic()
            assert load_settings(database.session_factory).organisation_name == ""
            assert time.monotonic() - started < 0.5
    finally:
        database.dispose()


@pytest.mark.skipif(not UPR_INFO.is_dir(), reason="../shared/datasets/upr-info is absent")
def test_four_imports_at_the_same_moment_all_succeed(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    cli = [sys.executable, "-m", "desktop", "--db", str(db)]
    subprocess.run([*cli, "init"], check=True, capture_output=True, timeout=120)
    files = sorted(UPR_INFO.glob("*.csv"))
    assert len(files) == 4
    processes = [
        subprocess.Popen(
            [*cli, "import", str(f), "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in files
    ]
    outcomes = [p.communicate(timeout=600) for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0, 0], [err for _, err in outcomes]
    import json

    new = sum(json.loads(out)["new"] for out, _ in outcomes)
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM recommendation").fetchone()[0] == new


def test_racing_edits_and_bulk_changes_all_land(demo_db: Database) -> None:
    factory = demo_db.session_factory
    with factory() as session:
        ids = list(session.scalars(select(Recommendation.id).order_by(Recommendation.id)))
    errors: list[BaseException] = []

    def edit(rec_ids: list[int]) -> None:
        try:
            for rec_id in rec_ids:
                detail = load_recommendation(factory, rec_id)
                fields = detail.fields
                fields = type(fields)(**{**fields.__dict__, "notes": f"edited {rec_id}"})
                save_recommendation(factory, rec_id, detail.version, fields)
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    def bulk(rec_ids: list[int], status: str) -> None:
        try:
            for _ in range(5):
                apply_bulk(factory, rec_ids, BulkAction(BulkKind.STATUS, status))
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=edit, args=(ids[:40],)),
        threading.Thread(target=edit, args=(ids[40:80],)),
        # Bulk changes elsewhere (an edit of a record a bulk change touched is a
        # real conflict, reported as such), over rows both change, in opposite orders.
        threading.Thread(target=bulk, args=(ids[80::2], "in_progress")),
        threading.Thread(target=bulk, args=(list(reversed(ids[80::3])), "not_started")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert errors == []
    with factory() as session:
        notes = {i: n for i, n in session.execute(select(Recommendation.id, Recommendation.notes))}
    assert all(notes[i] == f"edited {i}" for i in ids[:80])


class _PgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"error {sqlstate}")
        self.sqlstate = sqlstate


def test_driver_errors_become_the_programs_own() -> None:
    deadlock = user_error(_PgError("40P01"), "office")
    assert isinstance(deadlock, DatabaseBusyError) and deadlock.retryable
    assert isinstance(user_error(_PgError("40001"), "office"), DatabaseBusyError)
    assert isinstance(user_error(_PgError("53100"), "office"), DiskFullError)
    assert isinstance(user_error(_PgError("25006"), "office"), ReadOnlyDatabaseError)
    assert user_error(_PgError("23505"), "office") is None  # a unique violation is not ours
    locked = sqlite3.OperationalError("database is locked")
    locked.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]
    busy = user_error(locked, "office")
    assert isinstance(busy, DatabaseBusyError) and not busy.retryable
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    assert isinstance(user_error(full, "office"), DiskFullError)


def test_conflicts_are_retried_then_reported() -> None:
    calls: list[int] = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise DatabaseBusyError("deadlock", retryable=True)
        return "done"

    assert retry_conflicts(flaky) == "done" and len(calls) == 3
    calls.clear()

    def always() -> str:
        calls.append(1)
        raise DatabaseBusyError("deadlock", retryable=True)

    with pytest.raises(DatabaseBusyError):
        retry_conflicts(always, attempts=3)
    assert len(calls) == 3
    calls.clear()

    def locked() -> str:
        calls.append(1)
        raise DatabaseBusyError("another program is writing")

    with pytest.raises(DatabaseBusyError):
        retry_conflicts(locked)
    assert len(calls) == 1  # SQLite already waited: not run again


def test_the_environment_is_not_polluted() -> None:
    assert "NMRF_DB" not in os.environ
