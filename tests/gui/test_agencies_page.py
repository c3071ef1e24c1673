"""The Agencies page and the agency dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from desktop.services.agencies import FocalPointData, list_agencies
from desktop.services.register import RegisterFilter, register_ids
from desktop.ui.main_window import MainWindow
from desktop.ui.views.agencies_page import AgenciesPage
from desktop.ui.views.agency_dialog import AgencyDialog


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    return demo_window


def page_of(window: MainWindow) -> AgenciesPage:
    page = window.show_page("agencies")
    assert isinstance(page, AgenciesPage)
    return page


def select(page: AgenciesPage, *names: str) -> None:
    page.table.clearSelection()
    model = page.table.selectionModel()
    for row, info in enumerate(page.agencies):
        if info.data.name in names:
            model.select(
                page.table.model().index(row, 0),
                model.SelectionFlag.Select | model.SelectionFlag.Rows,
            )


def test_directory_shows_agencies_and_focal_points(window: MainWindow) -> None:
    page = page_of(window)
    stored = list_agencies(window.database.session_factory)
    assert page.table.rowCount() == len(stored) == 15
    row = [a.data.acronym for a in page.agencies].index("MOJ")
    assert page.table.item(row, 3).text().startswith("Grace Mensah")
    assert int(page.table.item(row, 4).text()) == page.agencies[row].lead


def test_dialog_creates_an_agency_and_keeps_input_on_error(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = page_of(window)
    dialog = AgencyDialog(window.database.session_factory, None, page)
    qtbot.addWidget(dialog)
    dialog.name.setText("Ministry of Justice")  # taken
    dialog.add_point(FocalPointData("Ana Lima"))
    dialog.accept()
    assert "already an agency" in dialog.message.text()
    assert dialog.result() == 0 and dialog.points.item(0, 0).text() == "Ana Lima"
    dialog.name.setText("Ministère de l'Environnement")
    dialog.accept()
    assert dialog.saved_id is not None
    page.reload()
    assert "Ministère de l'Environnement" in [a.data.name for a in page.agencies]


def test_merge_and_show_in_register(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    page = page_of(window)
    select(page, "Coalition for Women's Rights", "Aldavian Children's Rights Network")
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda *a, **k: ("Coalition for Women's Rights", True)
    )
    page.merge_selected()
    names = [a.data.name for a in page.agencies]
    assert "Aldavian Children's Rights Network" not in names and len(names) == 14
    select(page, "Ministry of Justice")
    moj = page.selected()[0]
    page.show_in_register()
    assert window.current_page() is window.register
    expected = register_ids(window.database.session_factory, RegisterFilter(agency_id=moj.id))
    assert window.register.model.ids() == expected and expected
