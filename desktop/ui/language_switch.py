"""A new interface language for the running application: the window is built
again in that language and reopens where it was (the same page, the register's
filter, sort, selection and current row). Unsaved edits in the register's
editor are never lost: the switch waits until they are saved or discarded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.changes import broadcaster
from desktop.ui.translations import install_translations

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def reopen_in_language(window: MainWindow, language: str) -> MainWindow | None:
    """The window rebuilt in ``language`` and shown in place of ``window``;
    None (and ``window`` kept, with a word to the user) while the register's
    editor holds unsaved changes."""
    editor = window.register.detail.built_editor  # None until a recommendation is shown
    if editor is not None and editor.dirty:
        QMessageBox.information(
            window,
            QCoreApplication.translate("LanguageSwitch", "Interface language"),
            QCoreApplication.translate(
                "LanguageSwitch",
                "The recommendation being edited has unsaved changes, so the window "
                "stays as it is. The new language is used the next time NMRF Desk starts.",
            ),
        )
        return None
    from desktop.ui.main_window import MainWindow

    page = window.current_page().key
    register = window.register
    filt, sort = register.current_filter(), register.sort
    saved = register.model.save_selection(register.table)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, language)

    successor = MainWindow(window.database)
    successor.restoreGeometry(window.saveGeometry())
    window.successor = successor
    # The old window stops following changes; today's backup is not taken twice.
    broadcaster().changed.disconnect(window.broadcast_changes)
    successor._backed_up_today = window._backed_up_today
    successor.show()

    def reselect() -> None:
        successor.register.loaded.disconnect(reselect)
        successor.register.model.restore_selection(successor.register.table, saved)

    successor.register.loaded.connect(reselect)
    successor.register.sort = sort
    successor.register.show_filter(filt)  # loads the register
    successor.show_page(page)
    window.close()
    return successor
