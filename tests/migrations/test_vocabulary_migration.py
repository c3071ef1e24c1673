"""Migration 0009 (one vocabulary) on both engines: a database of schema 0008
holding themes and groups of persons spelt several ways, made by SQL as older
versions made them, upgrades to one entry per key: the built-in one kept,
else the most used, else the oldest; every link moved to it with no
duplicate link rows; saved views follow; keys stored and unique."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from alembic.config import Config
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from alembic import command
from desktop.services.database import open_database
from desktop.store import migrations
from desktop.store.engine import WRITE_OPTION, make_engine, resolve_url
from desktop.store.vocabulary import affected_persons_key, theme_key

BUDGET = "Budget and resources (for human rights implementation)"
# name, builtin, code, created (day of January 2026), recommendations linked (by number)
THEMES = [
    (BUDGET, True, None, 20, []),
    ("Budget & resources for human rights implementation", False, "A63", 2, [1, 2, 3]),
    ("Budget &resources for human rights implementation", False, None, 3, [3, 4]),
    ("Women's rights", False, None, 1, [5]),
    ("Women\u2019s rights", False, None, 5, [5, 6, 7]),
    ("WOMENS RIGHTS", False, None, 6, [8]),
    ("Labour rights", False, None, 7, []),
    ("Labour  Rights", False, None, 8, []),
    ("Right to education", False, None, 9, [1]),
    ("Right to education - general", True, "E51", 10, [2]),
    ("Death penalty", True, "D23", 11, [9]),
]
PERSONS = [
    ("Women & girls", True, None, 20, [1]),
    ("women and girls", False, None, 1, [1, 2, 3, 4]),
    ("LGBTI persons", False, None, 2, [5]),
    ("Lesbian, gay, bisexual, transgender and intersex persons (LGBTI)", True, None, 3, []),
    ("Children", True, None, 4, [6]),
]
KEPT_THEMES = {
    BUDGET: {1, 2, 3, 4},
    "Women\u2019s rights": {5, 6, 7, 8},  # the most used of three spellings
    "Labour rights": set(),  # unused both: the oldest
    "Right to education - general": {1, 2},  # the built-in one of an alias group
    "Death penalty": {9},
}
KEPT_PERSONS = {
    "Women & girls": {1, 2, 3, 4},
    "Lesbian, gay, bisexual, transgender and intersex persons (LGBTI)": {5},
    "Children": {6},
}


def _migrate(engine: Engine, action: str, revision: str) -> None:
    config: Config = migrations.alembic_config()
    with engine.connect() as connection:
        connection.execution_options(**{WRITE_OPTION: True})
        with connection.begin():
            config.attributes["connection"] = connection
            getattr(command, action)(config, revision)


def _insert_entries(connection: Connection, table: str, rows: list[tuple]) -> dict[str, int]:  # type: ignore[type-arg]
    ids: dict[str, int] = {}
    code = ", code" if table == "theme" else ""
    for n, (name, builtin, theme_code, day, _) in enumerate(rows):
        params = {
            "uuid": f"{'a' if table == 'theme' else 'c'}{n:031x}",
            "created": f"2026-01-{day:02d} 10:00:00",
            "name": name,
            "builtin": builtin,
            "code": theme_code,
        }
        connection.execute(
            text(
                f"INSERT INTO {table} (uuid, created_at, updated_at, version, name, builtin{code})"
                f" VALUES (:uuid, :created, :created, 1, :name, :builtin"
                f"{', :code' if code else ''})"
            ),
            params,
        )
        ids[name] = connection.execute(
            text(f"SELECT id FROM {table} WHERE name = :name"), {"name": name}
        ).scalar_one()
    return ids


def _fill_0008(connection: Connection) -> dict[str, dict[str, int]]:
    connection.execute(
        text(
            "INSERT INTO mechanism (uuid, created_at, updated_at, version, code, kind, name,"
            " builtin, sort_order) VALUES (:uuid, '2026-01-01', '2026-01-01', 1, 'UPR', 'upr',"
            " 'Universal Periodic Review', true, 1)"
        ),
        {"uuid": "b" * 32},
    )
    upr = connection.execute(text("SELECT id FROM mechanism")).scalar_one()
    recs: dict[int, int] = {}
    for n in range(1, 10):
        connection.execute(
            text(
                "INSERT INTO recommendation (uuid, created_at, updated_at, version, mechanism_id,"
                " reference, reference_key, text, response, needs_parliament, status, archived,"
                " sort_key, search_text) VALUES (:uuid, '2026-01-01', '2026-01-01', 1, :upr,"
                " :ref, :ref, :text, 'supported', false, 'not_assessed', false, :n, '')"
            ),
            {"uuid": f"{n:032x}", "upr": upr, "ref": str(n), "text": f"Do {n}", "n": n},
        )
        recs[n] = connection.execute(
            text("SELECT id FROM recommendation WHERE reference = :r"), {"r": str(n)}
        ).scalar_one()
    ids = {}
    for table, link, column, rows in (
        ("theme", "recommendation_theme", "theme_id", THEMES),
        ("affected_persons", "recommendation_affected_persons", "affected_persons_id", PERSONS),
    ):
        ids[table] = _insert_entries(connection, table, rows)
        for name, *_, linked in rows:
            for n in linked:
                connection.execute(
                    text(f"INSERT INTO {link} (recommendation_id, {column}) VALUES (:r, :e)"),
                    {"r": recs[n], "e": ids[table][name]},
                )
    themes = ids["theme"]
    view = {
        "theme_ids": [
            themes["Budget &resources for human rights implementation"],
            themes[BUDGET],
            themes["Death penalty"],
        ],
        "affected_persons_ids": [ids["affected_persons"]["women and girls"]],
        "text": "plan",
    }
    for name, stored in (("Budget", json.dumps(view)), ("Broken", "{not json")):
        connection.execute(
            text(
                "INSERT INTO saved_view (uuid, created_at, updated_at, version, name, filter_json,"
                " sort_column, sort_descending) VALUES (:uuid, '2026-01-01', '2026-01-01', 1,"
                " :name, :json, 'reference', false)"
            ),
            {"uuid": name.ljust(32, "0").encode().hex()[:32], "name": name, "json": stored},
        )
    return ids


@pytest.fixture
def at_0008(db_url: str) -> Iterator[tuple[Engine, dict[str, dict[str, int]]]]:
    engine = make_engine(resolve_url(db_url))
    _migrate(engine, "upgrade", "0008")
    with engine.begin() as connection:
        ids = _fill_0008(connection)
    yield engine, ids
    engine.dispose()


def _linked(connection: Connection, table: str, link: str, column: str) -> dict[str, set[int]]:
    rows = connection.execute(
        text(
            f"SELECT e.name, r.reference FROM {table} e LEFT JOIN {link} l ON l.{column} = e.id"
            " LEFT JOIN recommendation r ON r.id = l.recommendation_id"
        )
    )
    found: dict[str, set[int]] = {}
    for name, reference in rows:
        found.setdefault(str(name), set())
        if reference is not None:
            found[str(name)].add(int(reference))
    return found


def test_upgrade_merges_same_key_entries_and_moves_their_links(
    at_0008: tuple[Engine, dict[str, dict[str, int]]],
) -> None:
    engine, ids = at_0008
    _migrate(engine, "upgrade", "0009")
    with engine.connect() as connection:
        assert migrations.current_revision(connection) == "0009"
        assert _linked(connection, "theme", "recommendation_theme", "theme_id") == KEPT_THEMES
        assert (
            _linked(
                connection,
                "affected_persons",
                "recommendation_affected_persons",
                "affected_persons_id",
            )
            == KEPT_PERSONS
        )
        # No duplicate link rows (each pair once: recommendation 3 had two budget spellings).
        for link in ("recommendation_theme", "recommendation_affected_persons"):
            total = connection.execute(text(f"SELECT count(*) FROM {link}")).scalar_one()
            pairs = sum(map(len, (KEPT_THEMES if "theme" in link else KEPT_PERSONS).values()))
            assert total == pairs
        keys = dict(connection.execute(text("SELECT name, name_key FROM theme")).all())
        assert keys == {name: theme_key(name) for name in KEPT_THEMES}
        person_keys = dict(
            connection.execute(text("SELECT name, name_key FROM affected_persons")).all()
        )
        assert person_keys == {name: affected_persons_key(name) for name in KEPT_PERSONS}
        # The kept budget theme took the code of a merged spelling.
        codes = dict(connection.execute(text("SELECT name, code FROM theme")).all())
        assert codes[BUDGET] == "A63" and codes["Right to education - general"] == "E51"
        views = dict(connection.execute(text("SELECT name, filter_json FROM saved_view")).all())
        view = json.loads(views["Budget"])
        themes = ids["theme"]
        assert view["theme_ids"] == [themes[BUDGET], themes["Death penalty"]]
        assert view["affected_persons_ids"] == [ids["affected_persons"]["Women & girls"]]
        assert view["text"] == "plan" and views["Broken"] == "{not json"
        for table in ("theme", "affected_persons"):
            [index] = [
                i
                for i in inspect(connection).get_indexes(table)
                if i["name"] == f"ix_{table}_name_key"
            ]
            assert index["unique"] and index["column_names"] == ["name_key"]
    # One theme per key from now on, whatever writes it.
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO theme (uuid, created_at, updated_at, version, name, name_key,"
                " builtin) VALUES (:uuid, '2026-02-01', '2026-02-01', 1, 'Death  Penalty',"
                " :key, false)"
            ),
            {"uuid": "d" * 32, "key": theme_key("Death penalty")},
        )


def test_downgrade_drops_the_keys_and_upgrade_again(
    at_0008: tuple[Engine, dict[str, dict[str, int]]],
) -> None:
    engine, _ = at_0008
    _migrate(engine, "upgrade", "0009")
    _migrate(engine, "downgrade", "0008")
    with engine.connect() as connection:
        for table in ("theme", "affected_persons"):
            columns = {c["name"] for c in inspect(connection).get_columns(table)}
            assert "name_key" not in columns
        # Merged entries stay merged; their links too.
        assert _linked(connection, "theme", "recommendation_theme", "theme_id") == KEPT_THEMES
    _migrate(engine, "upgrade", "head")
    with engine.connect() as connection:
        keys = dict(connection.execute(text("SELECT name, name_key FROM theme")).all())
    assert keys == {name: theme_key(name) for name in KEPT_THEMES}


FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.mark.parametrize(
    "fixture",
    sorted(p for p in FIXTURES.glob("schema-*.sqlite3") if p.stem < "schema-0009"),
    ids=lambda p: p.stem,
)
def test_released_databases_get_every_key(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    open_database(str(path), create=False).dispose()
    with closing(sqlite3.connect(path)) as conn:
        themes = conn.execute("SELECT name, name_key FROM theme").fetchall()
        persons = conn.execute("SELECT name, name_key FROM affected_persons").fetchall()
    assert themes and all(key == theme_key(name) for name, key in themes)
    assert persons and all(key == affected_persons_key(name) for name, key in persons)
