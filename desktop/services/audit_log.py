"""Writing the audit trail: one row per thing done, in the transaction that
does it, chained on SQLite by a SHA-256 over each row and the one before.

Where a change comes from (the window, the command line, the import of a
file) is a context value the front end sets (:func:`audit_source`); the user
is the one the session guard was installed with (audit_guard.py).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple, cast

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.permissions import Operation, Target, User, require
from desktop.store.audit import AuditEntry
from desktop.store.base import utcnow

USER_KEY = "nmrf_user"
"""Session.info key of the :class:`User` the session writes for."""
SOURCE: ContextVar[str] = ContextVar("nmrf_audit_source", default="gui")
GENESIS = "0" * 64
NUL = "\x00"
DIGEST_MARK = " sha256:"
# Events that change the database: the user's role must allow them.
CHECKED_EVENTS = frozenset({"bulk", "import", "restore-backup", "settings", "users"})
AUDIT_TABLE = cast(Table, AuditEntry.__table__)


@contextmanager
def audit_source(source: str) -> Iterator[None]:
    """Changes made inside the ``with`` block are recorded as coming from ``source``."""
    token = SOURCE.set(source)
    try:
        yield
    finally:
        SOURCE.reset(token)


def file_source(path: Path, verb: str = "import") -> str:
    """``import NAME sha256:HEX``: where an import's changes come from."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return f"{verb} {path.name}{DIGEST_MARK}{digest.hexdigest()}"


def os_login() -> str:
    """The operating-system login of the person running the program."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment nor the password database
        try:
            return os.getlogin()
        except OSError:
            return "unknown"


class Entry(NamedTuple):
    """One audit row to write (a tuple: bulk changes make ten thousand)."""

    action: str
    entity: str
    record_uuid: uuid.UUID | str | None = None
    """The record's UUID, or its 32 hex digits (rows an import inserts)."""
    label: str = ""
    changes: dict[str, Any] | None = None


_JSON_SCALARS = frozenset({bool, int, float, str})


def plain(value: Any) -> Any:
    """A value as JSON holds it (dates ISO, decimals and UUIDs as text)."""
    if value is None or type(value) in _JSON_SCALARS:  # most values: one set lookup
        return value
    if isinstance(value, (bool, int, float, str)):  # their subclasses (str and int enums)
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date | Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    return str(value)


_CHANGES_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=plain)
"""What json.dumps would make anew for each entry, made once (a bulk change
writes an entry per record)."""


def session_login(session: Session) -> str:
    user = session.info.get(USER_KEY)
    return user.login if isinstance(user, User) else os_login()


def write_entries(session: Session, entries: Sequence[Entry], *, full_source: bool = False) -> None:
    """Insert ``entries`` in the session's transaction, by its user and source."""
    if entries:
        write_rows(session.connection(), session_login(session), entries, full_source=full_source)


def write_rows(
    connection: Connection, login: str, entries: Sequence[Entry], *, full_source: bool = False
) -> None:
    """Insert ``entries``. The rows of each record an import touches name the
    file; its event row (``full_source``) also carries the file's SHA-256."""
    source = SOURCE.get()
    if not full_source:
        source = source.partition(DIGEST_MARK)[0]
    source, login = source[:400], login[:200]
    at = utcnow()
    if connection.dialect.name != "sqlite":
        connection.execute(
            insert(AUDIT_TABLE),
            [
                {
                    "at": at,
                    "login": login,
                    "source": source,
                    "action": e.action,
                    "entity": e.entity,
                    "record_uuid": uuid.UUID(hex=e.record_uuid)
                    if isinstance(e.record_uuid, str)
                    else e.record_uuid,
                    "label": e.label[:400],
                    "changes": _changes_text(e.changes),
                    "hash": None,
                }
                for e in entries
            ],
        )
        return
    # SQLite: each row chained to the one before; the values as SQLAlchemy
    # stores them (DATETIME text, UUID as 32 hex digits) go straight to the
    # driver, as a bulk change of 10,000 records writes 10,000 rows.
    stamp = at_text(at)
    previous = last_hash(connection)
    rows = []
    sha256, encode = hashlib.sha256, _CHANGES_JSON.encode
    # (_chain_text's text, built here: a bulk change or an import writes tens
    # of thousands of rows, and the call was a fifth of their time)
    common = f"\x1f{stamp}\x1f{login}\x1f{source}\x1f"
    for action, entity, record_uuid, label, changes in entries:
        if record_uuid is None:
            record = None
        elif isinstance(record_uuid, str):  # as SQLite stores it, however it was spelt
            record = record_uuid if len(record_uuid) == 32 else uuid.UUID(record_uuid).hex
        else:
            record = record_uuid.hex
        label = label[:400]
        changed = None if changes is None else encode(changes)
        text = (
            f"{previous}{common}{action}\x1f{entity}\x1f{NUL if record is None else record}"
            f"\x1f{label}\x1f{NUL if changed is None else changed}"
        )
        previous = sha256(text.encode("utf-8")).hexdigest()
        rows.append((stamp, login, source, action, entity, record, label, changed, previous))
    connection.exec_driver_sql(_SQLITE_INSERT, rows)


