"""The words of a register search marked in a text document (as the detail
pane shows them): each term of the query, found wherever it occurs."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QTextEdit

from desktop.domain.text_search import parse_query

MARK_COLOUR = "#ffe08a"


def search_marks(document: QTextDocument, query: str) -> list[QTextEdit.ExtraSelection]:
    """A marked selection for every place a term of ``query`` occurs in
    ``document`` (a single Han character's tokens are joined without spaces)."""
    selections = []
    marker = QTextCharFormat()
    marker.setBackground(QColor(MARK_COLOUR))
    for term in parse_query(query):
        needle = ("" if len(term.tokens[0]) == 1 and not term.prefix else " ").join(term.tokens)
        cursor = document.find(needle, 0)
        while not cursor.isNull():
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = marker
            selections.append(selection)
            cursor = document.find(needle, cursor, QTextDocument.FindFlag(0))
    return selections
