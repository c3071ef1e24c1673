"""The size checks before python-calamine opens a workbook (issue 13): a sheet
whose cells reach too far, or shared strings that claim too much, is refused
with ImportFileError instead of aborting the program.

Files that could abort are opened in a child process (xlsx_parts.open_in_child)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import ImportFileError
from desktop.services.importing.detect import detect_format
from desktop.services.importing.records import ImportedRecommendation, ImportFormat
from desktop.services.importing.tables import sample_rows
from desktop.services.importing.uhri import read_uhri
from desktop.services.importing.xlsx_guard import check_workbook
from desktop.services.importing.xlsx_scan import column_name
from tests.unit.import_files import UHRI_ROWS, write_uhri_xlsx
from tests.unit.xlsx_parts import (
    MAIN,
    inline,
    open_in_child,
    outcomes,
    sheet_xml,
    write_issue_file,
    write_xlsx,
)

SMALL = f'<row r="1">{inline("A1", "Text")}{inline("B1", "Country")}</row>'


def refused(path: Path, sheet: str | None = None) -> str:
    with pytest.raises(ImportFileError) as error:
        check_workbook(path, sheet)
    assert error.value.file == path.name
    return error.value.message


# --- the issue's file --------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="sets a POSIX address-space limit")
def test_the_issue_file_would_abort_the_reader_unchecked(tmp_path: Path) -> None:
    """The fixture reproduces the issue: python-calamine alone aborts (SIGABRT).
    Should a later version refuse such a file by itself, this test can go."""
    path = write_issue_file(tmp_path / "issue.xlsx")
    assert path.stat().st_size < 6 * 1024
    script = (
        "import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))\n"
        "from python_calamine import CalamineWorkbook\n"
        "book = CalamineWorkbook.from_path(sys.argv[1])\n"
        "book.get_sheet_by_name(book.sheet_names[0])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0 and "memory allocation" in result.stderr


def test_the_issue_file_is_refused_by_every_entry_point(tmp_path: Path) -> None:
    path = write_issue_file(tmp_path / "issue.xlsx")
    seen = outcomes(open_in_child(path))
    assert set(seen) == {"detect", "header", "sample", "rows"}
    for outcome in seen.values():
        assert outcome.startswith("refused: issue.xlsx: ")
        assert "1,048,576 rows × 16,384 columns" in outcome and "A1:XFD1048576" in outcome


def test_the_issue_file_through_the_command_line(tmp_path: Path) -> None:
    path = write_issue_file(tmp_path / "issue.xlsx")
    db = str(tmp_path / "x.sqlite3")
    script = Path(sys.executable).with_name("nmrf-desk")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "desktop"]
    init = subprocess.run([*command, "--db", db, "init"], capture_output=True, text=True)
    assert init.returncode == 0, init.stderr
    result = subprocess.run(
        [*command, "--db", db, "import", str(path)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("nmrf-desk: error: issue.xlsx: ")
    assert 'the sheet "Sheet1"' in result.stderr and "never that large" in result.stderr


# --- what calamine would allocate ------------------------------------------------------


def test_a_huge_declared_dimension_with_cells_near_a1_is_read(tmp_path: Path) -> None:
    """calamine sizes a sheet by its cells; the dimension costs nothing."""
    path = write_xlsx(tmp_path / "wide.xlsx", sheet_xml(SMALL, "A1:XFD1048576"))
    assert check_workbook(path) == "Sheet1"
    assert sample_rows(path).headers == ["Text", "Country"]


@pytest.mark.parametrize(
    ("dimension", "far", "expected"),
    [
        (None, "XFD1048576", "XFD1048576: 1,048,576 rows × 16,384 columns"),
        ("A1:B2", "XFD1048576", "(it declares A1:B2)"),
        ("A1:B2", "AV1048576", "1,048,576 rows × 48 columns"),
        (None, "xfd1048576", "XFD1048576"),
        (None, "A1048577", "cell A1048577, beyond the last row"),
        (None, "XFE1", "cell XFE1, beyond"),
        (None, "ZZZZZZZZZZZZ1", "beyond the last row (1,048,576) or column (XFD)"),
        (None, "A4294967297", "A4294967297"),  # calamine would wrap it to row 1
    ],
)
def test_a_far_cell_is_refused(
    tmp_path: Path, dimension: str | None, far: str, expected: str
) -> None:
    rows = SMALL + f"<row>{inline(far, 'far')}</row>"
    path = write_xlsx(tmp_path / "far.xlsx", sheet_xml(rows, dimension))
    assert expected in refused(path)


def test_cells_placed_without_references_are_followed(tmp_path: Path) -> None:
    """Rows and cells without ``r`` continue from the previous ones, as calamine reads them."""
    far_row = '<row r="1048576"/><row>' + inline(None, "x") + "</row>"
    path = write_xlsx(tmp_path / "rows.xlsx", sheet_xml(SMALL + far_row))
    assert "A1048577" in refused(path)
    far_column = '<row r="2"><c r="XFC2"/>' + inline(None, "x") + inline(None, "y") + "</row>"
    path = write_xlsx(tmp_path / "columns.xlsx", sheet_xml(SMALL + far_column))
    assert "cell XFE2" in refused(path)


@pytest.mark.parametrize(
    "cell",
    [
        '<x:c r="XFD1048576" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c>',  # any prefix
        '<c t="inlineStr"r="XFD1048576"><is><t>x</t></is></c>',  # no space before r
        '<c r="A2" t="inlineStr" r="XFD1048576"><is><t>x</t></is></c>',  # calamine takes the last
        '<c r="XFD1048576" t="str"><v></v></c>',  # an empty text is a value to calamine
    ],
)
def test_far_cells_in_odd_spellings_are_refused(tmp_path: Path, cell: str) -> None:
    path = write_xlsx(tmp_path / "odd.xlsx", sheet_xml(SMALL + f'<row r="2">{cell}</row>'))
    refused(path)


def test_far_cells_without_a_value_cost_nothing(tmp_path: Path) -> None:
    rows = SMALL + '<row r="1048576"><c r="XFD1048576" s="1"/></row>'
    path = write_xlsx(tmp_path / "styled.xlsx", sheet_xml(rows, "A1:XFD1048576"))
    assert check_workbook(path) == "Sheet1"


def test_a_sheet_in_utf16_is_checked_too(tmp_path: Path) -> None:
    text = sheet_xml(SMALL + f'<row r="2">{inline("XFD1048576", "x")}</row>')
    data = text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    assert "XFD1048576" in refused(write_xlsx(tmp_path / "u16.xlsx", data))


def test_the_sheet_is_found_as_calamine_finds_it(tmp_path: Path) -> None:
    """A part of any name, found without regard to case."""
    rows = SMALL + f'<row r="2">{inline("XFD1048576", "x")}</row>'
    for part in ("xl/worksheets/data.bin", "XL/Worksheets/SHEET1.XML"):
        path = write_xlsx(tmp_path / "named.xlsx", sheet_xml(rows), sheet_part=part)
        refused(path)
    path = write_xlsx(tmp_path / "named.xlsx", sheet_xml(rows), sheet_name="Data")
    assert 'no sheet "Other"' in refused(path, "Other")
    assert 'the sheet "Data"' in refused(path, "Data")


def test_shared_strings_that_claim_too_much_are_refused(tmp_path: Path) -> None:
    strings = (
        f'<?xml version="1.0"?><sst xmlns="{MAIN}" count="1" '
        'uniqueCount="99999999999999"><si><t>x</t></si></sst>'
    )
    cell = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    path = write_xlsx(tmp_path / "sst.xlsx", sheet_xml(cell), shared_strings=strings)
    assert "99,999,999,999,999 different texts" in refused(path)
    honest = strings.replace("99999999999999", "1")
    assert check_workbook(write_xlsx(tmp_path / "ok.xlsx", sheet_xml(cell), shared_strings=honest))


def test_a_package_another_reader_would_take_is_refused(tmp_path: Path) -> None:
    extra = {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}
    path = write_xlsx(tmp_path / "both.xlsx", sheet_xml(SMALL), extra=extra)
    assert "OpenDocument or XLSB" in refused(path)


def test_a_declared_dtd_is_refused(tmp_path: Path) -> None:
    sheet = sheet_xml(SMALL).replace("<worksheet", '<!DOCTYPE w [<!ENTITY e "x">]><worksheet', 1)
    # A cell without a reference sends the sheet to the parser that places cells.
    sheet = sheet.replace("</sheetData>", f"<row>{inline(None, '&e;')}</row></sheetData>")
    assert "not well-formed" in refused(write_xlsx(tmp_path / "dtd.xlsx", sheet))


# --- real files still import -------------------------------------------------------------


def test_a_normal_workbook_still_imports(tmp_path: Path) -> None:
    path = write_uhri_xlsx(tmp_path / "uhri.xlsx")
    assert check_workbook(path) == "Sheet"
    assert detect_format(path) is ImportFormat.UHRI
    records = [r for r in read_uhri(path) if isinstance(r, ImportedRecommendation)]
    assert len(records) == len(UHRI_ROWS)
    assert outcomes(open_in_child(path)) == dict.fromkeys(
        ("detect", "header", "sample", "rows"), "ok"
    )


def test_a_normal_workbook_imports_through_the_service(tmp_path: Path) -> None:
    from desktop.services.database import open_database
    from desktop.services.importing.service import import_file

    db = open_database(str(tmp_path / "x.sqlite3"), create=True)
    try:
        summary = import_file(db, write_uhri_xlsx(tmp_path / "uhri.xlsx"), dry_run=False)
    finally:
        db.dispose()
    assert (summary.format, summary.new, summary.rejected) == (ImportFormat.UHRI, 3, [])


@pytest.mark.parametrize("columns", [20, 60, 300])
@pytest.mark.parametrize("prefix", ["", "x:"])
def test_wide_and_prefixed_sheets_are_read(tmp_path: Path, columns: int, prefix: str) -> None:
    names = [f"{column_name(n)}" for n in range(1, columns + 1)]
    rows = "".join(
        f'<{prefix}row r="{r}">'
        + "".join(inline(f"{name}{r}", f"{name}-{r}", f"{prefix}c") for name in names)
        + f"</{prefix}row>"
        for r in (1, 2)
    )
    path = write_xlsx(tmp_path / "wide.xlsx", sheet_xml(rows, prefix=prefix))
    assert check_workbook(path) == "Sheet1"
    assert sample_rows(path).headers == [f"{name}-1" for name in names]


# --- any workbook: read, or ImportFileError; never an abort ------------------------------

_REFS = st.one_of(
    st.sampled_from(["XFD1048576", "AV1048576", "A1048577", "XFE1", "ZZZZ1", "A4294967296"]),
    st.builds(
        lambda c, r: c + str(r), st.sampled_from(["A", "b", "Z", "AA", "ab"]), st.integers(1, 60)
    ),
    st.sampled_from(["", "A0", "1", "A", "A1:", "-1", "A 1"]),
)
_DIMENSIONS = st.one_of(
    st.none(),
    st.sampled_from(["A1:XFD1048576", "A1:", "ZZZZ1", "a1:b2", "", "B2:A1", "A1:B2", "1:1"]),
)


@st.composite
def _cells(draw: st.DrawFn) -> str:
    ref = draw(st.none() | _REFS)
    tag = draw(st.sampled_from(["c", "c", "x:c"]))
    if draw(st.booleans()):
        return f"<{tag}{'' if ref is None else f' r={chr(34)}{ref}{chr(34)}'}/>"
    return inline(ref, draw(st.sampled_from(["x", "", "&amp;"])), tag)


@st.composite
def _rows(draw: st.DrawFn) -> str:
    ref = draw(st.none() | st.sampled_from(["1", "2", "7", "1048576", "1048577", "0", "x"]))
    cells = "".join(draw(st.lists(_cells(), max_size=4)))
    return f"<row{'' if ref is None else f' r={chr(34)}{ref}{chr(34)}'}>{cells}</row>"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(_rows(), min_size=1, max_size=5),
    dimension=_DIMENSIONS,
    unique=st.none() | st.sampled_from(["1", "5", "99999999999999", "x"]),
)
def test_any_workbook_is_read_or_refused_never_aborts(
    tmp_path: Path, rows: list[str], dimension: str | None, unique: str | None
) -> None:
    sheet = sheet_xml(SMALL + "".join(rows), dimension).replace(
        "<worksheet ", f'<worksheet xmlns:x="{MAIN}" '
    )
    strings = None
    if unique is not None:
        strings = f'<sst xmlns="urn:x" uniqueCount="{unique}"><si><t>a</t></si></sst>'
    path = write_xlsx(tmp_path / "any.xlsx", sheet, shared_strings=strings)
    for outcome in outcomes(open_in_child(path)).values():
        assert outcome == "ok" or outcome.startswith("refused: any.xlsx")


def test_a_truncated_sheet_part_is_damaged_not_a_crash(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "cut.xlsx", sheet_xml(SMALL)[:-30] + "<row><c>")
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
    for outcome in outcomes(open_in_child(path)).values():
        assert outcome.startswith("refused: cut.xlsx")
