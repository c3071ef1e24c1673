"""The rows an export writes: recommendations read 2,000 at a time with
their links (one query per link table), and the directory sheets (clusters,
agencies, focal points); cells neutralised so that no formula becomes live."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NmrfError
from desktop.domain.vocab import AgencyRole
from desktop.services.importing.fields import EXPORT_HEADERS, Field
from desktop.store import models as m

CHUNK = 2_000
"""Recommendations read per round of queries."""
EXTRA_HEADERS = ("Lead agencies", "Supporting agencies", "Archived", "Record id", "Last changed")
"""Read-only columns after the Field columns (no importer field reads them)."""
RECOMMENDATION_HEADERS: tuple[str, ...] = (*EXPORT_HEADERS.values(), *EXTRA_HEADERS)
assert len(set(RECOMMENDATION_HEADERS)) == len(RECOMMENDATION_HEADERS)
SHEETS = ("Recommendations", "Assignments", "Clusters", "Agencies", "Focal points")
HEADERS: tuple[tuple[str, ...], ...] = (
    RECOMMENDATION_HEADERS,
    ("Reference", "Document symbol", "Agency", "Role", "Focal point", "Record id"),
    ("Name", "Priority", "Priority rationale", "Description", "Recommendations",
     "In this export", "Record id"),
    ("Name", "Abbreviation", "Kind", "Parent agency", "Focal points", "Notes", "Archived",
     "Record id"),
    ("Agency", "Name", "Title", "Email", "Phone", "Primary"),
)  # fmt: skip
"""The header row of each sheet of SHEETS."""
MAX_XLSX_CHARS = 32_767
"""Excel's limit per cell; longer text is cut (openpyxl does the same)."""

# What spreadsheets evaluate at the start of a cell (OWASP "CSV injection").
# A reader drops an apostrophe that comes before one of these or another apostrophe.
_DANGEROUS = frozenset("=+-@\t\r\0|")
_ESCAPED = _DANGEROUS | {"'"}
# What XML 1.0 cannot hold (nor UTF-8 encode: lone surrogates); replaced by U+FFFD.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

Value = str | int | None
ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class ExportError(NmrfError):
    """The export file cannot be written; ``where`` names it."""


class ExportCancelled(NmrfError):
    """The user cancelled; no file was written or changed."""


def neutralise_cell(value: str) -> str:
    """``value`` with a leading apostrophe when it starts with = + - @ | tab, CR
    or NUL, which a spreadsheet could take for a formula, or with an apostrophe
    followed by one of those or another apostrophe (so that a reader dropping an
    apostrophe before one of these gets back the value, whatever it was)."""
    if value[:1] in _DANGEROUS or (value[:1] == "'" and value[1:2] in _ESCAPED):
        return "'" + value
    return value


def cell_text(value: str) -> str:
    return neutralise_cell(_NOT_XML.sub("\ufffd", value))


# --- Reading -----------------------------------------------------------------

