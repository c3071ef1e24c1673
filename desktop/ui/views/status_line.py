"""The main window's status bar: the database open and its state, read-only
or not, the follow-up alerts and a busy indicator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QSizePolicy

from desktop.services.database import Database
from desktop.ui.i18n import isolated
from desktop.ui.views.alerts_button import AlertsButton


class StatusLine:
    """Builds the status bar of ``window`` and keeps its widgets (its strings are
    translated in the main window's context)."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        # The database's name gives way to the reminder in a narrow window (its
        # end is cut; the tooltip has it whole).
        self.database_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.read_only_label = QLabel(QCoreApplication.translate("MainWindow", "Read-only"))
        self.read_only_label.setObjectName("readOnlyLabel")
        self.read_only_label.setStyleSheet("QLabel { color: #8a5300; font-weight: bold; }")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self._busy = 0
        self.alerts_button = AlertsButton()
        bar = window.statusBar()
        bar.addPermanentWidget(self.read_only_label)
        bar.addPermanentWidget(self.database_label, 1)
        bar.addPermanentWidget(self.alerts_button)
        bar.addPermanentWidget(self.busy)

    def show_database(self, db: Database) -> None:
        """Name the database and its state in the bar and the window title."""
        if db.created:
            state = QCoreApplication.translate("MainWindow", "new database")
        elif db.upgraded_from:
            state = QCoreApplication.translate("MainWindow", "upgraded; backup at {path}")
            state = state.replace("{path}", isolated(str(db.backup)))
        else:
            state = QCoreApplication.translate("MainWindow", "schema up to date")
        label = QCoreApplication.translate("MainWindow", "Database: {name} ({state})")
        text = label.replace("{name}", isolated(db.display_name)).replace("{state}", state)
        self.database_label.setText(text)
        self.database_label.setToolTip(text)
        # A database nobody may write to opens for reading: say so, and why.
        self.read_only_label.setVisible(db.read_only)
        why = QCoreApplication.translate(
            "MainWindow", "This database is open read-only ({reason}): nothing can be changed."
        )
        self.read_only_label.setToolTip(why.replace("{reason}", db.read_only_reason))
        title = QCoreApplication.translate("MainWindow", "NMRF Desk")
        if db.read_only:
            title = QCoreApplication.translate("MainWindow", "{title} (read-only)").replace(
                "{title}", title
            )
        self.window.setWindowTitle(title)

    def set_busy(self, delta: int) -> None:
        """Count background work up or down; the indicator shows while any runs."""
        self._busy = max(0, self._busy + delta)
        self.busy.setVisible(self._busy > 0)
