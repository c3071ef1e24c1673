"""Starting the GUI: the smoke test the installers and benchmarks rely on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import run_gui
from desktop.ui import workers


def test_smoke_test_prints_ready(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workers.set_synchronous(False)  # the real thing: loading in the thread pool
    # The first start on the default data folder creates the database (and the folder).
    code = run_gui(None, smoke_test=True)
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.startswith("ready ")
    assert int(out.split()[1]) > 0
    assert (isolated_data_dir / "nmrf-desk.sqlite3").is_file()


def test_garbage_collection_paused_at_start_runs_again_once_the_page_shows(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`nmrf-desk gui` pauses the collector while it starts (desktop.cli); the
    window's first page lets it run again, what start-up made frozen out of it.
    Only once: a register read failing later, while an import has paused the
    collector, leaves it paused (the import resumes it)."""
    import gc

    from desktop import app
    from desktop.services.database import open_database
    from desktop.ui.main_window import MainWindow

    database = open_database(str(tmp_path / "office.sqlite3"), create=True)
    window = MainWindow(database)
    qtbot.addWidget(window)
    app._resume_garbage_collection_when_shown(window)
    monkeypatch.setitem(app._start_up_pause, "pending", True)
    gc.disable()
    try:
        window.show()
        assert not gc.isenabled()
        window.load()  # the first page loads (synchronously in tests)
        assert gc.isenabled() and gc.get_freeze_count() > 0
        gc.disable()  # an import's pause
        window.load_failed.emit("the register could not be read")
        assert not gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()
        database.dispose()


def test_a_database_path_that_does_not_exist_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo.sqlite3"
    code = run_gui(str(missing), smoke_test=True)
    _, err = capsys.readouterr()
    assert code == 1
    assert "there is no database here" in err and str(missing) in err
    assert not missing.exists()


def test_smoke_test_on_garbage_fails_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\x89PNG\r\n" + bytes(range(256)) * 8)
    code = run_gui(str(garbage), smoke_test=True)
    out, err = capsys.readouterr()
    assert code == 1
    assert "ready" not in out
    assert "not an NMRF Desk database" in err


def test_smoke_test_from_the_command_line(tmp_path: Path) -> None:
    init = [sys.executable, "-m", "desktop", "--db", str(tmp_path / "x.sqlite3"), "init"]
    subprocess.run(init, check=True, capture_output=True, timeout=120)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--db",
            str(tmp_path / "x.sqlite3"),
            "gui",
            "--smoke-test",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith("ready ")


def test_chinese_interface_is_translated_and_arabic_is_right_to_left(
    qtbot: object, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from desktop.app import application, install_translations
    from desktop.services.database import open_database
    from desktop.ui.main_window import MainWindow

    app = application()
    database = open_database(str(tmp_path / "zh.sqlite3"), create=True)
    try:
        install_translations(app, "zh")
        window = MainWindow(database)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        expected = [
            "建议",
            "专题组",
            "主题",
            "机构",
            "计划",
            "磋商",
            "报告日历",
            "报告",
            "仪表板",
            "活动记录",
        ]
        assert titles == expected
        assert window.menuBar().actions()[0].text() == "文件(&F)"
        install_translations(app, "ar")
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        install_translations(app, "en")
        database.dispose()
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _damaged_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    from desktop import paths
    from desktop.services.backups import backup_database
    from desktop.services.database import open_database

    path = tmp_path / "office.sqlite3"
    database = open_database(str(path), create=True)
    backup = backup_database(database, paths.backups_dir_for(path))
    database.dispose()
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 8 : offset + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))
    return path, backup


def test_damaged_database_offers_the_newest_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import _open_interactively

    path, backup = _damaged_with_backup(tmp_path)
    asked: list[str] = []

    def answer_yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    database = _open_interactively(str(path))
    assert database is not None
    database.dispose()
    assert len(asked) == 1 and "damaged" in asked[0] and backup.name in asked[0]
    assert list(tmp_path.glob("office.sqlite3.replaced-*"))  # the damaged file is kept


def test_declining_the_restore_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import _open_interactively

    path, _ = _damaged_with_backup(tmp_path)
    damaged = path.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert _open_interactively(str(path)) is None
    assert path.read_bytes() == damaged


def test_newer_schema_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from desktop.app import _open_interactively
    from desktop.services.database import open_database

    path = tmp_path / "newer.sqlite3"
    open_database(str(path), create=True).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.commit()
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(str(a[2])))
    assert _open_interactively(str(path)) is None
    assert shown and "newer version" in shown[0]


def test_failed_upgrade_names_the_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from PySide6.QtWidgets import QMessageBox

    from desktop import paths
    from desktop.app import _open_interactively
    from desktop.store import migrations

    old = tmp_path / "office.sqlite3"
    shutil.copy(Path(__file__).parents[1] / "migrations/fixtures/schema-0001.sqlite3", old)
    before = old.read_bytes()

    def failing_upgrade(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    shown: list[str] = []
    monkeypatch.setattr(migrations, "upgrade_to_head", failing_upgrade)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(str(a[2])))
    assert _open_interactively(str(old)) is None
    backups = list(paths.backups_dir_for(old).glob("*before-upgrade*"))
    assert len(shown) == 1 and "disk full" in shown[0]
    assert backups and str(backups[0]) in shown[0]
    assert old.read_bytes() == before
