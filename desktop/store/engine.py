"""Engines for the two supported stores: SQLite (embedded default) and PostgreSQL.

SQLite gets WAL, synchronous=FULL, foreign keys, a busy timeout and
transactional DDL: pysqlite's own transaction handling is switched off and
BEGIN is emitted by SQLAlchemy, so a migration that fails half-way rolls back
completely (SQLAlchemy's documented pysqlite recipe).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop import paths

BUSY_TIMEOUT_MS = 10_000


def resolve_url(db: str | None) -> URL:
    """Turn ``--db`` (a path or URL), else ``NMRF_DB``, else the default file, into a URL."""
    value = db or os.environ.get("NMRF_DB")
    if not value:
        return make_url(f"sqlite:///{paths.default_database_path()}")
    if "://" in value:
        url = make_url(value)
        if url.drivername == "postgresql":
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


def make_engine(url: URL | str, **kwargs: Any) -> Engine:
    url = make_url(url)
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
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
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
                cursor.execute("PRAGMA journal_mode = WAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services hand back detached objects that stay readable.
    return sessionmaker(engine, expire_on_commit=False)
