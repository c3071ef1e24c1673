"""Putting a backup in place of a SQLite database without ever leaving the
path without a sound database.

1. The backup is copied beside the target (``.<name>.restoring.partial``)
   with the online backup API, verified (integrity, same rows) and synced.
2. The target is locked exclusively: if another program has it open (an idle
   connection of a running NMRF Desk is enough), the restore is refused, since
   that program would go on writing into the replaced file and its saves
   would be lost. Under the lock the write-ahead log is folded into the file.
3. The replaced database is kept: a hard link ``<name>.replaced-<time>`` to
   the same file (a copy where links are not possible).
4. ``os.replace`` swaps the verified copy in: atomic, so whatever is killed
   when, the path holds the old database or the new one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop.store import sqlite_files
from desktop.store.errors import BackupError, DatabaseBusyError
from desktop.store.private_files import create_private_file, make_private

IN_USE_MESSAGE = (
    "another program has this database open; close NMRF Desk everywhere it uses this"
    " database, then restore. Nothing was changed"
)


def staging_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.restoring{sqlite_files.PARTIAL_SUFFIX}")


def restore_file(backup: Path, target: Path) -> Path | None:
    """Put a verified copy of ``backup`` in place of ``target``; returns where
    the replaced database is kept (None when there was none)."""
    if target.exists() and backup.exists() and os.path.samefile(backup, target):
        raise BackupError("a database cannot be restored from itself", where=str(backup))
    if not target.parent.is_dir():
        raise BackupError("the database's folder does not exist", where=str(target.parent))
    problems = sqlite_files.quick_check(backup)
    if problems:
        raise BackupError(f"the backup fails its integrity check: {problems[0]}", where=str(backup))
    staged = staging_path(target)
    sqlite_files.backup_file(backup, staged)
    try:
        return _swap_in(staged, target)
    finally:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)


def _swap_in(staged: Path, target: Path) -> Path | None:
    if not target.exists():
        os.replace(staged, target)
        sqlite_files.fsync_folder(target.parent)
        return None
    lock = _lock_exclusively(target)
    try:
        kept = _free_name(target)
        _keep(target, kept, lock)
        make_private(kept)
        # Nothing else has the database open (the lock says so) and its log is
        # folded in: a -wal or -shm left beside the new file would be stale.
        for side in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                target.with_name(target.name + side).unlink()
        os.replace(staged, target)
        sqlite_files.fsync_folder(target.parent)
        return kept
    finally:
        with contextlib.suppress(sqlite3.Error):
            lock.rollback()
        lock.close()


def _lock_exclusively(target: Path) -> sqlite3.Connection:
    """A connection holding the only lock on ``target``, its log folded in.

    Leaving WAL mode needs every other connection closed, so it fails at once
    while another program has the database open; a damaged or empty file
    (what a restore repairs) cannot be locked this way and is replaced as it is."""
    lock = sqlite3.connect(target, timeout=0.5, isolation_level=None)
    try:
        lock.execute("PRAGMA locking_mode = EXCLUSIVE")
        lock.execute("PRAGMA journal_mode = DELETE").fetchone()
        lock.execute("BEGIN EXCLUSIVE")
    except sqlite3.OperationalError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            lock.close()
            raise DatabaseBusyError(
                IN_USE_MESSAGE, where=str(target), code="database.in_use"
            ) from exc
    except sqlite3.DatabaseError:
        pass  # not a sound database: nothing can have it open as one
    return lock


def _free_name(target: Path) -> Path:
    """``<name>.replaced-<time>``: a name no earlier restore has taken (two
    restores in one second must not share one, nor one copy over the other)."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    kept = target.with_name(f"{target.name}.replaced-{stamp}")
    counter = 1
    while kept.exists():
        kept = target.with_name(f"{target.name}.replaced-{stamp}-{counter}")
        counter += 1
    return kept


def _keep(target: Path, kept: Path, lock: sqlite3.Connection) -> None:
    """Keep the database being replaced under ``kept``: a hard link (instant,
    the very file), else a verified copy through the lock's connection."""
    try:
        os.link(target, kept)
        return
    except OSError:
        pass
    try:
        create_private_file(kept)  # never onto a file that is there
        with contextlib.closing(sqlite3.connect(kept)) as out:
            lock.backup(out)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            kept.unlink()
        raise BackupError(
            f"the database being replaced could not be kept ({exc}); nothing was changed",
            where=str(kept),
        ) from exc
