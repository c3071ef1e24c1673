"""Sorted by a column that shows a list (themes, SDGs, agencies), the
register follows the value each row shows first, in SQL on both engines; rows
with none come last either way; SDG codes show in the SDGs' own order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from desktop.domain.vocab import AgencyRole
from desktop.services.database import Database, open_database
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.services.register import RegisterFilter, Sort, register_ids, register_rows
from desktop.store.models import Agency, Assignment, Recommendation

ITEMS = [
    # reference, themes, SDG targets, SDG goals (no target), agencies (name, acronym, role)
    ("1", ("Women's rights",), ("10.2", "5.1"), (), [("Ministry of Justice", "MoJ", "lead")]),
    ("2", ("Education", "Torture"), ("2.1",), (), [("Ministry of Health", None, "supporting")]),
    ("3", (), (), (16,), [("Ministry of Justice", "MoJ", "supporting"),
                          ("Attorney General", "AG", "lead")]),
    ("4", (), (), (), []),
    ("5", ("Access to justice",), ("16.a",), (), [("Attorney General", "AG", "lead")]),
]  # fmt: skip


@pytest.fixture
def lists_db(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    bulk_create_recommendations(
        db.session_factory,
        [
            NewRecommendation(
                "UPR",
                f"9.{ref}",
                f"Text {ref}.",
                themes=themes,
                sdg_targets=targets,
                sdg_goals=goals,
            )
            for ref, themes, targets, goals, _ in ITEMS
        ],
    )
    with db.session_factory.begin() as session:
        agencies: dict[str, Agency] = {}
        for ref, *_, assigned in ITEMS:
            rec_id = session.scalar(
                select(Recommendation.id).where(Recommendation.reference == f"9.{ref}")
            )
            for name, acronym, role in assigned:
                agency = agencies.get(name)
                if agency is None:
                    agency = agencies[name] = Agency(name=name, acronym=acronym)
                    session.add(agency)
                    session.flush()
                session.add(
                    Assignment(agency_id=agency.id, recommendation_id=rec_id, role=AgencyRole(role))
                )
    yield db
    db.dispose()


def _sorted(db: Database, column: str, descending: bool = False) -> list[tuple[str, str]]:
    ids = register_ids(db.session_factory, RegisterFilter(), Sort(column, descending))
    return [(r.reference, getattr(r, column)) for r in register_rows(db.session_factory, ids)]


def test_sorted_by_themes_follows_each_row_s_first_theme(lists_db: Database) -> None:
    assert _sorted(lists_db, "themes") == [
        ("9.5", "Access to justice"),
        ("9.2", "Education; Torture"),
        ("9.1", "Women's rights"),
        ("9.3", ""),
        ("9.4", ""),
    ]
    assert [r for r, _ in _sorted(lists_db, "themes", descending=True)] == [
        "9.1", "9.2", "9.5", "9.4", "9.3",
    ]  # fmt: skip


def test_sdgs_show_and_sort_in_the_sdgs_own_order(lists_db: Database) -> None:
    # 5.1 before 10.2 (not as text); a goal without a target after its targets.
    assert _sorted(lists_db, "sdgs") == [
        ("9.2", "2.1"),
        ("9.1", "5.1, 10.2"),
        ("9.5", "16.a"),
        ("9.3", "SDG 16"),
        ("9.4", ""),
    ]
    assert [r for r, _ in _sorted(lists_db, "sdgs", descending=True)] == [
        "9.3", "9.5", "9.1", "9.2", "9.4",
    ]  # fmt: skip


def test_sorted_by_agencies_follows_the_first_agency_shown(lists_db: Database) -> None:
    # The lead first, by its short name; a row with supporting agencies only
    # by the first of them.
    assert _sorted(lists_db, "agencies") == [
        ("9.3", "AG, (MoJ)"),
        ("9.5", "AG"),
        ("9.2", "(Ministry of Health)"),
        ("9.1", "MoJ"),
        ("9.4", ""),
    ]
