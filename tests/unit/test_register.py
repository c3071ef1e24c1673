"""The register query service: filters, sorting and pages, on both engines,
checked against plain ORM queries over the demo country."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.domain.vocab import AgencyRole, ImplementationStatus, Position
from desktop.services.database import Database
from desktop.services.register import (
    RegisterFilter,
    Sort,
    register_count,
    register_ids,
    register_rows,
)
from desktop.store.models import Agency, Assignment, Recommendation, SdgTarget, Theme


def all_recs(db: Database) -> list[Recommendation]:
    with db.session_factory() as session:
        recs = session.scalars(select(Recommendation)).all()
        for rec in recs:  # load what the checks read before the session closes
            _ = (rec.mechanism.code, rec.themes, rec.sdg_targets, rec.source)
        return list(recs)


def ids_where(db: Database, keep: object) -> set[int]:
    return {r.id for r in all_recs(db) if not r.archived and keep(r)}  # type: ignore[operator]


def test_default_register_is_every_live_recommendation_in_paragraph_order(demo: Database) -> None:
    ids = register_ids(demo.session_factory, RegisterFilter())
    assert set(ids) == ids_where(demo, lambda r: True)
    assert register_count(demo.session_factory, RegisterFilter()) == len(ids)
    recs = {r.id: r for r in all_recs(demo)}
    keys = [(recs[i].source_id, recs[i].reference_key) for i in ids]
    assert keys == sorted(keys)


def test_filters_match_plain_queries(demo: Database) -> None:
    factory = demo.session_factory
    with factory() as session:
        theme = session.scalars(select(Theme).where(Theme.name == "Death penalty")).one()
        lead = session.scalars(select(Agency).where(Agency.acronym == "MOJ")).one()
        led = set(
            session.scalars(
                select(Assignment.recommendation_id).where(
                    Assignment.agency_id == lead.id, Assignment.role == AgencyRole.LEAD
                )
            )
        )
    cases = [
        (
            RegisterFilter(mechanisms=("CEDAW", "CRC")),
            lambda r: r.mechanism.code in ("CEDAW", "CRC"),
        ),
        (
            RegisterFilter(responses=(Position.NOTED,), cycles=(3,)),
            lambda r: r.response == Position.NOTED and r.source and r.source.cycle == 3,
        ),
        (RegisterFilter(theme_ids=(theme.id,)), lambda r: theme.id in {t.id for t in r.themes}),
        (
            RegisterFilter(sdg_goals=(5,)),
            lambda r: any(t.code.startswith("5.") for t in r.sdg_targets),
        ),
        (RegisterFilter(agency_id=lead.id, agency_role=AgencyRole.LEAD), lambda r: r.id in led),
        (
            RegisterFilter(statuses=(ImplementationStatus.IN_PROGRESS,), needs_parliament=True),
            lambda r: r.status == ImplementationStatus.IN_PROGRESS and r.needs_parliament,
        ),
        (RegisterFilter(without_cluster=True), lambda r: r.cluster_id is None),
        (
            RegisterFilter(action_categories=(5,), text="legislation"),
            lambda r: r.action_category == 5 and "legislation" in r.text.lower(),
        ),
    ]
    for filt, keep in cases:
        expected = ids_where(demo, keep)
        assert expected, filt  # each case really selects something
        assert set(register_ids(factory, filt)) == expected, filt
        assert register_count(factory, filt) == len(expected)


def test_archive_is_a_separate_view(demo: Database) -> None:
    factory = demo.session_factory
    first = register_ids(factory, RegisterFilter())[0]
    with factory.begin() as session:
        session.get_one(Recommendation, first).archived = True
    try:
        assert first not in register_ids(factory, RegisterFilter())
        assert register_ids(factory, RegisterFilter(archived=True)) == [first]
    finally:
        with factory.begin() as session:
            session.get_one(Recommendation, first).archived = False


@pytest.mark.parametrize("column", ["mechanism", "status", "text", "due_date", "cluster", "source"])
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_in_sql(demo: Database, column: str, descending: bool) -> None:
    ids = register_ids(demo.session_factory, RegisterFilter(), Sort(column, descending))
    rows = register_rows(demo.session_factory, ids)
    assert [r.id for r in rows] == ids
    values = [getattr(r, column) or None for r in rows]
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=descending)
    assert values[len(present) :] == [None] * (len(values) - len(present))  # empty values last


def test_rows_carry_what_the_register_shows(demo: Database) -> None:
    factory = demo.session_factory
    with factory() as session:
        rec = session.scalars(
            select(Recommendation)
            .where(Recommendation.mechanism.has(code="UPR"))
            .order_by(Recommendation.id)
        ).first()
        assert rec is not None
        states = sorted(c.name for c in rec.recommending_states)
        targets = sorted(
            t.code
            for t in session.scalars(
                select(SdgTarget).where(SdgTarget.id.in_([t.id for t in rec.sdg_targets]))
            )
        )
        rec_id, reference, text = rec.id, rec.reference, rec.text
    [row] = register_rows(factory, [rec_id])
    assert (row.reference, row.mechanism, row.text) == (reference, "UPR", text)
    assert row.recommending_states == ", ".join(states)
    assert row.sdgs == ", ".join(targets)
    assert register_rows(factory, []) == []
