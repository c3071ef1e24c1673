"""``nmrf-desk init|check|backup|restore|backups|demo``: creating, checking,
backing up and restoring the database. The same services as the GUI; imported
only when one of these commands runs."""

from __future__ import annotations

import argparse
import json


def run_init(args: argparse.Namespace) -> int:
    from desktop.services.database import opened_database

    with opened_database(args.db, create=True) as database:
        if database.created:
            print(f"created {database.display_name}")
        elif database.upgraded_from:
            print(f"upgraded {database.display_name} (backup: {database.backup})")
        else:
            print(f"{database.display_name} is up to date")
        from desktop.services.users import ensure_first_administrator

        first = ensure_first_administrator(database)
        if first:
            print(f"{first} is the first administrator of {database.display_name}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from desktop.services.database import opened_database
    from desktop.services.stats import compute_stats

    with opened_database(args.db, create=False) as database:
        stats = compute_stats(database.session_factory)
        print(f"{database.display_name}: ok")
        print(
            f"recommendations: {stats.recommendations}, agencies: {stats.agencies}, "
            f"plans: {stats.plans}, actions: {stats.actions}"
        )
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from desktop.services.backups import backup_database
    from desktop.services.database import opened_database

    with opened_database(args.db, create=False) as database:
        written = backup_database(database, args.dest)
    print(f"backup written and verified: {written}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from desktop.services.restore_audit import restore_recorded
    from desktop.store.engine import resolve_url, sqlite_path
    from desktop.store.errors import BackupError

    target = sqlite_path(resolve_url(args.db))
    if target is None:
        raise BackupError(
            "restore works on SQLite database files; restore a PostgreSQL server with pg_restore",
            where="--db",
        )
    kept = restore_recorded(args.backup, target)
    print(f"restored {args.backup} to {target}")
    if kept is not None:
        print(f"the database it replaced is kept as {kept}")
    return 0


def run_backups(args: argparse.Namespace) -> int:
    from desktop.services.backups import list_backups
    from desktop.store.engine import resolve_url, sqlite_path
    from desktop.store.errors import BackupError

    target = sqlite_path(resolve_url(args.db))
    if target is None:
        raise BackupError("backups of a PostgreSQL server are made with pg_dump", where="--db")
    found = list_backups(target)
    if args.json:
        payload = [
            {
                "path": str(b.path),
                "taken_at": b.taken_at.isoformat(),
                "reason": b.reason,
                "size": b.size,
                "counts": b.counts,
                "problem": b.problem or None,
            }
            for b in found
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    for b in found:
        when = b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        held = f"{b.counts.get('recommendation', 0)} recommendations" if b.counts else b.problem
        print(f"{when}\t{b.reason}\t{b.size / 1024 / 1024:.1f} MB\t{held}\t{b.path}")
    print(f"{len(found)} backups in {target.parent / 'backups'}")
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from desktop.services.database import opened_database
    from desktop.services.demo import create_demo_data

    with opened_database(args.db, create=True) as database:
        summary = create_demo_data(database.session_factory)
    print(
        f"demo data written to {database.display_name}: "
        + ", ".join(f"{count} {name}" for name, count in summary.items())
    )
    return 0
