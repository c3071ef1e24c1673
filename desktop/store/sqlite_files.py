"""Checks, backups and restores of SQLite database files.

Backups use SQLite's online backup API: copying a live WAL database with a
file copy can lose everything (ARCHITECTURE.md).
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop.store.errors import BackupError

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_SUFFIX = ".sqlite3"


def looks_like_sqlite(path: Path) -> bool:
    """True for a SQLite file, and for an empty file (SQLite treats it as a new database)."""
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    return header == SQLITE_HEADER or header == b""


def _connect_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def quick_check(path: Path) -> list[str]:
    """SQLite's quick integrity check; an empty list means the file is sound."""
    try:
        with contextlib.closing(_connect_readonly(path)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def table_names(path: Path) -> set[str]:
    with contextlib.closing(_connect_readonly(path)) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(row[0]) for row in rows}


def stored_revision(path: Path, version_table: str) -> str | None:
    """The schema revision recorded in the file, read without writing to it."""
    with contextlib.closing(_connect_readonly(path)) as conn:
        row = conn.execute(f"SELECT version_num FROM {version_table}").fetchone()
    return str(row[0]) if row else None


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


def backup_file(source: Path, dest: Path) -> Path:
    """Copy a live database to ``dest`` with the online backup API, then verify
    that the copy passes the integrity check and holds the same rows.

    Writes to a temporary name first: ``dest`` exists only once verified.
    """
    partial = dest.with_name(dest.name + ".partial")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        with contextlib.closing(_connect_readonly(source)) as src:
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
        partial.replace(dest)
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


def list_backups(folder: Path, database: Path) -> list[Path]:
    """Backups of ``database`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{database.stem}-*{BACKUP_SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def restore_file(backup: Path, target: Path) -> Path | None:
    """Put a verified backup in place of ``target``. The file it replaces is
    kept beside it (renamed ``….replaced-<time>``), never deleted; returns that name."""
    problems = quick_check(backup)
    if problems:
        raise BackupError(f"the backup fails its integrity check: {problems[0]}", where=str(backup))
    kept: Path | None = None
    if target.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        kept = target.with_name(f"{target.name}.replaced-{stamp}")
        target.replace(kept)
        for side in ("-wal", "-shm"):
            sidecar = target.with_name(target.name + side)
            if sidecar.exists():
                sidecar.replace(kept.with_name(kept.name + side))
    backup_file(backup, target)
    return kept
