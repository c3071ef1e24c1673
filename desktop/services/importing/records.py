"""What the readers of recommendation files produce: one plain record per
recommendation found, or a problem naming the row and column that was refused.

Readers know file formats, not the database: the import service matches these
records against what is stored (desktop.services.importing.service)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple

from desktop.domain.vocab import ImplementationStatus, Position, Priority


class ImportFormat(StrEnum):
    UHRI = "uhri"
    THEMATIC_LIST = "thematic-list"
    UPR_INFO = "upr-info"
    MAPPED = "mapped"


class OtherTypes(StrEnum):
    """What an import does with paragraphs of another annotation type than
    recommendations (UHRI: concerns and observations, positive aspects ...)."""

    KEEP = "keep"
    """Kept as context of their source document (desktop.store.context)."""
    SKIP = "skip"
    """Not stored."""


_RECOMMENDATION_TYPES = frozenset({"recommendation", "recommendations"})


def is_recommendation_type(annotation_type: str | None) -> bool:
    """A type that makes a paragraph a recommendation. No type (a file without
    the column, an empty cell, a UUID in its place) cannot be told apart and
    counts as a recommendation, as every such row did before types were read."""
    if annotation_type is None:
        return True
    return " ".join(annotation_type.casefold().split()) in _RECOMMENDATION_TYPES


@dataclass(frozen=True, repr=False)
class ThemeName:
    """A theme as a file names it, with its UHRI code when the file gives one
    (2nd-cycle thematic lists: ``A12 Acceptance of international norms``)."""

    name: str
    code: str | None = None

    def __repr__(self) -> str:
        # What dataclass writes, without its guard against recursion (half the
        # cost of a record's digest, which repr() makes: it must not change).
        return f"ThemeName(name={self.name!r}, code={self.code!r})"


class ImportedRecommendation(NamedTuple):
    """One recommendation as read from a file. Text fields are stripped; empty
    optional values are None or empty tuples, never empty strings.

    A named tuple, not a dataclass: a reader makes one a row (250,000 for a
    whole UHRI export) and the import gets them across a pipe, where one
    comes back as one C call (tuple.__new__) instead of a dictionary filled
    field by field. Changed copies are made with ``_replace``."""

    row: int
    """Where it starts in the file (1-based; the header row counts), for messages."""
    mechanism_code: str
    """A mechanism code as in resources/reference/mechanisms.json (``UPR``, ``CEDAW``)
    or, for a body the program does not know yet, the body's name as the file gives it."""
    text: str
    paragraph: str | None = None
    """The paragraph number of the source document (``121.2``, ``49``)."""
    reference: str | None = None
    """How the office cites it; None lets the import service derive one."""
    source_symbol: str | None = None
    """The symbol of the document that issued it (``A/HRC/43/15``, ``CEDAW/C/SVN/CO/7``)."""
    source_date: date | None = None
    cycle: int | None = None
    """UPR cycle (1-4)."""
    session: str | None = None
    """UPR Working Group session as the file gives it (``43``)."""
    country: str | None = None
    """The State under review / concerned, as the file spells it."""
    response: Position = Position.PENDING
    response_symbol: str | None = None
    """Where the position stands (``A/HRC/59/15/Add.1 - Para.3``)."""
    action_category: int | None = None
    annotation_id: str | None = None
    """OHCHR (UHRI) annotation id: the stable key when present."""
    annotation_type: str | None = None
    """The annotation type as the file names it (UHRI ``Type``: ``Recommendation``,
    ``Concerns/Observations`` ...); None when the file gives none."""
    text_language: str | None = None
    recommending_states: tuple[str, ...] = ()
    themes: tuple[ThemeName, ...] = ()
    affected_persons: tuple[str, ...] = ()
    sdg_targets: tuple[str, ...] = ()
    """SDG target codes (``1.4``, ``16.a``)."""
    sdg_goals: tuple[int, ...] = ()
    """SDG goals given without a target (thematic lists of the 3rd and 4th cycles)."""
    upr_info_issues: tuple[str, ...] = ()
    # Local work, read only from an office's own sheets (the mapped importer):
    # set on a new recommendation, never changed on one already stored.
    status: ImplementationStatus | None = None
    priority: Priority | None = None
    priority_rationale: str | None = None
    needs_parliament: bool | None = None
    cluster: str | None = None
    notes: str | None = None

    @property
    def is_recommendation(self) -> bool:
        return self.annotation_type is None or is_recommendation_type(self.annotation_type)

    def __reduce__(
        self,
    ) -> tuple[Callable[[tuple[Any, ...]], ImportedRecommendation], tuple[tuple[Any, ...]]]:
        # Pickled as its values in order, rebuilt by one call (a reader process
        # sends thousands a chunk; the named tuple's own way binds each value
        # to a parameter of its __new__).
        return _rebuilt, (tuple(self),)


_new_tuple = tuple.__new__


def _rebuilt(values: tuple[Any, ...]) -> ImportedRecommendation:
    """A record from its pickled values, in order (all of them: a reader of
    another version of the program is refused, not read field by field wrong)."""
    if len(values) != _FIELD_COUNT:
        raise ValueError(f"a record of {len(values)} values, not {_FIELD_COUNT}")
    return _new_tuple(ImportedRecommendation, values)


_FIELD_COUNT = len(ImportedRecommendation._fields)


@dataclass(frozen=True)
class RowProblem:
    """A row a reader refused, and why; the rest of the file can still be imported.

    ``reason`` is the English text (command line, logs, JSON); ``code`` and
    ``params`` say the same for a screen that words it in the user's language."""

    row: int
    reason: str
    column: str | None = None
    # Not compared: a problem is the same problem however a screen words it.
    code: str | None = field(default=None, compare=False)
    params: dict[str, object] = field(default_factory=dict, compare=False)


class Rows:
    """What a reader yields, and how many rows the file holds as far as known
    before reading them (for a progress bar; None when unknown)."""

    def __init__(
        self, items: Iterator[ImportedRecommendation | RowProblem], estimate: int | None
    ) -> None:
        self._items = items
        self.estimate = estimate

    def __iter__(self) -> Iterator[ImportedRecommendation | RowProblem]:
        return self._items