# Multi-value fields: the link table, its column, and (id, label) in display order.
_LINKS: dict[Field, tuple[Any, str, Any]] = {
    Field.RECOMMENDING_STATES: (m.recommendation_recommending_state, "country_id",
                                select(m.Country.id, m.Country.name).order_by(m.Country.name)),
    Field.THEMES: (m.recommendation_theme, "theme_id",
                   select(m.Theme.id, m.Theme.name).order_by(m.Theme.name)),
    Field.AFFECTED_PERSONS: (m.recommendation_affected_persons, "affected_persons_id",
                             select(m.AffectedPersons.id, m.AffectedPersons.name)
                             .order_by(m.AffectedPersons.name)),
    Field.SDG_TARGETS: (m.recommendation_sdg_target, "sdg_target_id",
                        select(m.SdgTarget.id, m.SdgTarget.code)
                        .join(m.SdgGoal, m.SdgGoal.id == m.SdgTarget.goal_id)
                        .order_by(m.SdgGoal.number, m.SdgTarget.sort_order, m.SdgTarget.code)),
    Field.SDG_GOALS: (m.recommendation_sdg_goal, "sdg_goal_id",
                      select(m.SdgGoal.id, m.SdgGoal.number).order_by(m.SdgGoal.number)),
    Field.UPR_INFO_ISSUES: (m.recommendation_upr_info_issue, "upr_info_issue_id",
                            select(m.UprInfoIssue.id, m.UprInfoIssue.name)
                            .order_by(m.UprInfoIssue.name)),
}  # fmt: skip
_r, _s = m.Recommendation, m.SourceDocument
_MAIN = (
    _r.id, _r.reference, m.Mechanism.code, _s.symbol, _s.document_date, _s.cycle, _s.session,
    m.Country.name, _r.paragraph, _r.text, _r.text_language, _r.response, _s.response_symbol,
    _r.action_category, _r.annotation_id, _r.status, _r.priority, _r.priority_rationale,
    _r.needs_parliament, _r.cluster_id, m.Cluster.name, _r.notes, _r.archived, _r.uuid,
    _r.updated_at,
)  # fmt: skip


@dataclass(frozen=True)
class ExportJob:
    session_factory: sessionmaker[Session]
    order: list[int]
    progress: ProgressFn | None
    cancelled: CancelledFn | None

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled("export cancelled; no file was written")


@dataclass
class Chunk:
    rows: list[list[Value]] = field(default_factory=list)
    assignments: list[list[Value]] = field(default_factory=list)
    clusters: Counter[int] = field(default_factory=Counter)


def read_chunks(job: ExportJob) -> Iterator[Chunk]:
    total = len(job.order)
    if job.progress is not None:
        job.progress(0, total)
    with job.session_factory() as session:
        # The small named tables once: links then need no join.
        names = {
            kind: {
                key: (rank, str(label)) for rank, (key, label) in enumerate(session.execute(query))
            }
            for kind, (_, _, query) in _LINKS.items()
        }
        for start in range(0, total, CHUNK):
            job.check()
            yield _read_chunk(session, job.order[start : start + CHUNK], names)
            if job.progress is not None:
                job.progress(min(start + CHUNK, total), total)
    job.check()


