"""an index of lead assignments by recommendation, for the dashboard

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25

"""
from collections.abc import Sequence

from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # "Recommendations without a lead agency" counts the distinct recommendations
    # led from this index alone (no read of the assignment rows).
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.create_index(
            'ix_assignment_recommendation_role',
            ['recommendation_id', 'role', 'agency_id'],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.drop_index('ix_assignment_recommendation_role')
