"""File › Import agency updates…: choose a returned form, review it in the
background, then show the review; the pages read again after a take-in."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from desktop.services.database import Database
from desktop.services.forms.items import FormReview
from desktop.services.forms.review import review_form
from desktop.ui import workers
from desktop.ui.error_text import error_text
from desktop.ui.views.form_review_dialog import FormReviewDialog


class _Window(Protocol):
    database: Database

    def load(self) -> None: ...

    def _set_busy(self, delta: int) -> None: ...


def choose_returned_form(window: _Window) -> None:
    assert isinstance(window, QMainWindow)
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("FormImport", "Import agency updates"),
        "",
        QCoreApplication.translate("FormImport", "Excel workbook (*.xlsx)"),
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    if path:
        review_returned_form(window, Path(path))


def review_returned_form(window: _Window, path: Path) -> None:
    """Review ``path`` in the background, then show the review."""
    assert isinstance(window, QMainWindow)
    factory, today = window.database.session_factory, date.today()
    window._set_busy(+1)

    def reviewed(review: FormReview) -> None:
        window._set_busy(-1)
        dialog = FormReviewDialog(window.database, review, today, window)
        dialog.accepted.connect(lambda: _taken_in(window, dialog))
        dialog.open()

    def failed(exc: Exception) -> None:
        window._set_busy(-1)
        QMessageBox.warning(
            window,
            QCoreApplication.translate("FormImport", "Import agency updates"),
            error_text(exc),
        )

    workers.run_task(lambda: review_form(factory, path, today), reviewed, failed)


def _taken_in(window: _Window, dialog: FormReviewDialog) -> None:
    assert isinstance(window, QMainWindow)
    if dialog.applied is not None:
        window.statusBar().showMessage(dialog.taken_in_text())
    window.load()
