"""Reading the trail for the screens: a record's history by its id, the
activity a page at a time, its count, and the export to XLSX."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.services.agencies import AgencyData, save_agency
from desktop.services.audit import ActivityFilter, activity, count_activity, history_of
from desktop.services.audit_export import HEADERS, export_activity
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.export_rows import ExportCancelled, ExportError


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(str(tmp_path_factory.mktemp("trail") / "t.sqlite3"), create=True)
    create_demo_data(database.session_factory)
    yield database
    database.dispose()


def test_history_of_a_record_by_its_id(db: Database) -> None:
    factory = db.session_factory
    made = save_agency(factory, AgencyData(name='=HYPERLINK("x")', acronym="HL"))
    rows = history_of(factory, "agency", made)
    assert [(r.action, r.entity) for r in rows] == [("create", "agency")]
    assert rows[0].changes and rows[0].changes["name"] == [None, '=HYPERLINK("x")']
    assert history_of(factory, "agency", 10**9) == []  # no such record


def test_activity_pages_cover_the_trail_once(db: Database) -> None:
    factory = db.session_factory
    total = count_activity(factory, ActivityFilter())
    seen: list[int] = []
    before = None
    while True:
        rows = activity(factory, ActivityFilter(before_id=before, limit=150))
        if not rows:
            break
        seen += [r.id for r in rows]
        before = rows[-1].id
    assert len(seen) == total == len(set(seen)) > 150
    assert seen == sorted(seen, reverse=True)
    only = ActivityFilter(entity="consultation")
    assert count_activity(factory, only) == len(activity(factory, only)) > 0


def test_export_writes_each_changed_field_and_no_formula(db: Database, tmp_path: Path) -> None:
    factory = db.session_factory
    dest = tmp_path / "agencies.xlsx"
    filt = ActivityFilter(entity="agency", limit=3)  # the limit is the screen's, not the export's
    steps: list[tuple[int, int]] = []
    written = export_activity(
        factory, filt, dest, progress=lambda done, total: steps.append((done, total))
    )
    assert written == count_activity(factory, filt) > 3
    assert steps[-1] == (written, written)
    lines = list(load_workbook(dest, read_only=True).active.iter_rows(values_only=True))
    assert lines[0] == HEADERS
    assert len({line[0] for line in lines[1:]}) == written
    names = [line for line in lines[1:] if line[8] == "name"]
    assert '\'=HYPERLINK("x")' in [line[10] for line in names]  # text, not a live formula
    newest = activity(factory, ActivityFilter(limit=1))[0]
    assert (newest.action, newest.label) == ("export", f"agencies.xlsx: {written} entries")


def test_export_refuses_bad_names_and_leaves_nothing_when_cancelled(
    db: Database, tmp_path: Path
) -> None:
    with pytest.raises(ExportError) as refused:
        export_activity(db.session_factory, ActivityFilter(), tmp_path / "trail.csv")
    assert refused.value.where == "trail.csv"
    dest = tmp_path / "trail.xlsx"
    with pytest.raises(ExportCancelled):
        export_activity(db.session_factory, ActivityFilter(), dest, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
