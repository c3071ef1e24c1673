"""The export service: XLSX and CSV of the demo country, filters and ids,
formula neutralisation, cancellation and failures leaving nothing behind."""

from __future__ import annotations

import csv
import errno
import io
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.services import export_rows, exporting
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.export_rows import EXTRA_HEADERS, RECOMMENDATION_HEADERS, SHEETS
from desktop.services.exporting import (
    ExportCancelled,
    ExportError,
    ExportFormat,
    export_recommendations,
    neutralise_cell,
)
from desktop.services.importing.fields import EXPORT_HEADERS, Field
from desktop.services.importing.mapped import export_profile
from desktop.services.importing.records import ImportFormat
from desktop.services.importing.service import import_file
from desktop.services.register import RegisterFilter, register_ids
from desktop.store.models import Agency, Assignment, Cluster, Recommendation

DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "\0", "|")


@pytest.fixture
def fresh_demo(tmp_path: Path) -> Iterator[Database]:
    """A demo database of its own, for tests that change it."""
    db = open_database(str(tmp_path / "own.sqlite3"), create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()


def undo(value: Any) -> Any:
    """What a re-importer does: drop an apostrophe before a dangerous character
    or another apostrophe."""
    return re.sub(r"^'(?=[=+\-@\t\r\x00|'])", "", value) if isinstance(value, str) else value


def sheet_rows(path: Path, sheet: str = "Recommendations") -> list[dict[str, Any]]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    rows = list(workbook[sheet].iter_rows(values_only=True))
    workbook.close()
    headers = [str(header) for header in rows[0]]
    return [dict(zip(headers, row, strict=False)) for row in rows[1:]]


def db_recs(db: Database) -> dict[str, Recommendation]:
    with db.session_factory() as session:
        recs = session.scalars(select(Recommendation)).all()
        for rec in recs:
            _ = (rec.mechanism.code, rec.themes, rec.recommending_states, rec.sdg_targets)
            _ = (rec.source, rec.cluster)
        return {str(rec.uuid): rec for rec in recs}


def test_xlsx_sheets_headers_frozen_bold_and_widths(demo: Database, tmp_path: Path) -> None:
    dest = tmp_path / "all.xlsx"
    result = export_recommendations(demo.session_factory, dest)

    with demo.session_factory() as session:
        total = session.scalar(select(func.count()).select_from(Recommendation))
    assert result == exporting.ExportResult(dest, total or 0, SHEETS)
    assert result.recommendations == 412
    workbook = openpyxl.load_workbook(dest)
    assert tuple(workbook.sheetnames) == SHEETS
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.b for cell in sheet[1])
        assert sheet.column_dimensions["A"].width >= 12
    recs = workbook["Recommendations"]
    headers = [cell.value for cell in recs[1]]
    assert headers == [*EXPORT_HEADERS.values(), *EXTRA_HEADERS]
    assert not set(EXTRA_HEADERS) & set(EXPORT_HEADERS.values())
    assert recs.max_row == 1 + result.recommendations
    assert recs.column_dimensions["I"].width == 80  # Text
    assert not [
        c for s in workbook.worksheets for r in s.iter_rows() for c in r if c.data_type == "f"
    ]


