"""``nmrf-desk demo``: a realistic demonstration country, the Republic of
Aldavia (fictional), as of late 2026. Deterministic: a fixed random seed and
fixed dates, whatever the clock or time zone. The register (agencies,
clusters, documents, recommendations) is built by desktop.services.demo_register,
the follow-up (plan, actions, indicators, progress, consultations, deadlines)
by desktop.services.demo_follow_up."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import ValidationError
from desktop.services.demo_follow_up import create_follow_up
from desktop.services.demo_register import create_directory, demo_recommendations
from desktop.services.recommendations import bulk_create_recommendations
from desktop.store.models import Recommendation

SEED = 20261124
AS_OF = date(2026, 11, 24)


def create_demo_data(session_factory: sessionmaker[Session]) -> dict[str, int]:
    """Fill an empty database with the demonstration country; returns counts."""
    with session_factory() as session:
        if session.scalar(select(func.count()).select_from(Recommendation)):
            raise ValidationError(
                "this database already holds recommendations; demo data goes only into an "
                "empty database (name a new file with --db)"
            )
    rng = random.Random(SEED)
    counts: dict[str, int] = {}
    with session_factory.begin() as session:
        clusters, sources = create_directory(session, counts)
    items = demo_recommendations(rng, sources, clusters)
    counts["recommendations"] = bulk_create_recommendations(session_factory, items)
    with session_factory.begin() as session:
        create_follow_up(session, rng, AS_OF, counts)
    return counts
