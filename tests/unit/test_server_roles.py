"""On PostgreSQL the server enforces the roles itself: direct SQL by a reader
or an agency login, past the program, is refused (or, for another agency's
rows, finds nothing to change), and no group may change the audit trail."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy.engine import make_url

from desktop.services.permissions import Role
from desktop.services.server_roles import GROUPS
from tests.unit.audit_world import World, build_world

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def world(pg_server) -> World:  # type: ignore[no-untyped-def]
    return build_world(pg_server.create_database(), "srv")


def _connect(world: World, login: str) -> psycopg.Connection:
    url = make_url(world.url)
    return psycopg.connect(
        host=url.host, port=url.port, user=login, dbname=url.database, autocommit=True
    )


@pytest.fixture
def reader(world: World) -> Iterator[psycopg.Connection]:
    with _connect(world, world.logins[Role.READER]) as conn:
        yield conn


@pytest.fixture
def agency(world: World) -> Iterator[psycopg.Connection]:
    with _connect(world, world.logins[Role.AGENCY]) as conn:
        yield conn


def test_reader_direct_update_is_refused_by_the_server(reader: psycopg.Connection) -> None:
    assert reader.execute("SELECT count(*) FROM recommendation").fetchone()[0] > 0  # type: ignore[index]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        reader.execute("UPDATE recommendation SET status = 'fully_implemented'")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        reader.execute("DELETE FROM action")


def test_agency_login_is_held_to_its_agency(world: World, agency: psycopg.Connection) -> None:
    own = agency.execute(
        "UPDATE action SET status = 'ongoing' WHERE id = %s", (world.own_action,)
    ).rowcount
    other = agency.execute(
        "UPDATE action SET status = 'ongoing' WHERE id = %s", (world.other_action,)
    ).rowcount
    assert (own, other) == (1, 0)  # row-level security hides the other agency's action
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        agency.execute("UPDATE action SET title = 'x' WHERE id = %s", (world.own_action,))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        agency.execute("UPDATE agency SET name = 'x'")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # row-level security's check
        agency.execute(
            "INSERT INTO progress_update (uuid, created_at, updated_at, version, action_id,"
            " reported_on, narrative) VALUES (gen_random_uuid(), now(), now(), 1, %s,"
            " current_date, 'not ours')",
            (world.other_action,),
        )


def test_no_group_may_change_the_audit_trail(world: World, agency: psycopg.Connection) -> None:
    for group in GROUPS.values():
        row = agency.execute(
            "SELECT has_table_privilege(%s, 'audit_entry', 'UPDATE'),"
            " has_table_privilege(%s, 'audit_entry', 'DELETE'),"
            " has_table_privilege(%s, 'audit_entry', 'INSERT')",
            (group, group, group),
        ).fetchone()
        assert row == (False, False, True), group
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        agency.execute("DELETE FROM audit_entry")


def test_cli_init_and_users_add_create_the_login(
    pg_server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    import io
    import json

    from desktop.cli import main

    url = pg_server.create_database()
    assert main(["--db", url, "init"]) == 0
    assert "postgres is the first administrator" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-Passw0rd\n"))
    assert (
        main(["--db", url, "users", "add", "srv_newcomer", "--role", "editor", "--password-stdin"])
        == 0
    )
    assert "server login created" in capsys.readouterr().out
    assert main(["--db", url, "users", "set-role", "srv_newcomer", "--role", "reader"]) == 0
    parsed = make_url(url)
    with psycopg.connect(
        host=parsed.host, port=parsed.port, user="postgres", dbname=parsed.database
    ) as conn:
        stored = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = 'srv_newcomer'"
        ).fetchone()
        groups = conn.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
            " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'srv_newcomer'"
        ).fetchall()
    assert stored is not None and str(stored[0]).startswith("SCRAM-SHA-256$")
    assert groups == [("nmrf_reader",)]
    capsys.readouterr()
    assert main(["--db", url, "users", "list", "--json"]) == 0
    listed = {u["login"]: u["role"] for u in json.loads(capsys.readouterr().out)}
    assert listed == {"postgres": "administrator", "srv_newcomer": "reader"}
    assert main(["--db", url, "users", "remove", "postgres"]) == 1
    assert "without an administrator" in capsys.readouterr().err
