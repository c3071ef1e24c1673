"""The status bar's reminder of what is overdue or due soon; a click opens
the dashboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.services.database import Database
from desktop.ui.i18n import locale_digits
from desktop.ui.operations import LatestOnly, ReadOperation
from desktop.ui.views.date_field import today as calendar_today

if TYPE_CHECKING:
    from desktop.services.alerts import Alerts


class AlertsButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsButton")
        self.setFlat(True)
        self.setStyleSheet("color: #b00020; font-weight: bold")
        self.setToolTip(self.tr("Open the dashboard"))
        self.setVisible(False)
        self._latest = LatestOnly()

    def refresh(self, database: Database) -> None:
        """Count again in the background, as of the user's calendar date; the
        latest count wins."""
        from desktop.services.alerts import follow_up_alerts  # after the first page

        factory = database.session_factory
        today = calendar_today()
        ReadOperation(self, lambda: follow_up_alerts(factory, today), self.show_alerts).latest(
            self._latest
        ).on_error(_ignore).run()

    def show_alerts(self, alerts: Alerts) -> None:
        parts = []
        if alerts.overdue_actions:
            parts.append(self.tr("%Ln overdue action(s)", "", alerts.overdue_actions))
        if alerts.overdue_reports:
            parts.append(self.tr("%Ln overdue report(s)", "", alerts.overdue_reports))
        if alerts.upcoming_reports:
            parts.append(self.tr("%Ln report(s) due within 90 days", "", alerts.upcoming_reports))
        # The fixed "90" of a translation in the locale's digits too.
        text = locale_digits("⚠ " + " · ".join(parts), QLocale()) if parts else ""
        self.setText(text)
        self.setToolTip(
            text + "\n" + self.tr("Open the dashboard") if text else self.tr("Open the dashboard")
        )
        self.setVisible(alerts.any)


def _ignore(_exc: Exception) -> None:
    """A reminder that cannot be counted is left out; the pages report errors."""