def _changes_text(changes: dict[str, Any] | None) -> str | None:
    if changes is None:
        return None
    return _CHANGES_JSON.encode(changes)


_COLUMNS = ("at", "login", "source", "action", "entity", "record_uuid", "label", "changes", "hash")
_SQLITE_INSERT = (
    f"INSERT INTO audit_entry ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
)


def _chain_text(
    previous: str,
    at: str,
    login: str,
    source: str,
    action: str,
    entity: str,
    record: str | None,
    label: str,
    changes: str | None,
) -> str:
    """What a row's hash covers: the fields joined by the unit separator
    (which no field holds), None as NUL. write_rows builds the same text inline."""
    return (
        f"{previous}\x1f{at}\x1f{login}\x1f{source}\x1f{action}\x1f{entity}"
        f"\x1f{NUL if record is None else record}\x1f{label}"
        f"\x1f{NUL if changes is None else changes}"
    )


def last_hash(connection: Connection) -> str:
    found = connection.execute(
        select(AUDIT_TABLE.c.hash).order_by(AUDIT_TABLE.c.id.desc()).limit(1)
    ).scalar()
    return found or GENESIS


def row_hash(previous: str, row: dict[str, Any]) -> str:
    """SHA-256 over the previous row's hash and this row's content."""
    return chain_hash(previous, at_text(row["at"]), row)


def at_text(at: datetime) -> str:
    """A row's time as hashed: naive UTC, ISO with a space."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


def chain_hash(previous: str, at: str, row: dict[str, Any]) -> str:
    record = row["record_uuid"]
    text = _chain_text(
        previous,
        at,
        row["login"],
        row["source"],
        row["action"],
        row["entity"],
        None if record is None else record.hex,
        row["label"],
        row["changes"],
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_event(
    session: Session,
    action: str,
    entity: str = "",
    *,
    record_uuid: uuid.UUID | None = None,
    label: str = "",
    changes: dict[str, Any] | None = None,
) -> None:
    """One audit row for something done outside the ORM's unit of work (an
    import, a bulk change, an export, a report, a restore), refused when the
    session's user may not do ``action``."""
    user = session.info.get(USER_KEY)
    if isinstance(user, User) and action in CHECKED_EVENTS:
        require(user, Operation(action), Target(entity))
    write_entries(session, [Entry(action, entity, record_uuid, label, changes)], full_source=True)


def record_done(
    factory: sessionmaker[Session],
    action: str,
    entity: str = "",
    *,
    label: str = "",
    changes: dict[str, Any] | None = None,
) -> None:
    """One audit row, in a transaction of its own, for something done that
    wrote no record (an export, a report). A database open read-only keeps none."""
    from desktop.store.errors import ReadOnlyDatabaseError

    try:
        with factory.begin() as session:
            record_event(session, action, entity, label=label, changes=changes)
    except ReadOnlyDatabaseError:
        pass
