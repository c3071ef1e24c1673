"""The reader of the OHCHR "thematic list of UPR recommendations" (Word .docx).

One table of four columns, in one of three layouts (DOMAIN.md):

- 2nd and 3rd cycles: ``Recommendation | Position | Full list of themes |
  Assessment/comments on level of implementation``. Column 3 lists themes
  (2nd cycle: with UHRI codes, ``A12 Acceptance of international norms``),
  then ``SDGs:`` (3rd cycle only) and ``Affected persons:``. Column 4 is left
  for the State's own assessment and is not read.
- 4th cycle: ``Recommendation and recommending State | Position of the State
  under review | Human rights themes and groups of persons | Relevant SDGs``.

Choices made here:

- The cycle is 4 for the 4th-cycle header. Under the shared header an
  ``SDGs:`` heading in any themes cell means the 3rd cycle, else a coded
  theme the 2nd; failing both, the title line (``UPR of Slovenia (3rd Cycle
  – 34th session)``); else None.
- A ``Theme: …`` row only groups the rows under it: its theme is always in
  the row's own "full list" too. It is used as the row's theme only when
  column 3 names none, so that a theme is never lost.
- A paragraph number listed under several themes gives one record: the
  themes, persons and SDGs of the repeats are merged into the first; the
  first position wins. A repeat with another text is refused as a RowProblem.
- ``source_symbol`` comes from the source of position (``A/HRC/59/15/Add.1 -
  Para.3`` → ``A/HRC/59/15``), else from a symbol in the lines above the
  table, else None. Country and session come from those lines when given.
- Row numbers are table row indices, the header row being row 1 (tables
  after the first one continue the count).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from desktop.domain.errors import ImportFileError
from desktop.services.importing.files import (
    MAX_CELL_CHARS,
    check_file,
    check_zip_container,
    read_head,
)
from desktop.services.importing.records import ImportedRecommendation, RowProblem, ThemeName
from desktop.services.importing.thematic_cells import (
    CellError,
    DocumentInfo,
    clean_line,
    parse_annotations,
    parse_recommendation_cell,
    read_document_info,
    report_symbol,
    theme_name,
    unique,
)
from desktop.services.importing.values import parse_position

__all__ = ["looks_like_thematic_list", "read_thematic_list"]

_HEADER_2_3 = (
    "Recommendation",
    "Position",
    "Full list of themes",
    "Assessment/comments on level of implementation",
)
_HEADER_4 = (
    "Recommendation and recommending State",
    "Position of the State under review",
    "Human rights themes and groups of persons",
    "Relevant SDGs",
)
# Matched on the header lower-cased, with punctuation made spaces.
_SHARED = "cycles 2-3"
_FOURTH = "cycle 4"
_LAYOUTS: dict[str, tuple[re.Pattern[str], ...]] = {
    _SHARED: tuple(
        re.compile(p)
        for p in (
            r"recommendations?",
            r"positions?",
            r"full list of themes",
            r"assessment (?:and )?comments? on (?:the )?level of implementation",
        )
    ),
    _FOURTH: tuple(
        re.compile(p)
        for p in (
            r"recommendations? and recommending states?",
            r"position of the state under review",
            r"human rights themes and groups of persons",
            r"relevant sdgs?",
        )
    ),
}
_THEME_ROW = re.compile(r"^(?:theme|thème|tema|right or area)\s*[:：]\s*(?P<theme>.*)$", re.I)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MECHANISM = "UPR"


@dataclass(frozen=True)
class _Document:
    """The parts of the .docx the reader needs, as plain text."""

    title_lines: list[str]
    tables: list[list[list[str]]]
    """Every row as one text per grid column; a column merged into the one
    before it reads ""."""


def looks_like_thematic_list(path: Path) -> bool:
    """True when the file is a .docx whose body has a 4-column table whose
    header matches one of the three layouts. Never raises."""
    try:
        return bool(_matching_tables(_open(path).tables))
    except Exception:  # a sniffing test: any failure just means "not this format"
        return False


def read_thematic_list(path: Path) -> Iterator[ImportedRecommendation | RowProblem]:
    """One ImportedRecommendation per paragraph number, and a RowProblem for
    each table row that cannot be read. Raises only ImportFileError."""
    document = _open(path)
    tables = _matching_tables(document.tables)
    if not tables:
        raise _layout_error(document.tables, path.name)
    info = read_document_info(document.title_lines)
    layout = tables[0][0]
    reader = _RowReader(layout=layout, info=info)
    offset = 0
    for layout_of_table, header_index, rows in tables:
        if layout_of_table == layout:
            reader.read_table(rows, header_index, offset)
        offset += len(rows)
    yield from reader.results()


def _open(path: Path) -> _Document:
    name = path.name
    check_file(path)
    if read_head(path, len(_OLE_MAGIC)) == _OLE_MAGIC:
        raise ImportFileError(
            "this is an old Word .doc file; open it in Word and save it as .docx",
            file=name,
            code="import.old_word",
        )
    try:
        check_zip_container(path)
        return _load(path)
    except ImportFileError:
        raise
    # python-docx and lxml raise many kinds of errors on a damaged or foreign
    # package (KeyError, ValueError, BadZipFile, XMLSyntaxError,
    # PackageNotFoundError, AttributeError on a missing element...), and the
    # like: every one means
    # the file cannot be read, and the reader promises ImportFileError only.
    except Exception as exc:
        detail = str(exc).strip() or type(exc).__name__
        raise ImportFileError(
            f"the file is not a Word document or is damaged ({detail[:200]})",
            file=name,
            code="import.not_word",
            params={"reason": detail[:200]},
        ) from None


def _load(path: Path) -> _Document:
    document = Document(str(path))
    title_lines: list[str] = []
    tables: list[list[list[str]]] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            if not tables:
                title_lines.append(block.text)
        elif isinstance(block, Table):
            tables.append(_table_rows(block))
    # The symbol or the State's name may stand in the page header only.
    if document.sections and not document.sections[0].header.is_linked_to_previous:
        title_lines.extend(p.text for p in document.sections[0].header.paragraphs)
    return _Document(title_lines=title_lines, tables=tables)


def _table_rows(table: Table) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.rows:
        texts = [""] * row.grid_cols_before
        previous = None
        for cell in row.cells:
            # A cell spanning several grid columns comes back once per column.
            texts.append("" if cell is previous else cell.text)
            previous = cell
        rows.append(texts)
    return rows


def _header_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", clean_line(text).casefold()).split())


def _layout_of(cells: list[str]) -> str | None:
    filled = [cell for cell in cells if cell.strip()]
    if len(filled) != 4:
        return None
    keys = [_header_key(cell) for cell in filled]
    for layout, patterns in _LAYOUTS.items():
        if all(p.fullmatch(key) for p, key in zip(patterns, keys, strict=True)):
            return layout
    return None


def _matching_tables(tables: list[list[list[str]]]) -> list[tuple[str, int, list[list[str]]]]:
    """(layout, header row index, rows) of each table headed like a thematic
    list; the header may follow a title row or two inside the table."""
    found: list[tuple[str, int, list[list[str]]]] = []
    for rows in tables:
        for index, cells in enumerate(rows[:3]):
            layout = _layout_of(cells)
            if layout is not None:
                found.append((layout, index, rows))
                break
    return found


def _layout_error(tables: list[list[list[str]]], file: str) -> ImportFileError:
    """A document without a table headed as a thematic list."""
    headers = {"header_2_3": " | ".join(_HEADER_2_3), "header_4": " | ".join(_HEADER_4)}
    expected = (
        f'expected a table headed "{headers["header_2_3"]}" (2nd and 3rd cycles) '
        f'or "{headers["header_4"]}" (4th cycle)'
    )
    if not tables:
        return ImportFileError(
            f"the document has no table; {expected}",
            file=file,
            code="import.no_table",
            params={"header_2_3": headers["header_2_3"], "header_4": headers["header_4"]},
        )
    first = " | ".join(clean_line(cell) for cell in tables[0][0] if cell.strip())
    return ImportFileError(
        f'this is not an OHCHR thematic list of recommendations: {expected}, not "{first}"',
        file=file,
        code="import.not_thematic",
        params={
            "header_2_3": headers["header_2_3"],
            "header_4": headers["header_4"],
            "first": first,
        },
    )


class _RowReader:
    """Reads the rows of the tables, keeping one record per paragraph number."""

    def __init__(self, *, layout: str, info: DocumentInfo) -> None:
        self.layout = layout
        self.info = info
        self.columns: list[str] = list(_HEADER_4 if layout == _FOURTH else _HEADER_2_3)
        self.records: dict[str, ImportedRecommendation] = {}
        self.problems: list[RowProblem] = []
        self.heading: ThemeName | None = None
        self.has_codes = False
        self.has_sdg_heading = False

    def read_table(self, rows: list[list[str]], header_index: int, offset: int) -> None:
        self.columns = [clean_line(c) for c in rows[header_index] if c.strip()]
        for index, cells in enumerate(rows[header_index + 1 :], start=header_index + 2):
            self.read_row(offset + index, (cells + [""] * 4)[:4])

    def read_row(self, row: int, cells: list[str]) -> None:
        if not any(cell.strip() for cell in cells) or _layout_of(cells) is not None:
            return  # a blank row, or the header repeated on a later page
        theme = _THEME_ROW.match(clean_line(cells[0]))
        if theme:
            self.heading = theme_name(theme.group("theme")) if theme.group("theme") else None
            return
        for column, cell in zip(self.columns, cells, strict=False):
            if len(cell) > MAX_CELL_CHARS:
                self.problem(
                    row,
                    f"the cell holds {len(cell):,} characters (at most {MAX_CELL_CHARS:,})",
                    column,
                    code="import.row_cell_too_long",
                    params={"characters": len(cell), "maximum": MAX_CELL_CHARS},
                )
                return
        try:
            recommendation = parse_recommendation_cell(cells[0])
        except CellError as exc:
            self.problem(row, str(exc), self.columns[0], exc.code, exc.params)
            return
        position = parse_position(cells[1])
        if position is None:
            self.problem(
                row,
                f'the position "{clean_line(cells[1])}" is not recognised '
                "(expected Supported, Supported in part, Noted or Pending)",
                self.columns[1],
                code="import.position_not_recognised",
                params={"value": clean_line(cells[1])},
            )
            return
        themes_cell = parse_annotations(cells[2])
        self.has_codes = self.has_codes or themes_cell.has_codes
        self.has_sdg_heading = self.has_sdg_heading or themes_cell.has_sdg_heading
        sdg_cell = parse_annotations(cells[3], section="sdgs") if self.layout == _FOURTH else None
        themes = themes_cell.themes or ((self.heading,) if self.heading else ())
        record = ImportedRecommendation(
            row=row,
            mechanism_code=_MECHANISM,
            text=recommendation.text,
            paragraph=recommendation.paragraph,
            source_symbol=report_symbol(recommendation.response_symbol) or self.info.symbol,
            session=self.info.session,
            country=self.info.country,
            response=position,
            response_symbol=recommendation.response_symbol,
            recommending_states=recommendation.states,
            themes=themes,
            affected_persons=themes_cell.affected_persons,
            sdg_goals=unique(themes_cell.sdg_goals + (sdg_cell.sdg_goals if sdg_cell else ())),
            sdg_targets=unique(
                themes_cell.sdg_targets + (sdg_cell.sdg_targets if sdg_cell else ())
            ),
        )
        self.add(record)

    def add(self, record: ImportedRecommendation) -> None:
        paragraph = record.paragraph or ""
        first = self.records.get(paragraph)
        if first is None:
            self.records[paragraph] = record
            return
        if first.text.casefold() != record.text.casefold():
            self.problem(
                record.row,
                f"paragraph {paragraph} appears twice with different texts "
                f"(first at row {first.row})",
                self.columns[0],
                code="import.paragraph_twice",
                params={"paragraph": paragraph, "first_row": first.row},
            )
            return
        self.records[paragraph] = first._replace(
            recommending_states=unique(first.recommending_states + record.recommending_states),
            themes=unique(first.themes + record.themes),
            affected_persons=unique(first.affected_persons + record.affected_persons),
            sdg_goals=unique(first.sdg_goals + record.sdg_goals),
            sdg_targets=unique(first.sdg_targets + record.sdg_targets),
        )

    def problem(
        self,
        row: int,
        reason: str,
        column: str | None,
        code: str | None = None,
        params: dict[str, object] | None = None,
    ) -> None:
        self.problems.append(
            RowProblem(row=row, reason=reason, column=column, code=code, params=params or {})
        )

    def cycle(self) -> int | None:
        if self.layout == _FOURTH:
            return 4
        if self.has_sdg_heading:
            return 3
        if self.has_codes:
            return 2
        return self.info.cycle if self.info.cycle in (2, 3) else None

    def results(self) -> list[ImportedRecommendation | RowProblem]:
        """Records and problems in the order of their rows."""
        cycle = self.cycle()
        items: list[ImportedRecommendation | RowProblem] = [
            record._replace(cycle=cycle) for record in self.records.values()
        ]
        items.extend(self.problems)
        return sorted(items, key=lambda item: item.row)