def test_xlsx_values_match_the_database(demo: Database, tmp_path: Path) -> None:
    dest = tmp_path / "all.xlsx"
    export_recommendations(demo.session_factory, dest)
    recs = db_recs(demo)
    rows = sheet_rows(dest)
    assert len(rows) == len(recs)
    h = EXPORT_HEADERS
    multi_line_themes = 0
    for row in rows:
        rec = recs[row["Record id"]]
        assert undo(row[h[Field.TEXT]]) == rec.text
        assert row[h[Field.REFERENCE]] == rec.reference
        assert row[h[Field.MECHANISM]] == rec.mechanism.code
        assert row[h[Field.RESPONSE]] == rec.response.value
        assert row[h[Field.STATUS]] == rec.status.value
        assert row[h[Field.PRIORITY]] == (rec.priority.value if rec.priority else None)
        assert row[h[Field.NEEDS_PARLIAMENT]] == ("yes" if rec.needs_parliament else "no")
        assert row[h[Field.ACTION_CATEGORY]] == rec.action_category
        assert rec.source is not None
        assert row[h[Field.SOURCE_SYMBOL]] == rec.source.symbol
        assert row[h[Field.SOURCE_DATE]] == rec.source.document_date.isoformat()  # type: ignore[union-attr]
        assert row[h[Field.CLUSTER]] == (rec.cluster.name if rec.cluster else None)
        themes = sorted(t.name for t in rec.themes)
        assert (row[h[Field.THEMES]] or "").split("\n") == (themes or [""])
        states = sorted(c.name for c in rec.recommending_states)
        assert (row[h[Field.RECOMMENDING_STATES]] or "").split("\n") == (states or [""])
        targets = {t.code for t in rec.sdg_targets}
        assert set((row[h[Field.SDG_TARGETS]] or "").split("\n")) - {""} == targets
        assert row[h[Field.SDG_GOALS]] is None
        assert row["Archived"] == ("yes" if rec.archived else "no")
        assert row["Last changed"].startswith(rec.updated_at.date().isoformat())
        multi_line_themes += len(themes) > 1
    assert multi_line_themes > 10
    for language, sample in (("zh", "继续努力减少贫困"), ("ar", "تعزيز المؤسسة الوطنية")):
        found = [row for row in rows if row[h[Field.TEXT_LANGUAGE]] == language]
        assert len(found) >= 4
        assert any(sample in row[h[Field.TEXT]] for row in found)
        assert all(row[h[Field.TEXT]] == recs[row["Record id"]].text for row in found)


def test_other_sheets(demo: Database, tmp_path: Path) -> None:
    dest = tmp_path / "all.xlsx"
    export_recommendations(demo.session_factory, dest)
    with demo.session_factory() as session:
        agencies = session.scalar(select(func.count()).select_from(Agency))
        links = session.scalar(
            select(func.count()).where(Assignment.recommendation_id.is_not(None))
        )
        clusters = session.scalar(select(func.count()).select_from(Cluster))
        clustered = session.scalar(
            select(func.count()).where(Recommendation.cluster_id.is_not(None))
        )
    assert len(sheet_rows(dest, "Agencies")) == agencies
    assignments = sheet_rows(dest, "Assignments")
    assert len(assignments) == links
    assert {row["Role"] for row in assignments} <= {"lead", "supporting"}
    lead_cells = sum(len((row["Lead agencies"] or "").splitlines()) for row in sheet_rows(dest))
    assert lead_cells == sum(row["Role"] == "lead" for row in assignments)
    cluster_rows = sheet_rows(dest, "Clusters")
    assert len(cluster_rows) == clusters
    assert sum(row["In this export"] for row in cluster_rows) == clustered
    assert sheet_rows(dest, "Focal points")


def test_filter_exports_only_those_in_register_order(demo: Database, tmp_path: Path) -> None:
    filt = RegisterFilter(mechanisms=("CEDAW",))
    expected = register_ids(demo.session_factory, filt)
    dest = tmp_path / "cedaw.xlsx"
    result = export_recommendations(demo.session_factory, dest, filt=filt)
    rows = sheet_rows(dest)
    assert result.recommendations == len(rows) == len(expected) > 0
    assert {row["Mechanism"] for row in rows} == {"CEDAW"}
    with demo.session_factory() as session:
        uuids = {
            i: str(u) for i, u in session.execute(select(Recommendation.id, Recommendation.uuid))
        }
    assert [row["Record id"] for row in rows] == [uuids[i] for i in expected]


def test_ids_export_only_those_in_that_order(demo: Database, tmp_path: Path) -> None:
    ids = register_ids(demo.session_factory, RegisterFilter())[5:12][::-1]
    dest = tmp_path / "some.csv"
    result = export_recommendations(demo.session_factory, dest, ids=[*ids, ids[0], 10**9])
    assert result.recommendations == len(ids)
    assert result.sheets == ()
    with dest.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with demo.session_factory() as session:
        uuids = {
            i: str(u) for i, u in session.execute(select(Recommendation.id, Recommendation.uuid))
        }
    assert [row["Record id"] for row in rows] == [uuids[i] for i in ids]


def test_csv_has_bom_and_reads_back(demo: Database, tmp_path: Path) -> None:
    dest = tmp_path / "all.csv"
    result = export_recommendations(demo.session_factory, dest, fmt=ExportFormat.CSV)
    assert dest.read_bytes().startswith(b"\xef\xbb\xbf")
    with dest.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == RECOMMENDATION_HEADERS
    assert len(rows) - 1 == result.recommendations == 412
    recs = db_recs(demo)
    text, themes, record = (
        RECOMMENDATION_HEADERS.index(h) for h in ("Text", "Themes", "Record id")
    )
    for row in rows[1:]:
        assert len(row) == len(RECOMMENDATION_HEADERS)
        assert undo(row[text]) == recs[row[record]].text
        assert row[themes].split("\n") == (sorted(t.name for t in recs[row[record]].themes) or [""])
    assert any("继续努力减少贫困" in row[text] for row in rows)


