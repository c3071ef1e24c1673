"""Alembic from code: the configuration is built here, pointing at the bundled
``alembic`` folder, and every upgrade runs on one connection in one transaction."""

from __future__ import annotations

import sys
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from alembic import command
from desktop import paths
from desktop.store.engine import WRITE_OPTION
from desktop.store.schema_revisions import (
    VERSION_TABLE,
    current_revision,
    has_version_table,
    user_tables,
)

__all__ = ["VERSION_TABLE", "current_revision", "has_version_table", "user_tables"]
# Objects each engine's search backend owns (FTS5 tables, expression indexes):
# made by migrations, not described by the models, so not compared with them.
SEARCH_OBJECT_PREFIXES = ("recommendation_fts", "ix_recommendation_fts")


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic's filter for autogenerate and model/migration comparison."""
    return not (name and name.startswith(SEARCH_OBJECT_PREFIXES))


def alembic_config(script_location: Path | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location or paths.alembic_dir()))
    return config


def script_directory(config: Config) -> ScriptDirectory:
    return ScriptDirectory.from_config(config)


def head_revision(config: Config) -> str:
    heads = script_directory(config).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads; expected one: {heads}")
    return heads[0]


def known_revisions(config: Config) -> set[str]:
    return {rev.revision for rev in script_directory(config).walk_revisions()}


def upgrade_to_head(engine: Engine, config: Config) -> None:
    """Upgrade in a single transaction: on any failure nothing has changed."""
    with engine.connect() as connection:
        connection.execution_options(**{WRITE_OPTION: True})  # BEGIN IMMEDIATE on SQLite
        with connection.begin():
            _upgrade_on(connection, config)


def _upgrade_on(connection: Connection, config: Config) -> None:
    config.attributes["connection"] = connection
    try:
        command.upgrade(config, "head")
    finally:
        config.attributes.pop("connection", None)


def _main(argv: list[str]) -> int:
    """Developer tool: ``python -m desktop.store.migrations revision "message"``
    autogenerates a migration against a scratch database at head."""
    import tempfile

    from desktop.store.engine import make_engine

    if len(argv) != 2 or argv[0] != "revision":
        print('usage: python -m desktop.store.migrations revision "message"', file=sys.stderr)
        return 2
    config = alembic_config()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'scratch.sqlite3'}")
        upgrade_to_head(engine, config)
        with engine.connect() as connection, connection.begin():
            config.attributes["connection"] = connection
            command.revision(config, message=argv[1], autogenerate=True)
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
