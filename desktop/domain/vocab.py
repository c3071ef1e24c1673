"""The default vocabularies of the domain (DOMAIN.md, "Vocabulary").

Values are stored as these string codes; the UI translates them for display.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class MechanismKind(StrEnum):
    UPR = "upr"
    TREATY_BODY = "treaty_body"
    SPECIAL_PROCEDURE = "special_procedure"
    REGIONAL = "regional"
    OTHER = "other"


class Position(StrEnum):
    """The State's response to a recommendation."""

    SUPPORTED = "supported"
    SUPPORTED_IN_PART = "supported_in_part"
    NOTED = "noted"
    PENDING = "pending"
    NOT_APPLICABLE = "not_applicable"


class ActionCategory(IntEnum):
    """UPR Info action category of a recommendation (1 = minimal … 5 = specific)."""

    MINIMAL = 1
    CONTINUING = 2
    CONSIDERING = 3
    GENERAL = 4
    SPECIFIC = 5


class ImplementationStatus(StrEnum):
    NOT_ASSESSED = "not_assessed"
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    PARTIALLY_IMPLEMENTED = "partially_implemented"
    FULLY_IMPLEMENTED = "fully_implemented"
    NO_LONGER_APPLICABLE = "no_longer_applicable"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    DELAYED = "delayed"
    CANCELLED = "cancelled"


class AgencyRole(StrEnum):
    LEAD = "lead"
    SUPPORTING = "supporting"


class AgencyKind(StrEnum):
    MINISTRY = "ministry"
    DEPARTMENT = "department"
    PARLIAMENT = "parliament"
    JUDICIARY = "judiciary"
    NHRI = "nhri"
    STATISTICS_OFFICE = "statistics_office"
    CIVIL_SOCIETY = "civil_society"
    LOCAL_GOVERNMENT = "local_government"
    OTHER = "other"


class IndicatorKind(StrEnum):
    """OHCHR human rights indicator framework."""

    STRUCTURAL = "structural"
    PROCESS = "process"
    OUTCOME = "outcome"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    ADOPTED = "adopted"


class ReportingFrequency(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    SEMI_ANNUAL = "semi_annual"
    ANNUAL = "annual"
    BIENNIAL = "biennial"
    AD_HOC = "ad_hoc"


class ConsultationKind(StrEnum):
    NHRI = "nhri"
    CIVIL_SOCIETY = "civil_society"
    PARLIAMENT = "parliament"
    MIXED = "mixed"
    OTHER = "other"


class ReportKind(StrEnum):
    UPR_NATIONAL = "upr_national"
    UPR_MIDTERM = "upr_midterm"
    TREATY_PERIODIC = "treaty_periodic"
    TREATY_FOLLOW_UP = "treaty_follow_up"
    SPECIAL_PROCEDURE_REPLY = "special_procedure_reply"
    REGIONAL = "regional"
    OTHER = "other"


# UPR cycles and their years (DOMAIN.md, "Mechanisms").
UPR_CYCLES: dict[int, tuple[int, int]] = {
    1: (2008, 2011),
    2: (2012, 2016),
    3: (2017, 2022),
    4: (2022, 2027),
}

# The six official UN languages, the languages of the interface and reports.
UN_LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ru", "zh", "ar")
RTL_LANGUAGES: frozenset[str] = frozenset({"ar"})

# The UPR Working Group sessions of each cycle.
UPR_CYCLE_SESSIONS: dict[int, tuple[int, int]] = {
    1: (1, 12),
    2: (13, 26),
    3: (27, 40),
    4: (41, 54),
}


def upr_cycle_of_session(session: int) -> int | None:
    """The UPR cycle a Working Group session belongs to (None if unknown)."""
    for cycle, (first, last) in UPR_CYCLE_SESSIONS.items():
        if first <= session <= last:
            return cycle
    return None
