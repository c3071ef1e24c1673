"""Every released schema, stored as a filled database, upgrades to head and keeps its data."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.services.database import open_database
from desktop.services.stats import compute_stats
from desktop.store import migrations

FIXTURES = sorted((Path(__file__).resolve().parent / "fixtures").glob("schema-*.sqlite3"))


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = ("recommendation", "agency", "action", "assignment", "progress_update")
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_there_is_a_fixture_for_the_head_schema() -> None:
    head = migrations.head_revision(migrations.alembic_config())
    assert any(path.name == f"schema-{head}.sqlite3" for path in FIXTURES), (
        "add one with: python -m tests.migrations.make_fixture"
    )


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_released_schema_upgrades_to_head_keeping_data(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    before = _counts(path)
    revision = fixture.stem.removeprefix("schema-")
    head = migrations.head_revision(migrations.alembic_config())
    database = open_database(str(path), create=False)
    try:
        assert database.upgraded_from == (None if revision == head else revision)
        if revision != head:
            assert database.backup is not None and database.backup.is_file()
        with database.engine.connect() as connection:
            assert migrations.current_revision(connection) == head
        assert compute_stats(database.session_factory).recommendations == before["recommendation"]
    finally:
        database.dispose()
    assert _counts(path) == before
