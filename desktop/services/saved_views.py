"""Saved views of the register: a named filter and sort that users reopen."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import ValidationError
from desktop.domain.vocab import AgencyRole, ImplementationStatus, Position, Priority
from desktop.services.register import RegisterFilter, Sort
from desktop.store import core_tables as core
from desktop.store.models import SavedView

_ENUMS = {
    "responses": Position,
    "priorities": Priority,
    "statuses": ImplementationStatus,
}


@dataclass(frozen=True)
class View:
    id: int
    name: str
    filter: RegisterFilter
    sort: Sort


def filter_to_json(filt: RegisterFilter) -> str:
    return json.dumps(asdict(filt), ensure_ascii=False, sort_keys=True)


def filter_from_json(text: str) -> RegisterFilter:
    """The filter stored; keys this version does not know are ignored, values
    it cannot read are dropped (a view never fails to open)."""
    try:
        data = json.loads(text)
    except ValueError:
        return RegisterFilter()
    if not isinstance(data, dict):
        return RegisterFilter()
    known = {f.name: f for f in fields(RegisterFilter)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            continue
        try:
            if key in _ENUMS:
                values[key] = tuple(_ENUMS[key](v) for v in value)
            elif key == "agency_role":
                values[key] = AgencyRole(value) if value else None
            elif key == "mechanisms":
                values[key] = tuple(str(v) for v in value)
            elif isinstance(value, list):
                values[key] = tuple(int(v) for v in value)
            else:
                values[key] = value
        except (TypeError, ValueError):
            continue
    return RegisterFilter(**values)


def list_views(session_factory: sessionmaker[Session]) -> list[View]:
    views = core.saved_view
    with session_factory() as session:
        return [
            View(
                v.id,
                v.name,
                filter_from_json(v.filter_json),
                Sort(v.sort_column, v.sort_descending),
            )
            # Columns, not the model: the first page reads them before the
            # mappers are configured (store.core_tables).
            for v in session.execute(select(views).order_by(views.c.name))
        ]


def save_view(
    session_factory: sessionmaker[Session], name: str, filt: RegisterFilter, sort: Sort
) -> int:
    """Save under ``name``, replacing a view of the same name (ignoring case)."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("a view needs a name", where="name", code="field.required")
    if len(name) > 200:
        raise ValidationError(
            "the name is longer than 200 characters",
            where="name",
            code="field.too_long",
            params={"limit": 200},
        )
    with session_factory.begin() as session:
        view = session.scalars(
            select(SavedView).where(func.lower(SavedView.name) == name.lower())
        ).first()
        if view is None:
            view = SavedView(name=name)
            session.add(view)
        view.name = name
        view.filter_json = filter_to_json(filt)
        view.sort_column = sort.column
        view.sort_descending = sort.descending
        session.flush()
        return view.id


def delete_view(session_factory: sessionmaker[Session], view_id: int) -> None:
    with session_factory.begin() as session:
        session.execute(delete(SavedView).where(SavedView.id == view_id))
