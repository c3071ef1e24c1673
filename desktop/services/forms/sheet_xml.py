"""The long sheets of a form (Updates and the manifest) as SpreadsheetML of
their own, spliced after the header rows openpyxl wrote: openpyxl spends
~20 µs a cell (a 6,000-row form has ~110,000), this a few. Texts go in as
inline strings (never a formula); dates as serial numbers with a date style."""

from __future__ import annotations

import io
import os
import shutil
import unicodedata
import zipfile
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import IO, Any

from openpyxl.utils import get_column_letter

_END = b"</sheetData>"
_EPOCH = date(1899, 12, 30)
"""Day 0 of spreadsheet serial dates (the 1900 date system, past its 1900 leap-year bug)."""
COLUMNS = [get_column_letter(i) for i in range(1, 27)]

Cell = tuple[Any, int]
"""A value and the style id it is written with."""


def inline_string(text: str) -> str:
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\r" in text:  # an XML parser would read a bare CR as LF
        text = text.replace("\r", "&#13;")
    return f"<is><t{space}>{text}</t></is>"


def row_xml(number: int, cells: Iterable[Cell], height: float | None = None) -> str:
    """A row; ``height`` (points) for wrapped text, which spreadsheet programs
    do not always fit when they open a file."""
    tall = f' ht="{height:g}" customHeight="1"' if height else ""
    out = [f'<row r="{number}"{tall}>']
    for column, (value, style) in zip(COLUMNS, cells, strict=False):
        ref = f"{column}{number}"
        if value is None or value == "":
            out.append(f'<c r="{ref}" s="{style}"/>')
        elif isinstance(value, str):
            out.append(f'<c r="{ref}" s="{style}" t="inlineStr">{inline_string(value)}</c>')
        elif isinstance(value, date):
            out.append(f'<c r="{ref}" s="{style}"><v>{(value - _EPOCH).days}</v></c>')
        else:
            out.append(f'<c r="{ref}" s="{style}"><v>{value}</v></c>')
    out.append("</row>")
    return "".join(out)


def splice(book_bytes: bytes, bodies: Mapping[int, tuple[IO[bytes], int, int]], path: Path) -> None:
    """Write the workbook ``book_bytes`` to ``path`` with each sheet numbered
    in ``bodies`` (1-based) given the rows of its body: (rows XML, last row,
    columns)."""
    with (
        zipfile.ZipFile(io.BytesIO(book_bytes)) as parts,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as archive,
    ):
        for name in parts.namelist():
            data = parts.read(name)
            number = _sheet_number(name)
            if number is not None and number in bodies:
                _write_sheet(archive, name, data, *bodies[number])
            else:
                archive.writestr(name, data)


def _sheet_number(name: str) -> int | None:
    prefix, suffix = "xl/worksheets/sheet", ".xml"
    if name.startswith(prefix) and name.endswith(suffix) and name[len(prefix) : -4].isdigit():
        return int(name[len(prefix) : -len(suffix)])
    return None


def _write_sheet(
    archive: zipfile.ZipFile, name: str, sheet: bytes, rows: IO[bytes], last: int, columns: int
) -> None:
    head, tail = sheet.split(_END)
    extent = f"A1:{COLUMNS[columns - 1]}{max(last, 1)}"
    if b"<dimension" not in head:
        head = head.replace(b"<sheetViews>", f'<dimension ref="{extent}"/><sheetViews>'.encode(), 1)
    size = len(head) + rows.seek(0, os.SEEK_END) + len(tail) + len(_END)
    rows.seek(0)
    with archive.open(name, "w", force_zip64=size * 1.05 > zipfile.ZIP64_LIMIT) as member:
        member.write(head)
        shutil.copyfileobj(rows, member, 1024 * 1024)
        member.write(_END + tail)


LINE_HEIGHT = 15.0
MAX_HEIGHT = 409.0
"""The tallest row a spreadsheet program allows (points)."""


def text_height(texts: Iterable[tuple[str, float]]) -> float | None:
    """The height a row needs for ``texts`` (each with its column's width, in
    characters) wrapped; None for one line. East Asian wide characters count
    twice."""
    lines = 1
    for text, width in texts:
        if not text:
            continue
        needed = 0
        for paragraph in text.split("\n"):
            length = len(paragraph) if paragraph.isascii() else _display_length(paragraph)
            needed += max(1, -(-int(length * 1.1) // max(int(width), 1)))
        lines = max(lines, needed)
    return None if lines == 1 else min(MAX_HEIGHT, lines * LINE_HEIGHT)


def _display_length(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
