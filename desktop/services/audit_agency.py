"""The entries of an agency's assignments, for the agency's own history: when,
by whom and from where it was made lead or supporting agency on
recommendations, actions and clusters, had its role changed, or was taken off.

One bulk change writes an entry per assignment (10,000 and more), so the
entries are given back grouped: a *burst* is a run of the agency's assignment
entries by one login from one source, each written at most
:data:`BURST_GAP` after the one before (the entries of one write share a
time; a bulk change writes one batch after another, well under a second
apart). Within a burst, the entries that made the same change (assigned in
the same role, taken off from the same role, the same role change) to the
same kind of record are one :class:`AssignmentGroup`, however they were
interleaved (a bulk change changes roles and adds assignments batch by batch).
The trail records no transaction, so two changes of the same kind made by one
person from one place within seconds of each other read as one (the count
is their sum); a change by someone else, or from elsewhere, starts a new row.

An entry is the agency's when its changes name it (``"agency_id": [null, 5]``,
``[5, null]``), or when its assignment is the agency's now (entries written
before assignments carried their fields; role changes, which name no
agency), or was (a role change of an assignment removed since).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import String, and_, or_, select, type_coerce
from sqlalchemy.orm import Session

from desktop.services.audit import AuditRow
from desktop.services.audit_assignments import changes_naming
from desktop.store.audit import AuditEntry
from desktop.store.models import Assignment

BURST_GAP = timedelta(seconds=5)
"""Entries written at most this far apart (same login and source) are one change."""
SAMPLE = 3
"""How many of a group's records it names (the rest are counted)."""
TARGETS = ("recommendation_id", "action_id", "cluster_id")
"""The fields of an assignment that say what the agency is assigned to."""


@dataclass(frozen=True)
class AssignmentGroup(AuditRow):
    """Assignment entries of one agency that one change made, as one row of its
    history. ``id``, ``at``, ``login``, ``source`` and ``action`` are those of
    the first entry; ``changes`` and ``record_uuid`` are the entry's own when
    the group holds one entry (None otherwise).

    ``change`` is ``"assigned"`` (in role ``role``), ``"removed"`` (taken off
    from role ``role``), ``"role"`` (role ``was`` changed to ``role``) or
    ``"changed"`` (another field of the assignment, such as its focal point);
    ``target`` is the kind of record assigned (``"recommendation"``,
    ``"action"``, ``"cluster"``; ``""`` when no entry says); ``sample`` holds
    the ids of the first :data:`SAMPLE` of them."""

    change: str = "assigned"
    role: str | None = None
    was: str | None = None
    target: str = ""
    count: int = 1
    sample: tuple[int, ...] = ()


class _Entry(NamedTuple):
    """An assignment entry as read (its UUID as text: a key, not converted)."""

    id: int
    at: Any
    """As the driver gives it (SQLite: text); see :func:`_moment`."""
    login: str
    source: str
    action: str
    key: str | None
    label: str
    changes: dict[str, Any] | None


@dataclass
class _Fact:
    """What one entry did to one assignment of the agency."""

    row: _Entry
    change: str
    role: str | None
    was: str | None
    target: str
    target_id: int | None


@dataclass
class _Current:
    target: str
    target_id: int
    role: str


def agency_assignment_history(session: Session, agency_id: int) -> list[AssignmentGroup]:
    """The agency's assignment entries, grouped (see the module), oldest first."""
    current = _current_assignments(session, agency_id)
    rows = _entries(session, agency_id, current)
    facts = _facts(rows, agency_id, current)
    return _grouped(facts)


def _key(value: Any) -> str | None:
    """A UUID as the driver gives it (SQLite: 32 hex digits), as text."""
    if value is None:
        return None
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "")


def _current_assignments(session: Session, agency_id: int) -> dict[str, _Current]:
    found = {}
    query = select(
        type_coerce(Assignment.uuid, String),
        Assignment.recommendation_id,
        Assignment.action_id,
        Assignment.cluster_id,
        type_coerce(Assignment.role, String),
    ).where(Assignment.agency_id == agency_id)
    for found_uuid, rec_id, action_id, cluster_id, role in session.connection().execute(query):
        for key, value in zip(TARGETS, (rec_id, action_id, cluster_id), strict=True):
            if value is not None:
                found[str(_key(found_uuid))] = _Current(key.removesuffix("_id"), value, str(role))
    return found


def _entries(session: Session, agency_id: int, current: dict[str, _Current]) -> list[_Entry]:
    """Entries naming the agency (checked value by value: LIKE only narrows),
    those of its current assignments, and the other entries of assignments
    it had (a role change names no agency). Read as the driver gives them:
    the types' conversions cost more than the rest for 30,000 entries."""
    columns = (
        AuditEntry.id,
        type_coerce(AuditEntry.at, String),
        AuditEntry.login,
        AuditEntry.source,
        AuditEntry.action,
        type_coerce(AuditEntry.record_uuid, String),
        AuditEntry.label,
        AuditEntry.changes,
    )
    named = and_(AuditEntry.entity == "assignment", changes_naming("agency_id", agency_id))
    own = select(Assignment.uuid).where(Assignment.agency_id == agency_id)
    # Assignments the agency had: their entries that name no agency (a role change).
    had = select(AuditEntry.record_uuid).where(named)
    unnamed = or_(AuditEntry.changes.is_(None), ~AuditEntry.changes.like('%"agency_id"%'))
    query = select(*columns).where(
        AuditEntry.entity == "assignment",
        or_(named, AuditEntry.record_uuid.in_(own), and_(unnamed, AuditEntry.record_uuid.in_(had))),
    )
    found = session.connection().execute(query.order_by(AuditEntry.id)).all()
    rows = [_row(*values) for values in found]
    gone = {row.key for row in rows if row.key not in current and _names_agency(row, agency_id)}
    return [row for row in rows if row.key in current or row.key in gone]


