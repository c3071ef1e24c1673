"""The Themes page: themes and groups of persons with their counts, filter,
rename (a clash explained), merge and its undo (button and Ctrl+Z)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.services.themes import VocabularyKind, list_entries
from desktop.ui.main_window import MainWindow
from desktop.ui.views.themes_page import ThemesPage
from desktop.ui.views.vocabulary_tab import VocabularyTab


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    bulk_create_recommendations(
        demo_window.database.session_factory,
        [
            NewRecommendation("UPR", "900.1", "Abolish it", themes=["Capital punishment"]),
            NewRecommendation(
                "UPR", "900.2", "Abolish it now", themes=["Capital punishment", "Death penalty"]
            ),
            NewRecommendation("UPR", "900.3", "Protect", affected_persons=["Rural youth"]),
        ],
    )
    return demo_window


def page_of(window: MainWindow) -> ThemesPage:
    page = window.show_page("themes")
    assert isinstance(page, ThemesPage)
    return page


def rows(tab: VocabularyTab) -> dict[str, tuple[str, ...]]:
    table = tab.table
    return {
        table.item(r, 0).text(): tuple(
            table.item(r, c).text() for c in range(1, table.columnCount())
        )
        for r in range(table.rowCount())
    }


def select(tab: VocabularyTab, *names: str) -> None:
    tab.table.clearSelection()
    model, selection = tab.table.model(), tab.table.selectionModel()
    for row in range(tab.table.rowCount()):
        if tab.table.item(row, 0).text() in names:
            selection.select(
                model.index(row, 0),
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )


def test_both_tabs_list_names_with_counts(window: MainWindow) -> None:
    page = page_of(window)
    assert page.tabs.count() == 2
    factory = window.database.session_factory
    for tab, kind in (
        (page.themes, VocabularyKind.THEMES),
        (page.persons, VocabularyKind.AFFECTED_PERSONS),
    ):
        shown = rows(tab)
        stored = list_entries(factory, kind)
        assert set(shown) == {e.name for e in stored}
        for e in stored:
            assert shown[e.name][-1] == str(e.recommendations)
            assert shown[e.name][-2] == ("yes" if e.builtin else "")
    assert rows(page.themes)["Death penalty"][0] == "D23"  # the UHRI code column
    assert page.persons.table.columnCount() == 3


def test_filter_hides_other_names(window: MainWindow) -> None:
    tab = page_of(window).themes
    tab.filter.setText("PUNISH")
    visible = [
        tab.table.item(r, 0).text()
        for r in range(tab.table.rowCount())
        if not tab.table.isRowHidden(r)
    ]
    assert visible == ["Capital punishment"]
    tab.filter.clear()
    assert not any(tab.table.isRowHidden(r) for r in range(tab.table.rowCount()))


def test_rename_and_a_clash_explained(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = page_of(window).themes
    select(tab, "Capital punishment")
    monkeypatch.setattr(tab, "ask_name", lambda current: "Capital  punishment (death penalty)")
    tab.rename_selected()
    assert "Capital punishment (death penalty)" in rows(tab)
    assert "Capital punishment" not in rows(tab)
    assert "Renamed" in tab.message.text()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    select(tab, "Capital punishment (death penalty)")
    monkeypatch.setattr(tab, "ask_name", lambda current: "death-penalty")
    tab.rename_selected()
    assert warnings and "“Death penalty”" in warnings[0] and "merge" in warnings[0]
    assert "Capital punishment (death penalty)" in rows(tab)


def test_merge_and_undo(window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    tab = page_of(window).themes
    before = rows(tab)
    select(tab, "Capital punishment", "Death penalty")
    offered: list[tuple[list[str], int]] = []

    def ask_target(names: list[str], default: int) -> int:
        offered.append((names, default))
        return default

    monkeypatch.setattr(tab, "ask_target", ask_target)
    assert not tab.undo_button.isEnabled()
    tab.merge_selected()
    # The built-in name is offered first to keep.
    assert offered[0][0][offered[0][1]] == "Death penalty"
    after = rows(tab)
    assert "Capital punishment" not in after
    death_before = int(before["Death penalty"][-1])
    assert int(after["Death penalty"][-1]) == death_before + 1  # 900.2 had both
    assert "Names merged into “Death penalty”: 1." in tab.message.text()
    assert "Recommendations relinked: 2." in tab.message.text()
    assert tab.undo_button.isEnabled()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(tab) == before  # Ctrl+Z undid it
    assert not tab.undo_button.isEnabled()
    select(tab, "Capital punishment", "Death penalty")
    tab.merge_selected()
    assert "Capital punishment" not in rows(tab)
    tab.undo_button.click()
    assert rows(tab) == before
    assert "as before" in tab.message.text()


def test_merging_needs_two(window: MainWindow) -> None:
    tab = page_of(window).persons
    select(tab, "Rural youth")
    tab.merge_selected()
    assert "two or more" in tab.message.text()


def test_names_sorted_ignoring_case(window: MainWindow) -> None:
    bulk_create_recommendations(
        window.database.session_factory,
        [NewRecommendation("UPR", "901.1", "Protect", affected_persons=["women"])],
    )
    tab = page_of(window).persons
    tab.reload()
    names = list(rows(tab))
    assert names == sorted(names, key=str.casefold)
    assert names.index("Women & girls") == names.index("women") + 1
