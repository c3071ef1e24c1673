"""Builds OHCHR thematic lists of recommendations (.docx) with python-docx,
shaped like the real ones: title lines above one four-column table, theme
rows merged across the table, the paragraph number in its own bold run."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.table import Table, _Cell

HEADER_2_3 = (
    "Recommendation",
    "Position",
    "Full list of themes",
    "Assessment/comments on level of implementation",
)
HEADER_4 = (
    "Recommendation and recommending State",
    "Position of the State under review",
    "Human rights themes and groups of persons",
    "Relevant SDGs",
)


@dataclass(frozen=True)
class Theme:
    """A ``Theme: …`` row; merged across the table unless ``merged`` is False
    (then each of the four cells repeats the text)."""

    name: str
    merged: bool = True


@dataclass(frozen=True)
class Cells:
    """A recommendation row. A cell of None is merged into the cell on its
    left; ``merge_down`` names columns merged vertically into the row above."""

    values: Sequence[str | None]
    merge_down: Sequence[int] = ()


Row = Theme | Cells | Sequence[str | None]

_PARAGRAPH = re.compile(r"^(\d+(?:\.\d+)+)(\s.*)$", re.DOTALL)


def build(
    path: Path,
    rows: Sequence[Row],
    *,
    header: Sequence[str] = HEADER_4,
    title: Sequence[str] = (),
    page_header: Sequence[str] = (),
    rows_before_header: Sequence[str] = (),
) -> Path:
    document = Document()
    for line in title:
        document.add_paragraph(line)
    if page_header:
        section = document.sections[0]
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = page_header[0]
        for line in page_header[1:]:
            section.header.add_paragraph(line)
    columns = len(header)
    table = document.add_table(rows=0, cols=columns)
    for text in rows_before_header:
        cells = table.add_row().cells
        cells[0].merge(cells[columns - 1]).text = text
    header_cells = table.add_row().cells
    for cell, text in zip(header_cells, header, strict=True):
        cell.text = text
    for row in rows:
        if isinstance(row, Theme):
            cells = table.add_row().cells
            if row.merged:
                cells[0].merge(cells[columns - 1]).text = f"Theme: {row.name}"
            else:
                for cell in cells:
                    cell.text = f"Theme: {row.name}"
            continue
        spec = row if isinstance(row, Cells) else Cells(row)
        _add_row(table, spec, columns)
    document.add_paragraph("")
    document.save(str(path))
    return path


def _add_row(table: Table, spec: Cells, columns: int) -> None:
    previous = table.rows[-1].cells if len(table.rows) else ()
    cells = table.add_row().cells
    values = list(spec.values) + [""] * (columns - len(spec.values))
    start = 0
    for index in range(1, columns + 1):
        if index < columns and values[index] is None:
            continue  # merged into the cell on its left
        cell = cells[start].merge(cells[index - 1]) if index - 1 > start else cells[start]
        if start in spec.merge_down:
            previous[start].merge(cell)
        else:
            _fill(cell, values[start] or "", paragraph_run=start == 0)
        start = index


def _fill(cell: _Cell, text: str, *, paragraph_run: bool) -> None:
    """One Word paragraph per line; a leading paragraph number in a bold run
    of its own, as OHCHR's documents have it."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        number = _PARAGRAPH.match(line) if index == 0 and paragraph_run else None
        if number:
            paragraph.add_run(number.group(1)).bold = True
            paragraph.add_run(number.group(2))
        else:
            paragraph.add_run(line)
