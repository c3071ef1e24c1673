"""Engines for the two supported stores: SQLite (embedded default) and PostgreSQL.

SQLite gets WAL, synchronous=FULL, foreign keys, a busy timeout and
transactional DDL: pysqlite's own transaction handling is switched off and
BEGIN is emitted by SQLAlchemy, so a migration that fails half-way rolls back
completely (SQLAlchemy's documented pysqlite recipe). A write transaction
(``Session.begin()``, ``session_factory.begin()``, a migration) begins with
``BEGIN IMMEDIATE``: it takes the write lock at once and waits its turn on the
busy timeout, where a transaction that started as a reader would fail at its
first write when another writer committed in between (ARCHITECTURE.md).

Errors the user can do something about (another writer holding the lock, a
read-only database, a full disk, a PostgreSQL deadlock) leave the driver as
the project's own errors, in plain words, naming the database.
"""

from __future__ import annotations

import enum
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from desktop import paths
from desktop.store.errors import (
    DatabaseBusyError,
    DatabaseError,
    DiskFullError,
    ReadOnlyDatabaseError,
)

BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "nmrf_write"
"""Execution option on a connection whose transaction will write."""
WAIT_OPTION = "nmrf_write_wait_s"
"""How long a write transaction may wait for the write lock beyond the busy
timeout (seconds): long background work (an import) queues behind another."""
SUPPORTED_BACKENDS = ("sqlite", "postgresql")

BUSY_MESSAGE = (
    "another program is writing to this database; nothing was changed. Try again in a moment"
)
CONFLICT_MESSAGE = (
    "another user changed the same records at the same moment; nothing was changed. Try again"
)
FULL_MESSAGE = "the disk is full; nothing was changed. Free some space and try again"


class OpenMode(enum.Enum):
    """How a SQLite file is opened."""

    READ_WRITE = "rw"
    READ_ONLY = "ro"
    """Read-only, reading the write-ahead log other programs may still write."""
    IMMUTABLE = "immutable"
    """Read-only where nothing can write (a read-only folder with no pending log)."""


