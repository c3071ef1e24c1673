"""The check every XLSX goes through before python-calamine opens it: what
the Rust reader would allocate must stay within a budget no real workbook
reaches, since a failed allocation there aborts the whole program instead of
raising an error (a 5 KB file declaring ``A1:XFD1048576`` with a value in
its last cell would ask for 512 GB).

Two things calamine sizes from the file are checked: the sheet it is about to
load (the rectangle from A1 to its farthest cell with a value, see xlsx_scan)
and the shared strings (it reserves room for as many as the part's
``uniqueCount`` says). The parts are found as calamine finds them (package
relationships, workbook relationships, names compared without case), and a
package another calamine reader would take (OpenDocument, XLSB) is refused.

Everything here raises only :class:`ImportFileError`."""

from __future__ import annotations

import contextlib
import threading
import xml.parsers.expat
import zipfile
from collections.abc import Generator
from pathlib import Path

from desktop.domain.errors import ImportFileError
from desktop.services.importing.files import ZIP_FAILURES, unreadable, zip_failure
from desktop.services.importing.xlsx_scan import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_ROWS,
    BadReference,
    Extent,
    MalformedXml,
    column_name,
    exact_scan,
    local_name,
    quick_scan,
    safe_parser,
)

_CHUNK = 1024 * 1024
_SMALL_PART = 64 * 1024 * 1024
"""Relationship and workbook parts are read whole, up to this size."""
_SMALLEST_STRING = 5
"""Bytes an entry of the shared strings takes at least (``<si/>``)."""
_OTHER_READERS = ("mimetype", "xl/_rels/workbook.bin.rels")
"""Members that make calamine read a package as OpenDocument or XLSB."""

Checked = dict[tuple[str, int, int, str | None], str]
"""Workbooks found safe: (resolved path, size, modification time, sheet asked
for) to the sheet checked. A file changed since has another key."""
_checked: Checked = {}
_checked_lock = threading.Lock()


def checked_for(path: Path) -> Checked:
    """What this process found safe in ``path`` (handed to the reader process of
    the next import of the same file, which then need not check it again)."""
    resolved = str(path.resolve())
    with _checked_lock:
        return {key: name for key, name in _checked.items() if key[0] == resolved}


def remember_checked(found: Checked) -> None:
    """What another process of the program found safe (see checked_for)."""
    with _checked_lock:
        for key, name in found.items():
            if len(_checked) >= 16:
                _checked.clear()
            _checked[key] = name


