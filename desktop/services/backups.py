"""Backups: verified copies on demand, before risky changes and once a day;
restoring one; listing them.

SQLite copies are made with the online backup API and verified (integrity,
same rows) before they take their name; they are private (0600). Automatic
backups are taken at most once a day, only when the database changed since
the last one, and thinned to 7 daily, 4 weekly and 12 monthly (the way Zotero
and Anki keep theirs); backups taken before an upgrade, an import or by hand
are never thinned. A PostgreSQL database is dumped with the server's own
``pg_dump`` when it is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from desktop import paths
from desktop.services.database import Database
from desktop.store import schema_revisions, sqlite_files, sqlite_restore
from desktop.store.errors import BackupError, ReadOnlyDatabaseError
from desktop.store.private_files import make_private_folder
from desktop.store.sqlite_files import (
    AUTO_REASON,
    BEFORE_IMPORT_REASON,
    BEFORE_UPGRADE_PREFIX,
    MANUAL_REASON,
)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
COUNTED_TABLES = ("recommendation", "agency", "implementation_plan", "action")
PG_DUMP_SUFFIX = ".dump"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    """When it was taken (UTC)."""
    reason: str
    """``auto``, ``manual``, ``before-import``, ``before-upgrade-<schema>``."""
    size: int
    counts: dict[str, int]
    """Rows of the main tables (recommendation, agency, implementation_plan,
    action); empty when the file cannot be read."""
    problem: str = ""


def backup_database(database: Database, dest: Path, *, reason: str = MANUAL_REASON) -> Path:
    """A verified copy of an open database at ``dest`` (a file, or a folder that
    gets a dated name). PostgreSQL: a ``pg_dump`` archive."""
    if database.path is None:
        return _pg_dump(database, dest)
    # A folder (existing, or a new name without a file suffix, made here in a
    # folder that exists) gets a dated file name.
    if not dest.exists() and not dest.suffix and dest.parent.is_dir():
        dest.mkdir(mode=0o700)
    if dest.is_dir():
        dest = dest / sqlite_files.backup_name(database.path, reason)
    if dest.resolve() == database.path.resolve():
        raise BackupError("a backup cannot overwrite the database itself", where=str(dest))
    if dest.parent == paths.backups_dir_for(database.path):
        make_private_folder(dest.parent)
    if not dest.parent.is_dir():
        raise BackupError("the folder does not exist", where=str(dest.parent))
    return sqlite_files.backup_file(database.path, dest, database.open_mode)


def backup_before(database: Database, reason: str) -> Path:
    """The verified backup into the database's backups folder before a change."""
    assert database.path is not None
    folder = paths.backups_dir_for(database.path)
    return backup_database(database, folder / sqlite_files.backup_name(database.path, reason))


def list_backups(database_path: Path) -> list[BackupInfo]:
    """The backups of a database file, newest first, with what each holds."""
    infos = []
    for path in sqlite_files.list_backups(paths.backups_dir_for(database_path), database_path):
        parsed = sqlite_files.parse_backup_name(database_path, path)
        if parsed is None:
            continue
        taken_at, reason = parsed
        problem = ""
        counts: dict[str, int] = {}
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        try:
            counts = sqlite_files.row_counts(path, COUNTED_TABLES)
        except Exception as exc:  # sqlite3.Error or OSError: an unreadable backup
            problem = str(exc)
        infos.append(BackupInfo(path, taken_at, reason, size, counts, problem))
    return infos


def restore_backup(backup: Path, database_path: Path) -> Path | None:
    """Put a verified backup in place of the database file; returns where the
    replaced database is kept. Refused while another program has it open."""
    backup = backup.expanduser().resolve()
    if not backup.is_file():
        raise BackupError("no backup file here", where=str(backup))
    if database_path.exists() and os.path.samefile(backup, database_path):
        raise BackupError("a database cannot be restored from itself", where=str(backup))
    if sqlite_files.file_kind(backup) is not sqlite_files.FileKind.SQLITE:
        raise BackupError("this file is not a database backup", where=str(backup))
    try:
        tables = sqlite_files.table_names(backup)
        revision = (
            sqlite_files.stored_revision(backup, schema_revisions.VERSION_TABLE)
            if schema_revisions.VERSION_TABLE in tables
            else None
        )
    except Exception as exc:  # sqlite3.Error: the backup cannot be read
        raise BackupError(f"the backup cannot be read ({exc})", where=str(backup)) from exc
    if revision is None:
        raise BackupError("this file is not a backup of an NMRF Desk database", where=str(backup))
    if revision not in schema_revisions.known_revisions():
        raise BackupError(
            f"this backup was made by a newer version of NMRF Desk (schema {revision})",
            where=str(backup),
        )
    if database_path.parent.is_dir() and not os.access(database_path.parent, os.W_OK):
        raise ReadOnlyDatabaseError(
            "the database's folder is read-only; nothing was changed",
            where=str(database_path),
            code="database.folder_read_only",
        )
    return sqlite_restore.restore_file(backup, database_path)


