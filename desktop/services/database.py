"""Opening a database safely, and creating one only where asked.

Opening runs, in order: the file exists (only creation creates: a missing
path, an empty file or a file that is not ours is refused, naming the newest
backup); it is writable, else it opens read-only and says so; it is sound
(quick integrity check); its schema is known (a newer one is refused, nothing
changed); a schema that is behind is backed up (verified), upgraded in one
transaction, and checked. A writable SQLite database is then made private
(0600, its folders 0700) and the program's own temporary files left by a
killed run are removed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop import paths
from desktop.services.leftovers import clean_leftovers
from desktop.store import schema_revisions, sqlite_files
from desktop.store.engine import (
    OpenMode,
    make_engine,
    make_session_factory,
    resolve_url,
    sqlite_path,
)
from desktop.store.errors import (
    DamagedDatabaseError,
    DatabaseError,
    MigrationError,
    NewerSchemaError,
    NoDatabaseError,
    NotOurDatabaseError,
    ReadOnlyDatabaseError,
)
from desktop.store.private_files import (
    SIDE_FILES,
    create_private_file,
    make_private_folder,
    tighten_database_files,
)

log = logging.getLogger(__name__)


@dataclass
class Database:
    """An open, checked database at the program's schema."""

    url: URL
    engine: Engine
    session_factory: sessionmaker[Session]
    path: Path | None
    created: bool = False
    upgraded_from: str | None = None
    backup: Path | None = None
    read_only_reason: str = ""
    """Why the database is open read-only ("" when it is writable)."""
    open_mode: OpenMode = OpenMode.READ_WRITE

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


@dataclass(frozen=True)
class _Probe:
    revision: str | None
    foreign_tables: bool
    mode: OpenMode = OpenMode.READ_WRITE
    read_only_reason: str = ""
    new_file: bool = False
    checked: bool = True
    """False when the integrity check was left for later (``check_integrity=False``)."""


def open_database(
    db: str | URL | None = None,
    *,
    create: bool = False,
    script_location: Path | None = None,
    check_integrity: bool = True,
) -> Database:
    """Open (and, with ``create``, create; if needed upgrade) the database
    named by ``db``: a path, a URL, else ``NMRF_DB``, else the default file in
    the data folder. Without ``create`` a missing database is refused.
    ``check_integrity=False`` leaves SQLite's integrity check to the caller
    (``integrity_problems``, after start), unless the database must be upgraded."""
    url = db if isinstance(db, URL) else resolve_url(db)
    path = sqlite_path(url)
    probe = (
        _probe_sqlite_file(path, create=create, check_integrity=check_integrity)
        if path is not None
        else None
    )
    mode = probe.mode if probe else OpenMode.READ_WRITE
    reason = probe.read_only_reason if probe else ""
    engine = make_engine(url, mode=mode, read_only_reason=reason)
    try:
        database = _open(url, engine, path, script_location, probe)
    except BaseException:
        engine.dispose()
        if path is not None and probe is not None and probe.new_file:
            _remove_new_file(path)
        raise
    from desktop.services.users import attach_user

    attach_user(database)  # every write of its sessions is checked and recorded
    if path is not None and not database.read_only:
        tighten_database_files(
            path, paths.backups_dir_for(path), data_folder=paths.default_database_path().parent
        )
        clean_leftovers(path)
    return database


@contextmanager
def opened_database(db: str | URL | None = None, *, create: bool = False) -> Iterator[Database]:
    """``open_database`` for a ``with`` block: the engine is disposed at its end."""
    database = open_database(db, create=create)
    try:
        yield database
    finally:
        database.dispose()


