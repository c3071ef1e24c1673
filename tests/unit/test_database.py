"""Safe start-up, backups and restores of the database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop import paths
from desktop.services.backups import backup_database, restore_backup
from desktop.services.database import newest_backup, open_database
from desktop.store.errors import (
    BackupError,
    DamagedDatabaseError,
    DatabaseError,
    NoDatabaseError,
)
from desktop.store.models import Mechanism, SdgGoal, SdgTarget


def test_default_database_lives_in_the_data_folder(isolated_data_dir: Path) -> None:
    database = open_database(None, create=True)
    database.dispose()
    assert database.path == isolated_data_dir / "nmrf-desk.sqlite3"
    assert database.path.is_file()


def test_nmrf_db_environment_variable_names_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setenv("NMRF_DB", str(target))
    open_database(None, create=True).dispose()
    assert target.is_file()


def test_sqlite_pragmas_are_set(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "db.sqlite3"), create=True)
    try:
        with database.engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
            assert pragma("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        database.dispose()


def test_new_database_is_seeded_with_reference_data(db_url: str) -> None:
    database = open_database(db_url, create=True)
    try:
        with database.session_factory() as session:
            assert session.scalar(select(func.count()).select_from(SdgGoal)) == 17
            assert session.scalar(select(func.count()).select_from(SdgTarget)) == 169
            codes = set(session.scalars(select(Mechanism.code)))
            goal5 = session.scalars(select(SdgGoal).where(SdgGoal.number == 5)).one()
            assert goal5.title_zh == "性别平等"
        assert {
            "UPR",
            "CCPR",
            "CESCR",
            "CERD",
            "CEDAW",
            "CAT",
            "SPT",
            "CRC",
            "CMW",
            "CRPD",
            "CED",
        } <= codes
    finally:
        database.dispose()


def test_missing_database_is_not_created_when_not_asked(tmp_path: Path) -> None:
    path = tmp_path / "absent.sqlite3"
    with pytest.raises(NoDatabaseError) as caught:
        open_database(str(path), create=False)
    assert str(path) in str(caught.value)
    assert not path.exists()


def test_unreachable_postgresql_server_gives_a_clear_error() -> None:
    with pytest.raises(DatabaseError, match="cannot connect") as caught:
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none", create=True)
    assert "127.0.0.1" in str(caught.value)


def _damage(path: Path) -> None:
    """Overwrite the middle of the file (its b-tree pages), keeping the header."""
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 8 : offset + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))


def test_damaged_database_is_refused_and_the_newest_backup_offered(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    database = open_database(str(path), create=True)
    backup = backup_database(database, paths.backups_dir_for(path))
    database.dispose()
    _damage(path)
    with pytest.raises(DamagedDatabaseError, match="damaged") as caught:
        open_database(str(path), create=False)
    assert caught.value.newest_backup == backup
    assert newest_backup(path) == backup

    kept = restore_backup(backup, path)
    assert kept is not None and kept.exists()  # the damaged file is kept, not deleted
    reopened = open_database(str(path), create=False)
    try:
        with reopened.session_factory() as session:
            assert session.scalar(select(func.count()).select_from(SdgTarget)) == 169
    finally:
        reopened.dispose()


def test_backup_is_a_verified_copy(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "db.sqlite3"), create=True)
    try:
        written = backup_database(database, tmp_path / "copies")
    finally:
        database.dispose()
    assert written.parent == tmp_path / "copies"
    with sqlite3.connect(written) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM sdg_target").fetchone()[0] == 169
    conn.close()
    assert not list((tmp_path / "copies").glob("*.partial"))


def test_backup_refuses_to_overwrite_the_database(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    database = open_database(str(path), create=True)
    try:
        with pytest.raises(BackupError, match="overwrite"):
            backup_database(database, path)
    finally:
        database.dispose()


def test_backup_to_an_unwritable_place_says_so(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "db.sqlite3"), create=True)
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    try:
        with pytest.raises(BackupError) as caught:
            backup_database(database, blocker / "sub" / "copy.sqlite3")
    finally:
        database.dispose()
    assert "file-not-folder" in str(caught.value)


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(str(path), create=True).dispose()
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("not a database")
    with pytest.raises(BackupError, match="not a database backup"):
        restore_backup(bogus, path)
    open_database(str(path), create=False).dispose()
