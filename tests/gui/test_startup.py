"""Start-up: only the first page is built (other pages' modules load when
shown), and the integrity check runs after start, off the GUI thread, with a
message offering a restore when it finds damage."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.app import _open_interactively, _smoke_test
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.store import sqlite_files
from desktop.ui import workers
from desktop.ui.main_window import MainWindow
from desktop.ui.views.pages import PAGE_SPECS
from desktop.ui.views.restore_dialog import RestoreDialog

REPO = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter: this test session has imported every page already.
WHAT_START_UP_LOADS = """
import json, sys
from desktop.app import application, _open_interactively
from desktop.ui.main_window import MainWindow
application()
window = MainWindow(_open_interactively(sys.argv[1]))
window.show()
before = sorted(m for m in sys.modules if m.startswith(("desktop.ui.views.", "openpyxl",
    "reportlab", "alembic", "desktop.reports", "desktop.services.importing.readers")))
page = window.show_page("dashboard")
after = sorted(m for m in sys.modules if m.startswith("desktop.ui.views."))
order = list(sys.modules)  # in the order they were first imported
print(json.dumps({"before": before, "after": after, "heading": page.heading.text(),
                  "index": window.stack.currentIndex(),
                  "before_qt": [m for m in ("sqlalchemy.orm", "sqlalchemy.dialects.sqlite",
                      "desktop.store.models", "desktop.services.register")
                      if order.index(m) < order.index("PySide6")]}))
window.database.dispose()
"""


def _sound_database(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    database = open_database(str(path), create=True)
    create_demo_data(database.session_factory)
    database.dispose()
    return path


def _fresh_interpreter(code: str, path: Path) -> subprocess.CompletedProcess[str]:
    """``code`` run in a new interpreter, offscreen, given ``path``."""
    return subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=REPO,
        check=True,
    )


def test_a_page_module_is_imported_only_when_the_page_is_shown(tmp_path: Path) -> None:
    path = _sound_database(tmp_path)
    out = _fresh_interpreter(WHAT_START_UP_LOADS, path)
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    other_pages = {f"desktop.ui.views.{spec.module.rsplit('.', 1)[1]}" for spec in PAGE_SPECS[1:]}
    assert "desktop.ui.views.register_page" in seen["before"]
    assert not other_pages & set(seen["before"]), seen["before"]
    # Nor the libraries of reports, imports and upgrades.
    assert not [m for m in seen["before"] if not m.startswith("desktop.ui.views.")]
    assert "desktop.ui.views.dashboard_page" in seen["after"]
    assert seen["heading"] == "Dashboard" and seen["index"] == 8
    # Loaded before Qt, which would otherwise read each module's source at import.
    assert len(seen["before_qt"]) == 4, seen["before_qt"]


# The first page's queries are of table columns (store.core_tables): the ORM's
# mappers are configured after it shows, by the first query that needs them.
MAPPERS_AT_READY = """
import sys
from sqlalchemy import inspect
import desktop.app as app
from desktop.store.models import Recommendation
said = app.ready_message
def ready():
    print("configured", inspect(Recommendation).configured)
    return said()
