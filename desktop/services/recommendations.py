"""Creating recommendations in bulk (demo data, benchmarks, importers): batched
executemany, links created with them, unknown names created on first use."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import ValidationError
from desktop.domain.name_keys import vocabulary_key
from desktop.domain.natural_order import natural_key
from desktop.domain.text_search import search_document
from desktop.domain.vocab import ImplementationStatus, Position, Priority
from desktop.services.audit_guard import audit_inserts
from desktop.services.driver_insert import insert_rows, insert_tuples
from desktop.services.name_lookups import NameLookup, VocabularyLookup, country_lookup
from desktop.store.base import utcnow
from desktop.store.models import (
    AffectedPersons,
    Mechanism,
    Recommendation,
    SdgGoal,
    SdgTarget,
    Theme,
    UprInfoIssue,
    recommendation_affected_persons,
    recommendation_recommending_state,
    recommendation_sdg_goal,
    recommendation_sdg_target,
    recommendation_theme,
    recommendation_upr_info_issue,
)


@dataclass(frozen=True)
class NewRecommendation:
    mechanism_code: str
    reference: str
    text: str
    source_id: int | None = None
    paragraph: str | None = None
    text_language: str | None = None
    response: Position = Position.PENDING
    action_category: int | None = None
    status: ImplementationStatus = ImplementationStatus.NOT_ASSESSED
    priority: Priority | None = None
    priority_rationale: str | None = None
    needs_parliament: bool = False
    cluster_id: int | None = None
    notes: str | None = None
    annotation_id: str | None = None
    recommending_states: Sequence[str] = ()
    themes: Sequence[str] = ()
    sdg_targets: Sequence[str] = ()
    affected_persons: Sequence[str] = ()
    upr_info_issues: Sequence[str] = ()
    sdg_goals: Sequence[int] = ()
    """Goals named without a target."""
    official_digest: str | None = None


ProgressCallback = Callable[[int], None]


class Lookups:
    """Every lookup an insert of recommendations needs, for one session."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.mechanisms = {
            str(c): int(i) for c, i in session.execute(select(Mechanism.code, Mechanism.id))
        }
        self.countries = country_lookup(session)
        self.themes = VocabularyLookup(session, Theme)
        self.affected_persons = VocabularyLookup(session, AffectedPersons)
        self.upr_info_issues = NameLookup(
            session, UprInfoIssue, UprInfoIssue.name, key=vocabulary_key
        )
        self.targets = {
            str(c): int(i) for c, i in session.execute(select(SdgTarget.code, SdgTarget.id))
        }
        self.goals = {
            int(n): int(i) for n, i in session.execute(select(SdgGoal.number, SdgGoal.id))
        }
        self.created_targets: list[str] = []

    def target(self, code: str, where: str) -> int:
        """The id of SDG target ``code`` (``16.a``); a target the reference data
        lacks is created under its goal (files are never trimmed to what we know)."""
        if code not in self.targets:
            goal_number = code.split(".")[0]
            if not goal_number.isdigit() or int(goal_number) not in self.goals or len(code) > 8:
                raise ValidationError(f"unknown SDG target {code!r}", where=where)
            target = SdgTarget(
                goal_id=self.goals[int(goal_number)], code=code, title=code, sort_order=999
            )
            self.session.add(target)
            self.session.flush()
            self.targets[code] = target.id
            self.created_targets.append(code)
        return self.targets[code]

    def goal(self, number: int, where: str) -> int:
        if number not in self.goals:
            raise ValidationError(f"unknown SDG goal {number}", where=where)
        return self.goals[number]

    def linked_ids(self, item: NewRecommendation) -> dict[Table, list[int]]:
        """The ids one recommendation links to, by link table (each once)."""
        found: dict[Table, list[int]] = {}
        if item.recommending_states:
            found[recommendation_recommending_state] = list(
                dict.fromkeys(self.countries.get(n) for n in item.recommending_states)
            )
        if item.themes:
            found[recommendation_theme] = list(
                dict.fromkeys(self.themes.get(n) for n in item.themes)
            )
        if item.sdg_targets:
            found[recommendation_sdg_target] = list(
                dict.fromkeys(self.target(c, item.reference) for c in item.sdg_targets)
            )
        if item.sdg_goals:
            found[recommendation_sdg_goal] = list(
                dict.fromkeys(self.goal(n, item.reference) for n in item.sdg_goals)
            )
        if item.affected_persons:
            found[recommendation_affected_persons] = list(
                dict.fromkeys(self.affected_persons.get(n) for n in item.affected_persons)
            )
        if item.upr_info_issues:
            found[recommendation_upr_info_issue] = list(
                dict.fromkeys(self.upr_info_issues.get(n) for n in item.upr_info_issues)
            )
        return found


# The column a link table names the linked record by.
LINKED_COLUMN: dict[Table, str] = {
    recommendation_recommending_state: "country_id",
    recommendation_theme: "theme_id",
    recommendation_sdg_target: "sdg_target_id",
    recommendation_sdg_goal: "sdg_goal_id",
    recommendation_affected_persons: "affected_persons_id",
    recommendation_upr_info_issue: "upr_info_issue_id",
}


