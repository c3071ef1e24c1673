"""The plain data each report is built from.

Services fill these (desktop/services/report_data/); report modules only read
them. Texts are printed as entered; codes (statuses, positions, roles) are the
domain's enums and the reports translate them into the report's language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from desktop.domain.vocab import (
    ActionStatus,
    AgencyRole,
    ImplementationStatus,
    IndicatorKind,
    PlanStatus,
    Position,
    Priority,
    ReportKind,
)


class Paper(StrEnum):
    A4 = "A4"
    LETTER = "Letter"


class ScopeKind(StrEnum):
    """What a report covers; the report names it on the cover in its language."""

    ALL = "all"
    MECHANISM = "mechanism"
    CYCLE = "cycle"
    REVIEW = "review"  # one source document (a UPR review, concluding observations…)
    FILTER = "filter"  # the register's current filter
    SELECTION = "selection"  # the register's selected rows
    PLAN = "plan"
    AGENCY = "agency"


@dataclass(frozen=True)
class Scope:
    kind: ScopeKind = ScopeKind.ALL
    value: str = ""
    """What was chosen, as entered: a mechanism code, a cycle number, a symbol,
    a plan's title, an agency's name, a filter's description."""


@dataclass(frozen=True)
class ReportOptions:
    """How a report looks: chosen by the user for each report."""

    language: str = "en"
    """One of the UN languages (desktop.domain.vocab.UN_LANGUAGES)."""
    paper: Paper = Paper.A4
    marking: str = ""
    """A classification marking printed on every page, e.g. "CABINET IN CONFIDENCE"."""
    draft: bool = False
    """A DRAFT watermark across every page."""


@dataclass(frozen=True)
class ReportHeader:
    """The cover page and the document's metadata."""

    organisation: str
    generated_on: date
    scope: Scope = Scope()
    emblem: bytes | None = None
    """The organisation's emblem as PNG or JPEG bytes (from the settings)."""
    author: str = ""
    title: str = ""
    """A title of the user's own; empty: the report's own title in its language."""
    options: ReportOptions = ReportOptions()


# --- shared parts -------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorLine:
    name: str
    kind: IndicatorKind
    unit: str = ""
    baseline: Decimal | None = None
    baseline_year: int | None = None
    target: Decimal | None = None
    target_year: int | None = None
    latest: Decimal | None = None
    latest_on: date | None = None
    data_source: str = ""
    frequency: str = ""
    """A ReportingFrequency code, or empty."""
    data_agency: str = ""
    action: str = ""
    """The action (or recommendation reference) the indicator measures."""


@dataclass(frozen=True)
class ProgressNote:
    on: date
    narrative: str
    status: str = ""
    """The status recorded with it: an ImplementationStatus or ActionStatus code, or empty."""
    agency: str = ""
    reported_by: str = ""


