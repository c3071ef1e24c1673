"""Exporting recommendations: the register's selection, its filter or everything,
to XLSX (one sheet per entity) or CSV (the recommendations only).

The Recommendations sheet carries every :class:`Field` under its
``EXPORT_HEADERS`` header, so the mapped-spreadsheet importer reads an export
back to the same data. No cell is ever a live formula: text a spreadsheet
would evaluate gets a leading apostrophe (:func:`neutralise_cell`), which a
reader drops again. Everything goes to a temporary file beside the
destination, which replaces the destination only once complete.

Speed (250,000 recommendations): rows are read 2,000 at a time, their links by
one query per link table; openpyxl builds the workbook around the two long
sheets (styles, frozen header, widths), whose rows are written as XML straight
into the zip, since openpyxl's own cell writing alone would take about a minute."""

from __future__ import annotations

import csv
import io
import os
import re
import secrets
import shutil
import tempfile
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NmrfError
from desktop.domain.vocab import AgencyRole
from desktop.services.importing.fields import EXPORT_HEADERS, Field
from desktop.services.register import RegisterFilter, Sort, register_ids
from desktop.store import models as m

CHUNK = 2_000
"""Recommendations read per round of queries."""
EXTRA_HEADERS = ("Lead agencies", "Supporting agencies", "Archived", "Record id", "Last changed")
"""Read-only columns after the Field columns (no importer field reads them)."""
RECOMMENDATION_HEADERS: tuple[str, ...] = (*EXPORT_HEADERS.values(), *EXTRA_HEADERS)
assert len(set(RECOMMENDATION_HEADERS)) == len(RECOMMENDATION_HEADERS)
ASSIGNMENT_HEADERS = ("Reference", "Document symbol", "Agency", "Role", "Focal point", "Record id")
CLUSTER_HEADERS = ("Name", "Priority", "Priority rationale", "Description", "Recommendations",
                   "In this export", "Record id")  # fmt: skip
AGENCY_HEADERS = ("Name", "Abbreviation", "Kind", "Parent agency", "Focal points", "Notes",
                  "Archived", "Record id")  # fmt: skip
FOCAL_POINT_HEADERS = ("Agency", "Name", "Title", "Email", "Phone", "Primary")
SHEETS = ("Recommendations", "Assignments", "Clusters", "Agencies", "Focal points")

