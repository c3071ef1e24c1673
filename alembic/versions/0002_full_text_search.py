"""Full-text search: folded search text on recommendations, indexed per engine;
an index for the register's default order

SQLite: an FTS5 table over recommendation.search_text (external content),
kept in step by triggers. PostgreSQL: a GIN index on to_tsvector('simple', …).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# The folding rule at the time of this migration; a later change of the rule
# comes with a migration that refills search_text.
from desktop.domain.text_search import search_document

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_DDL = (
    "CREATE VIRTUAL TABLE recommendation_fts USING fts5("
    "search_text, content='recommendation', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER recommendation_fts_insert AFTER INSERT ON recommendation BEGIN"
    " INSERT INTO recommendation_fts(rowid, search_text) VALUES (new.id, new.search_text);"
    " END",
    "CREATE TRIGGER recommendation_fts_delete AFTER DELETE ON recommendation BEGIN"
    " INSERT INTO recommendation_fts(recommendation_fts, rowid, search_text)"
    " VALUES ('delete', old.id, old.search_text);"
    " END",
    "CREATE TRIGGER recommendation_fts_update AFTER UPDATE OF search_text ON recommendation BEGIN"
    " INSERT INTO recommendation_fts(recommendation_fts, rowid, search_text)"
    " VALUES ('delete', old.id, old.search_text);"
    " INSERT INTO recommendation_fts(rowid, search_text) VALUES (new.id, new.search_text);"
    " END",
)


def upgrade() -> None:
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), server_default="", nullable=False))
        batch_op.create_index(
            "ix_recommendation_register_order",
            ["archived", "source_id", "sort_key", "mechanism_id", "response", "status", "priority", "cluster_id", "action_category", "needs_parliament"],
            unique=False,
        )
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, reference, text, notes FROM recommendation")).all()
    if rows:
        bind.execute(
            sa.text("UPDATE recommendation SET search_text = :search_text WHERE id = :id"),
            [{"id": r.id, "search_text": search_document(r.reference, r.text, r.notes)}
             for r in rows],
        )
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_DDL:
            op.execute(statement)
        op.execute("INSERT INTO recommendation_fts(recommendation_fts) VALUES ('rebuild')")
    elif bind.dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_recommendation_fts_pg ON recommendation"
            " USING gin (to_tsvector('simple'::regconfig, search_text))"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS recommendation_fts_{name}")
        op.execute("DROP TABLE IF EXISTS recommendation_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_recommendation_fts_pg")
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.drop_index("ix_recommendation_register_order")
        batch_op.drop_column("search_text")
