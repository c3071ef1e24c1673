"""The Consultations page and the consultation dialog."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.attachments import attachment_content
from desktop.services.consultation_edits import update_consultation
from desktop.services.consultations import (
    RecommendationRef,
    get_consultation,
    list_consultations,
)
from desktop.services.database import Database
from desktop.ui.views.consultation_dialog import ConsultationDialog
from desktop.ui.views.consultations_page import ConsultationsPage
from tests.gui.hearing import hearing


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> Iterator[ConsultationsPage]:
    page = ConsultationsPage()
    qtbot.addWidget(page)
    page.set_database(demo_db)
    page.reload()
    with hearing(page):
        yield page


def cell(page: ConsultationsPage, row: int, column: int) -> QTableWidgetItem:
    item = page.table.item(row, column)
    assert item is not None
    return item


def factory_of(page: ConsultationsPage) -> sessionmaker[Session]:
    assert page.database is not None
    return page.database.session_factory


def titles(page: ConsultationsPage) -> list[str]:
    return [cell(page, r, 1).text() for r in range(page.table.rowCount())]


def select_row(page: ConsultationsPage, title: str) -> None:
    page.table.clearSelection()
    page.table.selectRow(titles(page).index(title))


def tick(dialog: ConsultationDialog, name: str) -> None:
    for i in range(dialog.agencies.count()):
        if dialog.agencies.item(i).text() == name:
            dialog.agencies.item(i).setCheckState(Qt.CheckState.Checked)


def test_the_table_lists_consultations_newest_first(page: ConsultationsPage) -> None:
    assert page.key == "consultations" and page.fills_page
    assert titles(page) == [c.title for c in list_consultations(factory_of(page))]
    row = titles(page).index("Civil society forum on gender equality")
    assert cell(page, row, 0).text() == "5/21/24"
    assert cell(page, row, 2).text() == "Civil society"
    assert cell(page, row, 4).text() == "15"
    assert cell(page, row, 5).text() == "1"


def test_create_through_the_dialog_with_an_attachment(
    qtbot: QtBot, page: ConsultationsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    factory = factory_of(page)
    minutes = tmp_path / "minutes.txt"
    minutes.write_bytes(b"Minutes of the forum\n")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(minutes)], "All files (*)")
    )
    first_ref = get_consultation(factory, list_consultations(factory)[-1].id).recommendations[0]
    offered: list[list[str]] = []

    def pick(dialog: ConsultationDialog, refs: list[RecommendationRef]) -> tuple[int, ...]:
        offered.append([r.label for r in refs])
        return (first_ref.id,)

    # "118.1" is a reference in both UPR cycles: the user picks among the matches.
    monkeypatch.setattr(ConsultationDialog, "pick_recommendations", pick)

    def fill_and_save(dialog: ConsultationDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.held_on.setDate(QDate(2026, 2, 12))
        dialog.accept()  # no title yet
        assert "Title" in dialog.message.text() and dialog.result() == 0
        qtbot.keyClicks(  # type: ignore[no-untyped-call]
            dialog.title_edit, "Forum on the draft mid-term report"
        )
        dialog.kind.setCurrentIndex(dialog.kind.findText("Mixed"))
        tick(dialog, "Aldavian Human Rights Commission")
        dialog.other_participants.setText("Aldavian Bar Association")
        dialog.summary.setPlainText("Twelve organisations commented.")
        dialog.find_text.setText(first_ref.reference)
        dialog.find_and_add()
        assert offered[0][:2] == ["118.1 (A/HRC/32/9)", "118.1 (A/HRC/46/12)"]
        assert dialog.recommendation_ids() == (first_ref.id,)
        assert "(1)" in dialog.recs_box.title()
        dialog.choose_files()
        assert dialog.attachments.count() == 1
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ConsultationDialog, "exec", fill_and_save)
    page.new_consultation()
    assert titles(page)[0] == "Forum on the draft mid-term report"
    assert cell(page, 0, 5).text() == "1"
    assert cell(page, 0, 4).text() == "1"
    assert cell(page, 0, 3).text() == ("Aldavian Human Rights Commission; Aldavian Bar Association")
    detail = get_consultation(factory, page.rows[0].id)
    (stored,) = detail.attachments
    assert stored.sha256 == hashlib.sha256(b"Minutes of the forum\n").hexdigest()
    assert attachment_content(factory, stored.id) == b"Minutes of the forum\n"
    assert detail.data.held_on == date(2026, 2, 12)


def test_edit_remove_and_save_a_copy_of_an_attachment(
    qtbot: QtBot, page: ConsultationsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    factory = factory_of(page)
    row = next(r for r in page.rows if r.attachments)
    dialog = ConsultationDialog(factory, page.agencies, get_consultation(factory, row.id))
    qtbot.addWidget(dialog)
    dialog.attachments.setCurrentRow(0)
    target = tmp_path / "agenda copy.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_copy()
    assert target.read_bytes().startswith(b"Agenda:")
    dialog.remove_file()
    dialog.recommendations.selectAll()
    dialog.remove_recommendations()
    dialog.accept()
    assert dialog.result() == 1
    page.reload()
    edited = next(r for r in page.rows if r.id == row.id)
    assert (edited.attachments, edited.recommendations) == (0, 0)


def test_a_conflict_is_shown_and_nothing_is_overwritten(
    qtbot: QtBot, page: ConsultationsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    factory = factory_of(page)
    row = page.rows[0]
    detail = get_consultation(factory, row.id)
    dialog = ConsultationDialog(factory, page.agencies, detail)
    qtbot.addWidget(dialog)
    update_consultation(factory, row.id, detail.version, detail.data)  # someone else saves
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog.title_edit.setText("My title")
    dialog.accept()
    assert dialog.result() == 0 and warnings and "Someone else" in warnings[0]
    assert get_consultation(factory, row.id).data.title == detail.data.title


def test_delete_and_show_recommendations(
    qtbot: QtBot, page: ConsultationsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    factory = factory_of(page)
    select_row(page, "NHRI briefing on detention monitoring")
    expected = get_consultation(factory, page.selected()[0].id).data.recommendation_ids
    with qtbot.waitSignal(page.open_recommendations) as signal:
        page.show_recommendations()
    assert signal.args == [list(expected)] and len(expected) == 10
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    assert "NHRI briefing on detention monitoring" not in titles(page)
    assert len(titles(page)) == 3


def test_enter_in_the_search_box_adds_without_saving(
    qtbot: QtBot, page: ConsultationsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    factory = factory_of(page)
    dialog = ConsultationDialog(factory, [], None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    searched: list[str] = []
    monkeypatch.setattr(dialog, "find_and_add", lambda: searched.append(dialog.find_text.text()))
    dialog.find_text.returnPressed.disconnect()
    dialog.find_text.returnPressed.connect(dialog.find_and_add)
    dialog.find_text.setText("118")
    dialog.find_text.setFocus()
    qtbot.keyClick(dialog.find_text, Qt.Key.Key_Return)
    assert searched == ["118"]
    assert dialog.isVisible() and dialog.result() == 0
