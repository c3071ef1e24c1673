"""Every model, imported in one place (Alembic's env.py and the services use this)."""

from desktop.store.agencies import Agency, Assignment, FocalPoint
from desktop.store.base import Base
from desktop.store.followup import (
    Attachment,
    Consultation,
    ProgressUpdate,
    ReportingDeadline,
    Setting,
    consultation_agency,
    consultation_recommendation,
    deadline_recommendation,
)
from desktop.store.planning import (
    Action,
    ImplementationPlan,
    Indicator,
    Measurement,
    action_cluster,
    action_recommendation,
)
from desktop.store.register import (
    Cluster,
    Recommendation,
    SourceDocument,
    recommendation_affected_persons,
    recommendation_recommending_state,
    recommendation_sdg_target,
    recommendation_theme,
    recommendation_upr_info_issue,
)
from desktop.store.taxonomy import (
    AffectedPersons,
    Country,
    CountryAlias,
    Mechanism,
    SdgGoal,
    SdgTarget,
    Theme,
    UprInfoIssue,
)

__all__ = [
    "Action",
    "AffectedPersons",
    "Agency",
    "Assignment",
    "Attachment",
    "Base",
    "Cluster",
    "Consultation",
    "Country",
    "CountryAlias",
    "FocalPoint",
    "ImplementationPlan",
    "Indicator",
    "Measurement",
    "Mechanism",
    "ProgressUpdate",
    "Recommendation",
    "ReportingDeadline",
    "SdgGoal",
    "SdgTarget",
    "Setting",
    "SourceDocument",
    "Theme",
    "UprInfoIssue",
    "action_cluster",
    "action_recommendation",
    "consultation_agency",
    "consultation_recommendation",
    "deadline_recommendation",
    "recommendation_affected_persons",
    "recommendation_recommending_state",
    "recommendation_sdg_target",
    "recommendation_theme",
    "recommendation_upr_info_issue",
]
