"""What the readers of recommendation files produce: one plain record per
recommendation found, or a problem naming the row and column that was refused.

Readers know file formats, not the database: the import service matches these
records against what is stored (desktop.services.importing.service)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import MISSING, dataclass, field, fields
from datetime import date
from enum import StrEnum
from operator import attrgetter
from typing import Any

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


@dataclass(frozen=True)
class ImportedRecommendation:
    """One recommendation as read from a file. Text fields are stripped; empty
    optional values are None or empty tuples, never empty strings."""

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
        # Pickled as its values in order: a reader process sends thousands a
        # chunk, and they load in half the time a dictionary of fields each takes.
        return _rebuilt, (_VALUES(self),)


_NAMES = tuple(f.name for f in fields(ImportedRecommendation))
_VALUES = attrgetter(*_NAMES)


def _init_at_once(cls: type[Any]) -> None:
    """Give the frozen dataclass ``cls`` an ``__init__`` of the same signature
    that sets every field in one step. The one dataclass writes sets each by a
    call of object.__setattr__ (a frozen class forbids plain assignment): 3.2
    µs a record against 1.5, and readers make a record a row (250,000 for a
    whole UHRI export). The class stays frozen: its fields cannot be set after."""
    parameters, defaults = [], {}
    for f in fields(cls):
        # What the generated signature does not know how to give.
        assert f.init and not f.kw_only and f.default_factory is MISSING, f.name
        if f.default is not MISSING:
            defaults[f"_default_{f.name}"] = f.default
            parameters.append(f"{f.name}=_default_{f.name}")
        else:
            parameters.append(f.name)
    values = ", ".join(f"{f.name!r}: {f.name}" for f in fields(cls))
    source = (
        f"def __init__(self, {', '.join(parameters)}):\n    _set(self, '__dict__', {{{values}}})\n"
    )
    namespace: dict[str, Any] = {**defaults, "_set": object.__setattr__}
    exec(source, namespace)  # our own field names, as dataclasses does
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init


_init_at_once(ImportedRecommendation)


def _rebuilt(values: tuple[Any, ...]) -> ImportedRecommendation:
    """A record from its pickled values, in order, without binding them to
    the constructor's parameters."""
    record = object.__new__(ImportedRecommendation)
    # Not zip(strict=True): the values come from __reduce__ of the same class
    # (the reader runs this very program), and the check cost a tenth of this.
    record.__dict__.update(zip(_NAMES, values, strict=False))
    return record


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
