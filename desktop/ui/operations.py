"""How screens run work: a read or a write off the GUI thread, its result on it.

``ReadOperation`` reads in the background and hands the result to the screen;
given a ``LatestOnly``, a result that a later read has overtaken is dropped.
``WriteOperation`` changes the database in the background; its work returns
``Written(value, changes)`` and the ``Changes`` (kinds of records, ids) go to
``broadcaster()``, which the main window passes on to every page. Both can
show a progress dialog with Cancel, and both show a failure the same way: the
field or place it names, then what is wrong (shape of Anki's ``QueryOp`` and
``CollectionOp`` in ``aqt/operations``).

    WriteOperation(
        self,
        lambda: Written(plan_id, Changes.of(Kind.PLAN, [plan_id])),
        self._saved,
    ).errors_in(self.error, self.field_names()).disabling(self.buttons).run()
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable, Mapping
from typing import Any, Generic, Self, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QWidget

from desktop.domain.errors import ConflictError
from desktop.ui import workers
from desktop.ui.changes import Changes, Kind, Written, broadcaster
from desktop.ui.error_text import error_text

__all__ = [
    "Changes",
    "Kind",
    "LatestOnly",
    "Progress",
    "ReadOperation",
    "WriteOperation",
    "Written",
    "broadcaster",
]

T = TypeVar("T")


class LatestOnly:
    """One counter per screen: a read's result is used only if no read began since."""

    def __init__(self) -> None:
        self._count = 0

    def begin(self) -> int:
        self._count += 1
        return self._count

    def current(self) -> int:
        return self._count

    def is_current(self, ticket: int) -> bool:
        return ticket == self._count

    def drop_pending(self) -> None:
        """Results of reads under way are no longer wanted (another database)."""
        self._count += 1