def automatic_backup(database: Database, now: datetime | None = None) -> Path | None:
    """The daily backup: taken when none was taken today and the database
    changed since the last one; then the automatic backups are thinned.
    Returns the new backup, or None when none was needed."""
    if database.path is None or database.read_only:
        return None
    now = now or datetime.now(UTC)
    autos = [b for b in _backup_times(database.path) if b[2] == AUTO_REASON]
    if autos:
        _, last, _ = autos[0]
        if last.date() == now.date() or _last_change(database.path) <= last.timestamp():
            return None
    folder = paths.backups_dir_for(database.path)
    make_private_folder(folder)
    written = sqlite_files.backup_file(
        database.path, folder / sqlite_files.backup_name(database.path, AUTO_REASON, now)
    )
    thin_automatic_backups(database.path)
    return written


def thin_automatic_backups(database_path: Path) -> list[Path]:
    """Keep the newest automatic backup of each of the 7 latest days, 4 latest
    weeks and 12 latest months that have one; remove the other automatic ones."""
    autos = [(p, t) for p, t, r in _backup_times(database_path) if r == AUTO_REASON]
    keep: set[Path] = set()
    buckets: tuple[tuple[int, Callable[[date], object]], ...] = (
        (KEEP_DAILY, lambda d: d),
        (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    )
    for count, bucket_of in buckets:
        seen: set[object] = set()
        for path, taken in autos:  # newest first
            bucket = bucket_of(taken.date())
            if bucket in seen:
                continue
            seen.add(bucket)
            keep.add(path)
            if len(seen) == count:
                break
    removed = []
    for path, _ in autos:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _backup_times(database_path: Path) -> list[tuple[Path, datetime, str]]:
    found = []
    for path in sqlite_files.list_backups(paths.backups_dir_for(database_path), database_path):
        parsed = sqlite_files.parse_backup_name(database_path, path)
        if parsed is not None:
            found.append((path, parsed[0], parsed[1]))
    return found


def _last_change(database_path: Path) -> float:
    """When the database (or its write-ahead log) was last written."""
    times = [database_path.stat().st_mtime]
    wal = database_path.with_name(database_path.name + "-wal")
    if wal.exists():
        times.append(wal.stat().st_mtime)
    return max(times)


def _pg_dump(database: Database, dest: Path) -> Path:
    url = database.url
    program = shutil.which("pg_dump")
    if program is None:
        raise BackupError(
            "pg_dump (PostgreSQL's client tools) is not installed here: back up the server"
            f" with pg_dump --format=custom --dbname {url.database or 'DBNAME'} on a machine"
            " that has it, or ask the server's administrator",
            where=database.display_name,
        )
    if not dest.exists() and not dest.suffix and dest.parent.is_dir():
        dest.mkdir(mode=0o700)
    if dest.is_dir():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        dest = dest / f"{url.database}-{stamp}-manual{PG_DUMP_SUFFIX}"
    if not dest.parent.is_dir():
        raise BackupError("the folder does not exist", where=str(dest.parent))
    partial = dest.with_name(dest.name + sqlite_files.PARTIAL_SUFFIX)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    command = [program, "--format=custom", f"--file={partial}", "--no-password"]
    for flag, value in (("--host", url.host), ("--port", url.port), ("--username", url.username)):
        if value:
            command.append(f"{flag}={value}")
    command.append(str(url.database))
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600)
        if done.returncode != 0:
            detail = (done.stderr.strip().splitlines() or ["no message"])[-1]
            raise BackupError(f"pg_dump failed: {detail}", where=database.display_name)
        os.chmod(partial, 0o600)
        partial.replace(dest)
    finally:
        partial.unlink(missing_ok=True)
    return dest


__all__ = [
    "AUTO_REASON",
    "BEFORE_IMPORT_REASON",
    "BEFORE_UPGRADE_PREFIX",
    "MANUAL_REASON",
    "BackupInfo",
    "automatic_backup",
    "backup_before",
    "backup_database",
    "list_backups",
    "restore_backup",
    "thin_automatic_backups",
]
