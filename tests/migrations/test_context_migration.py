"""Migration 0010 (context paragraphs): a released database of schema 0009
upgrades with its recommendations untouched and an empty context table that
the import then fills; the downgrade drops the table, and upgrading again works.
On both engines for the downgrade; the released fixture is SQLite."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from alembic.config import Config
from sqlalchemy import Engine, inspect, text

from alembic import command
from desktop.services.database import open_database
from desktop.services.importing.service import import_file
from desktop.store import migrations
from desktop.store.engine import WRITE_OPTION, make_engine, resolve_url
from tests.unit.import_files import UHRI_ROWS, write_uhri_xlsx

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "schema-0009.sqlite3"


def _migrate(engine: Engine, action: str, revision: str) -> None:
    config: Config = migrations.alembic_config()
    with engine.connect() as connection:
        connection.execution_options(**{WRITE_OPTION: True})
        with connection.begin():
            config.attributes["connection"] = connection
            getattr(command, action)(config, revision)


def _recommendations(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT id, reference, text, version FROM recommendation ORDER BY id"
        ).fetchall()


def test_the_released_0009_database_upgrades_and_imports_types(tmp_path: Path) -> None:
    path = tmp_path / "nmrf.sqlite3"
    shutil.copyfile(FIXTURE, path)
    before = _recommendations(path)
    assert before  # the fixture holds the demo register
    engine = make_engine(resolve_url(str(path)))
    try:
        _migrate(engine, "upgrade", "0010")
        with engine.connect() as connection:
            assert "context_paragraph" in inspect(connection).get_table_names()
            assert connection.scalar(text("SELECT count(*) FROM context_paragraph")) == 0
    finally:
        engine.dispose()
    assert _recommendations(path) == before
    # The program (at head) imports an export with a concern into it.
    rows = [list(r) for r in UHRI_ROWS]
    rows[0][8] = "Concerns/Observations"
    database = open_database(str(path))
    try:
        summary = import_file(database, write_uhri_xlsx(tmp_path / "uhri.xlsx", rows))
    finally:
        database.dispose()
    assert (summary.new, summary.context.new) == (2, 1)
    with closing(sqlite3.connect(path)) as conn:
        stored = conn.execute(
            "SELECT c.reference, c.annotation_type, d.symbol FROM context_paragraph c"
            " JOIN source_document d ON d.id = c.source_id"
        ).fetchall()
    assert stored == [("49", "Concerns/Observations", "CEDAW/C/SVN/CO/7")]


def test_downgrade_drops_the_table_and_upgrade_again(db_url: str) -> None:
    engine = make_engine(resolve_url(db_url))
    try:
        _migrate(engine, "upgrade", "0010")
        _migrate(engine, "downgrade", "0009")
        with engine.connect() as connection:
            assert "context_paragraph" not in inspect(connection).get_table_names()
        _migrate(engine, "upgrade", "0010")
        with engine.connect() as connection:
            indexes = {i["name"] for i in inspect(connection).get_indexes("context_paragraph")}
        assert "ix_context_paragraph_document_order" in indexes
    finally:
        engine.dispose()
