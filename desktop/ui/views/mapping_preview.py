"""Widgets of the column-mapping dialog: the preview of a file's first rows,
and combo boxes of a fixed width."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableWidget, QTableWidgetItem

from desktop.services.importing.tables import SheetSample
from desktop.ui.bidi import ContentDirectionDelegate, directed

_MIN_COLUMN, _MAX_COLUMN = 70, 240


def preview_table(sample: SheetSample | None) -> QTableWidget:
    """The first rows of the file, read only; long cells elided, whole in the tooltip."""
    headers = sample.headers if sample else []
    rows = sample.rows if sample else []
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels([directed(h) for h in headers])
    table.setItemDelegate(ContentDirectionDelegate(table))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(" ↵ ".join(text.splitlines()))
            if text:
                item.setToolTip(_tooltip(text))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(len(headers)):
        width = table.columnWidth(c)
        table.setColumnWidth(c, max(_MIN_COLUMN, min(_MAX_COLUMN, width)))
    return table


def combo_of_width(chars: int) -> QComboBox:
    """A combo as wide as ``chars`` characters, however long its items."""
    combo = QComboBox()
    combo.setMinimumContentsLength(chars)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def _tooltip(text: str) -> str:
    """Rich text, so that Qt wraps a long cell's tooltip instead of one wide line."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"
