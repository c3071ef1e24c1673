"""Which schema a database is at, and which schemas this program knows,
without loading Alembic (~0.3 s of imports at every start): the revisions are
read from the migration scripts' own ``revision`` / ``down_revision`` lines,
and a database's revision with one query. Alembic itself (store.migrations)
is loaded only when a database must be created or upgraded."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from desktop import paths

VERSION_TABLE = "alembic_version"
_REVISION = re.compile(r"^revision(?:\s*:\s*[\w\[\], |]+)?\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(
    r"^down_revision(?:\s*:\s*[\w\[\], |]+)?\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M
)


@cache
def _graph(folder: Path) -> dict[str, str | None]:
    """revision → down_revision, from every script in ``folder/versions``."""
    graph: dict[str, str | None] = {}
    for script in sorted((folder / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            raise RuntimeError(f"{script.name}: no revision / down_revision line")
        graph[revision.group(1)] = down.group(1)
    return graph


def known_revisions(script_location: Path | None = None) -> set[str]:
    return set(_graph(script_location or paths.alembic_dir()))


def head_revision(script_location: Path | None = None) -> str:
    graph = _graph(script_location or paths.alembic_dir())
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads; expected one: {heads}")
    return heads.pop()


def has_version_table(connection: Connection) -> bool:
    return inspect(connection).has_table(VERSION_TABLE)


def current_revision(connection: Connection) -> str | None:
    """The revision the database records (None for an empty database)."""
    if not has_version_table(connection):
        return None
    row = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
    return str(row[0]) if row else None


def user_tables(connection: Connection) -> set[str]:
    return {name for name in inspect(connection).get_table_names() if name != VERSION_TABLE}