class Progress:
    """Handed to work that reports progress: ``step(done, total)`` and ``cancelled()``
    fit the services' ``progress=`` and ``cancelled=`` parameters."""

    def __init__(self, report: Callable[[int], None], cancel: threading.Event) -> None:
        self._report = report
        self._cancel = cancel

    def percent(self, value: int) -> None:
        self._report(max(0, min(100, value)))

    def step(self, done: int, total: int) -> None:
        self.percent(done * 100 // max(total, 1))

    def cancelled(self) -> bool:
        return self._cancel.is_set()


def conflict_text() -> str:
    """The one message for a record someone else saved since it was opened."""
    return QCoreApplication.translate(
        "operations",
        "Someone else changed this since you opened it; nothing was saved. "
        "Close it and open it again to see their changes.",
    )


def show_conflict(parent: QWidget | None) -> None:
    """The "someone else changed this" dialog."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("operations", "Changed by someone else"),
        conflict_text(),
    )


def ask_conflict_choice(parent: QWidget | None, exc: ConflictError) -> str:
    """The same dialog with a choice, for an editor that can save over theirs:
    "keep" (mine replaces theirs), "take" (theirs; mine is dropped) or "edit"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("operations", "Changed by someone else"))
    box.setText(error_text(exc))
    box.setInformativeText(
        QCoreApplication.translate(
            "operations",
            "Keep your version (it replaces theirs), take theirs (your changes are "
            "dropped), or go on editing.",
        )
    )
    keep = box.addButton(
        QCoreApplication.translate("operations", "Keep mine"), QMessageBox.ButtonRole.AcceptRole
    )
    take = box.addButton(
        QCoreApplication.translate("operations", "Take theirs"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("operations", "Go on editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    clicked = box.clickedButton()
    return "keep" if clicked is keep else "take" if clicked is take else "edit"


def _takes_argument(fn: Callable[..., Any]) -> bool:
    try:
        return len(inspect.signature(fn).parameters) >= 1
    except (TypeError, ValueError):
        return False


class _Operation(Generic[T]):
    def __init__(self, parent: QWidget, work: Callable[..., Any]) -> None:
        self.parent = parent
        self._work = work
        self._latest: LatestOnly | None = None
        self._overtakes = True
        self._on_error: Callable[[Exception], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self._error_label: QLabel | None = None
        self._field_names: Mapping[str, str] = {}
        self._error_title = QCoreApplication.translate("operations", "Could not finish")
        self._progress_label: str | None = None
        self._cancellable = True
        self._disabled: list[QWidget] = []
        self._cancel = threading.Event()
        self.progress_dialog: QProgressDialog | None = None
        self.running = False

    # -- options (each returns the operation) ---------------------------------------
    def latest(self, latest: LatestOnly) -> Self:
        """Drop the result when a later operation on ``latest`` began since."""
        self._latest = latest
        return self

    def within(self, latest: LatestOnly) -> Self:
        """Like ``latest``, but this operation does not overtake the ones under way
        (a part read to go with the last whole read)."""
        self._latest, self._overtakes = latest, False
        return self

    def on_error(self, handler: Callable[[Exception], None]) -> Self:
        """Handle failures yourself instead of the default display."""
        self._on_error = handler
        return self

    def on_cancelled(self, handler: Callable[[], None]) -> Self:
        self._on_cancelled = handler
        return self

    def errors_in(self, label: QLabel, field_names: Mapping[str, str] | None = None) -> Self:
        """Show a failure in ``label`` (the field named by ``field_names``)."""
        self._error_label = label
        self._field_names = field_names or {}
        return self

    def field_names(self, names: Mapping[str, str]) -> Self:
        """The user's names of the fields a failure can name (``where``)."""
        self._field_names = names
        return self

    def error_title(self, title: str) -> Self:
        """The title of the message box a failure is shown in (without ``errors_in``)."""
        self._error_title = title
        return self

    def with_progress(self, label: str, *, cancellable: bool = True) -> Self:
        """A progress dialog (after 0.3 s) with Cancel; the work gets a ``Progress``."""
        self._progress_label = label
        self._cancellable = cancellable
        return self

    def disabling(self, *widgets: QWidget) -> Self:
        """Disable ``widgets`` (a Save button) while the operation runs."""
        self._disabled.extend(widgets)
        return self

    # -- running ---------------------------------------------------------------------
    def run(self) -> None:
        latest = self._latest
        ticket = 0 if latest is None else latest.begin() if self._overtakes else latest.current()
        self.running = True
        self._cancel.clear()
        for widget in self._disabled:
            widget.setEnabled(False)
        if self._error_label is not None:
            self._error_label.clear()
        on_progress = self._open_progress() if self._progress_label is not None else None
        work = self._work
        cancel = self._cancel

        if _takes_argument(work):

            def background(report: Callable[[int], None]) -> Any:
                return work(Progress(report, cancel))

            workers.run_task(
                background,
                lambda result: self._finished(ticket, result),
                lambda exc: self._failed(ticket, exc),
                on_progress,
            )
        else:
            workers.run_task(
                lambda: work(),
                lambda result: self._finished(ticket, result),
                lambda exc: self._failed(ticket, exc),
                on_progress,
            )

    def cancel(self) -> None:
        """Ask the work to stop (it checks ``Progress.cancelled()``)."""
        self._cancel.set()

    def _open_progress(self) -> Callable[[int], None]:
        dialog = QProgressDialog(
            self._progress_label or "",
            QCoreApplication.translate("operations", "Cancel"),
            0,
            100,
            self.parent,
        )
        if not self._cancellable:
            dialog.setCancelButton(None)  # None removes the button
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(self._cancel.set)
        self.progress_dialog = dialog
        return dialog.setValue

    def _settle(self) -> None:
        self.running = False
        for widget in self._disabled:
            widget.setEnabled(True)
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _current(self, ticket: int) -> bool:
        return self._latest is None or self._latest.is_current(ticket)

    def _finished(self, ticket: int, result: Any) -> None:
        self._settle()
        if self._current(ticket):
            self._deliver(result)

    def _deliver(self, result: Any) -> None:
        raise NotImplementedError

    def _failed(self, ticket: int, exc: Exception) -> None:
        self._settle()
        if not self._current(ticket):
            return
        if self._cancel.is_set():
            if self._on_cancelled is not None:
                self._on_cancelled()
            return
        if self._on_error is not None:
            self._on_error(exc)
        else:
            self.show_error(exc)

    def show_error(self, exc: Exception) -> None:
        """The default display: in the error label, else in a message box; a
        version conflict with the one conflict message."""
        conflict = isinstance(exc, ConflictError)
        text = conflict_text() if conflict else error_text(exc, self._field_names)
        if self._error_label is not None:
            self._error_label.setText(text)
        elif conflict:
            show_conflict(self.parent)
        else:
            QMessageBox.warning(self.parent, self._error_title, text)


class ReadOperation(_Operation[T]):
    """Read in the background; ``on_done(result)`` on the GUI thread.

    ``work`` takes no argument, or a ``Progress`` when ``with_progress`` is used.
    """

    def __init__(
        self, parent: QWidget, work: Callable[..., T], on_done: Callable[[T], None]
    ) -> None:
        super().__init__(parent, work)
        self._on_done = on_done

    def _deliver(self, result: Any) -> None:
        self._on_done(result)


class WriteOperation(_Operation[T]):
    """Write in the background; ``work`` returns ``Written(value, changes)``.

    On success the changes (with the parent as their origin) go to
    ``broadcaster()`` first, then ``on_done(value)`` runs.
    """

    def __init__(
        self,
        parent: QWidget,
        work: Callable[..., Written[T]],
        on_done: Callable[[T], None] | None = None,
    ) -> None:
        super().__init__(parent, work)
        self._on_done = on_done
        self.changes: Changes | None = None

    def _deliver(self, result: Any) -> None:
        assert isinstance(result, Written), "a write's work returns Written(value, changes)"
        changes = Changes(result.changes.ids, result.changes.origin or self.parent)
        self.changes = changes
        if changes:
            broadcaster().changed.emit(changes)
        if self._on_done is not None:
            self._on_done(result.value)
