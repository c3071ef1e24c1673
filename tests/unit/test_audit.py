"""The audit trail: every write leaves a row naming the user, the record and
each changed field's old and new value; the SQLite hash chain shows an edited
or removed row; history, activity and the command line read it back."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.services import bulk, clusters, editing, indicator_edits, progress, settings
from desktop.services.audit import ActivityFilter, activity, history, verify_chain
from desktop.services.database import Database
from desktop.services.permissions import Role
from desktop.store.models import Action, Cluster, Recommendation, Setting
from tests.unit.audit_world import World, build_world, opened_as

TODAY = date(2026, 12, 1)
STATUSES = ["planned", "ongoing", "completed", "delayed"]
PRIORITIES = ["high", "medium", "low"]


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> World:
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("audit") / "audit.sqlite3")
    else:
        url = request.getfixturevalue("pg_server").create_database()
    return build_world(url, "aud")


@dataclass(frozen=True)
class Expected:
    """A write just made: the audit row it must have left."""

    record_uuid: uuid.UUID
    action: str
    field: str
    old: Any
    new: Any


def _get(db: Database, model: Any, row_id: int) -> Any:
    with db.session_factory() as session:
        return session.get(model, row_id)


def _one(db: Database, query: Any) -> Any:
    with db.session_factory() as session:
        return session.scalars(query).first()


def op_priority(db: Database, w: World, rng: random.Random) -> Expected:
    rec = _one(db, select(Recommendation).where(Recommendation.id == rng.randint(1, 300)))
    old = rec.priority.value if rec.priority else None
    new = rng.choice([p for p in PRIORITIES if p != old])
    bulk.apply_bulk(db.session_factory, [rec.id], bulk.BulkAction(bulk.BulkKind.PRIORITY, new))
    return Expected(rec.uuid, "edit", "priority", old, new)


def op_archive(db: Database, w: World, rng: random.Random) -> Expected:
    rec = _one(db, select(Recommendation).where(Recommendation.id == rng.randint(1, 300)))
    editing.set_archived(db.session_factory, [rec.id], not rec.archived)
    return Expected(
        rec.uuid,
        "restore" if rec.archived else "archive",
        "archived",
        rec.archived,
        not rec.archived,
    )


def op_rename_cluster(db: Database, w: World, rng: random.Random) -> Expected:
    cluster = _one(db, select(Cluster).order_by(Cluster.id).offset(rng.randint(0, 4)))
    new = f"{cluster.name.split(' #')[0]} #{rng.randint(1, 10**6)}"
    clusters.update_cluster(
        db.session_factory,
        cluster.id,
        cluster.version,
        new,
        cluster.description or "",
        cluster.priority,
        cluster.priority_rationale or "",
    )
    return Expected(cluster.uuid, "edit", "name", cluster.name, new)


def op_action_status(db: Database, w: World, rng: random.Random) -> Expected:
    action = _get(db, Action, w.own_action)
    old = action.status.value
    new = rng.choice([s for s in STATUSES if s != old])
    entry = progress.ProgressEntry(TODAY, narrative=f"step {rng.random()}", new_status=new)
    progress.record_action_progress(db.session_factory, action.id, action.version, entry, TODAY)
    return Expected(action.uuid, "edit", "status", old, new)


def op_settings(db: Database, w: World, rng: random.Random) -> Expected:
    before = _one(db, select(Setting).where(Setting.key == "organisation_name"))
    new = f"Secretariat {rng.randint(1, 10**6)}"
    settings.save_settings(db.session_factory, settings.OrganisationSettings(new, "en"))
    after = _one(db, select(Setting).where(Setting.key == "organisation_name"))
    old = before.value if before else None
    return Expected(after.uuid, "settings", "value", old, new)


def op_measurement(db: Database, w: World, rng: random.Random) -> Expected:
    value = Decimal(rng.randint(1, 999))
    made = indicator_edits.add_measurement(db.session_factory, w.own_indicator, TODAY, value)
    from desktop.store.models import Measurement

    found = _get(db, Measurement, made.id)
    return Expected(found.uuid, "create", "value", None, str(found.value))


OPS: dict[Role, list[Callable[[Database, World, random.Random], Expected]]] = {
    Role.ADMINISTRATOR: [op_priority, op_archive, op_rename_cluster, op_settings],
    Role.EDITOR: [op_priority, op_archive, op_rename_cluster, op_action_status, op_measurement],
    Role.AGENCY: [op_action_status, op_measurement],
}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_writes_each_leave_their_audit_row(world: World, seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(12):
        role = rng.choice(list(OPS))
        login = world.logins[role]
        with opened_as(world, login) as db:
            expected = rng.choice(OPS[role])(db, world, rng)
            rows = history(db.session_factory, expected.record_uuid)
        assert rows, f"no audit row for {expected}"
        last = rows[-1]
        assert (last.login, last.action) == (login, expected.action), expected
        old, new = last.changes[expected.field]  # type: ignore[index]
        assert (_norm(old), _norm(new)) == (_norm(expected.old), _norm(expected.new)), expected


def _norm(value: Any) -> Any:
    """Numbers compare by value ("973" and "973.0000" are the same measurement)."""
    try:
        return Decimal(value) if isinstance(value, str) else value
    except ArithmeticError:
        return value


def test_activity_filters_and_bulk_event(world: World) -> None:
    with opened_as(world, world.logins[Role.EDITOR]) as db:
        ids = list(range(1, 41))
        bulk.apply_bulk(
            db.session_factory, ids, bulk.BulkAction(bulk.BulkKind.STATUS, "not_assessed")
        )
        bulk.apply_bulk(
            db.session_factory, ids, bulk.BulkAction(bulk.BulkKind.STATUS, "partially_implemented")
        )
        events = activity(
            db.session_factory, ActivityFilter(login=world.logins[Role.EDITOR], action="bulk")
        )
        assert events and events[0].label.startswith("status: ")
        edits = activity(
            db.session_factory,
            ActivityFilter(
                login=world.logins[Role.EDITOR], entity="recommendation", action="edit", limit=40
            ),
        )
        assert len(edits) == 40
        assert all(e.changes and e.changes["status"][1] == "partially_implemented" for e in edits)
        assert activity(db.session_factory, ActivityFilter(login="nobody")) == []
        assert activity(db.session_factory, ActivityFilter(since=date(2999, 1, 1))) == []


def test_audit_rows_cannot_be_changed_through_the_program(world: World) -> None:
    from sqlalchemy import delete

    from desktop.services.permissions import PermissionDeniedError
    from desktop.store.models import AuditEntry

    with opened_as(world, world.logins[Role.ADMINISTRATOR]) as db:
        with (
            pytest.raises(PermissionDeniedError, match="append-only"),
            db.session_factory.begin() as session,
        ):
            session.execute(delete(AuditEntry))
        assert activity(db.session_factory, ActivityFilter(limit=1))


def _tamper(path: str, sql: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql)
    conn.close()


def test_hash_chain_names_the_first_broken_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world = build_world(str(tmp_path / "chain.sqlite3"), "chain")
    with opened_as(world, world.logins[Role.ADMINISTRATOR]) as db:
        check = verify_chain(db.session_factory)
        assert check.ok and check.checked > 100
    assert main(["--db", world.url, "audit", "--verify"]) == 0
    _tamper(world.url, "UPDATE audit_entry SET changes = '{}' WHERE id = 57")
    assert main(["--db", world.url, "audit", "--verify"]) == 1
    assert "broken at row 57" in capsys.readouterr().err
    world2 = build_world(str(tmp_path / "chain2.sqlite3"), "chain")
    _tamper(world2.url, "DELETE FROM audit_entry WHERE id = 80")
    with opened_as(world2, world2.logins[Role.ADMINISTRATOR]) as db:
        assert verify_chain(db.session_factory).broken_at == 81


def test_cli_audit_lists_json_by_user_and_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world = build_world(str(tmp_path / "cli.sqlite3"), "cli")
    with opened_as(world, world.logins[Role.EDITOR]) as db:
        rec = _get(db, Recommendation, 5)
        bulk.apply_bulk(
            db.session_factory,
            [5],
            bulk.BulkAction(
                bulk.BulkKind.PRIORITY,
                "high" if rec.priority is None or rec.priority.value != "high" else "low",
            ),
        )
    capsys.readouterr()
    assert main(["--db", world.url, "audit", "--user", "cli_editor", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["user"] for r in rows} == {"cli_editor"}
    assert {"bulk", "edit"} <= {r["action"] for r in rows}
    assert main(["--db", world.url, "audit", "--record", str(rec.uuid), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[-1]["record"] == str(rec.uuid) and "priority" in rows[-1]["changes"]
    from desktop.store.models import SourceDocument

    with opened_as(world, world.logins[Role.READER]) as db:
        symbol = _get(db, SourceDocument, rec.source_id).symbol
    label = f"{rec.reference} {symbol}"
    assert main(["--db", world.url, "audit", "--record", label, "--since", "2000-01-01"]) == 0
    out = capsys.readouterr().out
    assert f"cli_editor\tgui\tedit\trecommendation\t{label}" in out  # made by the service
    assert main(["--db", world.url, "audit", "--record", "no such thing"]) == 1
    assert "no recommendation is 'no such thing'" in capsys.readouterr().err


def test_restore_is_the_administrators_and_is_recorded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world = build_world(str(tmp_path / "restore.sqlite3"), "rst")
    backup = tmp_path / "kept.sqlite3"
    assert main(["--db", world.url, "backup", str(backup)]) == 0
    editor = world.logins[Role.EDITOR]
    with mock.patch.dict(os.environ, {"LOGNAME": editor, "USER": editor}):
        assert main(["--db", world.url, "restore", str(backup)]) == 1
    assert "only an administrator" in capsys.readouterr().err
    assert main(["--db", world.url, "restore", str(backup)]) == 0
    with opened_as(world, world.logins[Role.ADMINISTRATOR]) as db:
        rows = activity(db.session_factory, ActivityFilter(action="restore-backup"))
        assert verify_chain(db.session_factory).ok
    assert rows[0].login == world.logins[Role.ADMINISTRATOR]
    assert rows[0].source.startswith("restore kept.sqlite3 sha256:")


def test_import_is_one_event_and_a_row_per_new_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.unit.import_files import UHRI_ROWS, write_uhri_csv

    world = build_world(str(tmp_path / "import.sqlite3"), "imp")
    file = write_uhri_csv(tmp_path / "uhri.csv")
    for _ in range(2):  # the second import changes nothing: its event only
        assert main(["--db", world.url, "import", str(file), "--json"]) == 0
    with opened_as(world, world.logins[Role.ADMINISTRATOR]) as db:
        events = activity(db.session_factory, ActivityFilter(action="import"))
        created = activity(db.session_factory, ActivityFilter(source="import uhri.csv", limit=None))
        assert verify_chain(db.session_factory).ok
    assert len(events) == 2 and events[0].source.startswith("import uhri.csv sha256:")
    records = [r for r in created if r.entity == "recommendation"]
    assert records and all(r.action == "create" and r.source == "import uhri.csv" for r in records)
    assert len(records) <= len(UHRI_ROWS)