def check_workbook(path: Path, sheet: str | None = None) -> str:
    """Check the shared strings and ``sheet`` (the first sheet when None) of
    the XLSX at ``path``; returns the name of the sheet checked."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise unreadable(exc.strerror, path.name) from None
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns, sheet)
    with _checked_lock:
        if key in _checked:
            return _checked[key]
    try:
        with zipfile.ZipFile(path) as archive:
            name = _Package(archive, path.name).check(sheet)
    except ImportFileError:
        raise
    except ZIP_FAILURES as exc:
        raise zip_failure(exc, path.name) from None
    with _checked_lock:
        if len(_checked) >= 16:
            _checked.clear()
        _checked[key] = name
    return name


def _ascii_lower(text: str) -> str:
    return "".join(c.lower() if c.isascii() else c for c in text)


class _Package:
    def __init__(self, archive: zipfile.ZipFile, file: str) -> None:
        self.archive = archive
        self.file = file
        self.infos = archive.infolist()

    def members(self, part: str) -> list[zipfile.ZipInfo]:
        """Every member calamine could read for ``part`` (it compares names in
        ASCII lower case with ``\\`` as ``/``; a zip may hold a name twice)."""
        key = _ascii_lower(part)
        return [
            info
            for info in self.infos
            if info.filename == part or _ascii_lower(info.filename.replace("\\", "/")) == key
        ]

    def damaged(
        self, reason: str, *, code: str, params: dict[str, object] | None = None
    ) -> ImportFileError:
        """``the workbook is damaged (reason)``; ``code`` and ``params`` word the whole."""
        return ImportFileError(
            f"the workbook is damaged ({reason})", file=self.file, code=code, params=params
        )

    def check(self, sheet: str | None) -> str:
        names = {info.filename for info in self.infos}
        if any(name in names for name in _OTHER_READERS):
            raise ImportFileError(
                "the file is an Excel workbook and another kind of spreadsheet "
                "(OpenDocument or XLSB) at once; it is not read",
                file=self.file,
                code="import.two_kinds",
            )
        base = self._workbook_folder()
        self._check_shared_strings(base + "sharedStrings.xml")
        sheets = self._sheets(base)
        if sheet is None:
            if not sheets:
                raise ImportFileError(
                    "the workbook has no sheet", file=self.file, code="import.no_sheet"
                )
            sheet, part = sheets[0]
        else:
            found = [part for name, part in sheets if name == sheet]
            if not found:
                raise ImportFileError(
                    f'the workbook has no sheet "{sheet}"',
                    file=self.file,
                    code="import.no_such_sheet",
                    params={"sheet": sheet},
                )
            part = found[0]
        members = self.members(part)
        if not members:
            raise self.damaged(
                f'the sheet "{sheet}" has no part',
                code="import.sheet_no_part",
                params={"sheet": sheet},
            )
        for info in members:
            self._check_sheet(info, sheet)
        return sheet

    # --- finding the parts -----------------------------------------------------

    def _elements(
        self, part: str, wanted: str, *, literal: bool = False
    ) -> list[dict[str, str]] | None:
        """The attributes of each ``wanted`` element of a small part, in order;
        None when the package has no such part. ``literal``: refuse character
        references, since calamine takes those attribute values as written."""
        members = self.members(part)
        if not members:
            return None
        if len(members) > 1:
            raise self.damaged(
                f"it holds the part {part} twice", code="import.part_twice", params={"part": part}
            )
        with self.archive.open(members[0]) as member:
            data = member.read(_SMALL_PART + 1)
        if len(data) > _SMALL_PART:
            raise self.damaged(
                f"its part {part} is over {_SMALL_PART // 1024 // 1024} MB",
                code="import.part_too_large",
                params={"part": part, "limit_mb": _SMALL_PART // 1024 // 1024},
            )
        if literal and b"&" in data:
            raise self.damaged(
                f"its part {part} names parts with character references",
                code="import.part_character_references",
                params={"part": part},
            )
        found: list[dict[str, str]] = []

        def start(name: str, attributes: dict[str, str]) -> None:
            if local_name(name) == wanted:
                found.append(attributes)

        parser = safe_parser()
        parser.StartElementHandler = start
        try:
            parser.Parse(data, True)
        except (xml.parsers.expat.ExpatError, MalformedXml) as exc:
            raise self.damaged(
                f"its part {part} is not well-formed XML: {exc}",
                code="import.part_not_xml",
                params={"part": part, "reason": str(exc)},
            ) from None
        return found

    def _workbook_folder(self) -> str:
        """The folder of the workbook part, from the package relationships."""
        relations = self._elements("_rels/.rels", "Relationship", literal=True)
        if relations is None:
            raise self.damaged(
                "it has no package relationships", code="import.no_package_relationships"
            )
        target = None
        for attributes in relations:
            if attributes.get("Type", "").endswith("/relationships/officeDocument"):
                target = attributes.get("Target", target)
        if target is None:
            raise self.damaged("it names no workbook part", code="import.no_workbook_part")
        return target[: target.rfind("/") + 1].removeprefix("/")

    def _sheets(self, base: str) -> list[tuple[str, str]]:
        """(name, part) of each sheet, in the workbook's order."""
        relations = self._elements(base + "_rels/workbook.xml.rels", "Relationship", literal=True)
        if relations is None:
            raise self.damaged(
                "it has no workbook relationships", code="import.no_workbook_relationships"
            )
        targets = {
            attributes["Id"]: attributes.get("Target", "")
            for attributes in relations
            if "Id" in attributes
        }
        sheets: list[tuple[str, str]] = []
        for attributes in self._elements(base + "workbook.xml", "sheet") or []:
            ids = [v for k, v in attributes.items() if k == "id" or k.endswith(":id")]
            if not ids or ids[-1] not in targets:
                raise self.damaged("a sheet has no part", code="import.a_sheet_has_no_part")
            target = targets[ids[-1]]
            part = target[1:] if target.startswith("/") else base + target
            sheets.append((attributes.get("name", ""), part))
        return sheets

    # --- the checks -------------------------------------------------------------

    def _chunks(self, info: zipfile.ZipInfo) -> Generator[bytes]:
        with self.archive.open(info) as member:
            while block := member.read(_CHUNK):
                yield block

    def _check_shared_strings(self, part: str) -> None:
        for info in self.members(part):
            declared = self._declared_strings(info)
            room = info.file_size // _SMALLEST_STRING
            if declared is not None and declared > min(room, MAX_CELLS):
                raise ImportFileError(
                    f"the workbook says it holds {declared:,} different texts, more than "
                    f"its part for texts can hold; it is damaged or not a real workbook",
                    file=self.file,
                    code="import.texts_declared",
                    params={"texts": declared},
                )
            if info.file_size <= _SMALLEST_STRING * MAX_CELLS:
                continue  # too short to hold more entries than that
            entries, tail = 0, b""
            for block in self._chunks(info):
                data = tail + block
                entries += data.count(b"<si") + data.count(b":si")
                tail = data[-2:]
                if entries > MAX_CELLS:
                    raise ImportFileError(
                        f"the workbook holds more than {MAX_CELLS:,} different texts; "
                        "a workbook of recommendations never does",
                        file=self.file,
                        code="import.too_many_texts",
                        params={"texts": MAX_CELLS},
                    )

    def _declared_strings(self, info: zipfile.ZipInfo) -> int | None:
        """The ``uniqueCount`` of the shared strings (calamine reserves room for
        that many strings when it is all digits)."""
        count: list[str] = []

        def start(name: str, attributes: dict[str, str]) -> None:
            if local_name(name) == "sst":
                count.append(attributes.get("uniqueCount", ""))
                raise _Found

        parser = safe_parser()
        parser.StartElementHandler = start
        try:
            with contextlib.closing(self._chunks(info)) as chunks:
                for block in chunks:
                    parser.Parse(block, False)
            parser.Parse(b"", True)
        except _Found:
            pass
        except (xml.parsers.expat.ExpatError, MalformedXml) as exc:
            raise self.damaged(
                f"its part {info.filename} is not well-formed XML: {exc}",
                code="import.part_not_xml",
                params={"part": info.filename, "reason": str(exc)},
            ) from None
        if not count or not count[0].isascii() or not count[0].isdigit():
            return None
        return int(count[0]) if len(count[0]) <= 15 else 10**15

    def _check_sheet(self, info: zipfile.ZipInfo, sheet: str) -> None:
        if quick_scan(lambda: self._chunks(info), info.file_size):
            return
        try:
            with contextlib.closing(self._chunks(info)) as chunks:
                extent = exact_scan(chunks)
        except BadReference as exc:
            raise ImportFileError(
                f'the sheet "{sheet}" is damaged: "{exc}" is not a cell reference',
                file=self.file,
                code="import.bad_cell_reference",
                params={"sheet": sheet, "reference": str(exc)},
            ) from None
        except MalformedXml as exc:
            raise ImportFileError(
                f'the sheet "{sheet}" is damaged (its XML is not well-formed: {exc})',
                file=self.file,
                code="import.sheet_not_xml",
                params={"sheet": sheet, "reason": str(exc)},
            ) from None
        _judge(extent, sheet, self.file)


