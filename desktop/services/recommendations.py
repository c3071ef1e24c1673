"""Creating recommendations in bulk (demo data, benchmarks, importers): batched
executemany, links created with them, unknown names created on first use."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice, repeat
from operator import attrgetter, itemgetter
from typing import Any, Protocol

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import ValidationError
from desktop.domain.fresh_uuids import fresh_uuid_hexes
from desktop.domain.name_keys import vocabulary_key
from desktop.domain.vocab import ImplementationStatus, Position, Priority
from desktop.services.audit_guard import audit_inserts
from desktop.services.driver_insert import insert_tuples, memoised_converter
from desktop.services.name_lookups import NameLookup, VocabularyLookup, country_lookup
from desktop.services.recommendation_content import (
    CONTENT,
    CONVERTED,
    recommendation_content,
    recommendation_row,
)
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


@dataclass(slots=True)
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
    folded_text: str | None = None
    """``fold(text)`` where already computed (the reader process of an import)."""


class Linked(Protocol):
    """What a new recommendation links to, by name (NewRecommendation, or
    what an import makes of a file's record)."""

    @property
    def reference(self) -> str: ...
    @property
    def recommending_states(self) -> Sequence[str]: ...
    @property
    def themes(self) -> Sequence[str]: ...
    @property
    def sdg_targets(self) -> Sequence[str]: ...
    @property
    def affected_persons(self) -> Sequence[str]: ...
    @property
    def upr_info_issues(self) -> Sequence[str]: ...
    @property
    def sdg_goals(self) -> Sequence[int]: ...


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
        # The ids of the same names in the same order, by link table (link_rows).
        self._linked: dict[Table, dict[Sequence[Any], list[int]]] = {}

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

    def link_rows(
        self, ids: Sequence[int], batch: Sequence[Linked]
    ) -> dict[Table, list[tuple[int, int]]]:
        """(recommendation id, linked id) pairs of the batch, by link table,
        each linked record once a recommendation. Table by table: files
        repeat the same few combinations on many rows, each resolved once."""
        found: dict[Table, list[tuple[int, int]]] = {}
        for table, names_of, resolve in (
            (recommendation_recommending_state, _STATES, self._country),
            (recommendation_theme, _THEMES, self._theme),
            (recommendation_sdg_target, _TARGETS, self.target),
            (recommendation_sdg_goal, _GOALS, self.goal),
            (recommendation_affected_persons, _PERSONS, self._persons),
            (recommendation_upr_info_issue, _ISSUES, self._issue),
        ):
            named = list(map(names_of, batch))
            if not any(named):  # files leave whole kinds of link empty
                continue
            known = self._linked.setdefault(table, {})
            pairs: list[tuple[int, int]] = []
            for rec_id, names, item in zip(ids, named, batch, strict=True):
                if not names:
                    continue
                try:
                    linked = known[names]
                except KeyError:
                    linked = known[names] = _resolved(names, resolve, item.reference)
                except TypeError:  # names given as a list
                    linked = _resolved(names, resolve, item.reference)
                pairs.extend(zip(repeat(rec_id), linked))
            if pairs:
                found[table] = pairs
        return found

    def _country(self, name: str, where: str) -> int:
        return self.countries.get(name)

    def _theme(self, name: str, where: str) -> int:
        return self.themes.get(name)

    def _persons(self, name: str, where: str) -> int:
        return self.affected_persons.get(name)

    def _issue(self, name: str, where: str) -> int:
        return self.upr_info_issues.get(name)


def _resolved(names: Sequence[Any], resolve: Callable[[Any, str], int], where: str) -> list[int]:
    return list(dict.fromkeys(resolve(name, where) for name in names))


_STATES = attrgetter("recommending_states")
_THEMES = attrgetter("themes")
_TARGETS = attrgetter("sdg_targets")
_GOALS = attrgetter("sdg_goals")
_PERSONS = attrgetter("affected_persons")
_ISSUES = attrgetter("upr_info_issues")


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
    mechanisms = lookups.mechanisms
    contents = [
        recommendation_content(item, mechanisms, first_order + n) for n, item in enumerate(batch)
    ]
    return insert_contents(session, contents, batch, lookups)


def insert_contents(
    session: Session,
    contents: Sequence[tuple[Any, ...]],
    linked: Sequence[Linked],
    lookups: Lookups,
) -> list[int]:
    """Insert new recommendations given as their values in the order of
    CONTENT (see recommendation_content.content_values), each with what it links to, in the
    caller's transaction; returns the new ids in order."""
    table = Recommendation.__table__
    assert isinstance(table, Table)
    if not contents:
        return []
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        return _insert_on_sqlite(session, table, contents, linked, lookups)
    now = utcnow()
    rows = [recommendation_row(content, now) for content in contents]
    # RETURNING id with uuid, matched by uuid: asking SQLAlchemy to keep the
    # parameter order instead makes it insert row by row (3x slower).
    id_of = dict(
        (row_uuid, row_id)
        for row_id, row_uuid in session.execute(
            insert(table).returning(table.c.id, table.c.uuid), rows
        )
    )
    ids = [id_of[row["uuid"]] for row in rows]
    for link_table, link_values in lookups.link_rows(ids, linked).items():
        linked_column = LINKED_COLUMN[link_table]
        session.execute(
            insert(link_table),
            [{"recommendation_id": a, linked_column: b} for a, b in link_values],
        )
    return ids


def _insert_on_sqlite(
    session: Session,
    table: Table,
    contents: Sequence[tuple[Any, ...]],
    linked: Sequence[Linked],
    lookups: Lookups,
) -> list[int]:
    """The batch through the driver's executemany, ids given: in the write
    transaction SQLite would number the rows from the highest id on, as here.
    Rows are built as the driver stores them: the few values SQLAlchemy would
    convert (enums, flags, the time) converted once each combination."""
    session.flush()  # documents, targets and names the rows refer to
    connection = session.connection()
    first_id = int(
        connection.exec_driver_sql(
            "SELECT coalesce(max(id), 0) + 1 FROM recommendation"
        ).scalar_one()
    )
    ids = list(range(first_id, first_id + len(contents)))
    converters = [memoised_converter(connection, table, name) for name in CONVERTED]
    stamp = memoised_converter(connection, table, "created_at")(utcnow())
    uuids = fresh_uuid_hexes(len(ids))  # as SQLite stores them, and the audit rows name them
    # The converted values are few combinations (a response, a status ...):
    # each converted once, found again by the values it was made from.
    done: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    values = []
    for row_id, row_uuid, content in zip(ids, uuids, contents, strict=True):
        raw = _TO_CONVERT(content)
        converted = done.get(raw)
        if converted is None:
            converted = done[raw] = tuple(
                None if value is None else convert(value)
                for value, convert in zip(raw, converters, strict=True)
            )
        row = [row_id, row_uuid, stamp, stamp, 1, *content]
        for position, value in zip(_CONVERTED_AT, converted, strict=True):
            row[position] = value
        values.append(tuple(row))
    links = lookups.link_rows(ids, linked)
    audit_inserts(
        session,
        table,
        [
            {
                "id": row_id,
                "uuid": row_uuid,
                "reference": content[_REFERENCE],
                "source_id": content[_SOURCE],
            }
            for row_id, row_uuid, content in zip(ids, uuids, contents, strict=True)
        ],
    )
    insert_tuples(connection, table, _COLUMNS, values)
    for link_table, link_values in links.items():
        audit_inserts(session, link_table, link_values)
        columns = ("recommendation_id", LINKED_COLUMN[link_table])
        insert_tuples(connection, link_table, columns, link_values)
    return ids


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


_REFERENCE, _SOURCE = CONTENT.index("reference"), CONTENT.index("source_id")
assert len(CONVERTED) > 1  # (itemgetter of one position gives a value, not a tuple)
_TO_CONVERT = itemgetter(*(CONTENT.index(name) for name in CONVERTED))
"""The values of a content tuple that the driver is given converted."""
_COLUMNS = (
    "id",
    "uuid",
    "created_at",
    "updated_at",
    "version",
    *CONTENT,
)
_CONVERTED_AT = tuple(_COLUMNS.index(name) for name in CONVERTED)
