"""indexes the dashboard's breakdowns aggregate from, in group order

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05

"""
from collections.abc import Sequence

from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A recommendation's state by id, read for each link without a table row.
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.create_index(
            'ix_recommendation_state_by_id', ['id', 'archived', 'status'], unique=False
        )
    # The links walked theme by theme / agency by agency: counted per group as
    # they come, with no sort of every link.
    with op.batch_alter_table('recommendation_theme', schema=None) as batch_op:
        batch_op.create_index(
            'ix_recommendation_theme_by_theme', ['theme_id', 'recommendation_id'], unique=False
        )
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.create_index(
            'ix_assignment_by_agency_role', ['agency_id', 'role', 'recommendation_id'], unique=False
        )
    # An SDG goal's recommendations, through its targets and directly.
    with op.batch_alter_table('recommendation_sdg_target', schema=None) as batch_op:
        batch_op.create_index(
            'ix_recommendation_sdg_target_by_target',
            ['sdg_target_id', 'recommendation_id'],
            unique=False,
        )
    with op.batch_alter_table('recommendation_sdg_goal', schema=None) as batch_op:
        batch_op.create_index(
            'ix_recommendation_sdg_goal_by_goal', ['sdg_goal_id', 'recommendation_id'], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table('recommendation_sdg_goal', schema=None) as batch_op:
        batch_op.drop_index('ix_recommendation_sdg_goal_by_goal')
    with op.batch_alter_table('recommendation_sdg_target', schema=None) as batch_op:
        batch_op.drop_index('ix_recommendation_sdg_target_by_target')
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.drop_index('ix_assignment_by_agency_role')
    with op.batch_alter_table('recommendation_theme', schema=None) as batch_op:
        batch_op.drop_index('ix_recommendation_theme_by_theme')
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.drop_index('ix_recommendation_state_by_id')
