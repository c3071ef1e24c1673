"""Reading the audit trail: a record's history, the activity of everyone
(filtered by who, what, when and where from), and the check of the SQLite
hash chain that shows an edited or removed row."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NotFoundError
from desktop.services.audit_log import AUDIT_TABLE, GENESIS, row_hash
from desktop.store.audit import AuditEntry
from desktop.store.models import Recommendation, SourceDocument

VERIFY_BATCH = 5000


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    login: str
    source: str
    action: str
    entity: str
    record_uuid: uuid.UUID | None
    label: str
    changes: dict[str, Any] | None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "user": self.login,
            "source": self.source,
            "action": self.action,
            "entity": self.entity,
            "record": str(self.record_uuid) if self.record_uuid else None,
            "label": self.label,
            "changes": self.changes,
        }


@dataclass(frozen=True)
class ActivityFilter:
    since: date | None = None
    until: date | None = None
    login: str | None = None
    action: str | None = None
    entity: str | None = None
    source: str | None = None
    """Entries whose source starts with this (``gui``, ``cli``, ``import``)."""
    record_uuid: uuid.UUID | None = None
    before_id: int | None = None
    """Only entries older than this one (the next page of a newest-first list)."""
    limit: int | None = 1000


@dataclass
class ChainCheck:
    checked: int = 0
    broken_at: int | None = None
    """The id of the first row whose hash does not follow (None: the chain holds)."""
    reason: str = ""
    unchained: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def _row(entry: AuditEntry) -> AuditRow:
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


def history(factory: sessionmaker[Session], record_uuid: uuid.UUID) -> list[AuditRow]:
    """Everything recorded about one record, oldest first."""
    return activity(
        factory, ActivityFilter(record_uuid=record_uuid, limit=None), newest_first=False
    )


def history_of(factory: sessionmaker[Session], entity: str, record_id: int) -> list[AuditRow]:
    """The history of the record ``record_id`` of table ``entity`` (a screen
    knows its records by id, the trail by UUID); empty when it has none."""
    from desktop.store.base import Base

    table = Base.metadata.tables[entity]
    with factory() as session:
        found = session.scalar(select(table.c.uuid).where(table.c.id == record_id))
    return [] if found is None else history(factory, found)


def activity(
    factory: sessionmaker[Session], filt: ActivityFilter, *, newest_first: bool = True
) -> list[AuditRow]:
    """Audit rows matching ``filt``, newest first (at most ``filt.limit``)."""
    query = _matching(select(AuditEntry), filt)
    query = query.order_by(AuditEntry.id.desc() if newest_first else AuditEntry.id)
    if filt.limit is not None:
        query = query.limit(filt.limit)
    with factory() as session:
        return [_row(e) for e in session.scalars(query)]


def count_activity(factory: sessionmaker[Session], filt: ActivityFilter) -> int:
    """How many audit rows match ``filt`` (its limit aside)."""
    with factory() as session:
        return int(session.scalar(_matching(select(func.count(AuditEntry.id)), filt)) or 0)


def _matching(query: Select[Any], filt: ActivityFilter) -> Select[Any]:
    if filt.since is not None:
        query = query.where(AuditEntry.at >= _start_of(filt.since))
    if filt.until is not None:
        query = query.where(AuditEntry.at < _start_of(filt.until, next_day=True))
    if filt.login:
        query = query.where(AuditEntry.login == filt.login)
    if filt.action:
        query = query.where(AuditEntry.action == filt.action)
    if filt.entity:
        query = query.where(AuditEntry.entity == filt.entity)
    if filt.source:
        query = query.where(AuditEntry.source.startswith(filt.source, autoescape=True))
    if filt.record_uuid is not None:
        query = query.where(AuditEntry.record_uuid == filt.record_uuid)
    if filt.before_id is not None:
        query = query.where(AuditEntry.id < filt.before_id)
    return query


def _start_of(day: date, *, next_day: bool = False) -> datetime:
    from datetime import UTC, timedelta

    start = datetime.combine(day, time(), tzinfo=UTC)
    return start + timedelta(days=1) if next_day else start


def find_record_uuid(factory: sessionmaker[Session], ref: str) -> uuid.UUID:
    """The UUID a ``--record`` names: a UUID, or a recommendation's reference
    (optionally followed by its document symbol, "140.12 A/HRC/59/15")."""
    try:
        return uuid.UUID(ref)
    except ValueError:
        pass
    reference, _, symbol = ref.strip().partition(" ")
    query = select(Recommendation.uuid).where(Recommendation.reference == reference)
    if symbol:
        query = query.join(SourceDocument, SourceDocument.id == Recommendation.source_id).where(
            SourceDocument.symbol == symbol.strip()
        )
    with factory() as session:
        found = list(session.scalars(query.limit(2)))
    if not found:
        raise NotFoundError(
            f"no recommendation is {ref!r} (give its reference or UUID)", where="--record"
        )
    if len(found) > 1:
        raise NotFoundError(
            f"{ref!r} names more than one recommendation: add its document symbol"
            ' ("140.12 A/HRC/59/15") or give its UUID',
            where="--record",
        )
    return found[0]


def verify_chain(factory: sessionmaker[Session]) -> ChainCheck:
    """Walk the hash chain from the first row; name the first broken link."""
    check = ChainCheck()
    previous = GENESIS
    last_id = 0
    table = AUDIT_TABLE
    with factory() as session:
        while True:
            rows = session.execute(
                select(table).where(table.c.id > last_id).order_by(table.c.id).limit(VERIFY_BATCH)
            ).all()
            if not rows:
                return check
            for row in rows:
                values = dict(row._mapping)
                last_id = values["id"]
                if values["hash"] is None:
                    check.unchained += 1
                    continue
                expected = row_hash(previous, values)
                check.checked += 1
                if expected != values["hash"]:
                    check.broken_at = last_id
                    check.reason = (
                        f"row {last_id} ({values['action']} {values['entity']} by"
                        f" {values['login']}) does not match its hash: it, or the row before"
                        " it, was changed or removed"
                    )
                    return check
                previous = values["hash"]
