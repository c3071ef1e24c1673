"""Agency update forms through their services, on both engines: the workbook
made (sheets, headings, protection, drop-downs, hidden signed manifest, the
record of the form sent), the review of a returned form (changes, conflicts,
rejected rows with row and column), applying accepted items (progress updates
and measurements with their source, one transaction, backup first), and
idempotence."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import delete, select

from desktop.domain.errors import ConflictError, ImportFileError, ValidationError
from desktop.domain.vocab import ImplementationStatus
from desktop.services.dashboard import load_dashboard
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.forms.apply import apply_review
from desktop.services.forms.items import ItemKind
from desktop.services.forms.records import forms_outstanding, list_forms
from desktop.services.forms.review import review_form
from desktop.services.forms.signing import existing_key
from desktop.store.errors import ReadOnlyDatabaseError
from desktop.store.models import (
    Assignment,
    AuditEntry,
    Measurement,
    ProgressUpdate,
    Recommendation,
    UpdateForm,
)
from tests.unit.forms_data import (
    INDICATORS,
    TODAY,
    UPDATES,
    counts,
    entries,
    fill,
    fill_many,
    make,
)
from tests.unit.readonly import read_only_folder


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()


@pytest.fixture
def moj(database: Database, tmp_path: Path) -> Path:
    path = tmp_path / "moj.xlsx"
    make(database, "MoJ", path, deadline=TODAY + timedelta(days=30), period="2026")
    return path


def test_the_form_as_made(database: Database, moj: Path) -> None:
    book = openpyxl.load_workbook(moj)
    assert book.sheetnames[:3] == ["Instructions", UPDATES, INDICATORS]
    assert book["nmrf_manifest"].sheet_state == "veryHidden"
    sheet = book[UPDATES]
    headings = [c.value for c in sheet[1]]
    assert headings[0] == "Reference"
    assert headings[7:] == [
        "Status",
        "Progress since last report",
        "Evidence or link",
        "Next steps",
    ]
    assert sheet.protection.sheet and sheet.freeze_panes == "B2"
    assert sheet.print_title_rows == "$1:$1" and sheet.page_setup.orientation == "landscape"
    first = entries(moj, "recommendation")[0].row
    assert sheet[f"A{first}"].protection.locked and not sheet[f"H{first}"].protection.locked
    lists = [dv.formula1 for dv in sheet.data_validations.dataValidation]
    assert "nmrf_lists!$A$1:$A$6" in lists and "nmrf_lists!$B$1:$B$5" in lists
    names = [c.value for c in book["nmrf_lists"]["A"]]
    assert names == ["Not assessed", "Not started", "In progress", "Partially implemented",
                     "Fully implemented", "No longer applicable"]  # fmt: skip
    # The key that signs the form is in the database, never in the file.
    with database.session_factory() as session:
        key = existing_key(session)
        form = session.scalars(select(UpdateForm)).one()
    assert key is not None
    with zipfile.ZipFile(moj) as archive:
        blob = b"".join(archive.read(n) for n in archive.namelist())
    assert key.hex().encode() not in blob and key not in blob
    assert form.deadline == TODAY + timedelta(days=30) and form.returned_at is None
    assert form.rows == len(entries(moj, "recommendation")) + len(entries(moj, "action"))
    assert forms_outstanding(database.session_factory, TODAY).outstanding == 1
    later = TODAY + timedelta(days=31)
    assert forms_outstanding(database.session_factory, later).overdue == 1
    assert list_forms(database.session_factory, later)[0].overdue
    dashboard = load_dashboard(database.session_factory, later)
    assert (dashboard.forms_outstanding, dashboard.forms_overdue) == (1, 1)


def test_changes_applied_with_their_source_then_idempotent(
    database: Database, moj: Path, tmp_path: Path
) -> None:
    rec, action = entries(moj, "recommendation")[0], entries(moj, "action")[0]
    filled = fill(
        moj,
        tmp_path / "back.xlsx",
        {
            f"H{rec.row}": "Partially implemented",
            f"I{rec.row}": "Bill tabled in parliament",
            f"J{rec.row}": "https://example.org/bill",
            f"K{action.row}": "Train 40 judges",
        },
    )
    before = counts(database)
    review = review_form(database.session_factory, filled, TODAY)
    assert (len(review.changes), len(review.conflicts), len(review.rejected)) == (2, 0, 0)
    item = next(i for i in review.items if i.row == rec.row)
    assert [(c.field, c.old, c.new) for c in item.changes] == [
        ("status", "Not assessed", "Partially implemented"),
        ("progress", "", "Bill tabled in parliament"),
        ("evidence", "", "https://example.org/bill"),
    ]
    result = apply_review(database, review, [i.id for i in review.items], TODAY)
    assert result.progress_updates == 2
    assert counts(database) == (before[0] + 2, before[1])
    if database.path is not None:
        assert result.backup is not None and result.backup.is_file()
    with database.session_factory() as session:
        recommendation = session.scalars(
            select(Recommendation).where(Recommendation.uuid == rec.record)
        ).one()
        assert recommendation.status is ImplementationStatus.PARTIALLY_IMPLEMENTED
        update = session.scalars(
            select(ProgressUpdate).where(ProgressUpdate.recommendation_id == recommendation.id)
        ).one()
        form = session.scalars(select(UpdateForm)).one()
    assert update.source_form == form.uuid and update.source_sha256 == review.sha256
    assert update.agency_id == form.agency_id and update.reporter
    assert "Bill tabled" in update.narrative and "example.org/bill" in update.narrative
    assert form.returned_sha256 == review.sha256 and form.returned_at is not None
    # The audit trail: the apply is one event naming the returned file and its
    # digest; each record it wrote names the file.
    with database.session_factory() as session:
        event = session.scalars(
            select(AuditEntry.source).where(AuditEntry.record_uuid == form.uuid)
        ).all()
        per_record = set(
            session.scalars(select(AuditEntry.source).where(AuditEntry.record_uuid == update.uuid))
        )
    assert f"form {filled.name} sha256:{review.sha256}" in event
    assert per_record == {f"form {filled.name}"}
    # The same file again: nothing new.
    again = review_form(database.session_factory, filled, TODAY)
    assert (len(again.items), len(again.rejected)) == (0, 0)
    # A second return of the same form: only what differs.
    second = fill(filled, tmp_path / "second.xlsx", {f"I{action.row}": "Curriculum approved"})
    review2 = review_form(database.session_factory, second, TODAY)
    assert [(i.row, [c.field for c in i.changes]) for i in review2.items] == [
        (action.row, ["progress"])
    ]
    assert review2.items[0].kind is ItemKind.CHANGE  # our own apply is no conflict


def test_conflicts_when_the_record_changed_after_the_form_was_made(
    database: Database, moj: Path, tmp_path: Path
) -> None:
    first, second = entries(moj, "recommendation")[:2]
    with database.session_factory.begin() as session:
        rec = session.scalars(
            select(Recommendation).where(Recommendation.uuid == first.record)
        ).one()
        rec.status = ImplementationStatus.IN_PROGRESS
    filled = fill(
        moj,
        tmp_path / "back.xlsx",
        {f"H{first.row}": "Fully implemented", f"I{second.row}": "Consulted the NHRI"},
    )
    review = review_form(database.session_factory, filled, TODAY)
    [conflict] = review.conflicts
    assert conflict.row == first.row and conflict.db_status == "in_progress"
    assert conflict.changes[0].old == "In progress"  # the database's side
    # The officer takes the change only: the conflict's record keeps its status.
    apply_review(database, review, [i.id for i in review.changes], TODAY)
    with database.session_factory() as session:
        assert session.get(Recommendation, conflict.record_id).status.value == "in_progress"
    # Shown again next time, and taken when chosen.
    review = review_form(database.session_factory, filled, TODAY)
    assert [i.kind for i in review.items] == [ItemKind.CONFLICT]
    apply_review(database, review, [review.items[0].id], TODAY)
    with database.session_factory() as session:
        assert session.get(Recommendation, conflict.record_id).status.value == "fully_implemented"


def test_rejected_rows_name_row_and_column(database: Database, moj: Path, tmp_path: Path) -> None:
    recs = entries(moj, "recommendation")
    action = entries(moj, "action")[0]
    with database.session_factory.begin() as session:
        gone = session.scalars(
            select(Recommendation).where(Recommendation.uuid == recs[4].record)
        ).one()
        # Given to another agency: no longer assigned, directly or by its cluster.
        session.execute(delete(Assignment).where(Assignment.recommendation_id == gone.id))
        if gone.cluster_id is not None:
            session.execute(delete(Assignment).where(Assignment.cluster_id == gone.cluster_id))
    last = max(e.row for e in entries(moj, "action"))
    filled = fill(
        moj,
        tmp_path / "back.xlsx",
        {
            f"A{recs[0].row}": "999.9",
            f"D{recs[1].row}": "Another text",
            f"H{recs[2].row}": "Done, more or less",
            f"I{recs[3].row}": "x" * 10_001,
            f"I{recs[4].row}": "Work on a recommendation no longer ours",
            f"H{action.row}": "Fully implemented",  # a recommendation status on an action
            f"I{last + 3}": "A row of our own",
        },
    )
    before = counts(database)
    review = review_form(database.session_factory, filled, TODAY)
    found = {(r.row, r.column) for r in review.rejected}
    assert found == {
        (recs[0].row, "Reference"),
        (recs[1].row, "Text"),
        (recs[2].row, "Status"),
        (recs[3].row, "Progress since last report"),
        (recs[4].row, None),
        (action.row, "Status"),
        (last + 3, None),
    }
    assert all(r.sheet == UPDATES for r in review.rejected)
    assert review.items == []
    apply_review(database, review, [], TODAY)
    assert counts(database) == before


def test_indicator_values_become_measurements(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "nso.xlsx"
    make(database, "NSO", path, language="zh")
    ind = entries(path, "indicator")
    rec = entries(path, "recommendation")[0]
    wanted = "部分执行" if rec.status == "fully_implemented" else "完全执行"
    filled = fill_many(
        path,
        tmp_path / "back.xlsx",
        {
            "指标": {
                f"G{ind[0].row}": 41.5,
                f"H{ind[0].row}": TODAY - timedelta(days=10),
                f"I{ind[0].row}": "Census 2026",
                f"G{ind[1].row}": "many",
                f"G{ind[2].row}": 3,
            },
            "进展": {f"H{rec.row}": wanted},
        },
    )
    review = review_form(database.session_factory, filled, TODAY)
    assert {(r.row, r.column) for r in review.rejected} == {
        (ind[1].row, "数值"),
        (ind[2].row, "日期"),
    }
    assert sorted(i.subject for i in review.changes) == ["indicator", "recommendation"]
    apply_review(database, review, [i.id for i in review.items], TODAY)
    with database.session_factory() as session:
        measurement = session.scalars(
            select(Measurement).where(Measurement.source_sha256 == review.sha256)
        ).one()
        status = session.scalars(
            select(Recommendation.status).where(Recommendation.uuid == rec.record)
        ).one()
    assert measurement.value == Decimal("41.5") and measurement.source == "Census 2026"
    assert measurement.measured_on == TODAY - timedelta(days=10)
    assert status.value == (
        "partially_implemented" if wanted == "部分执行" else "fully_implemented"
    )


def test_a_changed_manifest_or_another_database_is_refused(
    database: Database, moj: Path, tmp_path: Path
) -> None:
    book = openpyxl.load_workbook(moj)
    manifest = book["nmrf_manifest"]
    manifest["D9"] = str(entries(moj, "recommendation")[1].record)  # another record id
    book.save(tmp_path / "forged.xlsx")
    with pytest.raises(ImportFileError, match="signature does not match") as caught:
        review_form(database.session_factory, tmp_path / "forged.xlsx", TODAY)
    assert caught.value.file == "forged.xlsx"
    other = open_database(str(tmp_path / "other.sqlite3"), create=True)
    try:
        create_demo_data(other.session_factory)
        make(other, "MoJ", tmp_path / "other.xlsx")
        with pytest.raises(ImportFileError, match="signature"):
            review_form(database.session_factory, tmp_path / "other.xlsx", TODAY)
    finally:
        other.dispose()
    plain = openpyxl.Workbook()
    plain.save(tmp_path / "plain.xlsx")
    with pytest.raises(ImportFileError, match="not an update form"):
        review_form(database.session_factory, tmp_path / "plain.xlsx", TODAY)
    (tmp_path / "text.xlsx").write_text("Reference,Status\n")
    with pytest.raises(ImportFileError, match="not an Excel workbook"):
        review_form(database.session_factory, tmp_path / "text.xlsx", TODAY)


def test_hostile_returned_files_are_refused(database: Database, moj: Path, tmp_path: Path) -> None:
    far = fill(moj, tmp_path / "far.xlsx", {"XFD1048576": "x"})
    with pytest.raises(ImportFileError, match=r"beyond the last row|as far as"):
        review_form(database.session_factory, far, TODAY)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(moj) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info, source.read(info))
        out.writestr("xl/media/padding.xml", b"<a/>" + b" " * (400 * 1024 * 1024 // 8))
    with pytest.raises(ImportFileError, match="zip bomb"):
        review_form(database.session_factory, bomb, TODAY)


def test_a_record_changed_after_the_review_refuses_the_apply(
    database: Database, moj: Path, tmp_path: Path
) -> None:
    first, second = entries(moj, "recommendation")[:2]
    filled = fill(moj, tmp_path / "b.xlsx", {f"I{first.row}": "a", f"I{second.row}": "b"})
    review = review_form(database.session_factory, filled, TODAY)
    with database.session_factory.begin() as session:
        rec = session.scalars(
            select(Recommendation).where(Recommendation.uuid == second.record)
        ).one()
        rec.notes = "edited meanwhile"
    before = counts(database)
    with pytest.raises(ConflictError, match="since the form was reviewed"):
        apply_review(database, review, [i.id for i in review.items], TODAY)
    assert counts(database) == before
    with database.session_factory() as session:
        assert session.scalars(select(UpdateForm)).one().returned_at is None
    with pytest.raises(ValidationError, match="no such item"):
        apply_review(database, review, ["updates:99999"], TODAY)


def test_a_read_only_database_reviews_but_makes_and_applies_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    writable = open_database(str(folder / "nmrf.sqlite3"), create=True)
    create_demo_data(writable.session_factory)
    form = tmp_path / "moj.xlsx"
    make(writable, "MOJ", form)
    writable.dispose()
    rec = entries(form, "recommendation")[0]
    filled = fill(form, tmp_path / "back.xlsx", {f"I{rec.row}": "Reviewed on a laptop"})
    with read_only_folder(folder):
        database = open_database(str(folder / "nmrf.sqlite3"))
        try:
            assert database.read_only
            review = review_form(database.session_factory, filled, TODAY)
            assert len(review.changes) == 1
            with pytest.raises(ReadOnlyDatabaseError):
                apply_review(database, review, [i.id for i in review.items], TODAY)
            with pytest.raises(ReadOnlyDatabaseError):
                make(database, "MOJ", tmp_path / "new.xlsx")
            assert not (tmp_path / "new.xlsx").exists()
        finally:
            database.dispose()
