"""The window on a database nobody may write to."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from tests.unit.readonly import read_only_folder


@pytest.fixture
def shared_folder(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "share"
    folder.mkdir()
    database = open_database(str(folder / "office.sqlite3"), create=True)
    create_demo_data(database.session_factory)
    database.dispose()
    with read_only_folder(folder):
        yield folder


def test_the_window_says_it_is_read_only(qtbot: object, shared_folder: Path) -> None:
    from desktop.ui.main_window import MainWindow

    database: Database = open_database(str(shared_folder / "office.sqlite3"))
    window = MainWindow(database)
    window.show()
    try:
        assert "read-only" in window.windowTitle()
        assert window.read_only_label.isVisibleTo(window)
        assert "folder is read-only" in window.read_only_label.toolTip()
    finally:
        window.close()
        database.dispose()