def _row(
    entry_id: int,
    at: Any,
    login: str,
    source: str,
    action: str,
    record_uuid: Any,
    label: str,
    changes: str | None,
) -> _Entry:
    parsed = json.loads(changes) if changes else None
    return _Entry(entry_id, at, login, source, action, _key(record_uuid), label, parsed)


def _pair(row: _Entry, key: str) -> list[Any] | None:
    pair = (row.changes or {}).get(key)
    return pair if isinstance(pair, list) and len(pair) == 2 else None


def _names_agency(row: _Entry, agency_id: int) -> bool:
    pair = _pair(row, "agency_id")
    return pair is not None and agency_id in pair


def _facts(rows: list[_Entry], agency_id: int, current: dict[str, _Current]) -> list[_Fact]:
    """What each entry did. An entry written without fields (before entries
    carried them) takes its record from another entry of its assignment or
    from the assignment itself, and its role from the next entry that says
    what the role was before it (or the role the assignment has now)."""
    targets: dict[str | None, tuple[str, int]] = {
        key: (now.target, now.target_id) for key, now in current.items()
    }
    named: dict[int, tuple[str, int] | None] = {}
    for row in rows:
        named[row.id] = found = _target_of(row)
        if found is not None and row.key is not None:
            targets.setdefault(row.key, found)
    later_role: dict[str | None, str | None] = {key: now.role for key, now in current.items()}
    facts: list[_Fact] = []
    for row in reversed(rows):  # newest first: the role each entry left behind is known
        role_pair = _pair(row, "role")
        after = later_role.get(row.key)
        was, role = (role_pair[0], role_pair[1]) if role_pair is not None else (after, after)
        if role_pair is not None:
            later_role[row.key] = was
        change = _change_of(row, agency_id, role_pair)
        if change == "removed":
            role, was = was, None
        elif change != "role":
            was = None
        target = named[row.id] or targets.get(row.key)
        kind, target_id = target if target is not None else ("", None)
        facts.append(_Fact(row, change, role, was, kind, target_id))
    facts.reverse()
    return facts


def _change_of(row: _Entry, agency_id: int, role_pair: list[Any] | None) -> str:
    """``assigned``, ``removed``, ``role`` or ``changed`` (see AssignmentGroup);
    an assignment moved to or from another agency counts as assigned or removed."""
    agency = _pair(row, "agency_id")
    if row.action == "delete" or (row.action != "create" and agency and agency[0] == agency_id):
        return "removed"
    if row.action == "create" or (agency is not None and agency[1] == agency_id):
        return "assigned"
    return "role" if role_pair is not None else "changed"


def _target_of(row: _Entry) -> tuple[str, int] | None:
    for key in TARGETS:
        pair = _pair(row, key)
        if pair is None:
            continue
        value = pair[1] if pair[0] is None else pair[0]
        if isinstance(value, int) and not isinstance(value, bool):
            return key.removesuffix("_id"), value
    return None


def _grouped(facts: Iterable[_Fact]) -> list[AssignmentGroup]:
    groups: list[list[_Fact]] = []
    burst: dict[tuple[Any, ...], list[_Fact]] = {}
    previous: _Fact | None = None
    for fact in facts:
        if previous is None or not _same_burst(previous.row, fact.row):
            burst = {}
        key: tuple[Any, ...] = (fact.change, fact.role, fact.was, fact.target)
        if fact.change == "changed":
            key += (tuple(sorted(fact.row.changes or {})),)
        if key not in burst:
            burst[key] = []
            groups.append(burst[key])
        burst[key].append(fact)
        previous = fact
    return [_group_row(group) for group in groups]


def _same_burst(before: _Entry, after: _Entry) -> bool:
    return (
        before.login == after.login
        and before.source == after.source
        and (before.at == after.at or abs(_moment(after.at) - _moment(before.at)) <= BURST_GAP)
    )


def _moment(at: Any) -> datetime:
    """A time as read (text on SQLite) as an aware datetime."""
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    assert isinstance(moment, datetime)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _group_row(group: list[_Fact]) -> AssignmentGroup:
    first = group[0]
    row = first.row
    single = len(group) == 1
    sample = tuple(dict.fromkeys(f.target_id for f in group if f.target_id is not None))[:SAMPLE]
    return AssignmentGroup(
        row.id,
        _moment(row.at),
        row.login,
        row.source,
        row.action,
        "assignment",
        uuid.UUID(hex=row.key) if single and row.key else None,
        row.label,
        row.changes if single else None,
        change=first.change,
        role=first.role,
        was=first.was,
        target=first.target,
        count=len(group),
        sample=sample,
    )
