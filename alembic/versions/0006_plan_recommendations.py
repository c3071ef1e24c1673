"""the recommendations an implementation plan covers

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('plan_recommendation',
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('recommendation_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['implementation_plan.id'], name=op.f('fk_plan_recommendation_plan_id_implementation_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_plan_recommendation_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('plan_id', 'recommendation_id', name=op.f('pk_plan_recommendation'))
    )
    with op.batch_alter_table('plan_recommendation', schema=None) as batch_op:
        batch_op.create_index('ix_plan_recommendation_recommendation_id', ['recommendation_id'], unique=False)
    # Existing plans cover the recommendations their actions address.
    op.execute(
        "INSERT INTO plan_recommendation (plan_id, recommendation_id)"
        " SELECT DISTINCT action.plan_id, action_recommendation.recommendation_id"
        " FROM action JOIN action_recommendation ON action_recommendation.action_id = action.id"
    )


def downgrade() -> None:
    with op.batch_alter_table('plan_recommendation', schema=None) as batch_op:
        batch_op.drop_index('ix_plan_recommendation_recommendation_id')

    op.drop_table('plan_recommendation')
