"""Exporting recommendations: the register's selection, its filter or everything,
to XLSX (one sheet per entity) or CSV (the recommendations only).

The Recommendations sheet carries every :class:`Field` under its
``EXPORT_HEADERS`` header, so the mapped-spreadsheet importer reads an export
back to the same data. No cell is ever a live formula: text a spreadsheet
would evaluate gets a leading apostrophe (:func:`neutralise_cell`), which a
reader drops again. The file is written beside the destination and replaces it
only once complete.

250,000 recommendations: rows are read 2,000 at a time with their links (one
query per link table); openpyxl makes the workbook (styles, frozen header row,
widths) and the rows go in as XML of their own, since openpyxl writing the
cells alone would take about a minute."""

from __future__ import annotations

import csv
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from desktop.services.export_rows import (
    RECOMMENDATION_HEADERS,
    SHEETS,
    CancelledFn,
    ExportCancelled,
    ExportError,
    ExportJob,
    ProgressFn,
    Value,
    cell_text,
    neutralise_cell,
    read_chunks,
)
from desktop.services.export_xlsx import write_xlsx
from desktop.services.leftovers import remember_output_folder
from desktop.services.register import RegisterFilter, Sort, register_ids
from desktop.store.sqlite_files import fsync_file

__all__ = [
    "ExportCancelled",
    "ExportError",
    "ExportFormat",
    "ExportResult",
    "export_recommendations",
    "neutralise_cell",
]


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    recommendations: int
    sheets: tuple[str, ...]
    """The XLSX sheets in order; empty for CSV."""


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
    if fmt is None and dest.suffix.lower() not in (".xlsx", ".csv"):
        raise ExportError("the file name must end in .xlsx or .csv", where=dest.name)
    fmt = fmt or ExportFormat(dest.suffix.lower()[1:])
    if not dest.parent.is_dir():
        raise ExportError(f"the folder {dest.parent} does not exist", where=dest.name)
    if ids is not None:
        order = list(dict.fromkeys(ids))
    elif filt is not None:
        order = register_ids(session_factory, filt, Sort())
    else:
        order = [
            *register_ids(session_factory, RegisterFilter(archived=False), Sort()),
            *register_ids(session_factory, RegisterFilter(archived=True), Sort()),
        ]
    job = ExportJob(session_factory, order, progress, cancelled)
    temporary = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.part")
    remember_output_folder(dest.parent)  # a kill leaves the .part; the next start removes it
    try:
        count = (write_xlsx if fmt is ExportFormat.XLSX else _write_csv)(job, temporary)
        fsync_file(temporary)
        os.replace(temporary, dest)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        if isinstance(exc, PermissionError):
            reason += "; is the file open in another program?"
        raise ExportError(f"the file cannot be written ({reason})", where=str(dest)) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    from desktop.services.audit_log import record_done

    record_done(session_factory, "export", "recommendation", label=f"{dest.name}: {count} rows")
    return ExportResult(dest, count, SHEETS if fmt is ExportFormat.XLSX else ())


# --- CSV ---------------------------------------------------------------------


def _write_csv(job: ExportJob, path: Path) -> int:
    count = 0
    # utf-8-sig: the BOM makes Excel read UTF-8 rather than the ANSI codepage.
    with path.open("x", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(RECOMMENDATION_HEADERS)
        for chunk in read_chunks(job):
            writer.writerows([_csv_text(v) for v in row] for row in chunk.rows)
            count += len(chunk.rows)
    return count


def _csv_text(value: Value) -> str:
    if value is None:
        return ""
    return cell_text(value) if isinstance(value, str) else str(value)