def test_format_from_suffix_or_given(demo: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"\.xlsx or \.csv"):
        export_recommendations(demo.session_factory, tmp_path / "x.txt")
    dest = tmp_path / "x.txt"
    export_recommendations(demo.session_factory, dest, fmt=ExportFormat.XLSX)
    assert openpyxl.load_workbook(io.BytesIO(dest.read_bytes())).sheetnames == list(SHEETS)
    with pytest.raises(ValueError):
        export_recommendations(demo.session_factory, dest, filt=RegisterFilter(), ids=[1])


def test_formulas_never_live(fresh_demo: Database, tmp_path: Path) -> None:
    formula = '=HYPERLINK("http://x")'
    notes = ["+1+1", "@SUM(A1)", "-2+3", "|cmd", "\tx", "'=x", "#N/A", "'quoted"]
    odd = "a\x01b\r\nc"  # XML 1.0 cannot hold \x01; the CR must survive
    with fresh_demo.session_factory.begin() as session:
        recs = session.scalars(select(Recommendation).order_by(Recommendation.id).limit(9)).all()
        recs[0].text, recs[0].notes = formula, odd
        for rec, note in zip(recs[1:], notes, strict=True):
            rec.notes = note
        cluster = session.scalars(select(Cluster)).first()
        assert cluster is not None
        cluster.name = "=1+2"
        changed = {str(rec.uuid): (rec.text, rec.notes or "") for rec in recs}
    xlsx, csv_path = tmp_path / "f.xlsx", tmp_path / "f.csv"
    export_recommendations(fresh_demo.session_factory, xlsx)
    export_recommendations(fresh_demo.session_factory, csv_path)

    workbook = openpyxl.load_workbook(xlsx)
    cells = [c for s in workbook.worksheets for r in s.iter_rows() for c in r if c.value]
    assert all(c.data_type in ("s", "n") for c in cells)  # never "f" (formula) nor "e"
    assert not [c for c in cells if isinstance(c.value, str) and c.value.startswith(DANGEROUS)]
    rows = {row["Record id"]: row for row in sheet_rows(xlsx)}
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        csv_rows = {row["Record id"]: row for row in csv.DictReader(fh)}
    for uuid, (text, note) in changed.items():
        for row in (rows[uuid], csv_rows[uuid]):
            assert undo(row["Text"]) == text
            if note == odd:
                assert row["Notes"] == "a\ufffdb\r\nc"
            else:
                assert undo(row["Notes"]) == note
                escaped = note[0] in DANGEROUS or note.startswith("'=")
                assert row["Notes"] == ("'" + note if escaped else note)
    assert rows[str(recs[0].uuid)]["Text"] == "'" + formula
    assert "'=1+2" in {row["Name"] for row in sheet_rows(xlsx, "Clusters")}


def content(db: Database) -> dict[tuple[str, str], tuple[Any, ...]]:
    """Everything an export carries that an import sets, by document and reference."""
    with db.session_factory() as session:
        found = {}
        for r in session.scalars(select(Recommendation)):
            source = r.source
            assert source is not None
            found[source.symbol or "", r.reference] = (
                r.mechanism.code, source.document_date, source.cycle, source.session,
                source.country.name if source.country else None, source.response_symbol,
                r.paragraph, r.text, r.text_language, r.response, r.action_category,
                r.annotation_id, r.status, r.priority, r.priority_rationale,
                r.needs_parliament, r.cluster.name if r.cluster else None, r.notes,
                sorted(c.name for c in r.recommending_states), sorted(t.name for t in r.themes),
                sorted(p.name for p in r.affected_persons),
                sorted(t.code for t in r.sdg_targets), sorted(i.name for i in r.upr_info_issues),
            )  # fmt: skip
        return found


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_an_export_imports_back_to_the_same_data(
    fresh_demo: Database, tmp_path: Path, suffix: str
) -> None:
    with fresh_demo.session_factory.begin() as session:
        recs = session.scalars(select(Recommendation).order_by(Recommendation.id).limit(5)).all()
        recs[0].text = '=HYPERLINK("http://x")'
        # ("'=x" would come back as "''=x": the importer drops an apostrophe only
        # before a dangerous character; neutralise_cell's test has the full rule.)
        for rec, note in zip(recs[1:], ["+1+1", "-2+3", "'quoted", "@x\n- y\n=z"], strict=True):
            rec.notes = note
    dest = tmp_path / f"all.{suffix}"
    export_recommendations(fresh_demo.session_factory, dest)
    target = open_database(str(tmp_path / "target.sqlite3"), create=True)
    try:
        summary = import_file(target, dest, fmt=ImportFormat.MAPPED, mapping=export_profile())
        assert (summary.new, summary.rejected) == (412, [])
        assert content(target) == content(fresh_demo)
    finally:
        target.dispose()


