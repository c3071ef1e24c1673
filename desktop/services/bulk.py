"""Bulk actions on a selection of recommendations (any size, or every one
matching a filter): one transaction each, progress with cancel, and an undo
record that puts every touched value back."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NmrfError, ValidationError
from desktop.domain.vocab import AgencyRole, ImplementationStatus, Priority
from desktop.services.audit_log import plain, record_event
from desktop.services.register import RegisterFilter, register_ids
from desktop.services.transactions import retry_conflicts
from desktop.store.base import utcnow
from desktop.store.models import (
    Agency,
    Assignment,
    Cluster,
    Recommendation,
    SdgTarget,
    Theme,
    recommendation_sdg_target,
    recommendation_theme,
)

CHUNK = 2000
ProgressFn = Callable[[int, int], None]  # done, total
CancelledFn = Callable[[], bool]


class BulkCancelled(NmrfError):
    """The user cancelled; the database is as it was."""


class BulkKind(StrEnum):
    PRIORITY = "priority"
    STATUS = "status"
    CLUSTER = "cluster"
    ARCHIVE = "archive"
    ASSIGN_AGENCY = "assign_agency"
    ADD_THEMES = "add_themes"
    ADD_SDG_TARGETS = "add_sdg_targets"


@dataclass(frozen=True)
class BulkAction:
    kind: BulkKind
    value: Any = None
    """priority / status / cluster id (None clears) / agency id / theme or target ids."""
    role: AgencyRole = AgencyRole.LEAD


@dataclass
class UndoRecord:
    """What a bulk action changed, to put it back."""

    action: BulkAction
    column: str | None = None
    old_values: list[tuple[int, Any]] = field(default_factory=list)
    added_assignments: list[int] = field(default_factory=list)
    changed_roles: list[tuple[int, str]] = field(default_factory=list)
    added_links: list[tuple[int, int]] = field(default_factory=list)
    touched: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class BulkResult:
    selected: int
    changed: int
    undo: UndoRecord


_COLUMN = {
    BulkKind.PRIORITY: "priority",
    BulkKind.STATUS: "status",
    BulkKind.CLUSTER: "cluster_id",
    BulkKind.ARCHIVE: "archived",
}


def resolve_targets(
    session_factory: sessionmaker[Session], ids: Sequence[int] | RegisterFilter
) -> list[int]:
    if isinstance(ids, RegisterFilter):
        return register_ids(session_factory, ids)
    return list(dict.fromkeys(ids))


def apply_bulk(
    session_factory: sessionmaker[Session],
    targets: Sequence[int] | RegisterFilter,
    action: BulkAction,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> BulkResult:
    ids = resolve_targets(session_factory, targets)
    # Rows are changed in id order, so two bulk changes over the same rows lock
    # them in the same order (PostgreSQL deadlocks otherwise); a conflict that
    # happens all the same runs the change again.
    ordered = sorted(ids)

    def change() -> BulkResult:
        undo = UndoRecord(action=action)
        changed = 0
        with session_factory.begin() as session:
            _check_value(session, action)
            for start in range(0, len(ordered), CHUNK):
                if cancelled is not None and cancelled():
                    raise BulkCancelled("cancelled; nothing was changed")
                chunk = ordered[start : start + CHUNK]
                changed += _apply_chunk(session, chunk, action, undo)
                if progress is not None:
                    progress(min(start + CHUNK, len(ordered)), len(ordered))
            bump_versions(session, undo.touched)
            record_event(
                session,
                "bulk",
                "recommendation",
                label=f"{action.kind.value}: {changed} of {len(ids)} recommendations",
                changes={"value": plain(action.value), "role": action.role.value},
            )
        return BulkResult(selected=len(ids), changed=changed, undo=undo)

    return retry_conflicts(change)


def _check_value(session: Session, action: BulkAction) -> None:
    kind, value = action.kind, action.value
    if kind == BulkKind.PRIORITY and value is not None:
        Priority(value)
    elif kind == BulkKind.STATUS:
        ImplementationStatus(value)
    elif kind == BulkKind.CLUSTER and value is not None and session.get(Cluster, value) is None:
        raise ValidationError(
            "this cluster no longer exists", where="cluster", code="field.choice_gone"
        )
    elif kind == BulkKind.ASSIGN_AGENCY and session.get(Agency, value) is None:
        raise ValidationError(
            "this agency no longer exists", where="agency", code="field.choice_gone"
        )
    elif kind in (BulkKind.ADD_THEMES, BulkKind.ADD_SDG_TARGETS):
        model = Theme if kind == BulkKind.ADD_THEMES else SdgTarget
        found = set(session.scalars(select(model.id).where(model.id.in_(value))))
        if not value or found != set(value):
            raise ValidationError(
                "some of the chosen values no longer exist",
                where=kind.value,
                code="field.choice_gone",
            )


def _apply_chunk(session: Session, ids: list[int], action: BulkAction, undo: UndoRecord) -> int:
    kind = action.kind
    if kind in _COLUMN:
        column = _COLUMN[kind]
        undo.column = column
        value = True if kind == BulkKind.ARCHIVE else action.value
        rows = session.execute(
            select(Recommendation.id, getattr(Recommendation, column)).where(
                Recommendation.id.in_(ids)
            )
        ).all()
        differing = [(i, old) for i, old in rows if old != value]
        if differing:
            session.execute(
                update(Recommendation)
                .where(Recommendation.id.in_([i for i, _ in differing]))
                .values({column: value})
                .execution_options(synchronize_session=False)
            )
        undo.old_values += differing
        undo.touched += [i for i, _ in differing]
        return len(differing)
    if kind == BulkKind.ASSIGN_AGENCY:
        return _assign(session, ids, int(action.value), action.role, undo)
    table = recommendation_theme if kind == BulkKind.ADD_THEMES else recommendation_sdg_target
    return _add_links(session, ids, table, list(action.value), undo)


def _assign(
    session: Session, ids: list[int], agency_id: int, role: AgencyRole, undo: UndoRecord
) -> int:
    existing: dict[int, AgencyRole] = {
        int(rec_id): role
        for rec_id, role in session.execute(
            select(Assignment.recommendation_id, Assignment.role).where(
                Assignment.agency_id == agency_id, Assignment.recommendation_id.in_(ids)
            )
        )
        if rec_id is not None
    }
    to_change = [i for i, old in existing.items() if old != role]
    if to_change:
        undo.changed_roles += [(i, str(existing[i])) for i in to_change]
        session.execute(
            update(Assignment)
            .where(Assignment.agency_id == agency_id, Assignment.recommendation_id.in_(to_change))
            .values(role=role, version=Assignment.version + 1, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
    new = [i for i in ids if i not in existing]
    if new:
        now = utcnow()
        table = Assignment.__table__
        assert isinstance(table, Table)
        rows = [
            {
                "uuid": uuid.uuid4(),
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "agency_id": agency_id,
                "role": role,
                "recommendation_id": i,
            }
            for i in new
        ]
        undo.added_assignments += list(session.scalars(insert(table).returning(table.c.id), rows))
    touched = [*to_change, *new]
    undo.touched += touched
    return len(touched)


def _add_links(
    session: Session, ids: list[int], table: Table, values: list[int], undo: UndoRecord
) -> int:
    other = next(c.name for c in table.columns if c.name != "recommendation_id")
    present = {
        (int(rec_id), int(value))
        for rec_id, value in session.execute(
            select(table.c.recommendation_id, table.c[other]).where(
                table.c.recommendation_id.in_(ids), table.c[other].in_(values)
            )
        )
    }
    new = [(i, v) for i in ids for v in values if (i, v) not in present]
    if new:
        session.execute(insert(table), [{"recommendation_id": i, other: v} for i, v in new])
    undo.added_links += new
    touched = sorted({i for i, _ in new})
    undo.touched += touched
    return len(touched)


def bump_versions(session: Session, ids: list[int]) -> None:
    """Recommendations changed in bulk (or whose links changed) get a new version,
    so an editor open on one sees the change instead of saving the old values back."""
    for start in range(0, len(ids), CHUNK):
        session.execute(
            update(Recommendation)
            .where(Recommendation.id.in_(ids[start : start + CHUNK]))
            .values(version=Recommendation.version + 1, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )


def undo_bulk(session_factory: sessionmaker[Session], undo: UndoRecord) -> int:
    """Put back what ``undo`` records; returns how many recommendations it touched."""
    return retry_conflicts(lambda: _undo(session_factory, undo))


K = TypeVar("K")
V = TypeVar("V")


def _grouped(pairs: list[tuple[K, V]]) -> dict[V, list[K]]:
    """``(key, value)`` pairs as the keys of each value, in order."""
    found: dict[V, list[K]] = {}
    for key, value in pairs:
        found.setdefault(value, []).append(key)
    return found


def _undo(session_factory: sessionmaker[Session], undo: UndoRecord) -> int:
    with session_factory.begin() as session:
        if undo.column is not None and undo.old_values:
            table = Recommendation.__table__
            assert isinstance(table, Table)
            session.execute(
                update(table)
                .where(table.c.id == bindparam("rid"))
                .values({undo.column: bindparam("old")}),
                [{"rid": i, "old": _raw(old)} for i, old in undo.old_values],
            )
        if undo.added_assignments:
            for start in range(0, len(undo.added_assignments), CHUNK):
                session.execute(
                    delete(Assignment).where(
                        Assignment.id.in_(undo.added_assignments[start : start + CHUNK])
                    )
                )
        if undo.changed_roles:
            agency_id = int(undo.action.value)
            # One statement a role and a chunk, not one a recommendation.
            for role, rec_ids in _grouped(undo.changed_roles).items():
                for start in range(0, len(rec_ids), CHUNK):
                    session.execute(
                        update(Assignment)
                        .where(
                            Assignment.agency_id == agency_id,
                            Assignment.recommendation_id.in_(rec_ids[start : start + CHUNK]),
                        )
                        .values(role=AgencyRole(role))
                        .execution_options(synchronize_session=False)
                    )
        if undo.added_links:
            kind = undo.action.kind
            table = (
                recommendation_theme if kind == BulkKind.ADD_THEMES else recommendation_sdg_target
            )
            other = next(c.name for c in table.columns if c.name != "recommendation_id")
            for value, rec_ids in _grouped(undo.added_links).items():
                for start in range(0, len(rec_ids), CHUNK):
                    session.execute(
                        delete(table).where(
                            table.c[other] == value,
                            table.c.recommendation_id.in_(rec_ids[start : start + CHUNK]),
                        )
                    )
        bump_versions(session, undo.touched)
    return len(undo.touched)


def _raw(value: Any) -> Any:
    return value.value if isinstance(value, StrEnum) else value
