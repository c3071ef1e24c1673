"""Starting the GUI: the application object, translations, the database
(with start-up errors shown to the user), the main window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

# Everything below the window that it needs is imported before Qt: once
# PySide6 is loaded it reads the source of every Python module imported after
# it (looking for its ``__feature__`` switches), which cost start-up ~0.3 s
# over SQLAlchemy (with the SQLite dialect), the models and the services of
# the first page. The services of the figures and alerts, read once the first
# page shows, are imported then.
import sqlalchemy.dialects.sqlite  # noqa: F401

from desktop import display_check, paths
from desktop.domain.errors import NmrfError
from desktop.process_clock import ready_message
from desktop.services import (  # noqa: F401
    audit,
    choices,
    register,
    restore_audit,
    saved_views,
    search,
    users,
)
from desktop.services.backups import restore_backup
from desktop.services.database import Database, open_database
from desktop.store.engine import resolve_url, sqlite_path
from desktop.store.errors import (
    DamagedDatabaseError,
    MigrationError,
    NoDatabaseError,
    NotOurDatabaseError,
)

# isort: split
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui import user_settings
from desktop.ui.main_window import MainWindow
from desktop.ui.translations import install_translations as install_translations

SMOKE_TEST_LIMIT_MS = 60_000


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("NMRF Desk")
    app.setApplicationName("NMRF Desk")
    return app


def _may_create(db: str | None) -> bool:
    """Only the first start on the default data folder creates a database by
    itself; a path or URL given by the user must hold one (File › New database…
    and ``nmrf-desk init`` create one elsewhere)."""
    try:
        return sqlite_path(resolve_url(db)) == paths.default_database_path()
    except NmrfError:
        return False


def _open_interactively(db: str | None) -> Database | None:
    """Open the database; on failure explain, offer the newest backup of a
    damaged, emptied or missing database, and return None when the user cannot go on."""
    while True:
        try:
            # The integrity check runs after start, in the background (MainWindow).
            return open_database(db, create=_may_create(db), check_integrity=False)
        except (DamagedDatabaseError, NotOurDatabaseError, NoDatabaseError) as exc:
            title, text = _unusable_text(exc)
            if exc.newest_backup is None:
                QMessageBox.critical(None, title, text)
                return None
            question = QCoreApplication.translate(
                "Startup", "Restore the newest backup, {path}?"
            ).replace("{path}", str(exc.newest_backup))
            if not isinstance(exc, NoDatabaseError):
                question += "\n" + QCoreApplication.translate(
                    "Startup", "The file it replaces is kept beside it."
                )
            answer = QMessageBox.question(None, title, text + "\n\n" + question)
            if answer != QMessageBox.StandardButton.Yes or exc.where is None:
                return None
            try:
                restore_backup(exc.newest_backup, Path(exc.where))
            except NmrfError as restore_error:
                QMessageBox.critical(
                    None,
                    QCoreApplication.translate("Startup", "Restore failed"),
                    str(restore_error),
                )
                return None
        except MigrationError as exc:
            QMessageBox.critical(
                None, QCoreApplication.translate("Startup", "Upgrade failed"), str(exc)
            )
            return None
        except NmrfError as exc:
            QMessageBox.critical(
                None, QCoreApplication.translate("Startup", "Cannot open the database"), str(exc)
            )
            return None


def _unusable_text(
    exc: DamagedDatabaseError | NotOurDatabaseError | NoDatabaseError,
) -> tuple[str, str]:
    """The title and text of the start-up message for a database that cannot be used."""
    if isinstance(exc, NoDatabaseError):
        title = QCoreApplication.translate("Startup", "No database")
        text = QCoreApplication.translate("Startup", "There is no database where one was expected.")
    elif isinstance(exc, NotOurDatabaseError):
        title = QCoreApplication.translate("Startup", "Not a database")
        text = QCoreApplication.translate(
            "Startup", "This file is not an NMRF Desk database; nothing was changed."
        )
    else:
        title = QCoreApplication.translate("Startup", "Damaged database")
        text = QCoreApplication.translate(
            "Startup", "The database is damaged and cannot be opened safely."
        )
    return title, f"{text}\n\n{exc}"


_start_up_pause = {"pending": True}


def resume_garbage_collection() -> None:
    """Let Python's cyclic garbage collector run again, when start-up paused
    it (desktop.cli, before the window's imports: ~200 collections, ~50 ms,
    over objects that mostly live as long as the program). What start-up made
    is frozen out of later collections (gc.freeze), which it makes cheaper.
    Only once: a later pause is an import's, which resumes it itself."""
    if _start_up_pause["pending"]:
        _start_up_pause["pending"] = False
        if not gc.isenabled():
            gc.freeze()
            gc.enable()


def _resume_garbage_collection_when_shown(window: MainWindow) -> None:
    window.first_page_loaded.connect(resume_garbage_collection)
    window.load_failed.connect(resume_garbage_collection)


def run_gui(db: str | None, smoke_test: bool = False) -> int:
    try:
        return _run_gui(db, smoke_test)
    finally:
        resume_garbage_collection()  # when no window came to show its first page


def _run_gui(db: str | None, smoke_test: bool) -> int:
    if QApplication.instance() is None and display_check.report_problems():
        return 1  # no display, or a library Qt needs: said, rather than Qt's abort
    app = application()
    install_translations(app, user_settings.ui_language())
    if smoke_test:
        return _smoke_test(db)
    database = _open_interactively(db)
    if database is None:
        return 1
    window = MainWindow(database)
    _resume_garbage_collection_when_shown(window)
    window.show()
    QTimer.singleShot(0, window.load)
    code = app.exec()
    window.latest().database.dispose()  # reopened in another language, maybe
    return code


def _smoke_test(db: str | None) -> int:
    """Open the window, wait for its first page, print ``ready <ms>``. No dialogs."""
    try:
        database = open_database(db, create=_may_create(db), check_integrity=False)
    except NmrfError as exc:
        print(f"nmrf-desk: error: {exc}", file=sys.stderr)
        return 1
    window = MainWindow(database)
    outcome = {"code": 1}

    def ready() -> None:
        print(ready_message(), flush=True)
        outcome["code"] = 0
        loop.quit()

    def failed(message: str) -> None:
        print(f"nmrf-desk: error: {message}", file=sys.stderr)
        loop.quit()

    def too_slow() -> None:
        print("nmrf-desk: error: the first page did not load in time", file=sys.stderr)
        loop.quit()

    # A loop of its own rather than app.exec()/app.quit(), which leave the
    # application unable to run timers afterwards (tests run several in a row).
    loop = QEventLoop()
    window.first_page_loaded.connect(ready)
    window.load_failed.connect(failed)
    _resume_garbage_collection_when_shown(window)
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(too_slow)
    limit.start(SMOKE_TEST_LIMIT_MS)
    window.show()
    # Load once the event loop runs, so a quick answer cannot quit before it starts.
    QTimer.singleShot(0, window.load)
    loop.exec()
    limit.stop()
    window.close()
    window.database.dispose()
    window.deleteLater()
    return outcome["code"]
