"""Names a user or a script needs before naming them in a command (``--agency``,
``--plan``, ``--mapping``, ``--view``): every theme, group of persons, agency,
cluster, plan, saved view and column mapping, with how many live
recommendations each concerns where that applies."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from desktop.services.agencies import list_agencies
from desktop.services.clusters import list_clusters
from desktop.services.importing.mapped import list_profiles
from desktop.services.plans import list_plans
from desktop.services.saved_views import list_views
from desktop.services.themes import VocabularyKind, list_entries

Listing = list[dict[str, Any]]


class ListKind(enum.StrEnum):
    THEMES = "themes"
    AFFECTED_PERSONS = "affected-persons"
    AGENCIES = "agencies"
    CLUSTERS = "clusters"
    PLANS = "plans"
    VIEWS = "views"
    MAPPINGS = "mappings"


def list_names(session_factory: sessionmaker[Session], kind: ListKind, today: date) -> Listing:
    """A list of objects with at least ``name`` (and ``recommendations`` where it applies)."""
    if kind in (ListKind.THEMES, ListKind.AFFECTED_PERSONS):
        vocabulary = (
            VocabularyKind.THEMES if kind is ListKind.THEMES else VocabularyKind.AFFECTED_PERSONS
        )
        return [
            {"name": e.name, "recommendations": e.recommendations}
            for e in list_entries(session_factory, vocabulary)
        ]
    if kind is ListKind.AGENCIES:
        return [
            {
                "name": a.data.name,
                "acronym": a.data.acronym,
                "recommendations": a.lead + a.supporting,
                "lead": a.lead,
                "supporting": a.supporting,
                "actions": a.actions,
            }
            for a in list_agencies(session_factory)
        ]
    if kind is ListKind.CLUSTERS:
        return [
            {
                "name": c.name,
                "recommendations": c.recommendations,
                "priority": c.priority.value if c.priority else None,
            }
            for c in list_clusters(session_factory)
        ]
    if kind is ListKind.PLANS:
        return [
            {
                "name": p.fields.title,
                "status": p.fields.status.value,
                "recommendations": p.recommendations,
                "actions": p.actions,
                "overdue_actions": p.overdue_actions,
            }
            for p in list_plans(session_factory, today)
        ]
    if kind is ListKind.VIEWS:
        return [{"name": v.name} for v in list_views(session_factory)]
    return [{"name": m.name} for m in list_profiles(session_factory)]
