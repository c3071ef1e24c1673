"""Lists of names in the order a reader of the interface language expects
(pinyin for Chinese, the Arabic alphabet for Arabic…), and found by any of
their names when typed into a narrowing box."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QListWidgetItem

T = TypeVar("T")

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
"""An item's other names (a State's English name), matched by typed text."""


def name_sort_key(locale: QLocale | None = None) -> Callable[[str], Any]:
    """A sort key putting names in ``locale``'s order (the interface's by
    default), ignoring case; for services that sort names they return."""
    collator = QCollator(locale or QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator.sortKey


def sorted_by_name(
    pairs: Iterable[tuple[T, str]], locale: QLocale | None = None
) -> list[tuple[T, str]]:
    """``(value, name)`` pairs sorted by name with ``locale``'s collation
    (the interface's by default), ignoring case."""
    key = name_sort_key(locale)
    return sorted(pairs, key=lambda pair: key(pair[1]))


def item_matches(item: QListWidgetItem, wanted: str) -> bool:
    """Whether casefolded ``wanted`` is in the item's label or its other names."""
    others = str(item.data(SEARCH_ROLE) or "")
    return wanted in item.text().casefold() or wanted in others.casefold()
