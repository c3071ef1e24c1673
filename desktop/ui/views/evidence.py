"""Save a copy of an evidence file kept in the database (checked against its
SHA-256 on the way out)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NmrfError
from desktop.services.attachments import AttachmentInfo, save_attachment_as
from desktop.ui.error_text import error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Evidence", text)


def save_evidence_copy(
    parent: QWidget,
    session_factory: sessionmaker[Session],
    attachments: Sequence[AttachmentInfo],
) -> Path | None:
    """Ask which file (when there are several) and where; write it there."""
    if not attachments:
        return None
    chosen = attachments[0]
    if len(attachments) > 1:
        names = [a.file_name for a in attachments]
        name, ok = QInputDialog.getItem(
            parent, _tr("Save a copy"), _tr("Evidence file:"), names, 0, False
        )
        if not ok:
            return None
        chosen = attachments[names.index(name)]
    target, _filter = QFileDialog.getSaveFileName(parent, _tr("Save a copy"), chosen.file_name)
    if not target:
        return None
    try:
        return save_attachment_as(session_factory, chosen.id, Path(target))
    except NmrfError as exc:
        QMessageBox.warning(parent, _tr("Save a copy"), error_text(exc))
        return None
