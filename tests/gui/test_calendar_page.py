"""The Reporting calendar page and the deadline dialog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.schedule import DeadlineState
from desktop.services.database import Database
from desktop.services.deadline_edits import update_deadline
from desktop.services.deadlines import (
    deadline_recommendation_ids,
    get_deadline,
    list_deadlines,
    mechanism_choices,
)
from desktop.ui.views.calendar_page import STATE_COLOURS, STATE_ROLE, CalendarPage
from desktop.ui.views.deadline_dialog import DeadlineDialog
from tests.gui.hearing import hearing

TODAY = date(2026, 10, 1)


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> Iterator[CalendarPage]:
    page = CalendarPage()
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.set_database(demo_db)
    page.reload()
    with hearing(page):
        yield page


def cell(page: CalendarPage, row: int, column: int) -> QTableWidgetItem:
    item = page.table.item(row, column)
    assert item is not None
    return item


def factory_of(page: CalendarPage) -> sessionmaker[Session]:
    assert page.database is not None
    return page.database.session_factory


def row_of(page: CalendarPage, title: str) -> int:
    return [r.title for r in page.rows].index(title)


def select_row(page: CalendarPage, title: str) -> None:
    page.table.clearSelection()
    page.table.selectRow(row_of(page, title))


def dialog_for(qtbot: QtBot, page: CalendarPage, title: str | None) -> DeadlineDialog:
    row = page.rows[row_of(page, title)] if title else None
    factory = factory_of(page)
    dialog = DeadlineDialog(factory, page.mechanisms, TODAY, row)
    qtbot.addWidget(dialog)
    return dialog


def test_rows_by_due_date_with_their_state(page: CalendarPage) -> None:
    assert page.key == "calendar" and page.fills_page
    dues = [r.due_date for r in page.rows]
    assert dues == sorted(dues) and page.table.rowCount() == 5
    overdue = row_of(page, "Eighth periodic report")
    state = cell(page, overdue, 1)
    assert state.text() == "Overdue" and not state.icon().isNull()
    for column in range(page.table.columnCount()):
        item = cell(page, overdue, column)
        assert item.data(STATE_ROLE) == "overdue"
        assert item.foreground().color().name() == STATE_COLOURS[DeadlineState.OVERDUE]
    upcoming = row_of(page, "Follow-up report")
    assert cell(page, upcoming, 1).text() == "Due soon"
    assert cell(page, upcoming, 4).data(STATE_ROLE) == "upcoming"
    submitted = row_of(page, "Voluntary mid-term report, third cycle")
    assert cell(page, submitted, 5).text() == "2/2/24"
    assert (
        cell(page, submitted, 0).foreground().color().name()
        == STATE_COLOURS[DeadlineState.SUBMITTED]
    )
    later = row_of(page, "National report, fourth cycle")
    assert cell(page, later, 1).text() == "Later"
    assert cell(page, later, 6).text() == "170"
    assert page.summary.text() == ("2 overdue · 1 due in the next 90 days · next due 12/15/26")


def test_create_a_deadline_through_the_dialog(qtbot: QtBot, page: CalendarPage) -> None:
    dialog = dialog_for(qtbot, page, None)
    cat = next(i for i, code, _ in mechanism_choices(factory_of(page)) if code == "CAT")
    dialog.mechanism.setCurrentIndex(dialog.mechanism.findData(cat))
    assert dialog.documents.count() == 1
    assert dialog.documents.item(0).checkState() == Qt.CheckState.Checked  # the latest document
    assert dialog.count.text() == "18 recommendations covered"
    dialog.kind.setCurrentIndex(dialog.kind.findData("treaty_periodic"))
    qtbot.keyClicks(  # type: ignore[no-untyped-call]
        dialog.title_edit, "Fourth periodic report"
    )
    dialog.due.setDate(QDate(2026, 11, 30))
    dialog.submitted.setChecked(True)
    dialog.submitted_on.setDate(QDate(2026, 10, 2))  # after today: refused by the field
    assert dialog.submitted_on.date() == QDate(2026, 10, 1)
    dialog.submitted.setChecked(False)
    dialog.accept()
    assert dialog.result() == 1 and dialog.saved_id is not None
    page.reload()
    row = row_of(page, "Fourth periodic report")
    assert page.rows[row].state is DeadlineState.UPCOMING
    assert cell(page, row, 6).text() == "18"
    assert page.summary.text().startswith("2 overdue · 2 due in the next 90 days")


def test_editing_keeps_a_partial_set_until_the_user_changes_it(
    qtbot: QtBot, page: CalendarPage
) -> None:
    factory = factory_of(page)
    title = "Follow-up information on paragraphs 12, 20 and 34"
    before = deadline_recommendation_ids(factory, page.rows[row_of(page, title)].id)
    dialog = dialog_for(qtbot, page, title)
    assert dialog.documents.item(0).checkState() == Qt.CheckState.PartiallyChecked
    assert dialog.count.text().startswith("3 recommendations covered (a half-ticked")
    dialog.notes.setPlainText("Draft with the Ministry of Justice.")
    dialog.accept()
    assert dialog.result() == 1
    deadline_id = page.rows[row_of(page, title)].id
    assert deadline_recommendation_ids(factory, deadline_id) == before
    page.reload()
    dialog = dialog_for(qtbot, page, title)
    dialog.documents.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.count.text() == "18 recommendations covered"
    dialog.accept()
    assert get_deadline(factory, deadline_id, TODAY).recommendations == 18
    assert get_deadline(factory, deadline_id, TODAY).notes == "Draft with the Ministry of Justice."


def test_errors_and_conflicts_in_the_dialog(
    qtbot: QtBot, page: CalendarPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    factory = factory_of(page)
    dialog = dialog_for(qtbot, page, "Eighth periodic report")
    dialog.title_edit.setMaxLength(400)
    dialog.title_edit.setText("x" * 301)
    dialog.accept()
    assert dialog.result() == 0 and dialog.message.text().startswith("Title:")
    row = page.rows[row_of(page, "Eighth periodic report")]
    update_deadline(factory, row.id, row.version, row.data, today=TODAY)  # someone else
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog.title_edit.setText("Ninth periodic report")
    dialog.accept()
    assert dialog.result() == 0 and "Someone else" in warnings[0]
    assert get_deadline(factory, row.id, TODAY).title == "Eighth periodic report"


def test_mark_submitted_delete_and_show_recommendations(
    qtbot: QtBot, page: CalendarPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    factory = factory_of(page)
    select_row(page, "Eighth periodic report")
    monkeypatch.setattr(page, "ask_submission_date", lambda row: date(2026, 9, 30))
    page.mark_selected_submitted()
    row = row_of(page, "Eighth periodic report")
    assert page.rows[row].state is DeadlineState.SUBMITTED
    assert cell(page, row, 1).text() == "Submitted"
    assert page.summary.text().startswith("1 overdue")
    select_row(page, "National report, fourth cycle")
    expected = deadline_recommendation_ids(factory, page.selected()[0].id)
    with qtbot.waitSignal(page.open_recommendations) as signal:
        page.show_recommendations()
    assert signal.args == [expected] and len(expected) == 170
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    assert "National report, fourth cycle" not in [r.title for r in page.rows]
    assert len(list_deadlines(factory, TODAY)) == page.table.rowCount() == 4
