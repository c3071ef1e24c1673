"""Text direction in a right-to-left interface: data keeps its own reading
order (a French recommendation in an Arabic window, Arabic text in an English one)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


def strong_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the text's first strongly directional character."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return None


def directed(text: str) -> str:
    """File text for a combo or header: with left-to-right marks around it in a
    right-to-left interface, so that "14(a)" does not show as "(a)14"."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    if rtl and strong_direction(text) == Qt.LayoutDirection.LeftToRight:
        return f"\u200e{text}\u200e"
    return text


class ContentDirectionDelegate(QStyledItemDelegate):
    """Lays each preview cell out in its own text's direction (the file's text
    keeps its reading order whatever the interface's direction)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.direction = strong_direction(option.text) or option.direction

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return with_room_for_accents(super().sizeHint(option, index), option)


ACCENTED = "ÉÁÅÊÇgjy"


def with_room_for_accents(size: QSize, option: QStyleOptionViewItem) -> QSize:
    """A row tall enough for the accents of capitals (É, Á) and descenders:
    the font's line height leaves them a pixel or two short, and the cell clips them."""
    needed = option.fontMetrics.boundingRect(ACCENTED).height() + 2
    return size.expandedTo(QSize(size.width(), needed))
