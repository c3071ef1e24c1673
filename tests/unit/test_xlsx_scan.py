"""The two scans of a worksheet part against python-calamine itself: on small
sheets (nothing here can make it allocate much) the exact scan must place the
cells where calamine does, and the quick scan must never pass a sheet that
reaches beyond its rectangle."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Generator
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from desktop.services.importing.xlsx_scan import (
    MAX_CELLS,
    _at_most,
    column_name,
    exact_scan,
    quick_scan,
    reference,
)
from tests.unit.xlsx_parts import inline, sheet_xml, write_xlsx

_VALUES = ["<v>1</v>", "<is><t>x</t></is>", "<f>1+1</f><v>2</v>"]


@st.composite
def _cell(draw: st.DrawFn, prefix: str) -> str:
    ref = draw(
        st.none()
        | st.builds(lambda c, r: f"{column_name(c)}{r}", st.integers(1, 40), st.integers(1, 40))
    )
    where = "" if ref is None else f' r="{ref.lower() if draw(st.booleans()) else ref}"'
    kind = draw(st.sampled_from(["empty", "value", "value", "pair"]))
    if kind == "empty":
        return f"<{prefix}c{where}/>"
    value = (
        draw(st.sampled_from(_VALUES))
        .replace("<", f"<{prefix}")
        .replace(f"<{prefix}/", f"</{prefix}")
    )
    typed = ' t="inlineStr"' if "is>" in value else ""
    return f"<{prefix}c{where}{typed}>{value}</{prefix}c>"


@st.composite
def _sheet(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(["", "x:"]))
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        ref = draw(st.none() | st.integers(1, 40).map(str) | st.sampled_from(["C3", "b9"]))
        where = "" if ref is None else f' r="{ref}"'  # a row's column is ignored
        cells = "".join(draw(st.lists(_cell(prefix), max_size=5)))
        rows.append(f"<{prefix}row{where}>{cells}</{prefix}row>")
    return sheet_xml("".join(rows), draw(st.none() | st.just("A1:XFD1048576")), prefix)


def _chunks(path: Path) -> Generator[bytes]:
    with zipfile.ZipFile(path) as archive, archive.open("xl/worksheets/sheet1.xml") as part:
        while block := part.read(7):  # small blocks: tags cut between chunks
            yield block


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sheet=_sheet())
def test_cells_are_placed_where_calamine_places_them(tmp_path: Path, sheet: str) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", sheet)
    book = CalamineWorkbook.from_path(str(path))
    loaded = book.get_sheet_by_name("Sheet1")
    extent = exact_scan(_chunks(path))
    if loaded.end is None:
        assert extent.cells == 0
    else:
        assert (extent.rows, extent.columns) == (loaded.end[0] + 1, loaded.end[1] + 1)
    # The quick scan sends only cells without a reference to the exact one.
    assert quick_scan(lambda: _chunks(path), 0) or re.search(r"<(x:)?c(?! r=)[ />]", sheet)


@given(limit=st.integers(1, 2_000_000), value=st.integers(1, 3_000_000))
def test_the_row_pattern_takes_numbers_up_to_its_limit(limit: int, value: int) -> None:
    pattern = re.compile(b"(?:" + _at_most(str(limit), "123456789", "0123456789") + b")")
    assert (pattern.fullmatch(str(value).encode()) is not None) == (value <= limit)


@given(limit=st.integers(1, 20_000), value=st.integers(1, 20_000), lower=st.booleans())
def test_the_column_pattern_takes_columns_up_to_its_limit(
    limit: int, value: int, lower: bool
) -> None:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    pattern = re.compile(b"(?:" + _at_most(column_name(limit), letters, letters) + b")")
    name = column_name(value).lower() if lower else column_name(value)
    assert (pattern.fullmatch(name.encode()) is not None) == (value <= limit)
    assert reference(f"{name}7") == (7, value)


def test_the_quick_scan_stops_at_its_rectangle(tmp_path: Path) -> None:
    def sheet(ref: str) -> Path:
        rows = f'<row r="1">{inline("A1", "h")}{inline(ref, "x")}</row>'
        return write_xlsx(tmp_path / "q.xlsx", sheet_xml(rows))

    def quick(path: Path) -> bool:
        return quick_scan(lambda: _chunks(path), 0)

    assert quick(sheet("AU1048576"))  # 47 columns × every row: 49 million cells
    assert not quick(sheet("AV1048576"))
    assert quick(sheet("CV500000")) and not quick(sheet("CV500001"))
    assert quick(sheet("XFD3051")) and not quick(sheet("XFD3052"))
    assert 47 * 1_048_576 <= MAX_CELLS < 48 * 1_048_576
