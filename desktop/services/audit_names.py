"""Names for what audit entries point at: the records a change names by id
(``agency_id`` 3 is "Ministry of Justice"), the records whose entries carry
no name of their own (an agency assignment, a progress update), and the parts
of the labels the services write as sentences ("priority: 3 of 5
recommendations", "12 rows") so that a screen can put them in its language.

Names are read for a page of entries at once: one query for every id the page
mentions, one for the records it names only by UUID."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    case,
    cast,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.audit import ActivityFilter, AuditRow, activity, history_of
from desktop.services.audit_agency import AssignmentGroup, agency_assignment_history
from desktop.services.audit_assignments import ASSIGNED_BY, assignment_history
from desktop.services.audit_states import states_in, stored_state_names
from desktop.services.reference_names import un_language
from desktop.store.models import (
    Action,
    Agency,
    Assignment,
    Cluster,
    Consultation,
    Country,
    FocalPoint,
    ImplementationPlan,
    Indicator,
    Measurement,
    Mechanism,
    ProgressUpdate,
    Recommendation,
    SdgGoal,
    SdgTarget,
    SourceDocument,
    Theme,
)

REFERENCES: dict[str, str] = {
    "agency_id": "agency",
    "data_agency_id": "agency",
    "parent_id": "agency",
    "focal_point_id": "focal_point",
    "recommendation_id": "recommendation",
    "action_id": "action",
    "plan_id": "implementation_plan",
    "cluster_id": "cluster",
    "mechanism_id": "mechanism",
    "source_id": "source_document",
    "country_id": "country",
    "indicator_id": "indicator",
    "goal_id": "sdg_goal",
    "consultation_id": "consultation",
    "progress_update_id": "progress_update",
}
"""Fields that hold the id of another record, and that record's table."""
BULK_REFERENCES: dict[str, str] = {
    "assign_agency": "agency",
    "cluster": "cluster",
    "add_themes": "theme",
    "add_sdg_targets": "sdg_target",
}
"""Bulk changes whose value is the id (or ids) of a record."""
UNNAMED = frozenset({"progress_update", "assignment", "measurement"})
"""Kinds of record that have no name column: named from the records they belong to."""
PARAMETERS = 5000
"""At most this many ids in one query (SQLite allows 32,766 parameters)."""

_BULK_LABEL = re.compile(r"^(?P<code>[a-z_]+): (?P<count>\d+) of (?P<total>\d+) \w+$")
_ROWS_LABEL = re.compile(r"^(?P<count>\d+) rows$")
_FILE_COUNT_LABEL = re.compile(r"^(?P<name>.+): (?P<count>\d+) (?:entries|rows)$")


@dataclass(frozen=True)
class Subject:
    """What an entry's label says, in parts a screen puts in words.

    ``kind`` is ``"record"`` (``text`` names the record), ``"rows"`` (``count``
    rows without names of their own), ``"bulk"`` (a bulk change ``code``
    made to ``count`` of ``total`` selected), ``"file"`` (a file ``text`` of
    ``count`` entries or rows, an export) or ``"unnamed"`` (a record known by
    no name; ``text`` is what it belongs to, when it still exists)."""

    kind: str
    text: str = ""
    count: int | None = None
    total: int | None = None
    code: str = ""


@dataclass
class RecordNames:
    """Names of records, by table and id, and by UUID; States named by text
    (the names they had when an entry was written) in the language read for."""

    by_id: dict[tuple[str, int], str] = field(default_factory=dict)
    by_uuid: dict[uuid.UUID, str] = field(default_factory=dict)
    states: dict[str, str] = field(default_factory=dict)

    def state(self, name: str) -> str:
        """The State an entry names ``name``, in the language read for."""
        return self.states.get(name, name)

    def update(self, other: RecordNames) -> None:
        """Add the names ``other`` holds (another page of the same trail)."""
        self.by_id.update(other.by_id)
        self.by_uuid.update(other.by_uuid)
        self.states.update(other.states)

    def of(self, table: str, record_id: Any) -> str | None:
        if isinstance(record_id, bool) or not isinstance(record_id, int):
            return None
        return self.by_id.get((table, record_id))


@dataclass(frozen=True)
class NamedEntries:
    """Audit rows and the names of the records they mention."""

    rows: list[AuditRow]
    names: RecordNames


def reference_table(row: AuditRow, key: str) -> str | None:
    """The table whose ids field ``key`` of ``row`` holds (None: not ids)."""
    if row.action == "bulk" and key == "value":
        return BULK_REFERENCES.get(_bulk_code(row))
    if key == "parent_id" and row.entity != "agency":
        return None
    return REFERENCES.get(key)


