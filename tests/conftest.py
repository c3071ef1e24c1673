"""Shared fixtures. Every test runs with its own data folder, never the user's."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.pg_server import PgServer, running_server

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("NMRF_DATA_DIR", str(data))
    monkeypatch.delenv("NMRF_DB", raising=False)
    return data


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    with running_server() as server:
        yield server


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database on each engine."""
    if request.param == "sqlite":
        return str(tmp_path / "test.sqlite3")
    server: PgServer = request.getfixturevalue("pg_server")
    return server.create_database()


@pytest.fixture
def new_sqlite(tmp_path: Path) -> Callable[[str], str]:
    def make(name: str = "nmrf.sqlite3") -> str:
        return str(tmp_path / name)

    return make
