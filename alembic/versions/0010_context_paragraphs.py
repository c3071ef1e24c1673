"""context paragraphs: UHRI annotations that are not recommendations

context_paragraph keeps, linked to their source document, the paragraphs a
UHRI export gives another annotation type than "Recommendation" (concerns
and observations, positive aspects, ...), with that type, so that nothing
that counts recommendations sees them.

What was imported before this schema cannot be sorted out here: the importer
read the Type column and dropped it, so every such paragraph was stored as a
recommendation and nothing in the database tells which ones they are. A
re-import of the same UHRI file moves them out of the register (kept as
context or dropped, the officer's choice), except those an officer has
already worked on (a cluster, a plan, an action, agencies, progress ...):
those stay and the import lists them. The downgrade drops the table and
with it the context paragraphs (they were not recommendations before either).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY_LENGTH = 255


def _key_type(dialect: str) -> sa.types.TypeEngine[str]:
    # Byte-wise order on both engines, as recommendation.reference_key (0008).
    if dialect == "postgresql":
        return sa.String(length=KEY_LENGTH, collation="C")
    return sa.String(length=KEY_LENGTH)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table('context_paragraph',
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('paragraph', sa.String(length=32), nullable=True),
    sa.Column('annotation_id', sa.String(length=64), nullable=True),
    sa.Column('annotation_type', sa.String(length=100), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('official_digest', sa.String(length=40), nullable=True),
    sa.Column('reference_key', _key_type(dialect), server_default='', nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['source_document.id'], name=op.f('fk_context_paragraph_source_id_source_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_context_paragraph')),
    sa.UniqueConstraint('annotation_id', name=op.f('uq_context_paragraph_annotation_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_context_paragraph_uuid'))
    )
    with op.batch_alter_table('context_paragraph', schema=None) as batch_op:
        batch_op.create_index('ix_context_paragraph_document_order', ['source_id', 'reference_key', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('context_paragraph', schema=None) as batch_op:
        batch_op.drop_index('ix_context_paragraph_document_order')
    op.drop_table('context_paragraph')
