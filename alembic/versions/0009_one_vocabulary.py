"""one vocabulary: themes and groups of persons keyed by a matching key, duplicates merged

theme.name_key and affected_persons.name_key hold each name's matching key
(desktop.store.vocabulary: NFKC, case, spacing, punctuation, "&" for "and",
the alias groups of resources/reference/name_aliases.json), unique per kind.
Names that share a key are merged first: of each group one row is kept (the
built-in one, else the most used, else the oldest), every link of the others
moves to it without duplicate link rows, saved views that named the others
name it, and the others are deleted. The program backs the database up before
any upgrade (desktop.services.database); the downgrade drops the keys and does
not split what was merged.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

"""
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from alembic import op

# The keys at the time of this migration; a later change of the rule or of the
# alias groups comes with a migration that computes them again (and merges).
from desktop.store.vocabulary import affected_persons_key, theme_key

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY_LENGTH = 300


@dataclass(frozen=True)
class Kind:
    table: str
    link: str
    column: str
    key: Callable[[str], str]
    view_field: str
    """The field of a saved view's filter (saved_view.filter_json) that holds ids of it."""
    has_code: bool


KINDS = (
    Kind('theme', 'recommendation_theme', 'theme_id', theme_key, 'theme_ids', True),
    Kind(
        'affected_persons',
        'recommendation_affected_persons',
        'affected_persons_id',
        affected_persons_key,
        'affected_persons_ids',
        False,
    ),
)


def _rows(bind: sa.Connection, kind: Kind) -> list[Any]:
    code = ", t.code" if kind.has_code else ", NULL AS code"
    return list(
        bind.execute(
            sa.text(
                f"SELECT t.id, t.name, t.builtin, t.created_at{code}, coalesce(u.n, 0) AS uses"
                f" FROM {kind.table} t LEFT JOIN (SELECT {kind.column} AS id, count(*) AS n"
                f" FROM {kind.link} GROUP BY {kind.column}) u ON u.id = t.id"
            )
        )
    )


def _keeper_order(row: Any) -> tuple[object, ...]:
    """Built-in first, then the most used, then the oldest."""
    created = row.created_at
    return (not row.builtin, -int(row.uses), created is None, str(created or ''), row.id)


def merge_duplicates(bind: sa.Connection, kind: Kind) -> dict[int, int]:
    """Merge the rows of ``kind`` that share a key; returns merged id -> kept id."""
    groups: dict[str, list[Any]] = {}
    for row in _rows(bind, kind):
        groups.setdefault(kind.key(row.name), []).append(row)
    merged: dict[int, int] = {}
    # Moved in place, one merged row at a time (a recommendation has at most one
    # link to it, so no two updated rows collide); links to a recommendation
    # that has the kept row already are the duplicates, deleted after.
    move = sa.text(
        f"UPDATE {kind.link} SET {kind.column} = :keep WHERE {kind.column} = :other"
        f" AND NOT EXISTS (SELECT 1 FROM {kind.link} k"
        f" WHERE k.recommendation_id = {kind.link}.recommendation_id AND k.{kind.column} = :keep)"
    )
    unlink = sa.text(f"DELETE FROM {kind.link} WHERE {kind.column} IN :others").bindparams(
        sa.bindparam('others', expanding=True)
    )
    drop = sa.text(f"DELETE FROM {kind.table} WHERE id IN :others").bindparams(
        sa.bindparam('others', expanding=True)
    )
    for rows in groups.values():
        if len(rows) < 2:
            continue
        keep, *others = sorted(rows, key=_keeper_order)
        other_ids = [row.id for row in others]
        bind.execute(move, [{'keep': keep.id, 'other': other} for other in other_ids])
        bind.execute(unlink, {'others': other_ids})
        bind.execute(drop, {'others': other_ids})
        code = next((row.code for row in others if row.code), None)
        if kind.has_code and keep.code is None and code is not None:
            bind.execute(
                sa.text(f"UPDATE {kind.table} SET code = :code WHERE id = :id"),
                {'code': code, 'id': keep.id},
            )
        merged.update({row.id: keep.id for row in others})
    return merged


def update_saved_views(bind: sa.Connection, kind: Kind, merged: dict[int, int]) -> None:
    """Saved filters that name a merged row name the kept one."""
    if not merged:
        return
    for view_id, stored in list(bind.execute(sa.text("SELECT id, filter_json FROM saved_view"))):
        try:
            data = json.loads(stored or '{}')
            ids = data.get(kind.view_field) if isinstance(data, dict) else None
            if not isinstance(ids, list) or not any(i in merged for i in ids):
                continue
        except (ValueError, TypeError):
            continue  # a view that cannot be read stays as it is (it opens unfiltered)
        data[kind.view_field] = list(dict.fromkeys(merged.get(i, i) for i in ids))
        bind.execute(
            sa.text("UPDATE saved_view SET filter_json = :json WHERE id = :id"),
            {'json': json.dumps(data, ensure_ascii=False, sort_keys=True), 'id': view_id},
        )


def fill_keys(bind: sa.Connection, kind: Kind) -> None:
    rows = bind.execute(sa.text(f"SELECT id, name FROM {kind.table}")).all()
    if rows:
        bind.execute(
            sa.text(f"UPDATE {kind.table} SET name_key = :key WHERE id = :id"),
            [{'id': row.id, 'key': kind.key(row.name)} for row in rows],
        )


def upgrade() -> None:
    bind = op.get_bind()
    for kind in KINDS:
        # Added in place (no batch copy of the table: on SQLite that would drop
        # the old table, and with it, by ON DELETE CASCADE, its link rows).
        op.add_column(
            kind.table,
            sa.Column('name_key', sa.String(length=KEY_LENGTH), server_default='', nullable=False),
        )
        update_saved_views(bind, kind, merge_duplicates(bind, kind))
        fill_keys(bind, kind)
        op.create_index(f'ix_{kind.table}_name_key', kind.table, ['name_key'], unique=True)


def downgrade() -> None:
    for kind in KINDS:
        op.drop_index(f'ix_{kind.table}_name_key', table_name=kind.table)
        # SQLite (3.35+) drops a column in place, as in 0008's downgrade.
        op.drop_column(kind.table, 'name_key')
