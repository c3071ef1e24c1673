"""The audit trail, as filtered, to an XLSX workbook: one row per changed
field (an entry that names no field has one row), newest first. No cell is a
live formula (export_rows.cell_text); the file replaces the destination only
once complete. The export is itself recorded in the trail.

What the cells say is the caller's choice (:class:`ExportWords`): by default
the trail's own codes under English headers ("agency_id", "in_progress"); a
screen passes its words (headers, actions, kinds of record, field labels and
values in the user's language, ids as names), read a batch at a time."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.audit import ActivityFilter, AuditRow, activity, count_activity
from desktop.services.audit_names import RecordNames, name_records
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
Change = tuple[str, Any, Any]
"""A changed field: its name, old value and new value."""


def _raw_changes(row: AuditRow, _names: RecordNames) -> list[Change]:
    """Each field the entry names, by its key, with its values as stored."""
    found: list[Change] = []
    for key, pair in (row.changes or {}).items():
        old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
        found.append((key, old, new))
    return found


@dataclass(frozen=True)
class ExportWords:
    """What the cells of an export say. Each callable gets an entry (and the
    names of what its batch mentions, when ``named``); the defaults write the
    trail's own codes."""

    headers: Sequence[str] = HEADERS
    sheet: str = "Activity"
    named: bool = False
    """Read the names of the records each batch mentions (ids as names)."""
    language: str = "en"
    """The language States are named in, when ``named``."""
    source: Callable[[str], str] = str
    action: Callable[[AuditRow], str] = lambda row: row.action
    kind: Callable[[AuditRow], str] = lambda row: row.entity
    subject: Callable[[AuditRow, RecordNames], str] = lambda row, _names: row.label
    changes: Callable[[AuditRow, RecordNames], list[Change]] = _raw_changes


ENGLISH = ExportWords()
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def export_activity(
    factory: sessionmaker[Session],
    filt: ActivityFilter,
    dest: Path,
    *,
    words: ExportWords = ENGLISH,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the entries matching ``filt`` (all of them: its limit aside) to
    ``dest`` in ``words``; returns how many entries were written."""
    dest = Path(dest)
    if dest.suffix.lower() != ".xlsx":
        raise ExportError("the file name must end in .xlsx", where=dest.name)
    if not dest.parent.is_dir():
        raise ExportError(f"the folder {dest.parent} does not exist", where=dest.name)
    if len(words.headers) != len(HEADERS):
        raise ValueError(f"{len(HEADERS)} headers are needed")
    total = count_activity(factory, filt)
    workbook = Workbook(write_only=True)
    title = words.sheet.translate(_SHEET_FORBIDDEN).strip().strip("'")[:31]
    sheet = workbook.create_sheet(title or "Activity")
    sheet.freeze_panes = "A2"
    sheet.append([cell_text(h) for h in words.headers])
    written = 0
    temporary = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.part")
    try:
        try:
            for batch in _batches(factory, filt):
                if cancelled is not None and cancelled():
                    raise ExportCancelled("the export was cancelled; no file was written")
                names = RecordNames()
                if words.named:
                    with factory() as session:
                        names = name_records(session, batch, words.language)
                for row in batch:
                    for line in _lines(row, names, words):
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


def _lines(row: AuditRow, names: RecordNames, words: ExportWords) -> list[list[Any]]:
    at = row.at.replace(tzinfo=None)
    start = [
        row.id,
        at,
        cell_text(row.login),
        cell_text(words.source(row.source)),
        cell_text(words.action(row)),
        cell_text(words.kind(row)),
        str(row.record_uuid or ""),
        cell_text(words.subject(row, names)),
    ]
    changes = words.changes(row, names)
    if not changes:
        return [[*start, "", "", ""]]
    return [[*start, cell_text(key), _text(old), _text(new)] for key, old, new in changes]
