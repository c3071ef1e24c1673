"""Help › About."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

import desktop


def about_text(database_name: str) -> str:
    what = QCoreApplication.translate(
        "AboutDialog",
        "Follow-up of the human rights recommendations a State receives from the United "
        "Nations and regional mechanisms, for national mechanisms for implementation, "
        "reporting and follow-up.",
    )
    in_use = QCoreApplication.translate("AboutDialog", "Database in use:")
    return (
        f"<h3>NMRF Desk {escape(desktop.__version__)}</h3><p>{escape(what)}</p>"
        f"<p>{escape(in_use)}<br><code>{escape(database_name)}</code></p>"
    )


def show_about(parent: QWidget, database_name: str) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("AboutDialog", "About NMRF Desk"),
        about_text(database_name),
    )
