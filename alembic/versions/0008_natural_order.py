"""the register in paragraph order: a natural-order key of each reference

recommendation.reference_key (140.2 before 140.10), filled for every existing
recommendation; the register's covering index orders by it instead of
sort_key (file order).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# The key at the time of this migration; a later change of the rule comes
# with a migration that refills reference_key.
from desktop.domain.natural_order import natural_key

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY_LENGTH = 255
CHUNK = 20_000
# The columns filters test, after the order, as in 0002: a filtered register reads no rows.
FILTERED = ["mechanism_id", "response", "status", "priority", "cluster_id", "action_category", "needs_parliament"]


def _key_type(dialect: str) -> sa.types.TypeEngine[str]:
    # Byte-wise order on both engines: PostgreSQL's locale collations ignore
    # punctuation and case; SQLite's default (BINARY) already compares bytes.
    if dialect == "postgresql":
        return sa.String(length=KEY_LENGTH, collation="C")
    return sa.String(length=KEY_LENGTH)


def _fill_keys(bind: sa.Connection) -> None:
    """Every recommendation's key, CHUNK rows at a time in id order."""
    postgresql = bind.dialect.name == "postgresql"
    read = sa.text(
        "SELECT id, reference FROM recommendation WHERE id > :after ORDER BY id LIMIT :n"
    )
    if postgresql:
        # One statement per chunk (an executemany of single-row updates is 10x slower).
        write = sa.text(
            "UPDATE recommendation SET reference_key = k.key"
            " FROM unnest(CAST(:ids AS integer[]), CAST(:keys AS text[])) AS k(id, key)"
            " WHERE recommendation.id = k.id"
        )
    else:
        write = sa.text("UPDATE recommendation SET reference_key = :key WHERE id = :id")
    after = 0
    while rows := bind.execute(read, {"after": after, "n": CHUNK}).all():
        keys = [(row.id, natural_key(row.reference)) for row in rows]
        if postgresql:
            bind.execute(write, {"ids": [i for i, _ in keys], "keys": [k for _, k in keys]})
        else:
            bind.execute(write, [{"id": i, "key": k} for i, k in keys])
        after = rows[-1].id


def upgrade() -> None:
    bind = op.get_bind()
    # Added, filled, then indexed: one index build instead of 250,000 index updates.
    # (The search triggers on SQLite fire on search_text only; the table is not rebuilt.)
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('reference_key', _key_type(bind.dialect.name), server_default='', nullable=False)
        )
        batch_op.drop_index('ix_recommendation_register_order')
    _fill_keys(bind)
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        # The id too: the register's whole ORDER BY (source_id, reference_key,
        # id) comes from the index, with no sort of ties left (250,000: 235 -> 165 ms).
        batch_op.create_index(
            'ix_recommendation_register_order',
            ['archived', 'source_id', 'reference_key', 'id', *FILTERED],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.drop_index('ix_recommendation_register_order')
        batch_op.create_index(
            'ix_recommendation_register_order',
            ['archived', 'source_id', 'sort_key', *FILTERED],
            unique=False,
        )
    # Not in batch mode: on SQLite that would copy the table, and dropping the
    # old one with foreign keys on would delete its link rows (ON DELETE
    # CASCADE) and its search triggers. SQLite (3.35+) drops a column in place.
    op.drop_column('recommendation', 'reference_key')
