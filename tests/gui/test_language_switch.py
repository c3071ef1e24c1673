"""Settings › Interface language: the window reopens in the new language
where it was, and never loses an unsaved edit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import install_translations
from desktop.ui import user_settings
from desktop.ui.language_switch import reopen_in_language
from desktop.ui.main_window import MainWindow
from desktop.ui.views.settings_dialog import SettingsDialog


@pytest.fixture
def app_in_english(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_translations(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


def _navigation_titles(window: MainWindow) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def _select_two(window: MainWindow) -> list[int]:
    register = window.register
    register.select_row(2)
    table = register.table
    table.selectionModel().select(
        register.model.index(4, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    return register.selected_ids()


def test_settings_reopen_the_window_in_chinese_where_it_was(
    qtbot: QtBot, demo_window: MainWindow, app_in_english: QApplication
) -> None:
    english = _navigation_titles(demo_window)
    demo_window.register.search.setText("torture")
    demo_window.register.reload()
    chosen = _select_two(demo_window)
    current = demo_window.register.model.id_at(demo_window.register.table.currentIndex().row())
    assert len(chosen) == 2
    demo_window.show_page("plans")

    def choose_chinese() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("zh"))
        dialog.accept()

    QTimer.singleShot(0, choose_chinese)
    demo_window.show_settings()

    new = demo_window.latest()
    qtbot.addWidget(new)
    assert new is not demo_window and demo_window.successor is new
    assert not demo_window.isVisible() and new.isVisible()
    assert user_settings.ui_language() == "zh"
    assert _navigation_titles(new)[0] == "建议" != english[0]
    assert new.current_page().key == "plans"
    assert new.register.search.text() == "torture"
    assert new.register.current_filter() == demo_window.register.current_filter()
    assert new.register.selected_ids() == chosen
    current_index = new.register.table.currentIndex()
    assert new.register.model.id_at(current_index.row()) == current
    assert new.database is demo_window.database


def test_arabic_reopens_right_to_left(
    qtbot: QtBot, demo_window: MainWindow, app_in_english: QApplication
) -> None:
    new = reopen_in_language(demo_window, "ar")
    assert new is not None
    qtbot.addWidget(new)
    assert new.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic
    assert new.register.model.rowCount() == demo_window.register.model.rowCount() > 0


def test_unsaved_edits_keep_the_window(
    qtbot: QtBot,
    demo_window: MainWindow,
    app_in_english: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *a: told.append(text)
    )
    demo_window.register.select_row(0)
    editor = demo_window.register.editor
    editor.notes.setPlainText("typed, not saved")
    assert editor.dirty
    assert reopen_in_language(demo_window, "fr") is None
    assert demo_window.latest() is demo_window and demo_window.isVisible()
    assert editor.dirty and editor.notes.toPlainText() == "typed, not saved"
    assert told and "unsaved" in told[0]


def test_same_language_keeps_the_window(
    qtbot: QtBot, demo_window: MainWindow, app_in_english: QApplication
) -> None:
    user_settings.set_ui_language("en")

    def keep() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.accept()

    QTimer.singleShot(0, keep)
    demo_window.show_settings()
    assert demo_window.latest() is demo_window and demo_window.isVisible()
