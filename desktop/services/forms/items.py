"""What the review of a returned form holds: each change (old → new), each
conflict (the record changed in the database after the form was made: both
sides), each rejected row with its row and column. Plain data, so that a
review screen can list the items and let the officer accept some of them
(``apply_review(review, accepted_ids)``)."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any


class ItemKind(enum.StrEnum):
    CHANGE = "change"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class FieldChange:
    field: str
    """``status``, ``progress``, ``evidence``, ``next_steps``, ``value``, ``date``, ``source``."""
    column: str
    """The column's heading in the form."""
    old: str
    new: str


@dataclass(frozen=True)
class Filled:
    """What the agency wrote in one row (codes and values, not display text)."""

    status: str | None = None
    progress: str = ""
    evidence: str = ""
    next_steps: str = ""
    value: Decimal | None = None
    measured_on: date | None = None
    source: str = ""

    def as_applied(self) -> dict[str, str]:
        """What is kept, per record, of what was applied from a form."""
        return {
            "status": self.status or "",
            "progress": self.progress,
            "evidence": self.evidence,
            "next_steps": self.next_steps,
            "value": "" if self.value is None else str(self.value.normalize()),
            "date": self.measured_on.isoformat() if self.measured_on else "",
            "source": self.source,
        }


@dataclass(frozen=True)
class ReviewItem:
    id: str
    """Stable within the review: ``<sheet>:<row>``."""
    kind: ItemKind
    sheet: str
    row: int
    subject: str
    """``recommendation``, ``action`` or ``indicator``."""
    record_id: int
    record: uuid.UUID
    reference: str
    changes: tuple[FieldChange, ...]
    filled: Filled
    db_version: int
    """The record's version when reviewed: applying checks it again."""
    db_status: str = ""
    """For a conflict: the database's side (status code, latest progress)."""
    db_latest: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "sheet": self.sheet,
            "row": self.row,
            "subject": self.subject,
            "record": str(self.record),
            "reference": self.reference,
            "changes": [
                {"field": c.field, "column": c.column, "old": c.old, "new": c.new}
                for c in self.changes
            ],
            **(
                {"database": {"status": self.db_status, "latest_progress": self.db_latest}}
                if self.kind is ItemKind.CONFLICT
                else {}
            ),
        }


@dataclass(frozen=True)
class RejectedRow:
    sheet: str
    """The sheet's title in the form."""
    row: int
    column: str | None
    """The column's heading in the form."""
    reason: str
    """Why, in English (the command line, the logs)."""
    reference: str = ""
    code: str = ""
    """Why, as a code a screen words in the user's language, with ``params``."""
    params: dict[str, object] = field(default_factory=dict)
    field: str | None = None
    """The column's key (``status``, ``progress``, ``reference``…)."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "reason": self.reason,
            "reference": self.reference,
            "code": self.code,
            "params": self.params,
        }


@dataclass
class FormReview:
    path: Path
    file: str
    sha256: str
    form_id: int
    form: uuid.UUID
    form_version: int
    agency_id: int
    agency: str
    reporter: str
    """The agency's focal point, to whom applied updates are attributed."""
    language: str
    sheet_titles: dict[str, str] = field(default_factory=dict)
    items: list[ReviewItem] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    unchanged: int = 0

    @property
    def changes(self) -> list[ReviewItem]:
        return [i for i in self.items if i.kind is ItemKind.CHANGE]

    @property
    def conflicts(self) -> list[ReviewItem]:
        return [i for i in self.items if i.kind is ItemKind.CONFLICT]

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sha256": self.sha256,
            "form": str(self.form),
            "agency": self.agency,
            "changes": len(self.changes),
            "conflicts": len(self.conflicts),
            "rejected": len(self.rejected),
            "unchanged": self.unchanged,
            "details": {
                "changes": [i.as_dict() for i in self.changes],
                "conflicts": [i.as_dict() for i in self.conflicts],
                "rejected": [r.as_dict() for r in self.rejected],
            },
        }
