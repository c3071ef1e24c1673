"""Saved views of the register."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.vocab import AgencyRole, ImplementationStatus, Position, Priority
from desktop.services.database import Database, open_database
from desktop.services.register import RegisterFilter, Sort
from desktop.services.saved_views import (
    delete_view,
    filter_from_json,
    filter_to_json,
    list_views,
    save_view,
)

FULL = RegisterFilter(
    text="预算 torture",
    mechanisms=("UPR", "CEDAW"),
    source_ids=(3,),
    cycles=(2, 3),
    responses=(Position.NOTED,),
    action_categories=(5,),
    theme_ids=(7, 8),
    affected_persons_ids=(1,),
    sdg_goals=(5, 16),
    sdg_target_ids=(40,),
    agency_id=4,
    agency_role=AgencyRole.SUPPORTING,
    priorities=(Priority.HIGH,),
    statuses=(ImplementationStatus.IN_PROGRESS,),
    needs_parliament=True,
    cluster_ids=(2,),
    without_cluster=True,
    archived=True,
)


def test_every_filter_field_round_trips() -> None:
    assert filter_from_json(filter_to_json(FULL)) == FULL
    assert filter_from_json(filter_to_json(RegisterFilter())) == RegisterFilter()


def test_unreadable_or_newer_views_still_open() -> None:
    assert filter_from_json("not json") == RegisterFilter()
    assert filter_from_json("[1, 2]") == RegisterFilter()
    newer = '{"mechanisms": ["UPR"], "statuses": ["bogus"], "colour": "red"}'
    assert filter_from_json(newer) == RegisterFilter(mechanisms=("UPR",))


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    yield db
    db.dispose()


def test_save_list_replace_delete(database: Database) -> None:
    factory = database.session_factory
    first = save_view(factory, "  Overdue  CEDAW ", FULL, Sort("due_date", True))
    [view] = list_views(factory)
    assert (view.name, view.filter, view.sort) == ("Overdue CEDAW", FULL, Sort("due_date", True))
    again = save_view(factory, "overdue cedaw", RegisterFilter(), Sort())
    assert again == first and list_views(factory)[0].filter == RegisterFilter()
    with pytest.raises(ValidationError):
        save_view(factory, "  ", FULL, Sort())
    delete_view(factory, first)
    assert list_views(factory) == []