def _open(
    url: URL, engine: Engine, path: Path | None, script_location: Path | None, probe: _Probe | None
) -> Database:
    where = str(path) if path else url.render_as_string(hide_password=True)
    if probe is None:
        probe = _probe_engine(engine, where)
    head = schema_revisions.head_revision(script_location)
    if probe.revision is None and probe.foreign_tables:
        raise NotOurDatabaseError(
            "this is a database of another program: it holds tables but no NMRF Desk schema",
            where=where,
        )
    if probe.revision is not None and probe.revision not in schema_revisions.known_revisions(
        script_location
    ):
        raise NewerSchemaError(
            f"this database was written by a newer version of NMRF Desk (schema {probe.revision});"
            " install the newer version to open it. Nothing was changed.",
            where=where,
        )
    database = Database(
        url,
        engine,
        make_session_factory(engine),
        path,
        read_only_reason=probe.read_only_reason,
        open_mode=probe.mode,
    )
    if probe.revision == head:
        return database
    if not probe.checked and path is not None:
        _require_sound(path, probe.mode, where)
    if database.read_only:
        raise ReadOnlyDatabaseError(
            f"this database is read-only ({probe.read_only_reason}) and was made by an earlier"
            " version of NMRF Desk: it must be upgraded, which cannot be done here. Copy it"
            " to a folder you can write to, or ask for write access",
            where=where,
            code="database.read_only_needs_upgrade",
        )
    if probe.revision is None:
        _upgrade(engine, script_location, where, backup=None)
        database.created = True
        from desktop.services.reference_data import seed_reference_data

        seed_reference_data(database.session_factory)
        return database
    backup = None
    if path is not None:
        folder = paths.backups_dir_for(path)
        make_private_folder(folder)
        backup = sqlite_files.backup_file(
            path, folder / sqlite_files.backup_name(path, sqlite_files.BEFORE_UPGRADE_PREFIX + head)
        )
        log.info("backed up %s to %s before upgrading", path, backup)
    _upgrade(engine, script_location, where, backup=backup)
    database.upgraded_from = probe.revision
    database.backup = backup
    _check_after_upgrade(engine, path, head, where, backup)
    return database


@contextmanager
def scratch_copy(database: Database) -> Iterator[Database]:
    """A writable temporary copy of a SQLite database (for a dry run on a
    read-only one); removed at the end of the ``with`` block."""
    assert database.path is not None
    with tempfile.TemporaryDirectory(prefix="nmrf-desk-") as folder:
        copy = Path(folder) / database.path.name
        sqlite_files.backup_file(database.path, copy, database.open_mode)
        with opened_database(str(copy)) as scratch:
            yield scratch


def newest_backup(database_path: Path) -> Path | None:
    found = sqlite_files.list_backups(paths.backups_dir_for(database_path), database_path)
    return found[0] if found else None


def _backup_hint(path: Path) -> tuple[str, Path | None]:
    backup = newest_backup(path)
    if backup is None:
        return "", None
    return f" The newest backup is {backup} (nmrf-desk restore)", backup


def integrity_problems(database: Database) -> list[str]:
    """SQLite's quick integrity check of an open database (empty: sound, or not SQLite)."""
    if database.path is None:
        return []
    return sqlite_files.quick_check(database.path, database.open_mode)


def _require_sound(path: Path, mode: OpenMode, where: str) -> None:
    problems = sqlite_files.quick_check(path, mode)
    if problems:
        _, backup = _backup_hint(path)
        raise DamagedDatabaseError(
            f"the database is damaged ({problems[0]})", where=where, newest_backup=backup
        )


def _probe_sqlite_file(path: Path, *, create: bool, check_integrity: bool = True) -> _Probe:
    """Look at a SQLite file read-only, before anything may write to it."""
    where = str(path)
    if not path.exists():
        if not create:
            hint, backup = _backup_hint(path)
            raise NoDatabaseError(
                "there is no database here (only nmrf-desk init creates one)." + hint,
                where=where,
                newest_backup=backup,
            )
        _create_file(path)
        return _Probe(revision=None, foreign_tables=False, new_file=True)
    if path.is_dir():
        raise NotOurDatabaseError("this is a folder, not a database file", where=where)
    try:
        kind = sqlite_files.file_kind(path)
    except OSError as exc:
        raise DatabaseError(f"cannot read the file: {exc.strerror or exc}", where=where) from exc
    if kind is not sqlite_files.FileKind.SQLITE:
        hint, backup = _backup_hint(path)
        message = (
            "this file is empty (0 bytes), so it holds no database: perhaps a copy or a sync"
            " was cut short. Nothing was changed; delete the file to start a new database."
            if kind is sqlite_files.FileKind.EMPTY
            else "this file is not an NMRF Desk database (it is not a SQLite database at all)"
        )
        raise NotOurDatabaseError(message + hint, where=where, newest_backup=backup)
    mode, reason = _open_mode(path)
    if check_integrity:
        _require_sound(path, mode, where)
    try:
        tables = sqlite_files.table_names(path, mode)
        revision = (
            sqlite_files.stored_revision(path, schema_revisions.VERSION_TABLE, mode)
            if schema_revisions.VERSION_TABLE in tables
            else None
        )
    except sqlite3.DatabaseError as exc:
        _, backup = _backup_hint(path)
        raise DamagedDatabaseError(
            f"the database cannot be read ({exc})", where=where, newest_backup=backup
        ) from exc
    foreign = bool(tables - {schema_revisions.VERSION_TABLE} - {"sqlite_sequence"})
    return _Probe(
        revision=revision,
        foreign_tables=foreign and revision is None,
        mode=mode,
        read_only_reason=reason,
        checked=check_integrity,
    )


