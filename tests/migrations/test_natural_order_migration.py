"""Migration 0008 (the register in paragraph order) on both engines: a database
of schema 0007 holding recommendations in file order gets every key filled,
the register's covering index on the key, and keeps its links and search; the
fill works chunk by chunk; the downgrade gives back schema 0007 whole."""

from __future__ import annotations

import importlib.util
import random
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from alembic.config import Config
from sqlalchemy import Connection, Engine, inspect, text

from alembic import command
from desktop import paths
from desktop.domain.natural_order import natural_key
from desktop.services.database import open_database
from desktop.services.register import RegisterFilter, Sort, register_ids
from desktop.store import migrations
from desktop.store.engine import WRITE_OPTION, make_engine, resolve_url

PARAGRAPHS = [f"140.{n}" for n in range(1, 41)]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _migration() -> ModuleType:
    path = paths.alembic_dir() / "versions" / "0008_natural_order.py"
    spec = importlib.util.spec_from_file_location("natural_order_0008", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _migrate(engine: Engine, action: str, revision: str) -> None:
    """Upgrade or downgrade to ``revision`` on one connection, in one transaction."""
    config: Config = migrations.alembic_config()
    with engine.connect() as connection:
        connection.execution_options(**{WRITE_OPTION: True})
        with connection.begin():
            config.attributes["connection"] = connection
            getattr(command, action)(config, revision)


def _revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return migrations.current_revision(connection)


def _fill_0007(connection: Connection) -> list[str]:
    """A UPR document's paragraphs inserted in a shuffled (file) order, with links."""
    file_order = list(PARAGRAPHS)
    random.Random(8).shuffle(file_order)
    # Reference data is seeded at start-up, not by migrations: one of each is enough.
    connection.execute(
        text(
            "INSERT INTO mechanism (uuid, created_at, updated_at, version, code, kind, name,"
            " builtin, sort_order) VALUES (:uuid, '2026-01-01', '2026-01-01', 1, 'UPR', 'upr',"
            " 'Universal Periodic Review', true, 1)"
        ),
        {"uuid": "b" * 32},
    )
    connection.execute(
        text(
            "INSERT INTO country (uuid, created_at, updated_at, version, name, observer)"
            " VALUES (:uuid, '2026-01-01', '2026-01-01', 1, 'Spain', false)"
        ),
        {"uuid": "c" * 32},
    )
    upr = connection.execute(text("SELECT id FROM mechanism WHERE code = 'UPR'")).scalar_one()
    country = connection.execute(text("SELECT id FROM country")).scalar_one()
    connection.execute(
        text(
            "INSERT INTO source_document (uuid, created_at, updated_at, version, mechanism_id,"
            " symbol) VALUES (:uuid, '2026-01-01', '2026-01-01', 1, :upr, 'A/HRC/59/15')"
        ),
        {"uuid": "a" * 32, "upr": upr},
    )
    source = connection.execute(text("SELECT id FROM source_document")).scalar_one()
    for order, reference in enumerate(file_order):
        connection.execute(
            text(
                "INSERT INTO recommendation (uuid, created_at, updated_at, version, mechanism_id,"
                " source_id, reference, text, response, needs_parliament, status, archived,"
                " sort_key, search_text) VALUES (:uuid, '2026-01-01', '2026-01-01', 1, :upr,"
                " :source, :reference, :text, 'supported', false, 'not_assessed', false,"
                " :order, :search)"
            ),
            {
                "uuid": f"{order:032x}",
                "upr": upr,
                "source": source,
                "reference": reference,
                "text": f"Ratify protocol {reference}",
                "order": order,
                "search": f"{reference} ratify protocol",
            },
        )
    connection.execute(
        text(
            "INSERT INTO recommendation_recommending_state (recommendation_id, country_id)"
            " SELECT id, :country FROM recommendation"
        ),
        {"country": country},
    )
    if connection.dialect.name == "sqlite":
        connection.execute(
            text("INSERT INTO recommendation_fts(recommendation_fts) VALUES ('rebuild')")
        )
    return file_order


def _keys(connection: Connection) -> dict[str, str]:
    rows = connection.execute(text("SELECT reference, reference_key FROM recommendation"))
    return {str(reference): str(key) for reference, key in rows}


def _register_index(connection: Connection) -> list[str]:
    [index] = [
        i
        for i in inspect(connection).get_indexes("recommendation")
        if i["name"] == "ix_recommendation_register_order"
    ]
    return [str(c) for c in index["column_names"]]


def _sqlite_triggers(connection: Connection) -> set[str]:
    if connection.dialect.name != "sqlite":
        return set()
    rows = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    return {str(name) for (name,) in rows}


@pytest.fixture
def at_0007(db_url: str) -> Iterator[tuple[str, Engine]]:
    url = resolve_url(db_url)
    engine = make_engine(url)
    _migrate(engine, "upgrade", "0007")
    with engine.begin() as connection:
        _fill_0007(connection)
    yield db_url, engine
    engine.dispose()


def test_upgrade_fills_keys_and_orders_the_register_by_paragraph(
    at_0007: tuple[str, Engine],
) -> None:
    db_url, engine = at_0007
    with engine.connect() as connection:
        triggers = _sqlite_triggers(connection)
        assert "sort_key" in _register_index(connection)
    _migrate(engine, "upgrade", "0008")
    assert _revision(engine) == "0008"
    with engine.connect() as connection:
        keys = _keys(connection)
        assert keys == {r: natural_key(r) for r in PARAGRAPHS}
        assert _register_index(connection)[:4] == ["archived", "source_id", "reference_key", "id"]
        assert _sqlite_triggers(connection) == triggers  # the table was not copied
        links = connection.execute(
            text("SELECT count(*) FROM recommendation_recommending_state")
        ).scalar_one()
        assert links == len(PARAGRAPHS)
        if connection.dialect.name == "postgresql":
            collation = connection.execute(
                text(
                    "SELECT collation_name FROM information_schema.columns"
                    " WHERE table_name = 'recommendation' AND column_name = 'reference_key'"
                )
            ).scalar_one()
            assert collation == "C"
    database = open_database(db_url, create=False)
    try:
        factory = database.session_factory
        with factory() as session:
            rows = session.execute(text("SELECT id, reference FROM recommendation"))
            by_id = {int(i): str(r) for i, r in rows}
        assert [by_id[i] for i in register_ids(factory, RegisterFilter())] == PARAGRAPHS
        descending = register_ids(factory, RegisterFilter(), Sort("reference", descending=True))
        assert [by_id[i] for i in descending] == PARAGRAPHS[::-1]
        found = register_ids(factory, RegisterFilter(text="protocol"))
        assert [by_id[i] for i in found] == PARAGRAPHS  # search still finds them all
    finally:
        database.dispose()


def test_keys_are_filled_chunk_by_chunk(at_0007: tuple[str, Engine]) -> None:
    _, engine = at_0007
    _migrate(engine, "upgrade", "0008")
    migration = _migration()
    migration.CHUNK = 7  # type: ignore[attr-defined]  # 40 rows: five full chunks and a partial one
    with engine.begin() as connection:
        connection.execute(text("UPDATE recommendation SET reference_key = ''"))
        migration._fill_keys(connection)
    with engine.connect() as connection:
        keys = _keys(connection)
    assert keys == {r: natural_key(r) for r in PARAGRAPHS}


def test_downgrade_gives_back_schema_0007_with_its_data(at_0007: tuple[str, Engine]) -> None:
    _, engine = at_0007
    with engine.connect() as connection:
        triggers = _sqlite_triggers(connection)
        index_0007 = _register_index(connection)
    _migrate(engine, "upgrade", "0008")
    _migrate(engine, "downgrade", "0007")
    assert _revision(engine) == "0007"
    with engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("recommendation")}
        assert "reference_key" not in columns and "sort_key" in columns
        assert _register_index(connection) == index_0007
        assert _sqlite_triggers(connection) == triggers
        counts = connection.execute(
            text(
                "SELECT (SELECT count(*) FROM recommendation),"
                " (SELECT count(*) FROM recommendation_recommending_state)"
            )
        ).one()
        assert tuple(counts) == (len(PARAGRAPHS), len(PARAGRAPHS))
    _migrate(engine, "upgrade", "head")  # and up again
    with engine.connect() as connection:
        keys = _keys(connection)
    assert keys == {r: natural_key(r) for r in PARAGRAPHS}


@pytest.mark.parametrize(
    "fixture",
    sorted(p for p in FIXTURES.glob("schema-*.sqlite3") if p.stem < "schema-0008"),
    ids=lambda p: p.stem,
)
def test_released_databases_get_every_key(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    open_database(str(path), create=False).dispose()
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT reference, reference_key FROM recommendation").fetchall()
    conn.close()
    assert rows and all(key == natural_key(reference) for reference, key in rows)
