"""agency update forms: the forms sent, the key that signs them, and the form
(its UUID) and returned file (its SHA-256) a progress update or a measurement
came from

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SOURCED = ('progress_update', 'measurement')


def upgrade() -> None:
    op.create_table('update_form',
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('sent_at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('returned_at', sa.DateTime(), nullable=True),
    sa.Column('returned_sha256', sa.String(length=64), nullable=True),
    sa.Column('applied_json', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_update_form_agency_id_agency'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_update_form')),
    sa.UniqueConstraint('uuid', name=op.f('uq_update_form_uuid'))
    )
    op.create_index('ix_update_form_agency_id', 'update_form', ['agency_id'], unique=False)
    op.create_table('signing_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=50), nullable=False),
    sa.Column('secret', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signing_key')),
    sa.UniqueConstraint('purpose', name=op.f('uq_signing_key_purpose'))
    )
    for table in SOURCED:
        # Added in place (no batch copy: on SQLite that would drop the old
        # table, and with it, by ON DELETE CASCADE, its attachments).
        op.add_column(table, sa.Column('source_form', sa.Uuid(), nullable=True))
        op.add_column(table, sa.Column('source_sha256', sa.String(length=64), nullable=True))


def downgrade() -> None:
    for table in SOURCED:
        # SQLite (3.35+) drops a column in place, as in 0008's downgrade.
        op.drop_column(table, 'source_sha256')
        op.drop_column(table, 'source_form')
    op.drop_table('signing_key')
    op.drop_index('ix_update_form_agency_id', table_name='update_form')
    op.drop_table('update_form')
