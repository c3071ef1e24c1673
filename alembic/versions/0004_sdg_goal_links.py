"""links from a recommendation to SDG goals named without a target

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('recommendation_sdg_goal',
    sa.Column('recommendation_id', sa.Integer(), nullable=False),
    sa.Column('sdg_goal_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_recommendation_sdg_goal_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sdg_goal_id'], ['sdg_goal.id'], name=op.f('fk_recommendation_sdg_goal_sdg_goal_id_sdg_goal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('recommendation_id', 'sdg_goal_id', name=op.f('pk_recommendation_sdg_goal'))
    )
    with op.batch_alter_table('recommendation_sdg_goal', schema=None) as batch_op:
        batch_op.create_index('ix_recommendation_sdg_goal_sdg_goal_id', ['sdg_goal_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('recommendation_sdg_goal', schema=None) as batch_op:
        batch_op.drop_index('ix_recommendation_sdg_goal_sdg_goal_id')

    op.drop_table('recommendation_sdg_goal')
