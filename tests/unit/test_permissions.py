"""Every role against every kind of service write, on both engines: what a
role may do succeeds (on PostgreSQL the server's grants and row-level security
let it through too), what it may not is refused and leaves no change."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.services import (
    actions,
    agencies,
    bulk,
    clusters,
    editing,
    exporting,
    indicator_edits,
    plans,
    progress,
    saved_views,
    settings,
    users,
)
from desktop.services.attachments import NewAttachment
from desktop.services.database import Database
from desktop.services.permissions import (
    Operation,
    PermissionDeniedError,
    Role,
    Target,
    User,
    may,
)
from desktop.services.register import RegisterFilter, Sort
from desktop.store.models import Action, AuditEntry, Recommendation
from tests.unit.audit_world import World, build_world, opened_as, some_recommendation

TODAY = date(2026, 12, 1)
A, E, G, R = Role.ADMINISTRATOR, Role.EDITOR, Role.AGENCY, Role.READER
_counter = itertools.count(1)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> World:
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("perm") / "perm.sqlite3")
    else:
        url = request.getfixturevalue("pg_server").create_database()
    return build_world(url, "perm")


def _version(db: Database, model: type[Action | Recommendation], row_id: int) -> int:
    with db.session_factory() as session:
        row = session.get(model, row_id)
        assert row is not None
        return row.version


def _archived_recommendation(world: World) -> int:
    with opened_as(world, world.logins[A]) as admin:
        rec = some_recommendation(admin, 100 + next(_counter))
        editing.set_archived(admin.session_factory, [rec], True)
    return rec


Op = Callable[[Database, World, Path], object]

OPERATIONS: dict[str, tuple[Op, set[Role]]] = {
    "create cluster": (
        lambda db, w, t: clusters.create_cluster(db.session_factory, f"Cluster {next(_counter)}"),
        {A, E},
    ),
    "create agency": (
        lambda db, w, t: agencies.save_agency(
            db.session_factory, agencies.AgencyData(name=f"Agency {next(_counter)}")
        ),
        {A, E},
    ),
    "create plan": (
        lambda db, w, t: plans.create_plan(
            db.session_factory,
            plans.PlanFields(title=f"Plan {next(_counter)}"),
            propose_actions=False,
        ),
        {A, E},
    ),
    "archive recommendation": (
        lambda db, w, t: editing.set_archived(
            db.session_factory, [some_recommendation(db, next(_counter))], True
        ),
        {A, E},
    ),
    "delete recommendation for good": (
        lambda db, w, t: editing.delete_permanently(
            db.session_factory, [_archived_recommendation(w)]
        ),
        {A},
    ),
    "bulk priority": (
        lambda db, w, t: bulk.apply_bulk(
            db.session_factory,
            [some_recommendation(db, 10), some_recommendation(db, 11)],
            bulk.BulkAction(bulk.BulkKind.PRIORITY, "high" if next(_counter) % 2 else "low"),
        ),
        {A, E},
    ),
    "progress on own action": (
        lambda db, w, t: progress.record_action_progress(
            db.session_factory,
            w.own_action,
            _version(db, Action, w.own_action),
            progress.ProgressEntry(TODAY, narrative="done", new_status="ongoing"),
            TODAY,
        ),
        {A, E, G},
    ),
    "evidence on own action": (
        lambda db, w, t: progress.record_action_progress(
            db.session_factory,
            w.own_action,
            _version(db, Action, w.own_action),
            progress.ProgressEntry(
                TODAY,
                narrative="minutes attached",
                attachments=(NewAttachment("minutes.txt", "text/plain", b"met", "0" * 64),),
            ),
            TODAY,
        ),
        {A, E, G},
    ),
    "progress on another agency's action": (
        lambda db, w, t: progress.record_action_progress(
            db.session_factory,
            w.other_action,
            _version(db, Action, w.other_action),
            progress.ProgressEntry(TODAY, narrative="done"),
            TODAY,
        ),
        {A, E},
    ),
    "measurement on own indicator": (
        lambda db, w, t: indicator_edits.add_measurement(
            db.session_factory, w.own_indicator, TODAY, Decimal(next(_counter))
        ),
        {A, E, G},
    ),
    "delete action": (
        lambda db, w, t: actions.delete_action(db.session_factory, _new_action(w)),
        {A, E},
    ),
    "settings": (
        lambda db, w, t: settings.save_settings(
            db.session_factory,
            settings.OrganisationSettings(f"Secretariat {next(_counter)}", "en"),
        ),
        {A},
    ),
    "saved view": (
        lambda db, w, t: saved_views.save_view(
            db.session_factory, f"View {next(_counter)}", RegisterFilter(), Sort()
        ),
        {A, E, G, R},
    ),
    "add user": (
        lambda db, w, t: users.add_user(db, f"perm_new{next(_counter)}", Role.READER),
        {A},
    ),
    "export": (
        lambda db, w, t: exporting.export_recommendations(
            db.session_factory, t / f"out{next(_counter)}.csv"
        ),
        {A, E, G, R},
    ),
}


def _new_action(world: World) -> int:
    with opened_as(world, world.logins[A]) as admin:
        plan_id = plans.create_plan(
            admin.session_factory,
            plans.PlanFields(title=f"Plan {next(_counter)}"),
            propose_actions=False,
        )
        return actions.create_action(
            admin.session_factory, plan_id, actions.ActionFields(title="To delete")
        )


def _audit_count(db: Database) -> int:
    with db.session_factory() as session:
        return int(session.scalar(select(func.count(AuditEntry.id))) or 0)


@pytest.mark.parametrize("role", [A, E, G, R], ids=lambda r: r.value)
@pytest.mark.parametrize("name", list(OPERATIONS))
def test_role_matrix(world: World, role: Role, name: str, tmp_path: Path) -> None:
    operation, allowed = OPERATIONS[name]
    login = world.logins[role]
    with opened_as(world, login) as db:
        assert users.current_user(db).role is role
        before = _audit_count(db)
        if role in allowed:
            operation(db, world, tmp_path)
            with db.session_factory() as session:
                mine = session.scalar(
                    select(func.count(AuditEntry.id)).where(
                        AuditEntry.id > before, AuditEntry.login == login
                    )
                )
            assert mine, f"{name} by {role.value} left no audit row"
        else:
            with pytest.raises(PermissionDeniedError, match=login):
                operation(db, world, tmp_path)


def test_agency_may_not_change_other_fields(world: World) -> None:
    with opened_as(world, world.logins[G]) as db:
        detail = actions.get_action(db.session_factory, world.own_action)
        fields = replace(detail.fields, title="Renamed by the focal point")
        with pytest.raises(PermissionDeniedError, match="title"):
            actions.update_action(db.session_factory, world.own_action, detail.version, fields)


def test_unknown_login_reads_only_and_is_told(world: World) -> None:
    stranger = "perm_stranger"
    if world.engine == "postgresql":
        with opened_as(world, world.logins[A]) as admin, admin.engine.begin() as connection:
            connection.exec_driver_sql(f"CREATE ROLE {stranger} LOGIN IN ROLE nmrf_reader")
    with opened_as(world, stranger) as db:
        user = users.current_user(db)
        assert user.role is Role.READER and not user.registered
        with pytest.raises(PermissionDeniedError, match=f"{stranger} is not a user"):
            clusters.create_cluster(db.session_factory, "Stranger's cluster")


def test_may_explains_itself() -> None:
    reader = User("nhri", Role.READER)
    agency = User("moj", Role.AGENCY, agency_id=3)
    assert may(reader, Operation.EXPORT)
    decision = may(reader, Operation.EDIT, Target("recommendation"))
    assert not decision and "nhri is a reader" in decision.reason
    assert may(agency, Operation.EDIT, Target("action", fields={"status"}, agency_ids={3}))
    assert not may(agency, Operation.EDIT, Target("action", fields={"status"}, agency_ids={4}))
    assert not may(agency, Operation.EDIT, Target("action", fields={"title"}, agency_ids={3}))
    assert not may(User("ed", Role.EDITOR), Operation.DELETE, Target("recommendation"))
    assert may(User("ed", Role.EDITOR), Operation.DELETE, Target("action"))
