"""Rotating verified backups and the list of backups (issue 13)."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop import paths
from desktop.services import backups as backups_module
from desktop.services.backups import (
    AUTO_REASON,
    automatic_backup,
    backup_database,
    list_backups,
    thin_automatic_backups,
)
from desktop.services.database import open_database
from desktop.services.demo import create_demo_data
from desktop.store import sqlite_files
from desktop.store.errors import BackupError


def _touch_backup(database: Path, when: datetime, reason: str) -> Path:
    folder = paths.backups_dir_for(database)
    folder.mkdir(exist_ok=True)
    path = folder / sqlite_files.backup_name(database, reason, when)
    path.write_bytes(b"SQLite format 3\x00")
    return path


def test_automatic_backups_are_thinned_to_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    database = tmp_path / "office.sqlite3"
    end = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    autos = [_touch_backup(database, end - timedelta(days=d), AUTO_REASON) for d in range(500)]
    others = [
        _touch_backup(database, end - timedelta(days=400), "manual"),
        _touch_backup(database, end - timedelta(days=300), "before-import"),
        _touch_backup(database, end - timedelta(days=200), "before-upgrade-0007"),
    ]
    removed = thin_automatic_backups(database)
    kept = [p for p in autos if p.exists()]
    assert len(removed) + len(kept) == 500
    parsed = [sqlite_files.parse_backup_name(database, p) for p in kept]
    kept_days = sorted({when.date() for when, _ in filter(None, parsed)})
    # the 7 latest days
    assert [end.date() - timedelta(days=d) for d in range(7)] == sorted(kept_days)[-7:][::-1]
    # one for each of the 12 latest months (this one included), the newest of each
    months = {(d.year, d.month) for d in kept_days}
    assert len(months) == 12 and min(months) == (2026, 1)
    assert datetime(2026, 1, 31).date() in kept_days and datetime(2026, 2, 28).date() in kept_days
    # the 4 latest ISO weeks are represented
    weeks = {d.isocalendar()[:2] for d in kept_days}
    assert {(end.date() - timedelta(weeks=w)).isocalendar()[:2] for w in range(4)} <= weeks
    assert len(kept) <= 7 + 4 + 12
    assert all(p.exists() for p in others)  # never thinned
    assert thin_automatic_backups(database) == []  # thinning again changes nothing


def test_the_daily_backup_is_taken_once_a_day_and_only_after_a_change(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    database = open_database(str(path), create=True)
    try:
        create_demo_data(database.session_factory)
        day = datetime.now(UTC).replace(hour=0, minute=30, second=0, microsecond=0)
        first = automatic_backup(database, day)
        assert first is not None and first.is_file()
        assert sqlite_files.quick_check(first) == []
        assert automatic_backup(database, day + timedelta(hours=5)) is None  # same day
        # Nothing changed since: no new backup the next day.
        database.dispose()
        quiet = (day - timedelta(hours=1)).timestamp()
        for candidate in (path, path.with_name(path.name + "-wal")):
            if candidate.exists():
                os.utime(candidate, (quiet, quiet))
        assert automatic_backup(database, day + timedelta(days=1)) is None
        # A change, then the next day's backup is taken.
        with database.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE recommendation SET notes = 'changed' WHERE id = 1")
        second = automatic_backup(database, day + timedelta(days=1))
        assert second is not None and second != first
        assert [b.reason for b in list_backups(path)] == [AUTO_REASON, AUTO_REASON]
    finally:
        database.dispose()


def test_the_list_of_backups_says_what_each_holds(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    database = open_database(str(path), create=True)
    try:
        empty = backup_database(database, paths.backups_dir_for(path))
        create_demo_data(database.session_factory)
        full = backup_database(database, paths.backups_dir_for(path), reason="before-import")
    finally:
        database.dispose()
    broken = paths.backups_dir_for(path) / sqlite_files.backup_name(
        path, "manual", datetime(2020, 1, 1, tzinfo=UTC)
    )
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    found = list_backups(path)
    assert [b.path for b in found] == [full, empty, broken]
    assert found[0].reason == "before-import" and found[0].counts["recommendation"] > 300
    assert found[1].reason == "manual" and found[1].counts["recommendation"] == 0
    assert found[2].problem and not found[2].counts
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(path), "backups", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert [item["path"] for item in listed] == [str(full), str(empty), str(broken)]
    assert listed[0]["counts"]["recommendation"] == found[0].counts["recommendation"]
    assert listed[2]["problem"]


def test_a_backup_is_a_single_private_verified_file(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    database = open_database(str(path), create=True)
    try:
        create_demo_data(database.session_factory)
        written = backup_database(database, tmp_path / "copies")
    finally:
        database.dispose()
    assert written.parent == tmp_path / "copies"
    assert oct(written.stat().st_mode & 0o777) == "0o600"
    assert not written.with_name(written.name + "-wal").exists()
    with contextlib.closing(sqlite3.connect(f"{written.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


@pytest.mark.postgres
def test_a_server_is_backed_up_with_pg_dump_or_told_how(
    pg_server: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.pg_server import PgServer

    assert isinstance(pg_server, PgServer)
    database = open_database(pg_server.create_database(), create=True)
    try:
        monkeypatch.setattr(backups_module.shutil, "which", lambda _name: None)
        with pytest.raises(BackupError, match="pg_dump") as caught:
            backup_database(database, tmp_path / "office.dump")
        assert "--format=custom" in str(caught.value)
        assert not list(tmp_path.iterdir())
    finally:
        database.dispose()
