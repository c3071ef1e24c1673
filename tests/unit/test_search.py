"""Full-text search in every UN language, on SQLite FTS5 and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from desktop.domain.text_search import fold, parse_query
from desktop.services.database import Database, open_database
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.services.search import search_recommendations
from desktop.store.models import Recommendation

CORPUS = {
    "en-1": "Adopt a comprehensive anti-discrimination law covering all prohibited grounds.",
    "en-2": "Ratify the Optional Protocol to the Convention against Torture.",
    "es-1": "Garantizar la consulta previa, libre e informada de los pueblos indígenas.",
    "zh-1": "加强财政预算对法律援助的支持。",
    "zh-2": "采取有效措施打击贩运人口行为。",
    "ar-1": "مواصلة الجهود الرامية إلى تعزيز حقوق المرأة ومكافحة العنف الأسري.",
    "ru-1": "Продолжать усилия по защите прав детей и обеспечить регистрацию рождений.",
    "fr-1": "Le Comité recommande à l'État partie de réduire la surpopulation carcérale.",
    "121.2": "Consider a moratorium on the death penalty.",
}


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    items = [
        NewRecommendation(
            "UPR", ref, text, notes="Discussed with the NHRI" if ref == "en-2" else None
        )
        for ref, text in CORPUS.items()
    ]
    bulk_create_recommendations(db.session_factory, items)
    yield db
    db.dispose()


def found(database: Database, query: str) -> set[str]:
    result = search_recommendations(database.session_factory, query, limit=100)
    assert result.total == len(result.hits)
    return {hit.reference for hit in result.hits}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("indigenas", {"es-1"}),  # diacritics folded in the query…
        ("indígenas", {"es-1"}),  # …and in the text
        ("INDÍGENAS", {"es-1"}),
        ("discrim", {"en-1"}),  # prefix of a word
        ("comprehensive law", {"en-1"}),  # every word must match
        ("comprehensive torture", set()),
        ("预算", {"zh-1"}),  # a two-character word inside 财政预算
        ("财政预算", {"zh-1"}),
        ("法律援助", {"zh-1"}),
        ("预法", set()),  # characters present but not next to each other
        ("人口", {"zh-2"}),
        ("المرأة", {"ar-1"}),
        ("المراة", {"ar-1"}),  # hamza folded
        ("حقوق", {"ar-1"}),
        ("защите", {"ru-1"}),
        ("ЗАЩИТ", {"ru-1"}),  # Cyrillic case and prefix
        ("etat carcerale", {"fr-1"}),
        ("121.2", {"121.2"}),  # a reference
        ("nhri", {"en-2"}),  # notes are searched
        ("", set()),
        ("  ;;; ", set()),
    ],
)
def test_multilingual_search(database: Database, query: str, expected: set[str]) -> None:
    assert found(database, query) == expected


def test_hostile_query_syntax_is_just_text(database: Database) -> None:
    for query in ('"', "NEAR(a b)", "torture OR law", "a* AND -b", "'; DROP TABLE x; --", "*"):
        search_recommendations(database.session_factory, query)  # must not raise
    assert found(database, '"torture"') == {"en-2"}  # quotes are punctuation, not syntax
    assert found(database, "torture*") == {"en-2"}


def test_edits_and_archiving_are_seen_by_search(database: Database) -> None:
    with database.session_factory.begin() as session:
        rec = session.scalars(
            select(Recommendation).where(Recommendation.reference == "en-2")
        ).one()
        rec.text = "Establish a national preventive mechanism."
    assert found(database, "torture") == set()
    assert found(database, "preventive") == {"en-2"}
    with database.session_factory.begin() as session:
        rec = session.scalars(
            select(Recommendation).where(Recommendation.reference == "en-2")
        ).one()
        rec.archived = True
    assert found(database, "preventive") == set()
    archived = search_recommendations(database.session_factory, "preventive", include_archived=True)
    assert [h.reference for h in archived.hits] == ["en-2"]
    with database.session_factory.begin() as session:
        session.delete(
            session.scalars(select(Recommendation).where(Recommendation.reference == "en-2")).one()
        )
    assert (
        search_recommendations(database.session_factory, "preventive", include_archived=True).total
        == 0
    )


def test_folding_rules() -> None:
    assert fold("Révision 121.2") == "revision 121 2"
    assert fold("财政预算") == "财 政 预 算"
    assert [t.tokens for t in parse_query("预算 CEDAW/C/ALD")] == [
        ("预", "算"),
        ("cedaw", "c", "ald"),
    ]
    assert not parse_query("预算")[0].prefix
