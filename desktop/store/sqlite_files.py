"""Checks and backups of SQLite database files.

Backups use SQLite's online backup API: copying a live WAL database with a
file copy can lose everything (ARCHITECTURE.md). Every file written here is
private (0600) and exists under its final name only once verified.
"""

from __future__ import annotations

import contextlib
import enum
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop.store.engine import OpenMode
from desktop.store.errors import BackupError
from desktop.store.private_files import create_private_file

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_SUFFIX = ".sqlite3"
PARTIAL_SUFFIX = ".partial"
# Why a backup was taken: the last part of its name.
AUTO_REASON = "auto"
MANUAL_REASON = "manual"
BEFORE_IMPORT_REASON = "before-import"
BEFORE_UPGRADE_PREFIX = "before-upgrade-"
"""Followed by the schema revision the upgrade went to."""
"""A file being written; removed at the next start if a kill left it."""


class FileKind(enum.Enum):
    SQLITE = "sqlite"
    EMPTY = "empty"
    OTHER = "other"


def file_kind(path: Path) -> FileKind:
    """What the first bytes say; an empty file is no database (SQLite would
    silently make it a new, empty one)."""
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header == b"":
        return FileKind.EMPTY
    return FileKind.SQLITE if header == SQLITE_HEADER else FileKind.OTHER


def reading_mode(path: Path) -> OpenMode:
    """How to open ``path`` for reading without leaving anything behind.

    Where we may write, an ordinary connection limited to queries: when it
    closes as the last one, SQLite folds the write-ahead log in and removes
    the -wal and -shm files (a ``mode=ro`` connection cannot, and leaves them).
    Where we may not, ``mode=ro`` when the log holds changes (it must be read),
    else ``immutable`` (a read-only folder cannot hold the -shm file)."""
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return OpenMode.READ_WRITE
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return OpenMode.READ_ONLY
    return OpenMode.IMMUTABLE


def _connect_readonly(path: Path, mode: OpenMode | None = None) -> sqlite3.Connection:
    mode = mode or reading_mode(path)
    option = {
        OpenMode.READ_WRITE: "mode=rw",
        OpenMode.READ_ONLY: "mode=ro",
        OpenMode.IMMUTABLE: "immutable=1",
    }[mode]
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{option}", uri=True)
    conn.execute("PRAGMA query_only = ON")
    return conn


def quick_check(path: Path, mode: OpenMode | None = None) -> list[str]:
    """SQLite's quick integrity check; an empty list means the file is sound."""
    try:
        with contextlib.closing(_connect_readonly(path, mode)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def table_names(path: Path, mode: OpenMode | None = None) -> set[str]:
    with contextlib.closing(_connect_readonly(path, mode)) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(row[0]) for row in rows}


def stored_revision(path: Path, version_table: str, mode: OpenMode | None = None) -> str | None:
    """The schema revision recorded in the file, read without writing to it."""
    with contextlib.closing(_connect_readonly(path, mode)) as conn:
        row = conn.execute(f"SELECT version_num FROM {version_table}").fetchone()
    return str(row[0]) if row else None


def row_counts(path: Path, tables: tuple[str, ...]) -> dict[str, int]:
    """Rows in each of ``tables`` that the file has (read-only)."""
    with contextlib.closing(_connect_readonly(path)) as conn:
        present = {
            str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        return {
            name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in tables
            if name in present
        }


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_file(source: Path, dest: Path, mode: OpenMode | None = None) -> Path:
    """Copy a live database to ``dest`` with the online backup API, then verify
    that the copy passes the integrity check and holds the same rows.

    Writes to a temporary name first: ``dest`` exists only once verified and
    on disk. The folder of ``dest`` must exist (backups folders are made by the
    caller, private)."""
    partial = dest.with_name(dest.name + PARTIAL_SUFFIX)
    try:
        partial.unlink(missing_ok=True)
        create_private_file(partial)
        with contextlib.closing(_connect_readonly(source, mode)) as src:
            with contextlib.closing(sqlite3.connect(partial)) as out:
                src.backup(out)
                # A single self-contained file: no -wal beside the copy.
                out.execute("PRAGMA journal_mode = DELETE")
            expected = _row_counts(src)
        problems = quick_check(partial)
        if problems:
            raise BackupError(f"the copy fails its integrity check: {problems[0]}", where=str(dest))
        with contextlib.closing(_connect_readonly(partial)) as copy:
            if _row_counts(copy) != expected:
                raise BackupError("the copy does not hold the same rows", where=str(dest))
        fsync_file(partial)
        partial.replace(dest)
        fsync_folder(dest.parent)
    except sqlite3.Error as exc:
        raise BackupError(f"backup failed: {exc}", where=str(dest)) from exc
    except OSError as exc:
        raise BackupError(
            f"backup could not be written: {exc.strerror or exc}", where=str(dest)
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return dest


def backup_name(database: Path, reason: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S-%f")
    return f"{database.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"


def parse_backup_name(database: Path, backup: Path) -> tuple[datetime, str] | None:
    """(when, reason) from a name made by :func:`backup_name`; None for others."""
    prefix = f"{database.stem}-"
    name = backup.name
    if not name.startswith(prefix) or not name.endswith(BACKUP_SUFFIX):
        return None
    rest = name[len(prefix) : -len(BACKUP_SUFFIX)]
    stamp, _, reason = rest[:22], rest[22:23], rest[23:]
    try:
        when = datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
    except ValueError:
        return None
    return when, reason


def list_backups(folder: Path, database: Path) -> list[Path]:
    """Backups of ``database`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.glob(f"{database.stem}-*{BACKUP_SUFFIX}")
        if p.is_file() and parse_backup_name(database, p) is not None
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)
