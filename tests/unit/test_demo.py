"""The demonstration country."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import ValidationError
from desktop.domain.vocab import ActionStatus, AgencyRole
from desktop.services.database import Database, open_database
from desktop.services.demo import AS_OF, create_demo_data
from desktop.services.stats import compute_stats
from desktop.store.models import (
    Action,
    Assignment,
    Attachment,
    Recommendation,
    SourceDocument,
)

SCRIPTS = {"zh": r"[\u4e00-\u9fff]", "ar": r"[\u0600-\u06ff]", "ru": r"[\u0400-\u04ff]"}


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Database, dict[str, int]]]:
    database = open_database(str(tmp_path / "demo.sqlite3"), create=True)
    counts = create_demo_data(database.session_factory)
    yield database, counts
    database.dispose()


def test_demo_holds_a_realistic_country(demo: tuple[Database, dict[str, int]]) -> None:
    database, counts = demo
    stats = compute_stats(database.session_factory)
    assert 300 <= stats.recommendations <= 450
    assert stats.recommendations == counts["recommendations"]
    assert {"UPR", "CEDAW", "CRC", "CAT", "CCPR"} <= set(stats.by_mechanism)
    assert stats.by_response["supported"] > stats.by_response["noted"] > 0
    assert 10 <= stats.agencies <= 15 and stats.plans == 1 and 15 <= stats.actions <= 30
    assert counts["focal_points"] >= counts["agencies"]
    assert counts["consultations"] >= 3 and counts["deadlines"] >= 4
    assert counts["indicators"] > 0 and counts["measurements"] >= 2 * counts["indicators"]
    with database.session_factory() as session:
        cycles = set(
            session.scalars(select(SourceDocument.cycle).where(SourceDocument.cycle.is_not(None)))
        )
        assert cycles == {2, 3}
        languages = dict(
            session.execute(
                select(Recommendation.text_language, func.count()).group_by(
                    Recommendation.text_language
                )
            ).all()
        )
        assert {"en", "zh", "ar", "fr", "es", "ru"} <= set(languages)
        for lang, pattern in SCRIPTS.items():
            texts = session.scalars(
                select(Recommendation.text).where(Recommendation.text_language == lang)
            )
            assert all(re.search(pattern, text) for text in texts), lang
        attachment = session.scalars(select(Attachment)).first()
        assert attachment is not None and attachment.content is not None
        assert len(attachment.content) == attachment.size


def test_every_action_has_a_lead_and_some_are_overdue(
    demo: tuple[Database, dict[str, int]],
) -> None:
    database, _ = demo
    with database.session_factory() as session:
        actions = list(session.scalars(select(Action)))
        leads = set(
            session.scalars(
                select(Assignment.action_id).where(
                    Assignment.role == AgencyRole.LEAD, Assignment.action_id.is_not(None)
                )
            )
        )
        assert {a.id for a in actions} == leads
        overdue = [
            a
            for a in actions
            if a.due_date
            and a.due_date < AS_OF
            and a.status not in (ActionStatus.COMPLETED, ActionStatus.CANCELLED)
        ]
        assert overdue
        assert all(a.recommendations for a in actions)


def test_demo_refuses_a_database_with_recommendations(
    demo: tuple[Database, dict[str, int]],
) -> None:
    database, counts = demo
    with pytest.raises(ValidationError, match="already holds recommendations"):
        create_demo_data(database.session_factory)
    assert compute_stats(database.session_factory).recommendations == counts["recommendations"]


def test_demo_is_deterministic(tmp_path: Path) -> None:
    texts = []
    for name in ("one", "two"):
        database = open_database(str(tmp_path / f"{name}.sqlite3"), create=True)
        create_demo_data(database.session_factory)
        with database.session_factory() as session:
            texts.append(
                list(session.scalars(select(Recommendation.text).order_by(Recommendation.id)))
            )
        database.dispose()
    assert texts[0] == texts[1]
