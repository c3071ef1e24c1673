"""Help › About."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import __version__


def _t(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def about_text(database_name: str) -> str:
    what = _t(
        "Follow-up of the human rights recommendations a State receives from the United "
        "Nations and regional mechanisms, for national mechanisms for implementation, "
        "reporting and follow-up."
    )
    return (
        f"<h3>NMRF Desk {escape(__version__)}</h3><p>{escape(what)}</p>"
        f"<p>{escape(_t('Database in use:'))}<br><code>{escape(database_name)}</code></p>"
    )


def show_about(parent: QWidget, database_name: str) -> None:
    QMessageBox.about(parent, _t("About NMRF Desk"), about_text(database_name))