def test_everything_includes_the_archive(fresh_demo: Database, tmp_path: Path) -> None:
    with fresh_demo.session_factory.begin() as session:
        rec = session.scalars(select(Recommendation).limit(1)).one()
        rec.archived = True
    dest = tmp_path / "all.xlsx"
    assert export_recommendations(fresh_demo.session_factory, dest).recommendations == 412
    assert sheet_rows(dest)[-1]["Archived"] == "yes"
    live = export_recommendations(fresh_demo.session_factory, dest, filt=RegisterFilter())
    assert live.recommendations == 411


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_cancelled_export_leaves_nothing(
    demo_sqlite: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    monkeypatch.setattr(export_rows, "CHUNK", 100)
    seen: list[tuple[int, int]] = []
    folder = tmp_path / "out"
    folder.mkdir()
    existing = folder / f"old.{suffix}"
    existing.write_bytes(b"keep me")
    for dest in (folder / f"new.{suffix}", existing):
        seen.clear()
        with pytest.raises(ExportCancelled):
            export_recommendations(
                demo_sqlite.session_factory,
                dest,
                progress=lambda done, total: seen.append((done, total)),
                cancelled=lambda: len(seen) > 2,
            )
        assert seen == [(0, 412), (100, 412), (200, 412)]
        assert sorted(p.name for p in folder.iterdir()) == [existing.name]
        assert existing.read_bytes() == b"keep me"


def test_progress_reaches_the_total(demo_sqlite: Database, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_recommendations(
        demo_sqlite.session_factory, tmp_path / "p.xlsx", progress=lambda *a: seen.append(a)
    )
    assert seen[0] == (0, 412)
    assert seen[-1] == (412, 412)


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_nothing_to_export_writes_the_headers(
    demo_sqlite: Database, tmp_path: Path, suffix: str
) -> None:
    dest = tmp_path / f"empty.{suffix}"
    assert export_recommendations(demo_sqlite.session_factory, dest, ids=[]).recommendations == 0
    if suffix == "csv":
        assert dest.read_text(encoding="utf-8-sig").splitlines() == [
            ",".join(RECOMMENDATION_HEADERS)
        ]
    else:
        workbook = openpyxl.load_workbook(dest, read_only=True)
        assert [len(list(sheet.iter_rows())) for sheet in workbook.worksheets][:2] == [1, 1]


def test_missing_folder_is_an_export_error(demo_sqlite: Database, tmp_path: Path) -> None:
    dest = tmp_path / "no such folder" / "x.xlsx"
    with pytest.raises(ExportError, match="does not exist"):
        export_recommendations(demo_sqlite.session_factory, dest)
    assert not dest.parent.exists()


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_disk_full_is_an_export_error_and_keeps_the_old_file(
    demo_sqlite: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    dest = tmp_path / f"old.{suffix}"
    dest.write_bytes(b"keep me")

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(ExportError, match="No space left on device") as caught:
        export_recommendations(demo_sqlite.session_factory, dest)
    assert str(dest) in str(caught.value)
    assert dest.read_bytes() == b"keep me"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".old")] == []


@given(st.text())
def test_neutralised_cells_never_start_a_formula(value: str) -> None:
    out = neutralise_cell(value)
    assert not out.startswith(DANGEROUS)
    assert out in (value, "'" + value)
    assert undo(out) == value


@given(st.sampled_from(DANGEROUS), st.text())
def test_dangerous_starts_get_an_apostrophe(first: str, rest: str) -> None:
    assert neutralise_cell(first + rest) == "'" + first + rest