def _read_chunk(
    session: Session, ids: list[int], names: dict[Field, dict[int, tuple[int, str]]]
) -> Chunk:
    main = {
        row[0]: row
        for row in session.execute(
            select(*_MAIN)
            .join(m.Mechanism, m.Mechanism.id == _r.mechanism_id)
            .outerjoin(_s, _s.id == _r.source_id)
            .outerjoin(m.Country, m.Country.id == _s.country_id)
            .outerjoin(m.Cluster, m.Cluster.id == _r.cluster_id)
            .where(_r.id.in_(ids))
        )
    }
    links: dict[Field, dict[int, list[tuple[int, str]]]] = {}
    for kind, (link, column, _) in _LINKS.items():
        found, named = links.setdefault(kind, defaultdict(list)), names[kind]
        query = select(link.c.recommendation_id, link.c[column])
        for rec_id, key in session.execute(query.where(link.c.recommendation_id.in_(ids))).all():
            if key in named:
                found[rec_id].append(named[key])
    assigned: dict[int | None, list[list[Value]]] = defaultdict(list)
    for rec_id, role, agency, person in session.execute(
        select(m.Assignment.recommendation_id, m.Assignment.role, m.Agency.name, m.FocalPoint.name)
        .join(m.Agency, m.Agency.id == m.Assignment.agency_id)
        .outerjoin(m.FocalPoint, m.FocalPoint.id == m.Assignment.focal_point_id)
        .where(m.Assignment.recommendation_id.in_(ids))
        .order_by(m.Assignment.role, m.Agency.name)
    ):
        assigned[rec_id].append([agency, role.value, person])

    chunk = Chunk()
    for rec_id in ids:
        if rec_id not in main:  # deleted since the ids were read, or never there
            continue
        (_, reference, mechanism, symbol, doc_date, cycle, sitting, country, paragraph, text,
         language, response, response_symbol, category, annotation, status, priority,
         rationale, parliament, cluster_id, cluster, notes, archived, uuid, changed,
         ) = main[rec_id]  # fmt: skip
        # fmt: off
        values: dict[Field, Value] = {
            Field.REFERENCE: reference, Field.MECHANISM: mechanism, Field.SOURCE_SYMBOL: symbol,
            Field.SOURCE_DATE: doc_date.isoformat() if doc_date else None,
            Field.CYCLE: cycle, Field.SESSION: sitting, Field.COUNTRY: country,
            Field.PARAGRAPH: paragraph, Field.TEXT: text, Field.TEXT_LANGUAGE: language,
            Field.RESPONSE: response.value, Field.RESPONSE_SYMBOL: response_symbol,
            Field.ACTION_CATEGORY: category, Field.ANNOTATION_ID: annotation,
            Field.STATUS: status.value, Field.PRIORITY: priority.value if priority else None,
            Field.PRIORITY_RATIONALE: rationale, Field.NEEDS_PARLIAMENT: yes_no(parliament),
            Field.CLUSTER: cluster, Field.NOTES: notes,
        }
        # fmt: on
        for kind, by_rec in links.items():
            labels = by_rec.get(rec_id)
            values[kind] = "\n".join(label for _, label in sorted(labels)) if labels else None
        record_id, agencies = str(uuid), assigned.get(rec_id, [])
        leads = [str(agency) for agency, role, _ in agencies if role == AgencyRole.LEAD]
        supports = [str(agency) for agency, role, _ in agencies if role != AgencyRole.LEAD]
        chunk.rows.append(
            [values[f] for f in EXPORT_HEADERS]
            + [lines_cell(leads), lines_cell(supports), yes_no(archived), record_id,
               changed.isoformat(timespec="seconds")]
        )  # fmt: skip
        chunk.assignments += [
            [reference, symbol, *assignment, record_id] for assignment in agencies
        ]
        if cluster_id is not None:
            chunk.clusters[cluster_id] += 1
    return chunk


def directory_rows(session: Session, in_export: Counter[int]) -> list[list[list[Value]]]:
    """The rows of the Clusters, Agencies and Focal points sheets."""
    live = dict(
        session.execute(
            select(m.Recommendation.cluster_id, func.count())
            .where(m.Recommendation.archived.is_(False))
            .group_by(m.Recommendation.cluster_id)
        ).all()
    )
    agency_names = dict(session.execute(select(m.Agency.id, m.Agency.name)).all())
    people = session.scalars(
        select(m.FocalPoint).order_by(m.FocalPoint.primary.desc(), m.FocalPoint.id)
    ).all()
    people_of: dict[int, list[str]] = defaultdict(list)
    for person in people:
        people_of[person.agency_id].append(person.name)
    # fmt: off
    return [
        [[c.name, str(c.priority) if c.priority else None, c.priority_rationale, c.description,
          live.get(c.id, 0), in_export.get(c.id, 0), str(c.uuid)]
         for c in session.scalars(select(m.Cluster).order_by(m.Cluster.name))],
        [[a.name, a.acronym, str(a.kind), agency_names.get(a.parent_id) if a.parent_id else None,
          lines_cell(people_of[a.id]), a.notes, yes_no(a.archived), str(a.uuid)]
         for a in session.scalars(select(m.Agency).order_by(m.Agency.name))],
        sorted(([agency_names[p.agency_id], p.name, p.title, p.email, p.phone,
                 yes_no(p.primary)] for p in people), key=lambda row: str(row[0])),
    ]
    # fmt: on


def lines_cell(values: Iterable[str]) -> str | None:
    """A multi-value cell: one value per line."""
    return "\n".join(values) or None


def yes_no(value: bool | None) -> str:
    return "yes" if value else "no"
