"""The import dialog's file chooser: one file or several.

One file shows as its path in an editable field (a path can be typed).
Several show as "4 files: a.csv, b.csv, …" in the field, their full paths in
its tooltip and, one per line, in a read-only list under it. Typing in the
field replaces the choice with the one file typed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.bidi import ContentDirectionDelegate

# (the strings the dialog had before keep its translation context; lupdate reads
# calls of ``translate`` as well as ``QCoreApplication.translate``)
translate = QCoreApplication.translate
FILE_FILTER = "Recommendations (*.xlsx *.csv *.docx *.txt);;All files (*)"
NAMES_SHOWN = 3
LIST_ROWS_SHOWN = 5


class FileChooser(QWidget):
    """A path field with Browse…, and the list of the files when several are chosen."""

    chosen = Signal()
    """Files were chosen (browsed to or given), not typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._several: list[Path] = []
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(translate("ImportDialog", "The file to import"))
        self.path_edit.textEdited.connect(self._typed)
        self.browse_button = QPushButton(translate("ImportDialog", "Browse…"))
        self.browse_button.clicked.connect(self.browse)
        self.file_list = QListWidget()
        self.file_list.setObjectName("importFiles")
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.file_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Paths read left to right in a right-to-left interface too.
        self.file_list.setItemDelegate(ContentDirectionDelegate(self.file_list))
        self.file_list.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addLayout(row)
        layout.addWidget(self.file_list)

    def browse(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            translate("ImportDialog", "Import recommendations"),
            "",
            FILE_FILTER,
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if paths:
            self.set_paths([Path(p) for p in paths])

    def set_paths(self, paths: Sequence[Path]) -> None:
        """Choose ``paths`` (in this order, each once)."""
        unique = list(dict.fromkeys(Path(p) for p in paths))
        self._show(unique)
        self.chosen.emit()

    def _show(self, unique: list[Path]) -> None:
        if len(unique) <= 1:
            self._several = []
            self.path_edit.setText(str(unique[0]) if unique else "")
            self.path_edit.setToolTip("")
            self.file_list.clear()
            self.file_list.hide()
            return
        self._several = unique
        self.path_edit.setText(files_label(unique))
        self.path_edit.setCursorPosition(0)
        self.path_edit.setToolTip("\n".join(str(p) for p in unique))
        self.file_list.clear()
        self.file_list.addItems([str(p) for p in unique])
        rows = min(len(unique), LIST_ROWS_SHOWN)
        self.file_list.setFixedHeight(
            self.file_list.sizeHintForRow(0) * rows + 2 * self.file_list.frameWidth() + 2
        )
        self.file_list.show()

    def paths(self) -> list[Path]:
        """The chosen files; empty when none is."""
        if self._several:
            return list(self._several)
        text = self.path_edit.text().strip()
        return [Path(text)] if text else []

    def _typed(self, _text: str) -> None:
        if self._several:  # typing replaces the several files with the one typed
            self._several = []
            self.path_edit.setToolTip("")
            self.file_list.clear()
            self.file_list.hide()


def files_label(paths: Sequence[Path]) -> str:
    """``4 files: a.csv, b.csv, c.csv, …``."""
    names = ", ".join(p.name for p in paths[:NAMES_SHOWN])
    if len(paths) > NAMES_SHOWN:
        names += ", …"
    return _Texts().files(len(paths)).replace("{names}", names)


class _Texts(QObject):
    """Texts with a count, as a QObject so that plural forms go through tr()."""

    def files(self, count: int) -> str:
        return self.tr("%Ln file(s): {names}", "", count)
