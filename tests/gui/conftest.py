"""GUI fixtures: a main window over a fresh database, tasks run synchronously."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from desktop.app import install_translations
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.ui import workers
from desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp: QApplication) -> None:
    """The interface in English as users see it: with its plural forms
    (nmrf_en.qm: "1 action", "2 actions"), as the application starts."""
    install_translations(qapp, "en")


@pytest.fixture(autouse=True)
def synchronous_tasks() -> Iterator[None]:
    workers.set_synchronous(True)
    yield
    workers.set_synchronous(False)


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> Iterator[None]:
    """Per-user settings in the test's folder, and an English locale throughout."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "gui.sqlite3"), create=True)
    yield db
    db.dispose()


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Database]:
    """A fresh database holding the demonstration country."""
    db = open_database(str(tmp_path / "demo.sqlite3"), create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()


@pytest.fixture
def demo_window(qtbot: object, demo_db: Database) -> MainWindow:
    win = MainWindow(demo_db)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    win.load()
    return win


@pytest.fixture
def window(qtbot: object, database: Database) -> Iterator[MainWindow]:
    win = MainWindow(database)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    win.load()
    yield win