@dataclass(frozen=True)
class StatusCounts:
    """Recommendations of one group (a mechanism, a theme, …) by implementation status."""

    label: str
    counts: dict[ImplementationStatus, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# --- the implementation plan ----------------------------------------------------


@dataclass(frozen=True)
class PlanRecommendationLine:
    reference: str
    mechanism: str
    source: str
    """The document's symbol, e.g. A/HRC/43/15."""
    position: Position
    status: ImplementationStatus
    text: str


@dataclass(frozen=True)
class PlanActionLine:
    title: str
    status: ActionStatus
    start_date: date | None
    due_date: date | None
    overdue: bool
    lead: tuple[str, ...]
    supporting: tuple[str, ...]
    estimated_cost: Decimal | None
    currency: str
    within_existing_budget: bool
    funding_source: str = ""
    recommendation_references: tuple[str, ...] = ()
    indicators: tuple[IndicatorLine, ...] = ()


@dataclass(frozen=True)
class PlanCluster:
    name: str
    """The cluster's name; empty for recommendations in no cluster."""
    priority: Priority | None
    priority_rationale: str
    recommendations: tuple[PlanRecommendationLine, ...]
    actions: tuple[PlanActionLine, ...]
    cost_totals: dict[str, Decimal]
    """Currency code -> total estimated cost of the cluster's actions."""


@dataclass(frozen=True)
class AgencyCostLine:
    agency: str
    currency: str
    total: Decimal
    within_existing_budget: Decimal
    actions: int


@dataclass(frozen=True)
class PlanReportData:
    header: ReportHeader
    title: str
    description: str
    period_start: date | None
    period_end: date | None
    status: PlanStatus
    adoption_date: date | None
    decision_reference: str
    national_plan_reference: str
    clusters: tuple[PlanCluster, ...]
    cost_totals: dict[str, Decimal]
    cost_by_agency: tuple[AgencyCostLine, ...]
    action_count: int
    overdue_count: int


# --- the consolidated status report ------------------------------------------------


class StatusGrouping(StrEnum):
    MECHANISM = "mechanism"
    THEME = "theme"


@dataclass(frozen=True)
class OverdueActionLine:
    title: str
    due_date: date
    lead: tuple[str, ...]
    plan: str = ""


@dataclass(frozen=True)
class StatusRecommendationLine:
    reference: str
    mechanism: str
    source: str
    position: Position
    status: ImplementationStatus
    text: str
    lead: tuple[str, ...] = ()
    latest_progress: ProgressNote | None = None
    overdue_actions: tuple[OverdueActionLine, ...] = ()


@dataclass(frozen=True)
class StatusSection:
    title: str
    """A mechanism's code and name, or a theme's name."""
    counts: dict[ImplementationStatus, int]
    recommendations: Sequence[StatusRecommendationLine]
    """In register order; may be read as it is iterated (each iteration reads
    it again), so iterate it rather than index it."""


@dataclass(frozen=True)
class StatusReportData:
    header: ReportHeader
    grouping: StatusGrouping
    total: int
    by_status: dict[ImplementationStatus, int]
    by_mechanism: tuple[StatusCounts, ...]
    by_theme: tuple[StatusCounts, ...]
    by_sdg_goal: tuple[StatusCounts, ...]
    by_agency: tuple[StatusCounts, ...]
    overdue_action_count: int
    sections: tuple[StatusSection, ...]
    release: Callable[[], None] | None = field(default=None, compare=False, repr=False)
    """Ends the reading of the sections' lines, when they are read from the
    database as they are iterated (None: nothing to end)."""


# --- the agency brief ------------------------------------------------------------------


@dataclass(frozen=True)
class FocalPointLine:
    name: str
    title: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class AssignmentLine:
    reference: str
    mechanism: str
    role: AgencyRole
    position: Position
    status: ImplementationStatus
    text: str


@dataclass(frozen=True)
class BriefActionLine:
    plan: str
    title: str
    role: AgencyRole
    status: ActionStatus
    start_date: date | None
    due_date: date | None
    overdue: bool
    due_soon: bool
    """Not overdue, and due within the next 90 days."""


@dataclass(frozen=True)
class BriefDeadlineLine:
    """A reporting deadline whose report covers recommendations the agency works on."""

    mechanism: str
    kind: ReportKind
    title: str
    due_date: date
    overdue: bool
    recommendations: int


@dataclass(frozen=True)
class AgencyBriefData:
    header: ReportHeader
    agency: str
    acronym: str
    focal_points: tuple[FocalPointLine, ...]
    assignments: tuple[AssignmentLine, ...]
    actions: tuple[BriefActionLine, ...]
    indicators: tuple[IndicatorLine, ...]
    """The indicators whose data the agency reports."""
    deadlines: tuple[BriefDeadlineLine, ...] = ()


# --- the register list ------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterListRow:
    reference: str
    mechanism: str
    source: str
    text: str
    position: str
    """A Position code, or empty."""
    status: str
    """An ImplementationStatus code."""
    priority: str
    """A Priority code, or empty."""
    agencies: str
    """Lead and supporting agencies, as the register shows them."""
    due_date: date | None = None


@dataclass(frozen=True)
class RegisterListData:
    header: ReportHeader
    rows: Sequence[RegisterListRow]
    """May be read as it is iterated (each iteration reads it again)."""
    total: int = field(default=0)
    """How many the scope holds (may exceed len(rows) when a limit applied)."""
    release: Callable[[], None] | None = field(default=None, compare=False, repr=False)
    """Ends the reading of the rows (None: nothing to end)."""


# --- building ---------------------------------------------------------------------


ProgressFn = Callable[[int, int], None]
"""progress(done, total): called from the building thread as pages are laid out."""
CancelledFn = Callable[[], bool]
"""cancelled(): True when the user asked to stop; the build then raises ReportCancelled."""
