"""The main window: navigation, figures, File menu actions, settings, RTL."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.domain.vocab import ImplementationStatus, Position
from desktop.services.database import Database
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.services.settings import load_settings
from desktop.ui.main_window import MainWindow
from desktop.ui.user_settings import ui_language
from desktop.ui.views.dashboard_page import DashboardPage
from desktop.ui.views.register_page import RegisterPage
from desktop.ui.views.settings_dialog import SettingsDialog


def test_every_navigation_entry_shows_its_page(window: MainWindow) -> None:
    expected = [
        "Recommendations",
        "Clusters",
        "Themes",
        "Agencies",
        "Plans",
        "Consultations",
        "Reporting calendar",
        "Reports",
        "Dashboard",
        "Activity",
    ]
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == expected
    for row, title in enumerate(expected):
        window.navigation.setCurrentRow(row)
        page = window.current_page()
        assert window.stack.currentIndex() == row
        assert page.heading.text() == title
        assert page.isVisible()


def test_dashboard_figures_match_the_database(qtbot: QtBot, database: Database) -> None:
    bulk_create_recommendations(
        database.session_factory,
        [
            NewRecommendation("UPR", "1.1", "Ratify OP-CAT", response=Position.SUPPORTED),
            NewRecommendation("UPR", "1.2", "Abolish the death penalty", response=Position.NOTED),
            NewRecommendation(
                "CEDAW",
                "12",
                "Adopt a law on violence against women",
                response=Position.NOT_APPLICABLE,
                status=ImplementationStatus.IN_PROGRESS,
            ),
        ],
    )
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_page_loaded, timeout=5000):
        window.load()
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    assert dashboard.dashboard is not None
    assert dashboard.figures["recommendations"].value.text() == "3"
    assert dashboard.dashboard.by_status["in_progress"] == 1
    assert dashboard.dashboard.by_status["not_assessed"] == 2
    mechanisms = {row.label: row.total for row in dashboard.shown_rows()}
    assert mechanisms == {"CEDAW": 1, "UPR": 2}
    register = window.show_page("recommendations")
    assert isinstance(register, RegisterPage)
    assert register.model.rowCount() == 3
    assert register.count_label.text() == "Matching: 3"


def test_settings_dialog_saves_to_the_database(qtbot: QtBot, window: MainWindow) -> None:
    dialog = SettingsDialog(window.database.session_factory, window)
    qtbot.addWidget(dialog)
    dialog.organisation_name.setText("Ministère de la Justice — Secrétariat MNMS")
    dialog.report_language.setCurrentIndex(dialog.report_language.findData("fr"))
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("ar"))
    dialog.accept()
    saved = load_settings(window.database.session_factory)
    assert saved.organisation_name == "Ministère de la Justice — Secrétariat MNMS"
    assert saved.report_language == "fr"
    assert ui_language() == "ar"


def test_opening_a_non_database_keeps_the_current_one(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    bogus = tmp_path / "minutes.docx"
    bogus.write_bytes(b"PK\x03\x04" + b"\x00" * 500)
    before = window.database
    window.open_database_file(str(bogus))
    assert window.database is before
    assert len(shown) == 1 and "not an NMRF Desk database" in shown[0]
    assert "minutes.docx" in shown[0]


def test_opening_another_database_switches_to_it(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    window.open_database_file(str(other), create=True)
    assert window.database.path == other
    assert "other.sqlite3" in window.database_label.text()


def test_backup_writes_a_verified_file(window: MainWindow, tmp_path: Path) -> None:
    dest = tmp_path / "copy.sqlite3"
    window.back_up_to(str(dest))
    assert dest.is_file()
    assert "verified" in window.statusBar().currentMessage()


def test_backup_failure_is_shown(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    assert window.database.path is not None
    window.back_up_to(str(window.database.path))
    assert shown and "overwrite" in shown[0]


def test_window_builds_right_to_left(qtbot: QtBot, database: Database) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = MainWindow(database)
        qtbot.addWidget(window)
        window.show()
        window.load()
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # The navigation stands at the right edge in a right-to-left layout.
        assert window.navigation.x() > window.stack.x()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_about_names_the_database(window: MainWindow) -> None:
    from desktop.ui.views.about_dialog import about_text

    text = about_text(window.database.display_name)
    assert "gui.sqlite3" in text and "NMRF Desk" in text
