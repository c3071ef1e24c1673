"""Starting the GUI: the smoke test the installers and benchmarks rely on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import run_gui
from desktop.ui import workers


def test_smoke_test_prints_ready(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workers.set_synchronous(False)  # the real thing: loading in the thread pool
    code = run_gui(str(tmp_path / "fresh.sqlite3"), smoke_test=True)
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.startswith("ready ")
    assert int(out.split()[1]) > 0


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
        assert titles == ["建议", "专题组", "机构", "计划", "报告", "仪表板"]
        assert window.menuBar().actions()[0].text() == "文件(&F)"
        install_translations(app, "ar")
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        install_translations(app, "en")
        database.dispose()
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
