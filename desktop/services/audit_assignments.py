"""The entries of a record's agency assignments, for its history: a
recommendation's lead agency is an assignment, a record of its own with its
own entries (and a bulk change may have made or removed it)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from desktop.services.audit import AuditRow
from desktop.store.audit import AuditEntry
from desktop.store.models import Assignment

ASSIGNED_BY = {"recommendation": "recommendation_id", "action": "action_id"}
"""Records whose history includes their agency assignments, and the field of
an assignment that points at them. (An agency's own history leaves out the
thousands of recommendations a bulk change may assign it to.)"""


def changes_naming(key: str, record_id: int) -> ColumnElement[bool]:
    """Entries whose changed field ``key`` had or got ``record_id``, narrowed
    in SQL (a LIKE may also match another number: check the parsed value)."""
    return or_(
        AuditEntry.changes.like(f'%"{key}": [{record_id},%'),
        AuditEntry.changes.like(f'%"{key}": [%, {record_id}]%'),
    )


def assignment_history(session: Session, entity: str, record_id: int) -> list[AuditRow]:
    """Entries about the agency assignments of record ``record_id`` of
    ``entity``: those of its assignments (by UUID), and those of assignments
    removed since whose entry names the record among its changed fields."""
    key = ASSIGNED_BY[entity]
    current = set(
        session.scalars(select(Assignment.uuid).where(getattr(Assignment, key) == record_id))
    )
    named = changes_naming(key, record_id)
    query = select(AuditEntry).where(
        or_(
            AuditEntry.record_uuid.in_(sorted(current)),
            and_(AuditEntry.entity == "assignment", named),
        )
    )
    found: dict[int, AuditRow] = {}
    gone: set[Any] = set()
    for entry in session.scalars(query.order_by(AuditEntry.id)):
        row = _as_row(entry)
        pair = (row.changes or {}).get(key)  # the LIKE above only narrows: check the value
        if row.record_uuid in current:
            found[row.id] = row
        elif isinstance(pair, list) and record_id in pair:
            found[row.id] = row
            gone.add(row.record_uuid)
    # An assignment removed since: its other entries (those that name no field,
    # as a bulk change recorded before it wrote the assignment's fields) are
    # found by its UUID.
    gone.discard(None)
    if gone:
        for entry in session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "assignment", AuditEntry.record_uuid.in_(sorted(gone))
            )
        ):
            found.setdefault(entry.id, _as_row(entry))
    return [found[i] for i in sorted(found)]


def _as_row(entry: AuditEntry) -> AuditRow:
    return AuditRow(
        entry.id,
        entry.at,
        entry.login,
        entry.source,
        entry.action,
        entry.entity,
        entry.record_uuid,
        entry.label,
        json.loads(entry.changes) if entry.changes else None,
    )
