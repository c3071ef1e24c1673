"""File › Restore from backup…: the list of backups, restoring one, a restore
refused while another program has the database open, and when it is not offered."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.backups import backup_before, backup_database
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.services.stats import compute_stats
from desktop.store.models import AuditEntry
from desktop.ui.main_window import MainWindow
from desktop.ui.views.restore_dialog import RestoreDialog, reason_label
from tests.unit.readonly import read_only_folder

ADDED = 3


@pytest.fixture
def backed_up(demo_db: Database) -> tuple[Database, Path, Path]:
    """The demo database with two backups: the demo as made (by hand), then
    ``ADDED`` more recommendations (before an import); the database then holds
    one more still."""
    first = backup_database(demo_db, demo_db.path.parent / "backups")  # type: ignore[union-attr]
    _add(demo_db, "B", ADDED)
    second = backup_before(demo_db, "before-import")
    _add(demo_db, "C", 1)
    return demo_db, first, second


def _add(database: Database, prefix: str, count: int) -> None:
    bulk_create_recommendations(
        database.session_factory,
        [NewRecommendation("UPR", f"{prefix}.{i}", f"Added {prefix}{i}") for i in range(count)],
    )


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Confirmations are accepted; the error messages shown are collected."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def critical(_parent: Any, title: str, text: str, *a: Any, **k: Any) -> Any:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


@pytest.fixture
def restore_window(qtbot: QtBot, backed_up: tuple[Database, Path, Path]) -> Iterator[MainWindow]:
    window = MainWindow(backed_up[0])
    qtbot.addWidget(window)
    window.show()
    window.load()
    yield window
    window.close()
    if window.database is not backed_up[0]:
        window.database.dispose()


def _open_dialog(window: MainWindow) -> RestoreDialog:
    assert window.action_restore.isEnabled()
    dialog = window.show_restore()
    assert dialog.isVisible()
    return dialog


def _cells(dialog: RestoreDialog, row: int) -> list[str]:
    table = dialog.table
    return [table.item(row, c).text() if table.item(row, c) else "" for c in range(7)]


def test_the_list_shows_each_backup_with_what_it_holds(
    restore_window: MainWindow, backed_up: tuple[Database, Path, Path]
) -> None:
    database, first, second = backed_up
    demo = compute_stats(database.session_factory)
    dialog = _open_dialog(restore_window)
    # Newest first: the window's daily backup (taken when it loaded), then ours.
    assert dialog.table.rowCount() == 3
    assert [b.path for b in dialog.backups][1:] == [second, first]
    daily, newest, oldest = (_cells(dialog, row) for row in range(3))
    assert [daily[1], newest[1], oldest[1]] == ["Daily backup", "Before an import", "Made by hand"]
    assert daily[3] == f"{demo.recommendations:,}"
    assert newest[3] == f"{demo.recommendations - 1:,}"
    assert oldest[3] == f"{demo.recommendations - 1 - ADDED:,}"
    assert oldest[4:] == [f"{demo.agencies:,}", f"{demo.plans:,}", f"{demo.actions:,}"]
    assert newest[2].endswith(("KB", "MB")) and newest[0][:1].isdigit()
    assert "Backups are kept in" in dialog.state.text()
    assert not dialog.restore_button.isEnabled()
    dialog.select_row(2)
    assert dialog.restore_button.isEnabled()
    dialog.close()


def test_reasons_read_as_words() -> None:
    assert reason_label("auto") == "Daily backup"
    assert reason_label("before-upgrade-0007") == "Before an upgrade to a newer version"
    assert reason_label("before-cleanup") == "before-cleanup"


def test_no_backups_says_so_and_where_they_go(qtbot: QtBot, database: Database) -> None:
    window = MainWindow(database)  # not loaded: no daily backup yet
    qtbot.addWidget(window)
    dialog = _open_dialog(window)
    assert dialog.table.rowCount() == 0
    assert "no backups of this database yet" in dialog.state.text()
    assert str(database.path.parent / "backups") in dialog.state.text()  # type: ignore[union-attr]
    assert dialog.other_button.isEnabled() and not dialog.restore_button.isEnabled()
    dialog.close()


def test_restoring_a_backup_replaces_the_database_and_shows_it(
    qtbot: QtBot,
    restore_window: MainWindow,
    backed_up: tuple[Database, Path, Path],
    messages: list[tuple[str, str]],
) -> None:
    database, first, _ = backed_up
    path = database.path
    assert path is not None
    now = restore_window.register.model.rowCount()
    dialog = _open_dialog(restore_window)
    dialog.select_row(2)  # the oldest: the demo as made
    selected = dialog.selected_backup()
    assert selected is not None and selected.path == first
    with qtbot.waitSignal(restore_window.database_changed, timeout=10_000):
        dialog.restore_button.click()
    assert messages == []
    assert not dialog.isVisible()
    assert restore_window.database is not database
    assert restore_window.database.path == path
    assert restore_window.register.model.rowCount() == now - ADDED - 1
    stats = compute_stats(restore_window.database.session_factory)
    assert stats.recommendations == dialog.backups[2].counts["recommendation"]
    kept = list(path.parent.glob(f"{path.name}.replaced-*"))
    assert len(kept) == 1
    assert str(kept[0]) in restore_window.statusBar().currentMessage()
    assert restore_window.stack.isEnabled()
    assert restore_window.action_open.isEnabled() and restore_window.action_restore.isEnabled()
    assert not restore_window.busy.isVisibleTo(restore_window)
    # The restored database's audit trail records the restore, naming the backup.
    with restore_window.database.session_factory() as session:
        restores = session.scalars(
            select(AuditEntry.label).where(AuditEntry.action == "restore-backup")
        ).all()
    assert restores == [first.name]
    # The replaced database is the one as it was, with every recommendation.
    with_all = open_database(str(kept[0]))
    try:
        assert (
            compute_stats(with_all.session_factory).recommendations
            == stats.recommendations + ADDED + 1
        )
    finally:
        with_all.dispose()


def test_double_click_restores_too(
    qtbot: QtBot, restore_window: MainWindow, messages: list[tuple[str, str]]
) -> None:
    now = restore_window.register.model.rowCount()
    dialog = _open_dialog(restore_window)
    with qtbot.waitSignal(restore_window.database_changed, timeout=10_000):
        table = dialog.table  # the row before the last addition
        where = table.visualRect(table.model().index(1, 1)).center()
        # QTest's double click needs the press of a first click on the same cell.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert messages == []
    assert restore_window.register.model.rowCount() == now - 1


def test_other_file_restores_the_replaced_database_back(
    qtbot: QtBot,
    restore_window: MainWindow,
    messages: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = restore_window.register.model.rowCount()
    dialog = _open_dialog(restore_window)
    dialog.select_row(2)
    with qtbot.waitSignal(restore_window.database_changed, timeout=10_000):
        dialog.restore_button.click()
    path = restore_window.database.path
    assert path is not None
    (replaced,) = path.parent.glob(f"{path.name}.replaced-*")
    # Moved aside: a second restore within the same second names the database it
    # replaces .replaced-<same second>, which the store cannot yet handle (it hangs).
    kept = replaced.rename(path.parent / "before-the-restore.sqlite3")
    chosen = (str(kept), "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: chosen)
    dialog = _open_dialog(restore_window)
    with qtbot.waitSignal(restore_window.database_changed, timeout=10_000):
        dialog.other_button.click()
    assert messages == []
    assert restore_window.register.model.rowCount() == now  # the restore undone
    assert kept.name in restore_window.statusBar().currentMessage()


def test_restore_is_refused_while_another_program_has_the_database_open(
    qtbot: QtBot,
    restore_window: MainWindow,
    backed_up: tuple[Database, Path, Path],
    messages: list[tuple[str, str]],
) -> None:
    path = backed_up[0].path
    assert path is not None
    now = restore_window.register.model.rowCount()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
            " c.execute('select count(*) from recommendation').fetchone();"
            " print('open', flush=True); sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        dialog = _open_dialog(restore_window)
        dialog.select_row(1)
        with qtbot.waitSignal(restore_window.database_changed, timeout=10_000):
            dialog.restore_button.click()
    finally:
        holder.communicate("", timeout=30)
    assert len(messages) == 1
    title, text = messages[0]
    assert title == "Restore failed"
    assert "another program has this database open" in text and str(path) in text
    assert not list(path.parent.glob(f"{path.name}.replaced-*"))
    # The window goes on with the database as it was.
    restore_window.load()
    assert restore_window.register.model.rowCount() == now
    assert restore_window.stack.isEnabled()
    assert restore_window.action_restore.isEnabled()
    assert compute_stats(restore_window.database.session_factory).recommendations == now


def test_the_dialog_lays_out_right_to_left(qtbot: QtBot, restore_window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = _open_dialog(restore_window)
        dialog.select_row(0)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.restore_button.isEnabled()
        # The first column (when) is on the right, the buttons' order mirrored.
        header = dialog.table.horizontalHeader()
        assert header.sectionViewportPosition(0) > header.sectionViewportPosition(6)
        other = dialog.other_button.mapTo(dialog, dialog.other_button.rect().center())
        restore = dialog.restore_button.mapTo(dialog, dialog.restore_button.rect().center())
        assert other.x() > restore.x()
        dialog.close()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_not_offered_for_a_read_only_database(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    database = open_database(str(folder / "office.sqlite3"), create=True)
    create_demo_data(database.session_factory)
    backup_database(database, folder / "backups")
    database.dispose()
    with read_only_folder(folder):
        read_only = open_database(str(folder / "office.sqlite3"))
        window = MainWindow(read_only)
        qtbot.addWidget(window)
        window.show()
        try:
            assert not window.action_restore.isEnabled()
            assert "read-only" in window.action_restore.toolTip()
            assert "folder is read-only" in window.action_restore.toolTip()
        finally:
            window.close()
            read_only.dispose()


def test_not_offered_for_a_server_database(qtbot: QtBot, window: MainWindow) -> None:
    from desktop.ui.views.restore_dialog import configure_restore_action

    server = Database(
        window.database.url, window.database.engine, window.database.session_factory, None
    )
    configure_restore_action(window.action_restore, server)
    assert not window.action_restore.isEnabled()
    assert "pg_dump" in window.action_restore.toolTip()
    configure_restore_action(window.action_restore, window.database)
    assert window.action_restore.isEnabled()
