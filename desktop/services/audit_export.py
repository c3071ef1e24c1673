"""The audit trail, as filtered, to an XLSX workbook: one row per changed
field (an entry that names no field has one row), newest first. No cell is a
live formula (export_rows.cell_text); the file replaces the destination only
once complete. The export is itself recorded in the trail."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.audit import ActivityFilter, AuditRow, activity, count_activity
from desktop.services.export_rows import ExportCancelled, ExportError, cell_text

BATCH = 2000
HEADERS = (
    "Entry",
    "When (UTC)",
    "User",
    "From",
    "Action",
    "Record kind",
    "Record",
    "Label",
    "Field",
    "Old value",
    "New value",
)


def export_activity(
    factory: sessionmaker[Session],
    filt: ActivityFilter,
    dest: Path,
    *,
    headers: Sequence[str] = HEADERS,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the entries matching ``filt`` (all of them: its limit aside) to
    ``dest``; returns how many entries were written."""
    dest = Path(dest)
    if dest.suffix.lower() != ".xlsx":
        raise ExportError("the file name must end in .xlsx", where=dest.name)
    if not dest.parent.is_dir():
        raise ExportError(f"the folder {dest.parent} does not exist", where=dest.name)
    if len(headers) != len(HEADERS):
        raise ValueError(f"{len(HEADERS)} headers are needed")
    total = count_activity(factory, filt)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Activity")
    sheet.freeze_panes = "A2"
    sheet.append([cell_text(h) for h in headers])
    written = 0
    temporary = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.part")
    try:
        try:
            for batch in _batches(factory, filt):
                if cancelled is not None and cancelled():
                    raise ExportCancelled("the export was cancelled; no file was written")
                for row in batch:
                    for line in _lines(row):
                        sheet.append(line)
                written += len(batch)
                if progress is not None:
                    progress(written, max(total, written))
        finally:
            workbook.save(temporary)  # also ends the sheet's stream when cancelled
        os.replace(temporary, dest)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ExportError(
            f"the file cannot be written ({exc.strerror or exc})", where=str(dest)
        ) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    from desktop.services.audit_log import record_done

    record_done(factory, "export", "audit_entry", label=f"{dest.name}: {written} entries")
    return written


def _batches(factory: sessionmaker[Session], filt: ActivityFilter) -> Iterator[list[AuditRow]]:
    before = filt.before_id
    while True:
        rows = activity(factory, replace(filt, before_id=before, limit=BATCH))
        if not rows:
            return
        yield rows
        before = rows[-1].id


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    return cell_text(str(value))


def _lines(row: AuditRow) -> list[list[Any]]:
    at = row.at.replace(tzinfo=None)
    start = [
        row.id,
        at,
        cell_text(row.login),
        cell_text(row.source),
        row.action,
        row.entity,
        str(row.record_uuid or ""),
        cell_text(row.label),
    ]
    if not row.changes:
        return [[*start, "", "", ""]]
    lines = []
    for key, pair in row.changes.items():
        old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
        lines.append([*start, cell_text(key), _text(old), _text(new)])
    return lines
