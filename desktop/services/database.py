"""Opening a database safely, creating one, backing up and restoring.

Opening runs, in order: the file is ours and sound (quick integrity check);
its schema is known (a newer one is refused, nothing changed); a schema that is
behind is backed up (verified), upgraded in one transaction, and checked.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from alembic.config import Config
from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop import paths
from desktop.store import migrations, sqlite_files
from desktop.store.engine import make_engine, make_session_factory, resolve_url, sqlite_path
from desktop.store.errors import (
    BackupError,
    DamagedDatabaseError,
    DatabaseError,
    MigrationError,
    NewerSchemaError,
    NoDatabaseError,
    NotOurDatabaseError,
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

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


@dataclass(frozen=True)
class _Probe:
    revision: str | None
    foreign_tables: bool


def open_database(
    db: str | URL | None = None,
    *,
    create: bool = True,
    script_location: Path | None = None,
) -> Database:
    """Open (and if needed create or upgrade) the database named by ``db``:
    a path, a URL, else ``NMRF_DB``, else the default file in the data folder."""
    url = db if isinstance(db, URL) else resolve_url(db)
    config = migrations.alembic_config(script_location)
    path = sqlite_path(url)
    probe = _probe_sqlite_file(path, create=create) if path is not None else None
    engine = make_engine(url)
    try:
        return _open(url, engine, path, config, probe)
    except BaseException:
        engine.dispose()
        raise


@contextmanager
def opened_database(db: str | URL | None = None, *, create: bool = True) -> Iterator[Database]:
    """``open_database`` for a ``with`` block: the engine is disposed at its end."""
    database = open_database(db, create=create)
    try:
        yield database
    finally:
        database.dispose()


def _open(
    url: URL, engine: Engine, path: Path | None, config: Config, probe: _Probe | None
) -> Database:
    where = str(path) if path else url.render_as_string(hide_password=True)
    if probe is None:
        probe = _probe_engine(engine, where)
    head = migrations.head_revision(config)
    if probe.revision is None and probe.foreign_tables:
        raise NotOurDatabaseError(
            "this is a database of another program: it holds tables but no NMRF Desk schema",
            where=where,
        )
    if probe.revision is not None and probe.revision not in migrations.known_revisions(config):
        raise NewerSchemaError(
            f"this database was written by a newer version of NMRF Desk (schema {probe.revision});"
            " install the newer version to open it. Nothing was changed.",
            where=where,
        )
    database = Database(url, engine, make_session_factory(engine), path)
    if probe.revision == head:
        return database
    if probe.revision is None:
        _upgrade(engine, config, where, backup=None)
        database.created = True
        from desktop.services.reference_data import seed_reference_data

        seed_reference_data(database.session_factory)
        return database
    backup = None
    if path is not None:
        backup = sqlite_files.backup_file(
            path,
            paths.backups_dir_for(path) / sqlite_files.backup_name(path, f"before-upgrade-{head}"),
        )
        log.info("backed up %s to %s before upgrading", path, backup)
    _upgrade(engine, config, where, backup=backup)
    database.upgraded_from = probe.revision
    database.backup = backup
    _check_after_upgrade(engine, path, head, where, backup)
    return database


def _probe_sqlite_file(path: Path, *, create: bool) -> _Probe:
    """Look at a SQLite file read-only, before anything may write to it."""
    if not path.exists():
        if not create:
            raise NoDatabaseError("there is no database here", where=str(path))
        return _Probe(revision=None, foreign_tables=False)
    if path.is_dir():
        raise NotOurDatabaseError("this is a folder, not a database file", where=str(path))
    try:
        ours = sqlite_files.looks_like_sqlite(path)
    except OSError as exc:
        raise DatabaseError(
            f"cannot read the file: {exc.strerror or exc}", where=str(path)
        ) from exc
    if not ours:
        raise NotOurDatabaseError(
            "this file is not an NMRF Desk database (it is not a SQLite database at all)",
            where=str(path),
        )
    problems = sqlite_files.quick_check(path)
    if problems:
        backups = sqlite_files.list_backups(paths.backups_dir_for(path), path)
        raise DamagedDatabaseError(
            f"the database is damaged ({problems[0]})",
            where=str(path),
            newest_backup=backups[0] if backups else None,
        )
    try:
        tables = sqlite_files.table_names(path)
        revision = (
            sqlite_files.stored_revision(path, migrations.VERSION_TABLE)
            if migrations.VERSION_TABLE in tables
            else None
        )
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(f"the database cannot be read ({exc})", where=str(path)) from exc
    foreign = bool(tables - {migrations.VERSION_TABLE} - {"sqlite_sequence"})
    return _Probe(revision=revision, foreign_tables=foreign and revision is None)


def _probe_engine(engine: Engine, where: str) -> _Probe:
    try:
        with engine.connect() as connection:
            revision = (
                migrations.current_revision(connection)
                if migrations.has_version_table(connection)
                else None
            )
            foreign = revision is None and bool(migrations.user_tables(connection))
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseError(f"cannot connect to the database: {exc.orig}", where=where) from exc
    return _Probe(revision=revision, foreign_tables=foreign)


def _upgrade(engine: Engine, config: Config, where: str, backup: Path | None) -> None:
    try:
        migrations.upgrade_to_head(engine, config)
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
        revision = migrations.current_revision(connection)
    problems = sqlite_files.quick_check(path) if path is not None else []
    if revision != head or problems:
        detail = problems[0] if problems else f"schema is {revision}, expected {head}"
        raise MigrationError(
            f"the upgraded database does not check out ({detail}); restore the backup {backup}",
            where=where,
            backup=backup,
        )


def backup_database(database: Database, dest: Path) -> Path:
    """A verified copy of an open SQLite database at ``dest`` (a file or a folder)."""
    if database.path is None:
        raise BackupError(
            "backups from the program are made of SQLite databases; back up a PostgreSQL"
            " server with pg_dump",
            where=database.display_name,
        )
    # A folder (existing, or a new name without a file suffix) gets a dated file name.
    if dest.is_dir() or (not dest.exists() and not dest.suffix):
        dest = dest / sqlite_files.backup_name(database.path, "manual")
    if dest.resolve() == database.path.resolve():
        raise BackupError("a backup cannot overwrite the database itself", where=str(dest))
    return sqlite_files.backup_file(database.path, dest)


def newest_backup(database_path: Path) -> Path | None:
    found = sqlite_files.list_backups(paths.backups_dir_for(database_path), database_path)
    return found[0] if found else None


def restore_backup(backup: Path, database_path: Path) -> Path | None:
    """Replace the database file with a verified backup; returns where the
    replaced file was kept. The database must not be open."""
    if not backup.is_file():
        raise BackupError("no backup file here", where=str(backup))
    if not sqlite_files.looks_like_sqlite(backup):
        raise BackupError("this file is not a database backup", where=str(backup))
    return sqlite_files.restore_file(backup, database_path)
