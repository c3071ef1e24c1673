"""Stats, settings and bulk creation, on both engines."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import ValidationError
from desktop.domain.vocab import ImplementationStatus, Position
from desktop.services.database import Database, open_database
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.services.settings import OrganisationSettings, load_settings, save_settings
from desktop.services.stats import compute_stats
from desktop.store.models import Country, Recommendation, Theme


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    yield db
    db.dispose()


def _items() -> list[NewRecommendation]:
    return [
        NewRecommendation(
            "UPR",
            "121.1",
            "Ratify the Optional Protocol to the Convention against Torture",
            response=Position.SUPPORTED,
            recommending_states=["Spain", "Brazil"],
            themes=["Torture"],
            sdg_targets=["16.3"],
        ),
        NewRecommendation(
            "UPR",
            "121.2",
            "Consider abolishing the death penalty",
            response=Position.NOTED,
            recommending_states=["Ruritania"],
        ),
        NewRecommendation(
            "CEDAW",
            "CEDAW/C/ALD/CO/7 para. 12",
            "加强打击家庭暴力的措施",
            text_language="zh",
            response=Position.NOT_APPLICABLE,
            status=ImplementationStatus.IN_PROGRESS,
        ),
    ]


def test_bulk_create_stores_texts_and_links(database: Database) -> None:
    assert bulk_create_recommendations(database.session_factory, _items(), batch_size=2) == 3
    with database.session_factory() as session:
        first = session.scalars(
            select(Recommendation).where(Recommendation.reference == "121.1")
        ).one()
        assert {c.name for c in first.recommending_states} == {"Spain", "Brazil"}
        assert [t.code for t in first.sdg_targets] == ["16.3"]
        assert [t.name for t in first.themes] == ["Torture"]
        zh = session.scalars(select(Recommendation).where(Recommendation.text_language == "zh"))
        assert zh.one().text == "加强打击家庭暴力的措施"
        # Unknown values are created, never dropped.
        assert session.scalars(select(Country).where(Country.name == "Ruritania")).one()
        assert (
            session.scalar(select(func.count()).select_from(Theme).where(Theme.name == "Torture"))
            == 1
        )


def test_bulk_create_is_all_or_nothing(database: Database) -> None:
    items = [*_items(), NewRecommendation("NOPE", "1", "unknown mechanism")]
    with pytest.raises(ValidationError, match="unknown mechanism 'NOPE'"):
        bulk_create_recommendations(database.session_factory, items, batch_size=2)
    with database.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Recommendation)) == 0


def test_bulk_create_rejects_unknown_sdg_target(database: Database) -> None:
    bad = NewRecommendation("UPR", "9.9", "text", sdg_targets=["18.1"])
    with pytest.raises(ValidationError, match=r"18\.1"):
        bulk_create_recommendations(database.session_factory, [bad])


def test_stats_count_live_recommendations_only(database: Database) -> None:
    bulk_create_recommendations(database.session_factory, _items())
    with database.session_factory.begin() as session:
        session.scalars(
            select(Recommendation).where(Recommendation.reference == "121.2")
        ).one().archived = True
    stats = compute_stats(database.session_factory).as_json()
    assert stats["recommendations"] == 2
    assert stats["by_response"]["supported"] == 1
    assert stats["by_response"]["noted"] == 0
    assert stats["by_response"]["supported_in_part"] == 0
    assert stats["by_mechanism"] == {"CEDAW": 1, "UPR": 1}
    assert stats["by_status"]["in_progress"] == 1
    assert stats["by_status"]["not_assessed"] == 1
    assert (stats["agencies"], stats["plans"], stats["actions"]) == (0, 0, 0)


def test_settings_round_trip_and_validation(database: Database) -> None:
    assert load_settings(database.session_factory) == OrganisationSettings()
    saved = save_settings(
        database.session_factory,
        OrganisationSettings(organisation_name="  وزارة العدل  ", report_language="ar"),
    )
    assert saved.organisation_name == "وزارة العدل"
    assert load_settings(database.session_factory) == saved
    with pytest.raises(ValidationError, match="report language"):
        save_settings(database.session_factory, OrganisationSettings("x", "de"))
    assert load_settings(database.session_factory) == saved
