"""The manifest a form carries on a very hidden sheet: the form's id, its
agency, and for each row of the form the record it shows (UUID and version
when made), the status shown, and a short digest of each read-only cell, so
that a changed reference, text or record id is seen on return. The manifest
is signed (signing.py); the key stays in the database."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

MANIFEST_SHEET = "nmrf_manifest"
LISTS_SHEET = "nmrf_lists"
MAGIC = "nmrf-desk update form"
FORMAT = "1"
HEADER_ROWS = 8
"""Rows of the manifest sheet before the first row entry."""


class ManifestError(ValueError):
    """The manifest sheet is missing or cannot be read; ``code`` and
    ``params`` say why for a screen (the message is English)."""

    def __init__(self, message: str, *, code: str, params: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.params: dict[str, object] = dict(params or {})


class RowKind:
    RECOMMENDATION = "recommendation"
    ACTION = "action"
    INDICATOR = "indicator"


@dataclass(frozen=True)
class RowEntry:
    """One row of a form as made."""

    sheet: str
    """``updates`` or ``indicators``."""
    row: int
    kind: str
    """A RowKind value."""
    record: uuid.UUID
    version: int
    status: str
    """The status code shown (empty for an indicator)."""
    digests: tuple[str, ...]
    """A digest of each read-only cell, in column order."""


@dataclass(frozen=True)
class Manifest:
    form: uuid.UUID
    agency: uuid.UUID
    language: str
    made_at: datetime
    entries: tuple[RowEntry, ...]
    signature: str = ""

    def signed_bytes(self) -> bytes:
        """What the signature covers, in one canonical byte string."""
        head = [MAGIC, FORMAT, str(self.form), str(self.agency), self.language]
        head.append(self.made_at.isoformat())
        lines = ["\x1f".join(head)]
        lines += ["\x1f".join(_entry_cells(e)) for e in self.entries]
        return "\x1e".join(lines).encode("utf-8")


def canonical(value: Any) -> str:
    """A cell's value as text that survives a round trip through Excel or
    LibreOffice: dates without a time, whole numbers without ``.0``, line
    ends as ``\\n``, no surrounding blanks."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def digest(value: Any) -> str:
    """A short digest of a cell's canonical text (against slips, not attacks:
    the manifest's signature protects the digests themselves)."""
    return hashlib.sha256(canonical(value).encode("utf-8")).hexdigest()[:10]


def _entry_cells(entry: RowEntry) -> list[str]:
    return [
        entry.sheet,
        str(entry.row),
        entry.kind,
        str(entry.record),
        str(entry.version),
        entry.status,
        " ".join(entry.digests),
    ]


def manifest_rows(manifest: Manifest) -> Iterator[list[str]]:
    """The manifest as the rows of its sheet (every cell text)."""
    yield [MAGIC, FORMAT]
    yield ["form", str(manifest.form)]
    yield ["agency", str(manifest.agency)]
    yield ["language", manifest.language]
    yield ["made_at", manifest.made_at.isoformat()]
    yield ["signature", manifest.signature]
    yield ["entries", str(len(manifest.entries))]
    yield ["sheet", "row", "kind", "record", "version", "status", "digests"]
    for entry in manifest.entries:
        yield _entry_cells(entry)


def parse_manifest(rows: Iterable[Sequence[Any]]) -> Manifest:
    """The manifest read back from its sheet's rows; ManifestError when it is
    not one or is damaged."""
    it = iter(rows)
    head = [_cells(next(it, ()), 2) for _ in range(HEADER_ROWS)]
    if head[0] != [MAGIC, FORMAT]:
        raise ManifestError(
            "the workbook is not an update form made by NMRF Desk", code="form.not_a_form"
        )
    values = {row[0]: row[1] for row in head[1:7]}
    try:
        form = uuid.UUID(values["form"])
        agency = uuid.UUID(values["agency"])
        made_at = datetime.fromisoformat(values["made_at"])
        count = int(values["entries"])
        entries = []
        for _ in range(count):
            cells = _cells(next(it, ()), 7)
            entries.append(
                RowEntry(
                    sheet=cells[0],
                    row=int(cells[1]),
                    kind=cells[2],
                    record=uuid.UUID(cells[3]),
                    version=int(cells[4]),
                    status=cells[5],
                    digests=tuple(cells[6].split()),
                )
            )
    except (KeyError, ValueError) as exc:
        raise ManifestError(
            f"the form's hidden manifest is damaged ({exc})",
            code="form.manifest_damaged",
            params={"reason": str(exc)},
        ) from None
    return Manifest(
        form=form,
        agency=agency,
        language=values.get("language", "en"),
        made_at=made_at,
        entries=tuple(entries),
        signature=values.get("signature", ""),
    )


def _cells(row: Sequence[Any], width: int) -> list[str]:
    """The first ``width`` cells of a row as text (numbers written back by a
    spreadsheet program as numbers read as the text they were)."""
    cells = [canonical(v) for v in list(row)[:width]]
    return cells + [""] * (width - len(cells))
