"""The tables the start-up's first queries read, as SQLAlchemy Core tables.

A query of a model's attributes (``Recommendation.id``) makes SQLAlchemy
configure every mapper first (~40 ms for this program's 29 models and their
relationships); a query of the same table's columns (``recommendation.c.id``)
compiles without them. So the services of what the first page shows (the
user's role, the register's ids, first rows, filter choices and saved views)
query these, and the mappers are configured after the first page has shown,
by the first query that needs them."""

from __future__ import annotations

from sqlalchemy import Table

from desktop.store.models import (
    Action,
    AffectedPersons,
    Agency,
    AppUser,
    Assignment,
    Cluster,
    Country,
    FocalPoint,
    Mechanism,
    Recommendation,
    SavedView,
    SdgGoal,
    SdgTarget,
    SourceDocument,
    Theme,
)


def _table(model: type) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


action = _table(Action)
affected_persons = _table(AffectedPersons)
agency = _table(Agency)
app_user = _table(AppUser)
assignment = _table(Assignment)
cluster = _table(Cluster)
country = _table(Country)
focal_point = _table(FocalPoint)
mechanism = _table(Mechanism)
recommendation = _table(Recommendation)
saved_view = _table(SavedView)
sdg_goal = _table(SdgGoal)
sdg_target = _table(SdgTarget)
source_document = _table(SourceDocument)
theme = _table(Theme)
