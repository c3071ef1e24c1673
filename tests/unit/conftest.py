"""Fixtures shared by the unit tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data


@pytest.fixture(scope="module")
def demo_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demonstration country in SQLite, shared by a module's tests that only read."""
    db = open_database(str(tmp_path_factory.mktemp("demo") / "demo.sqlite3"), create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def demo(request: pytest.FixtureRequest, demo_sqlite: Database) -> Iterator[Database]:
    """The demonstration country on each engine, shared by a module's tests that
    only read (modules whose tests change it define their own ``demo``)."""
    if request.param == "sqlite":
        yield demo_sqlite
        return
    db = open_database(request.getfixturevalue("pg_server").create_database(), create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()