def resolve_url(db: str | None) -> URL:
    """Turn ``--db`` (a path or URL), else ``NMRF_DB``, else the default file, into a URL."""
    value = db or os.environ.get("NMRF_DB")
    if not value:
        return make_url(f"sqlite:///{paths.default_database_path()}")
    if "://" in value:
        try:
            url = make_url(value)
        except Exception:  # SQLAlchemy's ArgumentError: the text is not a URL at all
            raise DatabaseError(
                "not a database URL (postgresql+psycopg://user@host/dbname) nor a file path",
                where="--db",
            ) from None
        if url.get_backend_name() not in SUPPORTED_BACKENDS:
            raise DatabaseError(
                f"{url.get_backend_name()!r} databases are not supported: use a SQLite file"
                " or a PostgreSQL server (postgresql+psycopg://user@host/dbname)",
                where="--db",
            )
        if url.drivername in ("postgresql", "postgresql+psycopg2"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    return make_url(f"sqlite:///{Path(value).expanduser().resolve()}")


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL; None for other engines and in-memory databases."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database
    if not database or database == ":memory:":
        return None
    return Path(database)


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def make_engine(
    url: URL | str,
    *,
    mode: OpenMode = OpenMode.READ_WRITE,
    read_only_reason: str = "",
    **kwargs: Any,
) -> Engine:
    """An engine for ``url``. Never creates folders: a database is made only
    where its folder already exists (the caller decides where that may be)."""
    url = make_url(url)
    if is_sqlite(url):
        path = sqlite_path(url)
        connect_url = url
        if path is not None and mode is not OpenMode.READ_WRITE:
            option = "mode" if mode is OpenMode.READ_ONLY else "immutable"
            value = "ro" if mode is OpenMode.READ_ONLY else "1"
            connect_url = URL.create(
                "sqlite", database=path.as_uri(), query={"uri": "true", option: value}
            )
        engine = create_engine(connect_url, **kwargs)
        where = str(path) if path else "the database"
        _configure_sqlite(engine, writable=mode is OpenMode.READ_WRITE)
        _translate_errors(engine, where, read_only_reason)
        return engine
    engine = create_engine(url, pool_pre_ping=True, **kwargs)
    _translate_errors(engine, url.render_as_string(hide_password=True), read_only_reason)
    return engine


def _configure_sqlite(engine: Engine, *, writable: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Leave transactions to SQLAlchemy (emitted below), so DDL is transactional.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA synchronous = FULL")
            # 64 MB of page cache (the default is 2 MB): the indexes of a few hundred
            # thousand recommendations stay in memory while an import writes them
            # (a 250,000-row import: 97 s → 84 s). Pages are taken only as used.
            cursor.execute("PRAGMA cache_size = -65536")
            if writable and cursor.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
                cursor.execute("PRAGMA journal_mode = WAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        options = connection.get_execution_options()
        if not (writable and options.get(WRITE_OPTION, False)):
            connection.exec_driver_sql("BEGIN")
            return
        # Each attempt waits the busy timeout; work that may wait longer tries
        # again until its deadline. The last attempt goes through SQLAlchemy,
        # so a lock still held then becomes DatabaseBusyError.
        deadline = time.monotonic() + float(options.get(WAIT_OPTION, 0))
        raw = connection.connection.driver_connection
        while time.monotonic() < deadline:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if getattr(exc, "sqlite_errorcode", 0) & 0xFF != sqlite3.SQLITE_BUSY:
                    break
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _translate_errors(engine: Engine, where: str, read_only_reason: str) -> None:
    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        error = user_error(context.original_exception, where, read_only_reason)
        if error is not None:
            raise error from context.original_exception


def user_error(
    original: BaseException, where: str, read_only_reason: str = ""
) -> DatabaseError | None:
    """The project's error for a driver error the user can act on; None otherwise."""
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return DatabaseBusyError(BUSY_MESSAGE, where=where)
        if code == sqlite3.SQLITE_READONLY:
            reason = f" ({read_only_reason})" if read_only_reason else ""
            return ReadOnlyDatabaseError(
                f"the database is open read-only{reason}; nothing was changed", where=where
            )
        if code == sqlite3.SQLITE_FULL:
            return DiskFullError(FULL_MESSAGE, where=where)
        return None
    sqlstate = getattr(original, "sqlstate", None)
    if sqlstate in ("40P01", "40001"):  # deadlock_detected, serialization_failure
        return DatabaseBusyError(
            CONFLICT_MESSAGE, where=where, retryable=True, code="database.busy_conflict"
        )
    if sqlstate == "55P03":  # lock_not_available
        return DatabaseBusyError(BUSY_MESSAGE, where=where)
    if sqlstate == "53100":  # disk_full
        return DiskFullError(FULL_MESSAGE, where=where)
    if sqlstate == "25006":  # read_only_sql_transaction
        return ReadOnlyDatabaseError(
            "the database server accepts no changes (read-only); nothing was changed",
            where=where,
        )
    return None


class StoreSession(Session):
    """A session whose explicit transactions are write transactions: on SQLite
    they take the write lock when they begin (``BEGIN IMMEDIATE``), so writers
    queue on the busy timeout instead of failing. Reads (autobegun) stay
    ordinary deferred transactions that never block or wait."""

    def begin(self, nested: bool = False) -> SessionTransaction:
        transaction = super().begin(nested=nested)
        if not nested:
            wait = float(self.info.get(WAIT_OPTION, 0))
            self.connection(execution_options={WRITE_OPTION: True, WAIT_OPTION: wait})
        return transaction


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services hand back detached objects that stay readable.
    return sessionmaker(engine, class_=StoreSession, expire_on_commit=False)
