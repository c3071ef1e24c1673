"""The status report read as it is laid out: its sections' lines come from the
database a chunk at a time, in the read transaction its figures were counted
in, and a long table reads its rows front to back, once per pass, never by
index; the read transaction's page cache is small and given back after."""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, overload

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from desktop.reports import build_report
from desktop.reports.data import (
    RegisterListData,
    StatusGrouping,
    StatusRecommendationLine,
    StatusReportData,
)
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.report_data import (
    common,
    register_list,
    release_report_data,
    report_data,
    status_lines,
)
from desktop.services.report_data.common import REPORT_CACHE_KIB, LazyLines, ReportSnapshot
from desktop.services.reporting import ReportRequest, ReportType
from desktop.store.models import Recommendation
from tests.unit.report_fixtures import status_data

TODAY = date(2026, 11, 24)


@pytest.fixture
def demo_file(tmp_path: Path) -> Iterator[Database]:
    """The demonstration country in a database of its own (these tests change it)."""
    db = open_database(str(tmp_path / "demo.sqlite3"), create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def demo_any(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The demonstration country of its own, on each engine."""
    if request.param == "sqlite":
        url = str(tmp_path / "demo.sqlite3")
    else:
        url = request.getfixturevalue("pg_server").create_database()
    db = open_database(url, create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()


def _status(db: Database, grouping: StatusGrouping = StatusGrouping.MECHANISM) -> StatusReportData:
    request = ReportRequest(ReportType.STATUS, grouping=grouping)
    data = report_data(db.session_factory, request, TODAY)
    assert isinstance(data, StatusReportData)
    return data


def _lines(data: StatusReportData) -> list[StatusRecommendationLine]:
    return [line for section in data.sections for line in section.recommendations]


def test_lines_are_read_from_the_snapshot_the_figures_were_counted_in(
    demo_any: Database,
) -> None:
    demo_file = demo_any
    data = _status(demo_file)
    assert all(isinstance(s.recommendations, LazyLines) for s in data.sections)
    # Another connection changes every recommendation before the lines are read.
    with demo_file.session_factory() as session, session.begin():
        session.execute(update(Recommendation).values(text="changed meanwhile"))
    lines = _lines(data)
    assert len(lines) == data.total == 412
    assert not any(line.text == "changed meanwhile" for line in lines)
    release_report_data(data)
    with pytest.raises(RuntimeError, match="released"):
        list(data.sections[0].recommendations)
    release_report_data(data)  # twice is harmless
    fresh = _status(demo_file)
    assert {line.text for line in _lines(fresh)} == {"changed meanwhile"}
    release_report_data(fresh)


@pytest.mark.parametrize("grouping", list(StatusGrouping))
def test_small_chunks_read_the_same_lines(
    demo_file: Database, grouping: StatusGrouping, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _lines(_status(demo_file, grouping))
    assert any(line.overdue_actions for line in whole)
    assert any(line.latest_progress for line in whole)
    assert any(line.lead for line in whole)
    monkeypatch.setattr(status_lines, "CHUNK", 7)
    chunked = _status(demo_file, grouping)
    assert _lines(chunked) == whole
    # Each iteration reads again; indexing reads up to the line asked for.
    upr = chunked.sections[0].recommendations
    assert len(upr) > 7 and upr[8] == list(upr)[8] and upr[-1] == list(upr)[-1]
    assert list(upr[3:10]) == list(upr)[3:10]
    with pytest.raises(IndexError):
        upr[len(upr)]


def test_a_snapshot_keeps_the_page_cache_small_and_gives_it_back(demo_file: Database) -> None:
    snapshot = ReportSnapshot(demo_file.session_factory)
    raw = snapshot.session.connection().connection.dbapi_connection
    assert raw is not None
    usual = -65536  # desktop.store.engine
    assert raw.execute("PRAGMA cache_size").fetchone()[0] == -REPORT_CACHE_KIB
    snapshot.close()
    assert snapshot.closed
    assert raw.execute("PRAGMA cache_size").fetchone()[0] == usual


class _Unindexable(Sequence[StatusRecommendationLine]):
    """Lines that may only be iterated; counts the passes."""

    def __init__(self, lines: Sequence[StatusRecommendationLine]) -> None:
        self.lines = list(lines)
        self.passes = 0

    def __len__(self) -> int:
        return len(self.lines)

    def __iter__(self) -> Iterator[StatusRecommendationLine]:
        self.passes += 1
        return iter(self.lines)

    @overload
    def __getitem__(self, index: int) -> StatusRecommendationLine: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[StatusRecommendationLine]: ...
    def __getitem__(self, index: Any) -> Any:
        raise AssertionError("a table's rows are read in order, not by index")


def _pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_a_long_table_reads_its_rows_in_order_once_per_pass() -> None:
    data = status_data(recommendations=240)
    listed = io.BytesIO()
    build_report(data, listed)
    streamed = [_Unindexable(s.recommendations) for s in data.sections]
    lazy = replace(
        data,
        sections=tuple(
            replace(s, recommendations=r) for s, r in zip(data.sections, streamed, strict=True)
        ),
    )
    out = io.BytesIO()
    pages = build_report(lazy, out)
    assert pages > 5
    # One pass for the columns' widths, one to lay the rows out.
    assert [s.passes for s in streamed] == [2, 2, 2]
    assert _pages_text(out.getvalue()) == _pages_text(listed.getvalue())


class _Recording(io.BytesIO):
    """A file that remembers the size of each write."""

    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[int] = []

    def write(self, data: Any) -> int:
        self.sizes.append(len(data))
        return super().write(data)


def test_the_file_is_written_object_by_object_and_reads_back_whole() -> None:
    out = _Recording()
    pages = build_report(status_data(recommendations=240), out)
    whole = out.getvalue()
    # Never the whole document's bytes at once: one object at a time.
    assert len(out.sizes) > 4 * pages and max(out.sizes) < len(whole) / 4
    reader = PdfReader(io.BytesIO(whole), strict=True)  # offsets of the xref table hold
    assert len(reader.pages) == pages and whole.rstrip().endswith(b"%%EOF")
    assert "CEDAW-1" in "".join(_pages_text(whole))
    # A canvas of ReportLab's own still gathers its document as before.
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(io.BytesIO())
    canvas.drawString(72, 72, "plain ReportLab")
    data = canvas.getpdfdata()
    assert data.startswith(b"%PDF-") and "plain ReportLab" in _pages_text(data)[0]


def test_the_register_list_reads_its_rows_from_its_snapshot(
    demo_any: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_file = demo_any
    request = ReportRequest(ReportType.LIST)
    whole = report_data(demo_file.session_factory, request, TODAY)
    assert isinstance(whole, RegisterListData)
    expected = list(whole.rows)
    release_report_data(whole)
    # Read seven rows at a time: the same rows, in the same order.
    monkeypatch.setattr(register_list, "chunks", lambda ids: common.chunks(ids, 7))
    data = report_data(demo_file.session_factory, request, TODAY)
    assert isinstance(data, RegisterListData) and isinstance(data.rows, LazyLines)
    with demo_file.session_factory() as session, session.begin():
        session.execute(update(Recommendation).values(text="changed meanwhile"))
    assert list(data.rows) == expected and len(data.rows) == data.total == 412
    release_report_data(data)
    with pytest.raises(RuntimeError, match="released"):
        list(data.rows)
