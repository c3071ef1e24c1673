"""SQLite: the breakdowns' index stores each recommendation's status as the weights they add up

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As desktop.store.status_weights spells them at this revision (a migration
# keeps its own copy: the program's may change later).
_PAIRS = (
    ("not_assessed", "not_started"),
    ("in_progress", "partially_implemented"),
    ("fully_implemented", "no_longer_applicable"),
)


def _weights() -> list[sa.TextClause]:
    return [
        sa.text(f"(CASE status WHEN '{first}' THEN 1 WHEN '{second}' THEN 4294967296 ELSE 0 END)")
        for first, second in _PAIRS
    ]


def upgrade() -> None:
    # SQLite only: it reads the weights from the index for each link instead of
    # comparing each status again. PostgreSQL reads no value from an index of
    # expressions, and keeps (id, archived, status).
    if op.get_bind().dialect.name != 'sqlite':
        return
    op.create_index(
        'ix_recommendation_status_weights_by_id',
        'recommendation',
        ['id', 'archived', *_weights()],
        unique=False,
    )
    op.drop_index('ix_recommendation_state_by_id', table_name='recommendation')


def downgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    op.create_index(
        'ix_recommendation_state_by_id', 'recommendation', ['id', 'archived', 'status'], unique=False
    )
    op.drop_index('ix_recommendation_status_weights_by_id', table_name='recommendation')