def _open_mode(path: Path) -> tuple[OpenMode, str]:
    """Writable, or how to read a database we may not write. A write-ahead log
    with changes in it must be read (``mode=ro``, which needs its -shm file);
    with none, nothing can change the file under us and it opens immutable
    (a read-only folder cannot hold the -shm file SQLite would make)."""
    mode = sqlite_files.reading_mode(path)
    if mode is OpenMode.READ_WRITE:
        return mode, ""
    folder_writable = os.access(path.parent, os.W_OK)
    reason = "the file is read-only" if folder_writable else "its folder is read-only"
    if mode is OpenMode.READ_ONLY and not path.with_name(path.name + "-shm").exists():
        raise ReadOnlyDatabaseError(
            f"{reason}, and changes not yet folded into the file wait in {path.name}-wal, which"
            " cannot be read here; copy the folder somewhere you can write to",
            where=str(path),
            code="database.read_only_wal",
        )
    return mode, reason


def _create_file(path: Path) -> None:
    """An empty private file where the new database goes. Folders are made
    only for the program's own data folder, never for a path the user gave."""
    folder = path.parent
    if not folder.is_dir():
        if path != paths.default_database_path():
            raise NoDatabaseError(
                "the folder does not exist; NMRF Desk creates no folders for a database",
                where=str(folder),
            )
        try:
            make_private_folder(folder)
        except OSError as exc:
            raise DatabaseError(
                f"the data folder cannot be created: {exc.strerror or exc}", where=str(folder)
            ) from exc
    try:
        create_private_file(path)
    except OSError as exc:
        raise DatabaseError(
            f"a database cannot be created here: {exc.strerror or exc}", where=str(path)
        ) from exc


def _remove_new_file(path: Path) -> None:
    """Creation failed: take away the file it began, so no empty database stays."""
    for candidate in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
        with contextlib.suppress(OSError):
            candidate.unlink(missing_ok=True)


def _probe_engine(engine: Engine, where: str) -> _Probe:
    try:
        with engine.connect() as connection:
            revision = (
                schema_revisions.current_revision(connection)
                if schema_revisions.has_version_table(connection)
                else None
            )
            foreign = revision is None and bool(schema_revisions.user_tables(connection))
    except (OperationalError, DBAPIError) as exc:
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig else "no answer"
        raise DatabaseError(f"cannot connect to the database: {detail}", where=where) from exc
    return _Probe(revision=revision, foreign_tables=foreign)


def _upgrade(engine: Engine, script_location: Path | None, where: str, backup: Path | None) -> None:
    # Alembic is loaded here only: opening a database at the head never needs it.
    from desktop.store import migrations

    try:
        migrations.upgrade_to_head(engine, migrations.alembic_config(script_location))
    except Exception as exc:
        hint = f" A backup taken just before is at {backup}." if backup else ""
        raise MigrationError(
            f"the upgrade of the database failed and was rolled back; nothing was changed.{hint}"
            f" Cause: {exc}",
            where=where,
            backup=backup,
        ) from exc


def _check_after_upgrade(
    engine: Engine, path: Path | None, head: str, where: str, backup: Path | None
) -> None:
    with engine.connect() as connection:
        revision = schema_revisions.current_revision(connection)
    problems = sqlite_files.quick_check(path) if path is not None else []
    if revision != head or problems:
        detail = problems[0] if problems else f"schema is {revision}, expected {head}"
        raise MigrationError(
            f"the upgraded database does not check out ({detail}); restore the backup {backup}",
            where=where,
            backup=backup,
        )
