"""Exporting recommendations: the register's selection, its filter or everything,
to XLSX (one sheet per entity) or CSV (the recommendations only).

The Recommendations sheet carries every :class:`Field` under its
``EXPORT_HEADERS`` header, so the mapped-spreadsheet importer reads an export
back to the same data. No cell is ever a live formula: text that a
spreadsheet would evaluate gets a leading apostrophe (:func:`neutralise_cell`),
which a reader drops again. Rows are streamed in chunks into a temporary file
beside the destination, which replaces the destination only once complete."""

from __future__ import annotations

import csv
import os
import re
import secrets
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.cell.cell import ERROR_CODES  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NmrfError
from desktop.domain.vocab import AgencyRole
from desktop.services.importing.fields import EXPORT_HEADERS, Field
from desktop.services.register import RegisterFilter, Sort, register_ids
from desktop.store.models import (
    AffectedPersons,
    Agency,
    Assignment,
    Cluster,
    Country,
    FocalPoint,
    Mechanism,
    Recommendation,
    SdgTarget,
    SourceDocument,
    Theme,
    UprInfoIssue,
    recommendation_affected_persons,
    recommendation_recommending_state,
    recommendation_sdg_target,
    recommendation_theme,
    recommendation_upr_info_issue,
)

CHUNK = 2_000
"""Recommendations read per round of queries."""

EXTRA_HEADERS: tuple[str, ...] = (
    "Lead agencies",
    "Supporting agencies",
    "Archived",
    "Record id",
    "Last changed",
)
"""Read-only columns after the Field columns (no importer field reads them)."""
RECOMMENDATION_HEADERS: tuple[str, ...] = (*EXPORT_HEADERS.values(), *EXTRA_HEADERS)
assert not set(EXTRA_HEADERS) & set(EXPORT_HEADERS.values())

SHEET_RECOMMENDATIONS = "Recommendations"
SHEET_ASSIGNMENTS = "Assignments"
SHEET_CLUSTERS = "Clusters"
SHEET_AGENCIES = "Agencies"
SHEET_FOCAL_POINTS = "Focal points"

# What spreadsheets evaluate at the start of a cell (OWASP "CSV injection"), and
# the apostrophe itself, so that a reader dropping one leading "'" is exact.
_DANGEROUS = frozenset("=+-@\t\r\0|")
_ESCAPED = _DANGEROUS | {"'"}
# What XML 1.0 cannot hold (nor UTF-8 encode: lone surrogates).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_REPLACEMENT = "\ufffd"

Value = str | int | None
ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    recommendations: int
    sheets: tuple[str, ...]


class ExportError(NmrfError):
    """The export file cannot be written; ``where`` names it."""


class ExportCancelled(NmrfError):
    """The user cancelled; no file was written or changed."""


def neutralise_cell(value: str) -> str:
    """``value`` with a leading apostrophe when a spreadsheet could take it for
    a formula (it starts, or starts after blanks, with = + - @ | tab, CR or NUL)
    or when it starts with an apostrophe. Dropping one leading "'" undoes it."""
    if not value:
        return value
    head = value.lstrip()
    if value[0] in _DANGEROUS or (head and head[0] in _ESCAPED):
        return "'" + value
    return value


def _cell_text(value: str) -> str:
    return neutralise_cell(_NOT_XML.sub(_REPLACEMENT, value))


