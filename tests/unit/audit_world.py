"""A demonstration database with one user of each role, and a way to open it
as any of them: on SQLite by the operating-system login, on PostgreSQL by
connecting with that server login (the test server trusts local logins)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from unittest import mock

from sqlalchemy import select
from sqlalchemy.engine import make_url

from desktop.services.audit_log import os_login
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.permissions import Role
from desktop.services.users import add_user, ensure_first_administrator
from desktop.store.models import Action, Agency, Assignment, Indicator, Recommendation


@dataclass(frozen=True)
class World:
    url: str
    engine: str
    logins: dict[Role, str]
    agency_id: int
    agency_name: str
    own_action: int
    other_action: int
    own_indicator: int


def build_world(url: str, prefix: str) -> World:
    engine = "sqlite" if "://" not in url else "postgresql"
    db = open_database(url, create=True)
    try:
        create_demo_data(db.session_factory)
        admin = ensure_first_administrator(db)
        assert admin is not None
        with db.session_factory() as session:
            agency_id, own_action = session.execute(
                select(Assignment.agency_id, Assignment.action_id)
                .where(Assignment.action_id.is_not(None))
                .order_by(Assignment.id)
                .limit(1)
            ).one()
            mine = select(Assignment.action_id).where(
                Assignment.agency_id == agency_id, Assignment.action_id.is_not(None)
            )
            other_action = session.scalar(
                select(Action.id).where(Action.id.not_in(mine)).order_by(Action.id).limit(1)
            )
            own_indicator = session.scalar(
                select(Indicator.id).where(Indicator.action_id == own_action).limit(1)
            )
            assert own_indicator is not None, "the demonstration has an indicator per action"
            agency_name = session.get(Agency, agency_id).name  # type: ignore[union-attr]
        logins = {Role.ADMINISTRATOR: admin}
        for role in (Role.EDITOR, Role.AGENCY, Role.READER):
            login = f"{prefix}_{role.value}"
            add_user(db, login, role, agency_name if role is Role.AGENCY else None)
            logins[role] = login
    finally:
        db.dispose()
    return World(
        url,
        engine,
        logins,
        agency_id,
        agency_name,
        own_action,
        int(other_action or 0),
        int(own_indicator or 0),
    )


@contextmanager
def opened_as(world: World, login: str) -> Iterator[Database]:
    """The world's database opened by ``login``."""
    if world.engine == "sqlite":
        with mock.patch.dict(os.environ, {"LOGNAME": login, "USER": login}):
            assert os_login() == login
            db = open_database(world.url)
    else:
        db = open_database(make_url(world.url).set(username=login).render_as_string(False))
    try:
        yield db
    finally:
        db.dispose()


def some_recommendation(db: Database, offset: int = 0) -> int:
    with db.session_factory() as session:
        found = session.scalar(
            select(Recommendation.id).order_by(Recommendation.id).offset(offset).limit(1)
        )
    assert found is not None
    return int(found)
