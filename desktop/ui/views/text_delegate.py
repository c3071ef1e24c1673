"""Table cells laid out in their own text's direction: a Latin recommendation
in an Arabic window reads left to right and is elided at its end (on the
right), an Arabic one in an English window at its end on the left. The cell
keeps the interface's alignment, so a column stays tidy whatever its texts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.ui.bidi import strong_direction, with_room_for_accents


class TextDirectionDelegate(QStyledItemDelegate):
    """Each cell in its text's direction, elided at that direction's end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        interface = option.direction
        text = strong_direction(option.text) or interface
        option.textElideMode = Qt.TextElideMode.ElideRight  # the end, in the text's direction
        if text == interface:
            return
        option.direction = text
        # Without AlignAbsolute "leading" would follow the text's direction:
        # keep the text on the interface's leading side instead.
        horizontal = option.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask
        vertical = option.displayAlignment & Qt.AlignmentFlag.AlignVertical_Mask
        if horizontal in (Qt.AlignmentFlag.AlignLeading, Qt.AlignmentFlag(0)):
            side = (
                Qt.AlignmentFlag.AlignRight
                if interface == Qt.LayoutDirection.RightToLeft
                else Qt.AlignmentFlag.AlignLeft
            )
            option.displayAlignment = side | Qt.AlignmentFlag.AlignAbsolute | vertical

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return with_room_for_accents(super().sizeHint(option, index), option)