# What spreadsheets evaluate at the start of a cell (OWASP "CSV injection"), and
# the apostrophe itself, so that a reader dropping one leading "'" is exact.
_DANGEROUS = frozenset("=+-@\t\r\0|")
_ESCAPED = _DANGEROUS | {"'"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""What XML 1.0 cannot hold (nor UTF-8 encode: lone surrogates); replaced by U+FFFD."""
MAX_XLSX_CHARS = 32_767
"""Excel's limit per cell; longer text is cut (openpyxl does the same)."""

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
    """The XLSX sheets in order; empty for CSV."""


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
    return neutralise_cell(_NOT_XML.sub("\ufffd", value))


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
    ``filt`` (in the register's default order), or, with neither, all of them:
    the register, then the archive. ``fmt`` None: from the file name's suffix.

    Raises ExportError (nothing written, an existing file untouched) or
    ExportCancelled when ``cancelled()`` turns true."""
    if filt is not None and ids is not None:
        raise ValueError("export either a filter or ids, not both")
    dest = Path(dest)
    fmt = fmt or _format_of(dest)
    if not dest.parent.is_dir():
        raise ExportError(f"the folder {dest.parent} does not exist", where=dest.name)
    order = _export_order(session_factory, filt, ids)
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
    try:
        return ExportFormat(dest.suffix.lower().lstrip("."))
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

# Multi-value fields: the link table and its column naming the other side.
_LINKS: dict[Field, tuple[Any, str]] = {
    Field.RECOMMENDING_STATES: (m.recommendation_recommending_state, "country_id"),
    Field.THEMES: (m.recommendation_theme, "theme_id"),
    Field.AFFECTED_PERSONS: (m.recommendation_affected_persons, "affected_persons_id"),
    Field.SDG_TARGETS: (m.recommendation_sdg_target, "sdg_target_id"),
    Field.UPR_INFO_ISSUES: (m.recommendation_upr_info_issue, "upr_info_issue_id"),
}


def _labels(session: Session) -> dict[Field, dict[int, tuple[int, str]]]:
    """The small named tables, read once: id -> (display rank, label)."""
    queries = {
        Field.RECOMMENDING_STATES: select(m.Country.id, m.Country.name).order_by(m.Country.name),
        Field.THEMES: select(m.Theme.id, m.Theme.name).order_by(m.Theme.name),
        Field.AFFECTED_PERSONS: select(m.AffectedPersons.id, m.AffectedPersons.name).order_by(
            m.AffectedPersons.name
        ),
        Field.SDG_TARGETS: select(m.SdgTarget.id, m.SdgTarget.code)
        .join(m.SdgGoal, m.SdgGoal.id == m.SdgTarget.goal_id)
        .order_by(m.SdgGoal.number, m.SdgTarget.sort_order, m.SdgTarget.code),
        Field.UPR_INFO_ISSUES: select(m.UprInfoIssue.id, m.UprInfoIssue.name).order_by(
            m.UprInfoIssue.name
        ),
    }
    return {
        kind: {key: (rank, label) for rank, (key, label) in enumerate(session.execute(query))}
        for kind, query in queries.items()
    }


@dataclass
class _Chunk:
    rows: list[list[Value]] = field(default_factory=list)
    assignments: list[list[Value]] = field(default_factory=list)
    clusters: Counter[int] = field(default_factory=Counter)


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
        names = _labels(session)  # links then need no join
        for start in range(0, total, CHUNK):
            if cancelled is not None and cancelled():
                raise ExportCancelled("export cancelled; no file was written")
            yield _read_chunk(session, order[start : start + CHUNK], names)
            if progress is not None:
                progress(min(start + CHUNK, total), total)
    if cancelled is not None and cancelled():
        raise ExportCancelled("export cancelled; no file was written")


def _read_chunk(
    session: Session, ids: list[int], names: dict[Field, dict[int, tuple[int, str]]]
) -> _Chunk:
    r, s = m.Recommendation, m.SourceDocument
    main = {
        row.id: row
        for row in session.execute(
            select(
                r.id,
                r.reference,
                m.Mechanism.code.label("mechanism"),
                s.symbol,
                s.document_date,
                s.cycle,
                s.session,
                m.Country.name.label("country"),
                r.paragraph,
                r.text,
                r.text_language,
                r.response,
                s.response_symbol,
                r.action_category,
                r.annotation_id,
                r.status,
                r.priority,
                r.priority_rationale,
                r.needs_parliament,
                r.cluster_id,
                m.Cluster.name.label("cluster"),
                r.notes,
                r.archived,
                r.uuid,
                r.updated_at,
            )
            .join(m.Mechanism, m.Mechanism.id == r.mechanism_id)
            .outerjoin(s, s.id == r.source_id)
            .outerjoin(m.Country, m.Country.id == s.country_id)
            .outerjoin(m.Cluster, m.Cluster.id == r.cluster_id)
            .where(r.id.in_(ids))
        )
    }
    links: dict[Field, dict[int, list[tuple[int, str]]]] = {}
    for kind, (link, column) in _LINKS.items():
        found: dict[int, list[tuple[int, str]]] = defaultdict(list)
        named = names[kind]
        for rec_id, key in session.execute(
            select(link.c.recommendation_id, link.c[column]).where(
                link.c.recommendation_id.in_(ids)
            )
        ):
            if key in named:
                found[rec_id].append(named[key])
        links[kind] = found
    agencies: dict[tuple[int | None, AgencyRole], list[str]] = defaultdict(list)
    assigned: dict[int | None, list[tuple[str, str, str | None]]] = defaultdict(list)
    for rec_id, role, agency, person in session.execute(
        select(m.Assignment.recommendation_id, m.Assignment.role, m.Agency.name, m.FocalPoint.name)
        .join(m.Agency, m.Agency.id == m.Assignment.agency_id)
        .outerjoin(m.FocalPoint, m.FocalPoint.id == m.Assignment.focal_point_id)
        .where(m.Assignment.recommendation_id.in_(ids))
        .order_by(m.Assignment.role, m.Agency.name)
    ):
        agencies[rec_id, role].append(agency)
        assigned[rec_id].append((agency, str(role), person))

    chunk = _Chunk()
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
        for kind, found in links.items():
            labels = found.get(rec_id)
            values[kind] = "\n".join(label for _, label in sorted(labels)) if labels else None
        chunk.rows.append(
            [values[f] for f in EXPORT_HEADERS]
            + [
                _lines(agencies.get((rec_id, AgencyRole.LEAD), ())),
                _lines(agencies.get((rec_id, AgencyRole.SUPPORTING), ())),
                _yes_no(row.archived),
                str(row.uuid),
                row.updated_at.isoformat(timespec="seconds") if row.updated_at else None,
            ]
        )
        for agency_name, role_code, person_name in assigned.get(rec_id, ()):
            chunk.assignments.append(
                [row.reference, row.symbol, agency_name, role_code, person_name, str(row.uuid)]
            )
        if row.cluster_id is not None:
            chunk.clusters[row.cluster_id] += 1
    return chunk


def _lines(values: Iterable[str]) -> str | None:
    """A multi-value cell: one value per line."""
    return "\n".join(values) or None


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
    # utf-8-sig: the BOM makes Excel read UTF-8 rather than the ANSI codepage.
    with path.open("x", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
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

_WIDTHS: dict[str, int] = {
    "Reference": 14, "Document symbol": 20, "State under review": 18, "Text": 80,
    "Recommending States": 24, "Themes": 36, "Affected persons": 24, "UPR Info issues": 24,
    "Priority rationale": 30, "Cluster": 28, "Notes": 40, "Lead agencies": 28,
    "Supporting agencies": 28, "Record id": 38, "Last changed": 26, "Name": 36,
    "Description": 50, "Agency": 36, "Focal points": 30, "Title": 30, "Email": 30,
    "Parent agency": 30,
}  # fmt: skip
_COLUMNS = [get_column_letter(i) for i in range(1, len(RECOMMENDATION_HEADERS) + 1)]
_SHEET_XML = "xl/worksheets/sheet{}.xml"
_END = b"</sheetData>"


def _write_xlsx(
    session_factory: sessionmaker[Session],
    order: list[int],
    path: Path,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> tuple[int, tuple[str, ...]]:
    count, links, in_export, strings = 0, 0, Counter[int](), dict[str, str]()
    # Rows go to anonymous files on the destination's disk (gone when closed),
    # then into the zip with a known size: ZIP64 only when needed (Excel is
    # particular about it).
    with (
        tempfile.TemporaryFile(dir=path.parent) as recs,
        tempfile.TemporaryFile(dir=path.parent) as assignments,
    ):
        for chunk in _chunks(session_factory, order, progress, cancelled):
            recs.write(_rows_xml(chunk.rows, count + 2, strings))
            assignments.write(_rows_xml(chunk.assignments, links + 2, strings))
            count += len(chunk.rows)
            links += len(chunk.assignments)
            in_export.update(chunk.clusters)
        long_sheets = {
            _SHEET_XML.format(1): (recs, len(RECOMMENDATION_HEADERS), count),
            _SHEET_XML.format(2): (assignments, len(ASSIGNMENT_HEADERS), links),
        }
        with zipfile.ZipFile(path, "x", zipfile.ZIP_DEFLATED, compresslevel=3) as archive:
            for name, data in _workbook(session_factory, in_export, count, links).items():
                if name in long_sheets:
                    _write_sheet(archive, name, data, *long_sheets[name])
                else:
                    archive.writestr(name, data)
    return count, SHEETS


def _write_sheet(
    archive: zipfile.ZipFile, name: str, sheet: bytes, rows: IO[bytes], columns: int, count: int
) -> None:
    """openpyxl's ``sheet`` (header row only) with ``rows`` after its header, and
    its extent, which a write-only sheet lacks and openpyxl's reader relies on."""
    head, tail = sheet.split(_END)
    extent = f'<dimension ref="A1:{_COLUMNS[columns - 1]}{count + 1}"/>'.encode()
    head = head.replace(b"<sheetViews>", extent + b"<sheetViews>", 1)
    size = len(head) + rows.seek(0, os.SEEK_END) + len(_END + tail)
    rows.seek(0)
    with archive.open(name, "w", force_zip64=size * 1.05 > zipfile.ZIP64_LIMIT) as member:
        member.write(head)
        shutil.copyfileobj(rows, member, 1024 * 1024)
        member.write(_END + tail)


def _rows_xml(rows: list[list[Value]], first: int, strings: dict[str, str]) -> bytes:
    """Rows of inline-string and number cells, as SpreadsheetML; ``strings``
    caches the cell content of short texts (codes, names: most cells repeat)."""
    out: list[str] = []
    for number, row in enumerate(rows, first):
        out.append(f'<row r="{number}">')
        for column, value in zip(_COLUMNS, row, strict=False):
            if value is None:
                continue
            if isinstance(value, int):
                out.append(f'<c r="{column}{number}"><v>{value}</v></c>')
                continue
            content = strings.get(value)
            if content is None:
                content = _inline_string(value)
                if len(value) <= 100 and len(strings) < 100_000:
                    strings[value] = content
            if content:
                out.append(f'<c r="{column}{number}" t="inlineStr">{content}</c>')
        out.append("</row>")
    return "".join(out).encode()


def _inline_string(value: str) -> str:
    text = _cell_text(value)[:MAX_XLSX_CHARS]
    if not text:
        return ""
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\r" in text:  # an XML parser would read a bare CR as LF
        text = text.replace("\r", "&#13;")
    return f"<is><t{space}>{text}</t></is>"


def _workbook(
    session_factory: sessionmaker[Session], in_export: Counter[int], count: int, links: int
) -> dict[str, bytes]:
    """The workbook's parts (file name → content), the first two sheets with
    their header row only."""
    workbook = Workbook(write_only=True)
    with session_factory() as session:
        for title, headers, rows, total in (
            (SHEETS[0], RECOMMENDATION_HEADERS, [], count),
            (SHEETS[1], ASSIGNMENT_HEADERS, [], links),
            (SHEETS[2], CLUSTER_HEADERS, _cluster_rows(session, in_export), None),
            (SHEETS[3], AGENCY_HEADERS, _agency_rows(session), None),
            (SHEETS[4], FOCAL_POINT_HEADERS, _focal_point_rows(session), None),
        ):
            sheet = workbook.create_sheet(title)
            for column, header in zip(_COLUMNS, headers, strict=False):
                width = max(_WIDTHS.get(header, 12), len(header) + 3)
                sheet.column_dimensions[column].width = width
            sheet.freeze_panes = "A2"
            sheet.append([_header_cell(sheet, header) for header in headers])
            for row in rows:
                sheet.append([_xlsx_value(sheet, value) for value in row])
            last_row = 1 + (len(rows) if total is None else total)
            sheet.auto_filter.ref = f"A1:{_COLUMNS[len(headers) - 1]}{last_row}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as parts:
        return {name: parts.read(name) for name in parts.namelist()}


def _header_cell(sheet: Any, header: str) -> Any:
    cell = WriteOnlyCell(sheet, value=header)
    cell.font = Font(bold=True)
    return cell


def _xlsx_value(sheet: Any, value: Value) -> Any:
    if not isinstance(value, str):
        return value
    text = _cell_text(value)
    if text in ERROR_CODES:  # "#N/A" as typed is text, not an error value
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        return cell
    return text


def _cluster_rows(session: Session, in_export: Counter[int]) -> list[list[Value]]:
    live: dict[int | None, int] = dict(
        session.execute(
            select(m.Recommendation.cluster_id, func.count())
            .where(m.Recommendation.archived.is_(False))
            .group_by(m.Recommendation.cluster_id)
        ).all()
    )
    return [
        [c.name, str(c.priority) if c.priority else None, c.priority_rationale, c.description,
         live.get(c.id, 0), in_export.get(c.id, 0), str(c.uuid)]
        for c in session.scalars(select(m.Cluster).order_by(m.Cluster.name))
    ]  # fmt: skip


def _agency_rows(session: Session) -> list[list[Value]]:
    names = dict(session.execute(select(m.Agency.id, m.Agency.name)).all())
    people: dict[int, list[str]] = defaultdict(list)
    for agency_id, name in session.execute(
        select(m.FocalPoint.agency_id, m.FocalPoint.name).order_by(
            m.FocalPoint.primary.desc(), m.FocalPoint.id
        )
    ):
        people[agency_id].append(name)
    return [
        [a.name, a.acronym, str(a.kind), names.get(a.parent_id) if a.parent_id else None,
         _lines(people.get(a.id, ())), a.notes, _yes_no(a.archived), str(a.uuid)]
        for a in session.scalars(select(m.Agency).order_by(m.Agency.name))
    ]  # fmt: skip


def _focal_point_rows(session: Session) -> list[list[Value]]:
    return [
        [agency, p.name, p.title, p.email, p.phone, _yes_no(p.primary)]
        for p, agency in session.execute(
            select(m.FocalPoint, m.Agency.name)
            .join(m.Agency, m.Agency.id == m.FocalPoint.agency_id)
            .order_by(m.Agency.name, m.FocalPoint.primary.desc(), m.FocalPoint.id)
        )
    ]
