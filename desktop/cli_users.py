"""``nmrf-desk users`` (who may do what) and ``nmrf-desk audit`` (what was
done, and whether the trail is intact). The same services as the GUI."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

ROLES = ["administrator", "editor", "agency", "reader"]


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_users_parsers(commands: Any) -> None:
    users = commands.add_parser("users", help="the users of the database and their roles")
    actions = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the users")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add = actions.add_parser("add", help="add a user (on PostgreSQL: grant the login its group)")
    add.add_argument("login", help="the OS login (SQLite) or the server login (PostgreSQL)")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--agency", metavar="NAME", help="the agency of a focal point (role agency)")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="PostgreSQL: create the login with the password read from standard input",
    )
    set_role = actions.add_parser("set-role", help="change a user's role")
    set_role.add_argument("login")
    set_role.add_argument("--role", choices=ROLES, required=True)
    set_role.add_argument("--agency", metavar="NAME")
    remove = actions.add_parser("remove", help="take a user off (they may then only read)")
    remove.add_argument("login")

    audit = commands.add_parser("audit", help="what was done, by whom, when (the audit trail)")
    audit.add_argument("--since", type=_iso_date, metavar="YYYY-MM-DD")
    audit.add_argument("--user", metavar="LOGIN")
    audit.add_argument("--record", metavar="REF|UUID", help="one record's history")
    audit.add_argument("--limit", type=int, default=200, help="how many to list (default 200)")
    audit.add_argument("--json", action="store_true", help="print JSON")
    audit.add_argument(
        "--verify", action="store_true", help="check the hash chain (SQLite): no row changed"
    )


def run_users(args: argparse.Namespace) -> int:
    from desktop.services.database import opened_database
    from desktop.services.permissions import Role
    from desktop.services.users import add_user, list_users, remove_user, set_role

    with opened_database(args.db, create=False) as database:
        command = args.users_command
        if command == "list":
            rows = list_users(database.session_factory)
            if args.json:
                print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
                return 0
            for r in rows:
                agency = f"\t{r.agency}" if r.agency else ""
                active = "" if r.active else "\t(inactive)"
                print(f"{r.login}\t{r.role.value}{agency}{active}")
            print(f"{len(rows)} users")
        elif command == "add":
            password = _read_password() if args.password_stdin else None
            created = add_user(
                database, args.login, Role(args.role), args.agency, password=password
            )
            made = " (server login created)" if created else ""
            print(f"added {args.login} as {args.role}{made}")
        elif command == "set-role":
            set_role(database, args.login, Role(args.role), args.agency)
            print(f"{args.login} is now {args.role}")
        else:
            remove_user(database, args.login)
            print(f"removed {args.login}")
    return 0


def _read_password() -> str:
    from desktop.domain.errors import ValidationError

    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise ValidationError("no password on standard input", where="--password-stdin")
    return password


def run_audit(args: argparse.Namespace) -> int:
    from desktop.services.audit import ActivityFilter, activity, find_record_uuid, verify_chain
    from desktop.services.database import opened_database

    with opened_database(args.db, create=False) as database:
        factory = database.session_factory
        if args.verify:
            return _verify(database.url.get_backend_name(), verify_chain(factory))
        record = find_record_uuid(factory, args.record) if args.record else None
        rows = activity(
            factory,
            ActivityFilter(since=args.since, login=args.user, record_uuid=record, limit=args.limit),
            newest_first=record is None,
        )
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        when = r.at.strftime("%Y-%m-%d %H:%M:%S")
        print(f"{when}\t{r.login}\t{r.source}\t{r.action}\t{r.entity}\t{r.label}")
        for name, change in (r.changes or {}).items():
            if isinstance(change, list) and len(change) == 2 and r.action != "create":
                print(f"\t\t{name}: {change[0]!r} → {change[1]!r}")
    print(f"{len(rows)} entries")
    return 0


def _verify(backend: str, check: Any) -> int:
    if not check.ok:
        print(f"nmrf-desk: error: the audit trail is broken at {check.reason}", file=sys.stderr)
        return 1
    if backend != "sqlite":
        print(
            "the server keeps the audit trail append-only (no role may change or delete"
            f" its rows); {check.checked} chained rows check out"
        )
        return 0
    print(f"the audit trail is intact: {check.checked} rows, each chained to the one before")
    return 0
