"""What a report is asked to be: which report, over what, and how it looks.
Its own module: the request is read by report_data and by reporting, which
runs report_data."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from desktop.reports.data import ReportOptions, Scope, StatusGrouping
from desktop.services.register import RegisterFilter, Sort


class ReportType(StrEnum):
    PLAN = "plan"
    STATUS = "status"
    AGENCY = "agency"
    LIST = "list"


@dataclass(frozen=True)
class ReportRequest:
    """Which report, over what, and how it looks."""

    report: ReportType
    options: ReportOptions = field(default_factory=ReportOptions)
    plan_id: int | None = None
    """The implementation plan (report "plan")."""
    agency_id: int | None = None
    """The agency (report "agency")."""
    register_filter: RegisterFilter = field(default_factory=RegisterFilter)
    """What the report covers (reports "status" and "list")."""
    sort: Sort = field(default_factory=Sort)
    """The order of the register list."""
    scope: Scope = field(default_factory=Scope)
    """How the cover names what the report covers."""
    grouping: StatusGrouping = StatusGrouping.MECHANISM
    """Sections of the status report: by mechanism or by theme."""
    title: str = ""
    """A title of the user's own (empty: the report's own title)."""