def insert_recommendations(
    session: Session, batch: Sequence[NewRecommendation], lookups: Lookups, first_order: int
) -> list[int]:
    """Insert one batch in the caller's transaction; returns the new ids in order."""
    table = Recommendation.__table__
    assert isinstance(table, Table)
    now = utcnow()
    rows = [_row(item, lookups.mechanisms, first_order + n, now) for n, item in enumerate(batch)]
    if not rows:
        return []
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        return _insert_on_sqlite(session, table, batch, rows, lookups)
    # RETURNING id with uuid, matched by uuid: asking SQLAlchemy to keep the
    # parameter order instead makes it insert row by row (3x slower).
    id_of = dict(
        (row_uuid, row_id)
        for row_id, row_uuid in session.execute(
            insert(table).returning(table.c.id, table.c.uuid), rows
        )
    )
    ids = [id_of[row["uuid"]] for row in rows]
    for link_table, link_values in _link_rows(ids, batch, lookups).items():
        linked = LINKED_COLUMN[link_table]
        session.execute(
            insert(link_table), [{"recommendation_id": a, linked: b} for a, b in link_values]
        )
    return ids


def _insert_on_sqlite(
    session: Session,
    table: Table,
    batch: Sequence[NewRecommendation],
    rows: list[dict[str, Any]],
    lookups: Lookups,
) -> list[int]:
    """The batch through the driver's executemany, ids given: in the write
    transaction SQLite would number the rows from the highest id on, as here."""
    session.flush()  # documents, targets and names the rows refer to
    connection = session.connection()
    first_id = int(
        connection.exec_driver_sql(
            "SELECT coalesce(max(id), 0) + 1 FROM recommendation"
        ).scalar_one()
    )
    ids = list(range(first_id, first_id + len(rows)))
    for row_id, row in zip(ids, rows, strict=True):
        row["id"] = row_id
    links = _link_rows(ids, batch, lookups)
    audit_inserts(session, table, rows)
    insert_rows(connection, table, _COLUMNS, rows)
    for link_table, link_values in links.items():
        audit_inserts(session, link_table, link_values)
        columns = ("recommendation_id", LINKED_COLUMN[link_table])
        insert_tuples(connection, link_table, columns, link_values)
    return ids


def _link_rows(
    ids: Sequence[int], batch: Sequence[NewRecommendation], lookups: Lookups
) -> dict[Table, list[tuple[int, int]]]:
    """(recommendation id, linked id) pairs of the batch, by link table."""
    found: dict[Table, list[tuple[int, int]]] = {}
    for rec_id, item in zip(ids, batch, strict=True):
        for link_table, linked in lookups.linked_ids(item).items():
            found.setdefault(link_table, []).extend((rec_id, i) for i in linked)
    return found


def bulk_create_recommendations(
    session_factory: sessionmaker[Session],
    items: Iterable[NewRecommendation],
    *,
    batch_size: int = 5000,
    progress: ProgressCallback | None = None,
) -> int:
    """Insert all ``items`` in one transaction; returns how many were created.
    Any invalid item rolls the whole batch back."""
    created = 0
    with session_factory.begin() as session:
        lookups = Lookups(session)
        iterator = iter(items)
        while batch := list(islice(iterator, batch_size)):
            insert_recommendations(session, batch, lookups, created)
            created += len(batch)
            if progress is not None:
                progress(created)
    return created


_COLUMNS = (
    "id",
    "uuid",
    "created_at",
    "updated_at",
    "version",
    "mechanism_id",
    "source_id",
    "reference",
    "paragraph",
    "annotation_id",
    "official_digest",
    "text",
    "text_language",
    "response",
    "action_category",
    "priority",
    "priority_rationale",
    "needs_parliament",
    "status",
    "cluster_id",
    "notes",
    "archived",
    "sort_key",
    "reference_key",
    "search_text",
)


def _row(
    item: NewRecommendation, mechanisms: dict[str, int], order: int, now: datetime
) -> dict[str, Any]:
    mechanism_id = mechanisms.get(item.mechanism_code)
    if mechanism_id is None:
        raise ValidationError(f"unknown mechanism {item.mechanism_code!r}", where=item.reference)
    if not item.text.strip():
        raise ValidationError("the recommendation text is empty", where=item.reference)
    if not item.reference.strip():
        raise ValidationError("the reference is empty", where=f"item {order + 1}")
    return {
        "uuid": uuid.uuid4(),
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "mechanism_id": mechanism_id,
        "source_id": item.source_id,
        "reference": item.reference,
        "paragraph": item.paragraph,
        "annotation_id": item.annotation_id,
        "official_digest": item.official_digest,
        "text": item.text,
        "text_language": item.text_language,
        "response": item.response,
        "action_category": item.action_category,
        "priority": item.priority,
        "priority_rationale": item.priority_rationale,
        "needs_parliament": item.needs_parliament,
        "status": item.status,
        "cluster_id": item.cluster_id,
        "notes": item.notes,
        "archived": False,
        "sort_key": order,
        "reference_key": natural_key(item.reference),
        "search_text": search_document(item.reference, item.text, item.notes),
    }