class _Found(Exception):
    """Raised from a handler once the element looked for is met."""


def _judge(extent: Extent, sheet: str, file: str) -> None:
    """Refuse a sheet whose cells reach too far or are too many."""
    if extent.far_cell is not None:
        raise ImportFileError(
            f'the sheet "{sheet}" has a value in cell {extent.far_cell}, beyond the last row '
            f"({MAX_ROWS:,}) or column ({column_name(MAX_COLUMNS)}) a spreadsheet can have",
            file=file,
            code="import.cell_too_far",
            params={
                "sheet": sheet,
                "cell": extent.far_cell,
                "rows": MAX_ROWS,
                "column": column_name(MAX_COLUMNS),
            },
        )
    if extent.cells > MAX_CELLS:
        raise ImportFileError(
            f'the sheet "{sheet}" holds more than {MAX_CELLS:,} cells; '
            "a sheet of recommendations is never that large",
            file=file,
            code="import.too_many_cells",
            params={"sheet": sheet, "cells": MAX_CELLS},
        )
    if extent.rows * extent.columns > MAX_CELLS:
        corner = f"{column_name(extent.columns)}{extent.rows}"
        declared = f" (it declares {extent.dimension})" if extent.dimension else ""
        message = (
            f'the sheet "{sheet}" has values as far as cell {corner}{declared}: '
            f"{extent.rows:,} rows × {extent.columns:,} columns; "
            "a sheet of recommendations is never that large"
        )
        if extent.dimension:
            raise ImportFileError(
                message,
                file=file,
                code="import.sheet_too_large_declared",
                params={
                    "sheet": sheet,
                    "cell": corner,
                    "dimension": extent.dimension,
                    "rows": extent.rows,
                    "columns": extent.columns,
                },
            )
        raise ImportFileError(
            message,
            file=file,
            code="import.sheet_too_large",
            params={"sheet": sheet, "cell": corner, "rows": extent.rows, "columns": extent.columns},
        )
