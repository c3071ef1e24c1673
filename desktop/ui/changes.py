"""What a write changed, and who hears of it.

A write's work returns ``Written(value, changes)``; the ``Changes`` name the
kinds of record and the ids touched. ``broadcaster()`` carries them to the main
window, which passes them to every page (desktop.ui.operations sends them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, NamedTuple, TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")


class Kind(StrEnum):
    """The kinds of record a write can change; pages say which they show."""

    RECOMMENDATION = "recommendation"
    PLAN = "plan"
    ACTION = "action"
    AGENCY = "agency"
    CLUSTER = "cluster"
    THEME = "theme"
    CONSULTATION = "consultation"
    DEADLINE = "deadline"
    INDICATOR = "indicator"
    VIEW = "view"
    SETTINGS = "settings"


@dataclass(frozen=True)
class Changes:
    """What a write changed: per kind, the ids (empty: some or all of that kind)."""

    ids: Mapping[Kind, frozenset[int]] = field(default_factory=dict)
    origin: object | None = None
    """The widget that made the change (it may already show it)."""

    @classmethod
    def of(cls, kind: Kind, ids: Iterable[int] = ()) -> Changes:
        return cls({kind: frozenset(ids)})

    @classmethod
    def everything(cls) -> Changes:
        """Every kind (an import, another database)."""
        return cls({kind: frozenset() for kind in Kind})

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(self.ids)

    def touches(self, kinds: Iterable[Kind] | None) -> bool:
        """True when any of ``kinds`` changed (``None``: any kind at all)."""
        return bool(self.ids) if kinds is None else not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: Kind) -> frozenset[int]:
        return self.ids.get(kind, frozenset())

    def __or__(self, other: Changes) -> Changes:
        merged = dict(self.ids)
        for kind, ids in other.ids.items():
            merged[kind] = merged.get(kind, frozenset()) | ids
        return Changes(merged, self.origin if self.origin is not None else other.origin)

    def __bool__(self) -> bool:
        return bool(self.ids)


class Written(NamedTuple, Generic[T]):
    """What a write's work returns: its result and what it changed."""

    value: T
    changes: Changes


class ChangeBroadcaster(QObject):
    """Carries every write's Changes; the main window listens."""

    changed = Signal(object)


_broadcaster: ChangeBroadcaster | None = None


def broadcaster() -> ChangeBroadcaster:
    """The one broadcaster of the program (made on first use, on the GUI thread)."""
    global _broadcaster
    if _broadcaster is None:
        _broadcaster = ChangeBroadcaster()
    return _broadcaster