app.ready_message = ready
sys.exit(app.run_gui(sys.argv[1], smoke_test=True))
"""


def test_the_first_page_shows_before_the_mappers_are_configured(tmp_path: Path) -> None:
    path = _sound_database(tmp_path)  # demo data: the register shows rows
    out = _fresh_interpreter(MAPPERS_AT_READY, path)
    lines = out.stdout.split("\n")
    assert lines[0] == "configured False", out.stdout
    assert lines[1].startswith("ready ")


# Built on first use: the detail pane's panels, the bulk actions, the
# new-recommendation dialog; the CLI's forms and users commands; the version.
NOT_AT_START = {
    "desktop.ui.views.recommendation_editor",
    "desktop.ui.views.recommendation_followup",
    "desktop.ui.views.document_context_panel",
    "desktop.ui.views.history_panel",
    "desktop.ui.views.register_bulk",
    "desktop.ui.views.new_recommendation_dialog",
    "desktop.services.bulk",
    "desktop.cli_forms",
    "desktop.cli_users",
    "tomllib",
}


def test_the_window_starts_without_the_panels_it_does_not_show(tmp_path: Path) -> None:
    path = _sound_database(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPROFILEIMPORTTIME": "1"}
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(path), "gui", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=True,
    )
    assert out.stdout.startswith("ready ")
    imported = {
        line.rsplit("|", 1)[1].strip()
        for line in out.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert {"desktop.ui.views.register_page", "desktop.ui.views.register_detail"} <= imported
    assert not NOT_AT_START & imported, sorted(NOT_AT_START & imported)


def test_a_page_is_built_on_first_use_and_kept(demo_window: MainWindow) -> None:
    assert not demo_window.pages.is_built("clusters")
    clusters = demo_window.pages["clusters"]  # reaching it builds it, loaded
    assert demo_window.pages.is_built("clusters") and clusters.clusters  # type: ignore[attr-defined]
    assert demo_window.show_page("clusters") is clusters
    assert demo_window.stack.indexOf(clusters) == 1 and demo_window.stack.count() == 10
    assert demo_window.show_page("recommendations") is demo_window.register


def _damage_a_table_the_window_does_not_read(path: Path) -> None:
    """Fill a table of its own, then overwrite its root page with garbage."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE filler (x TEXT)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 400,) for _ in range(200)])
        conn.commit()
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'filler'").fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    start = (root[0] - 1) * page_size
    data[start : start + 64] = b"\x07" * 64
    path.write_bytes(bytes(data))


def _refuse_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError(f"no dialog expected at start: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "critical", refuse)
    monkeypatch.setattr(QMessageBox, "question", refuse)


def _start(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.load()
    return window


def test_a_damaged_database_opens_and_then_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _sound_database(tmp_path)
    _damage_a_table_the_window_does_not_read(path)
    assert sqlite_files.quick_check(path)  # damaged indeed
    _refuse_dialogs(monkeypatch)
    database = _open_interactively(str(path))  # no longer checked before the window
    assert database is not None
    window = _start(qtbot, database)
    assert window.register.model.rowCount() > 0
    qtbot.waitUntil(lambda: window.integrity_check.message is not None, timeout=5000)
    box = window.integrity_check.message
    assert box is not None and box.isVisible() and "damage" in box.text()
    assert window.integrity_check.problems
    buttons = [b.text() for b in box.findChildren(QPushButton)]
    assert "Restore from backup…" in buttons
    restore = next(b for b in box.findChildren(QPushButton) if b.text() == "Restore from backup…")
    restore.click()
    assert [d for d in window.findChildren(RestoreDialog) if d.isVisible()]


def test_start_up_checks_integrity_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _sound_database(tmp_path)
    threads: list[bool] = []  # True: on the GUI thread
    real_check = sqlite_files.quick_check

    def counted(*args: object, **kwargs: object) -> list[str]:
        threads.append(threading.current_thread() is threading.main_thread())
        return real_check(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite_files, "quick_check", counted)
    workers.set_synchronous(False)  # real background threads
    database = _open_interactively(str(path))
    assert database is not None and threads == []
    window = _start(qtbot, database)
    qtbot.waitUntil(lambda: window.integrity_check.problems is not None, timeout=10_000)
    assert window.integrity_check.problems == [] and window.integrity_check.message is None
    # Checked in the background: at start, and the daily backup checks its copy.
    assert threads and True not in threads
    window.close()
    threads.clear()
    assert _smoke_test(str(path)) == 0
    assert True not in threads


def test_the_command_line_still_checks_before_opening(tmp_path: Path) -> None:
    path = _sound_database(tmp_path)
    _damage_a_table_the_window_does_not_read(path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(path), "stats"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
    )
    assert out.returncode != 0 and "damaged" in out.stderr