def subject_of(row: AuditRow, names: RecordNames | None = None) -> Subject:
    """The label of ``row`` in parts (see :class:`Subject`)."""
    label = row.label
    if row.action == "bulk" and (found := _BULK_LABEL.match(label)):
        return Subject(
            "bulk", count=int(found["count"]), total=int(found["total"]), code=found["code"]
        )
    if row.record_uuid is None and (found := _ROWS_LABEL.match(label)):
        return Subject("rows", count=int(found["count"]))
    if row.action == "export" and (found := _FILE_COUNT_LABEL.match(label)):
        return Subject("file", text=found["name"], count=int(found["count"]))
    if not label or label == row.entity or re.fullmatch(rf"{re.escape(row.entity)} \d+", label):
        known = names.by_uuid.get(row.record_uuid) if names and row.record_uuid else None
        return Subject("unnamed", text=known or "")
    if row.entity == "country" and names is not None:
        return Subject("record", text=names.state(label))
    return Subject("record", text=label)


def _bulk_code(row: AuditRow) -> str:
    found = _BULK_LABEL.match(row.label)
    return found["code"] if found else ""


def _ids_in(value: Any) -> Iterable[int]:
    values = value if isinstance(value, list) else [value]
    return (v for v in values if isinstance(v, int) and not isinstance(v, bool))


def wanted_ids(rows: Sequence[AuditRow]) -> dict[str, set[int]]:
    """The ids of other records that ``rows`` mention, by table."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for row in rows:
        if isinstance(row, AssignmentGroup) and row.target:  # the records it names
            wanted[row.target].update(row.sample)
        for key, pair in (row.changes or {}).items():
            table = reference_table(row, key)
            if table is None:
                continue
            for value in pair if isinstance(pair, list) and len(pair) == 2 else [pair]:
                wanted[table].update(_ids_in(value))
    return wanted


def _recommendation_label() -> ColumnElement[str]:
    """ "140.12 A/HRC/59/15"; the reference alone when it holds the symbol
    ("CAT/C/ALD/CO/3 para. 26")."""
    reference, symbol = Recommendation.reference, SourceDocument.symbol
    return case(
        (symbol.is_(None), reference),
        (reference.contains(symbol), reference),
        else_=reference + literal(" ") + symbol,
    )


def _kind(table: str) -> ColumnElement[str]:
    """The table's name as a column (typed, as PostgreSQL wants in a UNION)."""
    return cast(literal(table), String).label("kind")


def _id_queries(wanted: dict[str, set[int]]) -> list[Select[str, int, str]]:
    """One SELECT (table, id, name) for each table with ids wanted."""
    names: dict[str, tuple[Any, Any]] = {
        "agency": (Agency.id, Agency.name),
        "focal_point": (FocalPoint.id, FocalPoint.name),
        "action": (Action.id, Action.title),
        "implementation_plan": (ImplementationPlan.id, ImplementationPlan.title),
        "cluster": (Cluster.id, Cluster.name),
        "mechanism": (Mechanism.id, Mechanism.code),
        "source_document": (SourceDocument.id, SourceDocument.symbol),
        "country": (Country.id, Country.name),
        "indicator": (Indicator.id, Indicator.name),
        "sdg_goal": (SdgGoal.id, cast(SdgGoal.number, String) + literal(" ") + SdgGoal.title),
        "sdg_target": (SdgTarget.id, SdgTarget.code),
        "theme": (Theme.id, Theme.name),
        "consultation": (Consultation.id, Consultation.title),
        "progress_update": (ProgressUpdate.id, func.substr(ProgressUpdate.narrative, 1, 80)),
    }
    queries = []
    for table, ids in sorted(wanted.items()):
        if not ids:
            continue
        if table == "recommendation":
            query = select(_kind(table), Recommendation.id, _recommendation_label()).outerjoin(
                SourceDocument, SourceDocument.id == Recommendation.source_id
            )
            queries.append(query.where(Recommendation.id.in_(sorted(ids))))
            continue
        if table not in names:
            continue
        key, name = names[table]
        queries.append(select(_kind(table), key, name).where(key.in_(sorted(ids))))
    return queries


