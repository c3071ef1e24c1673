"""Rows of a spreadsheet, XLSX or CSV alike, after the safety checks: the
header row, then each data row as a dict of header → cleaned text.

XLSX is read with python-calamine after the zip checks of files.py and the
size checks of xlsx_guard.py (the Rust reader aborts the program when an
allocation fails, so nothing may reach it that would make it allocate too much)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from desktop.domain.errors import ImportFileError
from desktop.services.importing.files import (
    MAX_CELL_CHARS,
    check_file,
    check_zip_container,
    clean_cell,
    csv_rows,
    decode_text,
    is_zip,
    read_head,
    unreadable,
)
from desktop.services.importing.xlsx_guard import check_workbook

_HEAD_BYTES = 65536
_is_text = partial(type.__instancecheck__, str)
"""isinstance(value, str), as one C call for filter()."""


class TableRow(NamedTuple):
    """A data row (a named tuple: a reader makes one a row, 250,000 for a
    whole UHRI export, and a frozen dataclass sets each field by a call)."""

    number: int
    """The row's number in the file as a person sees it (the header is row 1 in a sheet)."""
    cells: dict[str, str]
    values: list[Any]
    """The values as the file holds them (numbers and dates for XLSX), in header order."""
    positions: dict[str, int]

    def raw(self, header: str | None) -> Any:
        """A cell's value as the file holds it (an Excel date is a number or a datetime)."""
        position = self.positions.get(header or "")
        return (
            self.values[position] if position is not None and position < len(self.values) else None
        )


@dataclass
class Table:
    file: str
    headers: list[str]
    rows: Iterator[TableRow]
    encoding: str | None = None
    """The detected encoding of a CSV file; None for XLSX."""
    estimate: int | None = None
    """How many data rows the file holds, about (for progress)."""


def open_table(path: Path, *, sheet: str | None = None) -> Table:
    """Open an XLSX or CSV file as a :class:`Table`. Raises only ImportFileError."""
    check_file(path)
    if is_zip(path):
        return _open_xlsx(path, sheet)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".docx"):
        raise ImportFileError(
            "the file is not a valid Office document (it is not a zip package)",
            file=path.name,
            code="import.office_not_zip",
        )
    return _open_csv(path)


def read_header(path: Path) -> list[str]:
    """Just the header row (for detecting a format)."""
    table = _open_xlsx(path, None, keep=True) if is_zip(path) else _open_csv(path, head_only=True)
    _close(table)
    return table.headers


def _close(table: Table) -> None:
    """Stop reading a table early (an XLSX workbook is closed)."""
    close = getattr(table.rows, "close", None)
    if close is not None:
        close()


def _open_csv(path: Path, *, head_only: bool = False) -> Table:
    try:
        data = read_head(path, _HEAD_BYTES) if head_only else path.read_bytes()
    except OSError as exc:
        raise unreadable(exc.strerror, path.name) from None
    partial = head_only and len(data) == _HEAD_BYTES
    if partial:
        data = data[: max(data.rfind(b"\n"), data.rfind(b"\r"), 1)]
    text, encoding = decode_text(data, path.name, partial=partial)
    rows = csv_rows(text, path.name)
    try:
        _, header_cells = next(rows)
    except StopIteration:
        raise ImportFileError(
            "the file has no rows", file=path.name, code="import.no_rows"
        ) from None
    headers = _headers(header_cells, path.name)

    positions = {h: i for i, h in enumerate(headers) if h}

    # Without NUL characters in the file, an ASCII cell needs only stripping
    # (clean_cell's result; a call per cell costs a fifth of the reading).
    nul_free = "\x00" not in text

    def data_rows() -> Iterator[TableRow]:
        for number, cells in rows:
            if nul_free:
                values = {
                    h: c.strip() if c.isascii() else clean_cell(c)
                    for h, c in zip(headers, cells, strict=False)
                    if h
                }
            else:
                values = {h: clean_cell(c) for h, c in zip(headers, cells, strict=False) if h}
            yield TableRow(number, values, cells, positions)

    lines = text.count("\n") or text.count("\r")
    return Table(path.name, headers, data_rows(), encoding, estimate=max(lines - 1, 0))


# The sheet last loaded for reading a header (format detection), kept for the
# read that follows: calamine loads a whole sheet at once (5 s for 250,000 rows).
_last_sheet: tuple[tuple[str, int, int, str], Any] | None = None
_last_sheet_lock = threading.Lock()


def _loaded_sheet(path: Path, name: str, workbook: Any, *, keep: bool) -> Any:
    global _last_sheet
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns, name)
    with _last_sheet_lock:
        cached, _last_sheet = _last_sheet, None
        if cached is not None and cached[0] == key:
            worksheet = cached[1]
        else:
            worksheet = workbook.get_sheet_by_name(name)
        if keep:
            _last_sheet = (key, worksheet)
    return worksheet


