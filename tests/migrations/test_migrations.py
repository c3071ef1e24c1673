"""The migrations: one head, upgrade from empty on both engines, models equal
migrations, and the safe start-up rules around upgrades."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, text
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.schema import CreateIndex

from desktop import paths
from desktop.services.database import open_database
from desktop.store import migrations
from desktop.store.errors import MigrationError, NewerSchemaError, NotOurDatabaseError
from desktop.store.models import Base
from desktop.store.sqlite_files import list_backups
from desktop.store.status_weights import STATE_INDEX, WEIGHTS_INDEX

FAILING_MIGRATION = '''
"""fails half-way (test only)"""
import sqlalchemy as sa
from alembic import op

revision = "9999_fails"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.add_column("recommendation", sa.Column("half_done_flag", sa.Integer))
    op.execute("UPDATE recommendation SET notes = 'touched'")
    op.execute("SELECT * FROM table_that_does_not_exist")


def downgrade() -> None:
    pass
'''


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_single_head() -> None:
    config = migrations.alembic_config()
    assert len(migrations.script_directory(config).get_heads()) == 1


def test_script_location_is_the_bundled_folder() -> None:
    config = migrations.alembic_config()
    assert Path(config.get_main_option("script_location") or "") == paths.alembic_dir()
    assert (paths.alembic_dir() / "env.py").is_file()


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
def test_upgrade_from_empty_to_head_and_models_equal_migrations(db_url: str) -> None:
    database = open_database(db_url, create=True)
    try:
        assert database.created
        with database.engine.connect() as connection:
            assert migrations.current_revision(connection) == migrations.head_revision(
                migrations.alembic_config()
            )
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": migrations.include_name}
            )
            dialect = connection.dialect.name
            diff = [
                change
                for change in compare_metadata(context, Base.metadata)
                if not _one_engines_index(change)
            ]
            assert diff == [], f"models and migrations differ: {diff}"
            tables = set(inspect(connection).get_table_names())
            weights = _index_definition(connection, WEIGHTS_INDEX)
            state = _index_definition(connection, STATE_INDEX)
        assert set(Base.metadata.tables) <= tables
        # Each engine has its own index of a recommendation's state by id
        # (store.status_weights), which Alembic compares on neither: SQLite's
        # of expressions cannot be reflected, and it ignores which engine an
        # index is for. Checked here instead, SQLite's against the model's.
        if dialect == "sqlite":
            assert weights is not None and state is None
            assert " ".join(weights.split()) == " ".join(_model_index_ddl().split())
        else:
            assert weights is None and state is not None
            assert "(id, archived, status)" in state, state
    finally:
        database.dispose()


def _one_engines_index(change: object) -> bool:
    """A change Alembic reports for an index made on one engine only (see above)."""
    return (
        isinstance(change, tuple)
        and change[0] in ("add_index", "remove_index")
        and change[1].name in (WEIGHTS_INDEX, STATE_INDEX)
    )


def _model_index_ddl() -> str:
    table = Base.metadata.tables["recommendation"]
    index = next(i for i in table.indexes if i.name == WEIGHTS_INDEX)
    return str(CreateIndex(index).compile(dialect=sqlite_dialect()))


def _index_definition(connection: Connection, name: str) -> str | None:
    if connection.dialect.name == "sqlite":
        query = "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = :name"
    else:
        query = "SELECT indexdef FROM pg_indexes WHERE indexname = :name"
    found = connection.execute(text(query), {"name": name}).scalar()
    return None if found is None else str(found)


def test_reopening_at_head_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(str(path), create=True).dispose()
    before = _sha256(path)
    database = open_database(str(path), create=False)
    database.dispose()
    assert not database.created and database.upgraded_from is None
    assert _sha256(path) == before
    assert list_backups(paths.backups_dir_for(path), path) == []


def _scripts_with_failing_migration(tmp_path: Path) -> Path:
    scripts = tmp_path / "alembic"
    shutil.copytree(paths.alembic_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrations.head_revision(migrations.alembic_config())
    (scripts / "versions" / "9999_fails.py").write_text(
        FAILING_MIGRATION.format(head=head), encoding="utf-8"
    )
    return scripts


def _add_recommendation(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        mechanism_id = conn.execute("SELECT id FROM mechanism WHERE code = 'UPR'").fetchone()[0]
        conn.execute(
            "INSERT INTO recommendation (uuid, created_at, updated_at, version, mechanism_id,"
            " reference, text, response, needs_parliament, status, archived, sort_key)"
            " VALUES ('0123456789abcdef0123456789abcdef', '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00', 1, ?, '121.2', 'Ratify the Optional Protocol', 'supported',"
            " 0, 'not_assessed', 0, 0)",
            (mechanism_id,),
        )
    conn.close()


def test_migration_failing_half_way_leaves_database_unchanged_and_a_backup(
    tmp_path: Path,
) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(str(path), create=True).dispose()
    _add_recommendation(path)
    scripts = _scripts_with_failing_migration(tmp_path)
    with sqlite3.connect(path) as conn:
        schema_before = conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    conn.close()

    with pytest.raises(MigrationError) as caught:
        open_database(str(path), create=False, script_location=scripts)

    assert caught.value.backup is not None and caught.value.backup.is_file()
    assert "rolled back" in str(caught.value)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == (
            schema_before
        )
        assert conn.execute("SELECT notes FROM recommendation").fetchall() == [(None,)]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] != (
            "9999_fails"
        )
    conn.close()
    with sqlite3.connect(caught.value.backup) as backup:
        assert backup.execute("SELECT count(*) FROM recommendation").fetchone()[0] == 1
    backup.close()


def test_successful_upgrade_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(str(path), create=True).dispose()
    _add_recommendation(path)
    scripts = tmp_path / "alembic"
    shutil.copytree(paths.alembic_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrations.head_revision(migrations.alembic_config())
    (scripts / "versions" / "9998_adds.py").write_text(
        FAILING_MIGRATION.format(head=head)
        .replace("9999_fails", "9998_adds")
        .replace('    op.execute("SELECT * FROM table_that_does_not_exist")\n', ""),
        encoding="utf-8",
    )
    database = open_database(str(path), create=False, script_location=scripts)
    database.dispose()
    assert database.upgraded_from == head
    assert database.backup is not None and database.backup.is_file()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9998_adds"
    conn.close()


def test_newer_schema_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(str(path), create=True).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    conn.close()
    before = _sha256(path)
    with pytest.raises(NewerSchemaError, match="newer version"):
        open_database(str(path), create=False)
    assert _sha256(path) == before
    assert not paths.backups_dir_for(path).exists()


@pytest.mark.postgres
def test_newer_schema_is_refused_on_postgresql(pg_server: object) -> None:
    from tests.pg_server import PgServer

    assert isinstance(pg_server, PgServer)
    url = pg_server.create_database()
    open_database(url, create=True).dispose()
    import psycopg

    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    with pytest.raises(NewerSchemaError):
        open_database(url, create=False)


def test_non_database_file_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 20)
    before = _sha256(path)
    with pytest.raises(NotOurDatabaseError, match="not an NMRF Desk database") as caught:
        open_database(str(path), create=False)
    assert str(path) in str(caught.value)
    assert _sha256(path) == before


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    before = _sha256(path)
    with pytest.raises(NotOurDatabaseError, match="another program"):
        open_database(str(path), create=False)
    assert _sha256(path) == before