def _uuid_queries(wanted: dict[str, set[uuid.UUID]]) -> list[Select[uuid.UUID, str]]:
    """One SELECT (uuid, name) for each kind of unnamed record wanted: what
    it belongs to (an assignment: its agency and the work it is assigned to)."""
    queries = []
    for kind, uuids in sorted(wanted.items()):
        ordered = sorted(uuids)
        if kind == "progress_update":
            work = func.coalesce(Action.title, _recommendation_label(), "")
            query = (
                select(ProgressUpdate.uuid, work)
                .outerjoin(Action, Action.id == ProgressUpdate.action_id)
                .outerjoin(Recommendation, Recommendation.id == ProgressUpdate.recommendation_id)
                .outerjoin(SourceDocument, SourceDocument.id == Recommendation.source_id)
                .where(ProgressUpdate.uuid.in_(ordered))
            )
        elif kind == "assignment":
            work = func.coalesce(Action.title, _recommendation_label(), Cluster.name, "")
            query = (
                select(Assignment.uuid, Agency.name + literal(" · ") + work)
                .join(Agency, Agency.id == Assignment.agency_id)
                .outerjoin(Action, Action.id == Assignment.action_id)
                .outerjoin(Recommendation, Recommendation.id == Assignment.recommendation_id)
                .outerjoin(SourceDocument, SourceDocument.id == Recommendation.source_id)
                .outerjoin(Cluster, Cluster.id == Assignment.cluster_id)
                .where(Assignment.uuid.in_(ordered))
            )
        elif kind == "measurement":
            query = (
                select(Measurement.uuid, Indicator.name)
                .join(Indicator, Indicator.id == Measurement.indicator_id)
                .where(Measurement.uuid.in_(ordered))
            )
        else:
            continue
        queries.append(query)
    return queries


def name_records(session: Session, rows: Sequence[AuditRow], language: str = "en") -> RecordNames:
    """The names of the records ``rows`` mention by id, and of those they name
    only by UUID, States in ``language``; records deleted since are left out."""
    names = RecordNames()
    wanted = wanted_ids(rows)
    flat = [(table, i) for table, ids in wanted.items() for i in ids]
    for start in range(0, len(flat), PARAMETERS):
        chunk: dict[str, set[int]] = defaultdict(set)
        for table, record_id in flat[start : start + PARAMETERS]:
            chunk[table].add(record_id)
        queries = _id_queries(chunk)
        if queries:
            for kind, record_id, name in session.execute(union_all(*queries)):
                names.by_id[(kind, record_id)] = name or ""
    unnamed = sorted(
        {
            (row.entity, row.record_uuid)
            for row in rows
            if row.entity in UNNAMED
            and row.record_uuid is not None
            and subject_of(row).kind == "unnamed"
        }
    )
    for start in range(0, len(unnamed), PARAMETERS):
        by_kind: dict[str, set[uuid.UUID]] = defaultdict(set)
        for kind, record_uuid in unnamed[start : start + PARAMETERS]:
            by_kind[kind].add(record_uuid)
        by_uuid = _uuid_queries(by_kind)
        if by_uuid:
            for found_uuid, name in session.execute(union_all(*by_uuid)):
                if name:
                    names.by_uuid[found_uuid] = name
    if un_language(language) != "en":
        countries = [i for table, i in names.by_id if table == "country"]
        stored = stored_state_names(rows)
        if countries or stored:
            by_id, names.states = states_in(session, countries, stored, language)
            names.by_id.update({("country", i): name for i, name in by_id.items()})
    return names


def named_activity(
    factory: sessionmaker[Session], filt: ActivityFilter, language: str = "en"
) -> NamedEntries:
    """A page of the activity (:func:`audit.activity`) and the names of what
    it mentions (States in ``language``)."""
    rows = activity(factory, filt)
    with factory() as session:
        return NamedEntries(rows, name_records(session, rows, language))


def named_history(
    factory: sessionmaker[Session], entity: str, record_id: int, language: str = "en"
) -> NamedEntries:
    """A record's history (:func:`audit.history_of`) with that of the agency
    assignments it has or had (a recommendation's lead agency is an
    assignment; an agency's come grouped, a row per change that made them),
    oldest first, and the names of what they mention (States in ``language``)."""
    rows = history_of(factory, entity, record_id)
    with factory() as session:
        if rows and entity in ASSIGNED_BY:
            known = {row.id for row in rows}
            extra = [r for r in assignment_history(session, entity, record_id) if r.id not in known]
            rows = sorted([*rows, *extra], key=lambda row: row.id)
        elif entity == "agency":  # its assignments, a row for each change that made them
            groups: list[AuditRow] = list(agency_assignment_history(session, record_id))
            rows = sorted([*rows, *groups], key=lambda row: row.id)
        return NamedEntries(rows, name_records(session, rows, language))