def _open_xlsx(path: Path, sheet: str | None, *, keep: bool = False) -> Table:
    members = check_zip_container(path)
    if "xl/workbook.xml" not in members:
        raise ImportFileError(
            "the file is an Office package but not an Excel workbook",
            file=path.name,
            code="import.office_not_excel",
        )
    checked = check_workbook(path, sheet)
    # python-calamine (Rust) reads a sheet ten times faster than openpyxl's
    # read-only mode and never expands XML entities.
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = workbook.sheet_names
        if sheet is not None and sheet not in names:
            raise ImportFileError(
                f'the workbook has no sheet "{sheet}"',
                file=path.name,
                code="import.no_such_sheet",
                params={"sheet": sheet},
            )
        if not names:
            raise ImportFileError(
                "the workbook has no sheet", file=path.name, code="import.no_sheet"
            )
        if (sheet or names[0]) != checked:
            check_workbook(path, sheet or names[0])
        worksheet = _loaded_sheet(path, sheet or names[0], workbook, keep=keep)
        first_column = worksheet.start[1] if worksheet.start else 0
        rows = _xlsx_rows(worksheet.iter_rows(), path.name, first_column)
        _, header_cells = next(rows)
    except ImportFileError:
        raise
    except StopIteration:
        raise ImportFileError(
            "the sheet has no rows", file=path.name, code="import.sheet_no_rows"
        ) from None
    except Exception as exc:  # calamine reports damage with errors of several kinds
        raise _damaged("workbook", exc, path.name) from None
    except BaseException as exc:
        if not _is_panic(exc):
            raise
        raise _damaged("workbook", exc, path.name) from None
    headers = _headers([clean_cell(_text(c)) for c in header_cells], path.name)

    positions = {h: i for i, h in enumerate(headers) if h}

    def data_rows() -> Iterator[TableRow]:
        for number, cells in rows:
            # An ASCII text without NUL needs only stripping (clean_cell's
            # result, without a call per cell: a sixth of reading a workbook).
            texts = {
                h: v.strip()
                if type(v) is str and v.isascii() and "\x00" not in v
                else clean_cell(v if type(v) is str else _text(v))
                for h, v in zip(headers, cells, strict=False)
                if h
            }
            yield TableRow(number, texts, cells, positions)

    return Table(path.name, headers, data_rows(), None, estimate=max(worksheet.height - 1, 0))


def _xlsx_rows(
    values: Iterator[list[Any]], file: str, first_column: int
) -> Iterator[tuple[int, list[Any]]]:
    try:
        for number, row in enumerate(values, start=1):
            if not any(v is not None and str(v).strip() for v in row):
                continue
            # (The text cells' longest length, found in C: a list of them made
            # first cost a tenth of reading a row.)
            if max(map(len, filter(_is_text, row)), default=0) <= MAX_CELL_CHARS:
                yield number, list(row)
                continue
            for index, value in enumerate(row):
                if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                    raise ImportFileError(
                        f"a cell holds {len(value):,} characters (at most {MAX_CELL_CHARS:,})",
                        file=file,
                        row=number,
                        column=_column_letter(first_column + index),
                        code="import.cell_too_long",
                        params={"characters": len(value), "maximum": MAX_CELL_CHARS},
                    )
            yield number, list(row)
    except ImportFileError:
        raise
    except Exception as exc:  # a damaged sheet part fails while streaming
        raise _damaged("sheet", exc, file) from None
    except BaseException as exc:
        if not _is_panic(exc):
            raise
        raise _damaged("sheet", exc, file) from None


def _damaged(part: str, exc: BaseException, file: str) -> ImportFileError:
    """The ``part`` (workbook or sheet) cannot be read: what the reader said."""
    if part == "sheet":
        return ImportFileError(
            f"the sheet is damaged ({exc})",
            file=file,
            code="import.sheet_damaged",
            params={"reason": str(exc)},
        )
    return ImportFileError(
        f"the workbook is damaged ({exc})",
        file=file,
        code="import.workbook_damaged",
        params={"reason": str(exc)},
    )


def _is_panic(exc: BaseException) -> bool:
    """A Rust panic in python-calamine: pyo3 raises it as a BaseException."""
    return type(exc).__name__ == "PanicException"


def _column_letter(index: int) -> str:
    """Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return str(value)


def _headers(cells: list[str], file: str) -> list[str]:
    headers = [clean_cell(c) for c in cells]
    while headers and not headers[-1]:
        headers.pop()
    if not headers:
        raise ImportFileError(
            "the first row has no column headers", file=file, row=1, code="import.no_headers"
        )
    seen: set[str] = set()
    for header in headers:
        if header and header in seen:
            raise ImportFileError(
                f'the column header "{header}" appears twice',
                file=file,
                row=1,
                column=header,
                code="import.header_twice",
                params={"header": header},
            )
        seen.add(header)
    return headers


@dataclass(frozen=True)
class SheetSample:
    """The first rows of a sheet, for a column-mapping preview."""

    file: str
    headers: list[str]
    rows: list[list[str]]
    """Cell texts in header order."""


def sample_rows(path: Path, count: int = 10, *, sheet: str | None = None) -> SheetSample:
    """The header and the first ``count`` rows of an XLSX or CSV file."""
    table = open_table(path, sheet=sheet)
    rows: list[list[str]] = []
    for row in table.rows:
        rows.append([row.cells.get(h, "") for h in table.headers])
        if len(rows) >= count:
            break
    _close(table)
    return SheetSample(path.name, table.headers, rows)


def require_columns(table: Table, missing: list[str], kind: str) -> None:
    """Refuse a file whose header row lacks columns a format needs."""
    if missing:
        raise ImportFileError(
            f"this is not {kind}: the columns "
            + ", ".join(f'"{m}"' for m in missing)
            + " are missing",
            file=table.file,
            row=1,
            code="import.columns_missing",
            params={"kind": kind, "names": ", ".join(f'"{m}"' for m in missing)},
        )