def export_recommendations(
    session_factory: sessionmaker[Session],
    dest: Path,
    *,
    filt: RegisterFilter | None = None,
    ids: Sequence[int] | None = None,
    fmt: ExportFormat | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ExportResult:
    """Export the recommendations ``ids`` (in that order), or those matching
    ``filt`` (in the register's default order), or, with neither, every one,
    live then archived. ``fmt`` None: from the file name's suffix."""
    if filt is not None and ids is not None:
        raise ValueError("export either a filter or ids, not both")
    dest = Path(dest)
    fmt = fmt or _format_of(dest)
    order = _export_order(session_factory, filt, ids)
    if not dest.parent.is_dir():
        raise ExportError(f"the folder {dest.parent} does not exist", where=dest.name)
    temporary = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.part")
    write = _write_xlsx if fmt is ExportFormat.XLSX else _write_csv
    try:
        count, sheets = write(session_factory, order, temporary, progress, cancelled)
        os.replace(temporary, dest)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        raise ExportError(f"the file cannot be written ({reason})", where=str(dest)) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return ExportResult(dest, count, sheets)


def _format_of(dest: Path) -> ExportFormat:
    suffix = dest.suffix.lower().lstrip(".")
    try:
        return ExportFormat(suffix)
    except ValueError:
        raise ExportError("the file name must end in .xlsx or .csv", where=dest.name) from None


def _export_order(
    session_factory: sessionmaker[Session], filt: RegisterFilter | None, ids: Sequence[int] | None
) -> list[int]:
    if ids is not None:
        return list(dict.fromkeys(ids))
    if filt is not None:
        return register_ids(session_factory, filt, Sort())
    live = register_ids(session_factory, RegisterFilter(archived=False), Sort())
    return live + register_ids(session_factory, RegisterFilter(archived=True), Sort())


# --- Reading -----------------------------------------------------------------


@dataclass
class _Chunk:
    rows: list[list[Value]]
    assignments: list[list[Value]]
    """Reference, document symbol, agency, role, focal point, recommendation record id."""
    clusters: Counter[int]


def _chunks(
    session_factory: sessionmaker[Session],
    order: list[int],
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> Iterator[_Chunk]:
    total = len(order)
    if progress is not None:
        progress(0, total)
    with session_factory() as session:
        for start in range(0, total, CHUNK):
            if cancelled is not None and cancelled():
                raise ExportCancelled("export cancelled; no file was written")
            yield _read_chunk(session, order[start : start + CHUNK])
            if progress is not None:
                progress(min(start + CHUNK, total), total)
    if cancelled is not None and cancelled():
        raise ExportCancelled("export cancelled; no file was written")


def _read_chunk(session: Session, ids: list[int]) -> _Chunk:
    main = {
        row.id: row
        for row in session.execute(
            select(
                Recommendation.id,
                Recommendation.reference,
                Mechanism.code.label("mechanism"),
                SourceDocument.symbol,
                SourceDocument.document_date,
                SourceDocument.cycle,
                SourceDocument.session,
                Country.name.label("country"),
                Recommendation.paragraph,
                Recommendation.text,
                Recommendation.text_language,
                Recommendation.response,
                SourceDocument.response_symbol,
                Recommendation.action_category,
                Recommendation.annotation_id,
                Recommendation.status,
                Recommendation.priority,
                Recommendation.priority_rationale,
                Recommendation.needs_parliament,
                Recommendation.cluster_id,
                Cluster.name.label("cluster"),
                Recommendation.notes,
                Recommendation.archived,
                Recommendation.uuid,
                Recommendation.updated_at,
            )
            .join(Mechanism, Mechanism.id == Recommendation.mechanism_id)
            .outerjoin(SourceDocument, SourceDocument.id == Recommendation.source_id)
            .outerjoin(Country, Country.id == SourceDocument.country_id)
            .outerjoin(Cluster, Cluster.id == Recommendation.cluster_id)
            .where(Recommendation.id.in_(ids))
        )
    }
    links = {
        Field.RECOMMENDING_STATES: _names(
            session, recommendation_recommending_state, "country_id", Country.id, Country.name, ids
        ),
        Field.THEMES: _names(session, recommendation_theme, "theme_id", Theme.id, Theme.name, ids),
        Field.AFFECTED_PERSONS: _names(
            session,
            recommendation_affected_persons,
            "affected_persons_id",
            AffectedPersons.id,
            AffectedPersons.name,
            ids,
        ),
        Field.SDG_TARGETS: _names(
            session, recommendation_sdg_target, "sdg_target_id", SdgTarget.id, SdgTarget.code, ids
        ),
        Field.UPR_INFO_ISSUES: _names(
            session,
            recommendation_upr_info_issue,
            "upr_info_issue_id",
            UprInfoIssue.id,
            UprInfoIssue.name,
            ids,
        ),
    }
    agencies: dict[tuple[int | None, AgencyRole], list[str]] = defaultdict(list)
    assigned: dict[int | None, list[tuple[str, str, str | None]]] = defaultdict(list)
    for rec_id, role, agency, focal_point in session.execute(
        select(Assignment.recommendation_id, Assignment.role, Agency.name, FocalPoint.name)
        .join(Agency, Agency.id == Assignment.agency_id)
        .outerjoin(FocalPoint, FocalPoint.id == Assignment.focal_point_id)
        .where(Assignment.recommendation_id.in_(ids))
        .order_by(Assignment.role, Agency.name)
    ):
        agencies[rec_id, role].append(agency)
        assigned[rec_id].append((agency, str(role), focal_point))

    chunk = _Chunk([], [], Counter())
    for rec_id in ids:
        row = main.get(rec_id)
        if row is None:  # deleted since the ids were read, or never there
            continue
        values: dict[Field, Value] = {
            Field.REFERENCE: row.reference,
            Field.MECHANISM: row.mechanism,
            Field.SOURCE_SYMBOL: row.symbol,
            Field.SOURCE_DATE: row.document_date.isoformat() if row.document_date else None,
            Field.CYCLE: row.cycle,
            Field.SESSION: row.session,
            Field.COUNTRY: row.country,
            Field.PARAGRAPH: row.paragraph,
            Field.TEXT: row.text,
            Field.TEXT_LANGUAGE: row.text_language,
            Field.RESPONSE: str(row.response),
            Field.RESPONSE_SYMBOL: row.response_symbol,
            Field.ACTION_CATEGORY: row.action_category,
            Field.ANNOTATION_ID: row.annotation_id,
            Field.SDG_GOALS: None,  # no goal-only link is stored (targets imply their goals)
            Field.STATUS: str(row.status),
            Field.PRIORITY: str(row.priority) if row.priority else None,
            Field.PRIORITY_RATIONALE: row.priority_rationale,
            Field.NEEDS_PARLIAMENT: _yes_no(row.needs_parliament),
            Field.CLUSTER: row.cluster,
            Field.NOTES: row.notes,
        }
        for field, names in links.items():
            values[field] = _lines(names.get(rec_id))
        chunk.rows.append(
            [values[field] for field in EXPORT_HEADERS]
            + [
                _lines(agencies.get((rec_id, AgencyRole.LEAD))),
                _lines(agencies.get((rec_id, AgencyRole.SUPPORTING))),
                _yes_no(row.archived),
                str(row.uuid),
                row.updated_at.isoformat(timespec="seconds") if row.updated_at else None,
            ]
        )
        for agency_name, role_code, person in assigned.get(rec_id, ()):
            chunk.assignments.append(
                [row.reference, row.symbol, agency_name, role_code, person, str(row.uuid)]
            )
        if row.cluster_id is not None:
            chunk.clusters[row.cluster_id] += 1
    return chunk


def _names(
    session: Session, link: Any, column: str, key: Any, label: Any, ids: Sequence[int]
) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for rec_id, name in session.execute(
        select(link.c.recommendation_id, label)
        .join(link, link.c[column] == key)
        .where(link.c.recommendation_id.in_(ids))
        .order_by(label)
    ):
        found[rec_id].append(str(name))
    return found


def _lines(values: list[str] | None) -> str | None:
    return "\n".join(values) if values else None


def _yes_no(value: bool | None) -> str:
    return "yes" if value else "no"


# --- CSV ---------------------------------------------------------------------


def _write_csv(
    session_factory: sessionmaker[Session],
    order: list[int],
    path: Path,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> tuple[int, tuple[str, ...]]:
    count = 0
    # utf-8-sig: the BOM makes Excel read UTF-8 (not the ANSI codepage).
    with path.open("x", encoding="utf-8-sig", newline="") as text:
        writer = csv.writer(text, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(RECOMMENDATION_HEADERS)
        for chunk in _chunks(session_factory, order, progress, cancelled):
            writer.writerows([_csv_text(v) for v in row] for row in chunk.rows)
            count += len(chunk.rows)
    return count, ()


def _csv_text(value: Value) -> str:
    if value is None:
        return ""
    return _cell_text(value) if isinstance(value, str) else str(value)


# --- XLSX --------------------------------------------------------------------

# Column widths in characters (at least the header's width).
_WIDTHS: dict[str, int] = {
    "Reference": 14, "Document symbol": 20, "State under review": 18, "Text": 80,
    "Recommending States": 24, "Themes": 36, "Affected persons": 24, "UPR Info issues": 24,
    "Priority rationale": 30, "Cluster": 28, "Notes": 40, "Lead agencies": 28,
    "Supporting agencies": 28, "Record id": 38, "Last changed": 26, "Name": 36,
    "Description": 50, "Agency": 36, "Focal points": 30, "Title": 30, "Email": 30,
    "Parent agency": 30, "Recommendation record id": 38,
}  # fmt: skip
_ASSIGNMENT_HEADERS = (
    "Reference", "Document symbol", "Agency", "Role", "Focal point", "Recommendation record id"
)  # fmt: skip
_CLUSTER_HEADERS = (
    "Name", "Priority", "Priority rationale", "Description", "Recommendations",
    "In this export", "Record id",
)  # fmt: skip
_AGENCY_HEADERS = (
    "Name", "Abbreviation", "Kind", "Parent agency", "Focal points", "Notes", "Archived",
    "Record id",
)  # fmt: skip
_FOCAL_POINT_HEADERS = ("Agency", "Name", "Title", "Email", "Phone", "Primary")


def _write_xlsx(
    session_factory: sessionmaker[Session],
    order: list[int],
    path: Path,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> tuple[int, tuple[str, ...]]:
    workbook = Workbook(write_only=True)
    try:
        recs = _sheet(workbook, SHEET_RECOMMENDATIONS, RECOMMENDATION_HEADERS)
        assignments = _sheet(workbook, SHEET_ASSIGNMENTS, _ASSIGNMENT_HEADERS)
        count, links, in_export = 0, 0, Counter[int]()
        for chunk in _chunks(session_factory, order, progress, cancelled):
            for row in chunk.rows:
                recs.append([_xlsx_value(recs, v) for v in row])
            for row in chunk.assignments:
                assignments.append([_xlsx_value(assignments, v) for v in row])
            count += len(chunk.rows)
            links += len(chunk.assignments)
            in_export.update(chunk.clusters)
        _auto_filter(recs, len(RECOMMENDATION_HEADERS), count)
        _auto_filter(assignments, len(_ASSIGNMENT_HEADERS), links)
        with session_factory() as session:
            for title, headers, rows in (
                (SHEET_CLUSTERS, _CLUSTER_HEADERS, _cluster_rows(session, in_export)),
                (SHEET_AGENCIES, _AGENCY_HEADERS, _agency_rows(session)),
                (SHEET_FOCAL_POINTS, _FOCAL_POINT_HEADERS, _focal_point_rows(session)),
            ):
                sheet = _sheet(workbook, title, headers)
                for row in rows:
                    sheet.append([_xlsx_value(sheet, v) for v in row])
                _auto_filter(sheet, len(headers), len(rows))
        with path.open("xb") as fh:
            workbook.save(fh)
    except BaseException:
        _discard(workbook)
        raise
    return count, tuple(ws.title for ws in workbook.worksheets)


def _sheet(workbook: Any, title: str, headers: Sequence[str]) -> Any:
    """A write-only sheet with its widths, a frozen bold header row, written."""
    sheet = workbook.create_sheet(title)
    for index, header in enumerate(headers, start=1):
        width = max(_WIDTHS.get(header, 12), len(header) + 3)
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
    return sheet


def _xlsx_value(sheet: Any, value: Value) -> Any:
    if not isinstance(value, str):
        return value
    text = _cell_text(value)
    if text[:1] == "#" and text in ERROR_CODES:
        # "#N/A" as typed is text, not an error value.
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        return cell
    return text


def _auto_filter(sheet: Any, columns: int, rows: int) -> None:
    sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{rows + 1}"


def _discard(workbook: Any) -> None:
    """Remove the temporary files of write-only sheets left unsaved (openpyxl
    would only remove them when the program exits)."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None or getattr(sheet, "closed", True):
            continue
        try:
            rows = getattr(sheet, "_rows", None)
            if rows is not None:
                rows.close()
            writer.close()
            writer.cleanup()
        except Exception:  # best effort: a file left behind goes at exit
            pass


def _cluster_rows(session: Session, in_export: Counter[int]) -> list[list[Value]]:
    live: dict[int | None, int] = dict(
        session.execute(
            select(Recommendation.cluster_id, func.count())
            .where(Recommendation.archived.is_(False), Recommendation.cluster_id.is_not(None))
            .group_by(Recommendation.cluster_id)
        )
        .tuples()
        .all()
    )
    return [
        [
            cluster.name,
            str(cluster.priority) if cluster.priority else None,
            cluster.priority_rationale,
            cluster.description,
            live.get(cluster.id, 0),
            in_export.get(cluster.id, 0),
            str(cluster.uuid),
        ]
        for cluster in session.scalars(select(Cluster).order_by(Cluster.name))
    ]


def _agency_rows(session: Session) -> list[list[Value]]:
    names = dict(session.execute(select(Agency.id, Agency.name)).tuples().all())
    people: dict[int, list[str]] = defaultdict(list)
    for agency_id, name in session.execute(
        select(FocalPoint.agency_id, FocalPoint.name).order_by(
            FocalPoint.primary.desc(), FocalPoint.id
        )
    ):
        people[agency_id].append(name)
    return [
        [
            agency.name,
            agency.acronym,
            str(agency.kind),
            names.get(agency.parent_id) if agency.parent_id is not None else None,
            _lines(people.get(agency.id)),
            agency.notes,
            _yes_no(agency.archived),
            str(agency.uuid),
        ]
        for agency in session.scalars(select(Agency).order_by(Agency.name))
    ]


def _focal_point_rows(session: Session) -> list[list[Value]]:
    return [
        [agency, person.name, person.title, person.email, person.phone, _yes_no(person.primary)]
        for person, agency in session.execute(
            select(FocalPoint, Agency.name)
            .join(Agency, Agency.id == FocalPoint.agency_id)
            .order_by(Agency.name, FocalPoint.primary.desc(), FocalPoint.id)
        ).tuples()
    ]
