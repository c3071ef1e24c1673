"""The one place every write passes: two events on the session factory.

``before_flush`` sees each record the unit of work is about to create, change
or delete; ``do_orm_execute`` sees each INSERT, UPDATE or DELETE statement a
service runs through the session (bulk changes, the importer's batches). Both
ask :func:`permissions.require` first, and write the audit rows in the same
transaction, so a change the role may not make is refused and a change cannot
commit without its audit row. Writes made beside the session (a migration,
a restore from backup) record their own event.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Table, event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.interfaces import MANYTOONE, ONETOMANY
from sqlalchemy.sql.elements import BindParameter, ClauseElement

from desktop.services.audit_log import SOURCE, USER_KEY, Entry, plain, write_rows
from desktop.services.audit_records import (
    BOOKKEEPING,
    agencies_of,
    changed_fields,
    label_columns,
    label_of,
    labels_of,
)
from desktop.services.permissions import (
    AGENCY_FIELDS,
    AGENCY_RECORDS,
    KIND_OPERATION,
    Operation,
    PermissionDeniedError,
    Role,
    Target,
    User,
    require,
)

AUDIT_KIND = "audit_entry"
GUARDED = "_nmrf_guarded"
WORK_KEYS = ("action_id", "recommendation_id")
APPEND_ONLY = "the audit trail is append-only: no one may change or delete its rows"


def install_guard(factory: sessionmaker[Session], user: User) -> None:
    """Every session of ``factory`` checks and records its writes as ``user``'s."""
    info = factory.kw.setdefault("info", {})
    info[USER_KEY] = user
    # A flag of the factory's own, not event.contains(): the event registry keys
    # targets by id(), which a new factory may reuse from a collected one.
    if not getattr(factory, GUARDED, False):
        event.listen(factory, "before_flush", _before_flush)
        event.listen(factory, "do_orm_execute", _on_execute)
        setattr(factory, GUARDED, True)


def guarded_user(factory: sessionmaker[Session]) -> User | None:
    user = factory.kw.get("info", {}).get(USER_KEY)
    return user if isinstance(user, User) else None


def _scoped(user: User, kind: str) -> bool:
    """Whether the check needs the agencies of the row (an agency's own work)."""
    return user.role is Role.AGENCY and (kind in AGENCY_RECORDS or kind in AGENCY_FIELDS)


def _action(operation: Operation, kind: str) -> str:
    return KIND_OPERATION.get(kind, operation).value


# ---- records of the unit of work ------------------------------------------------


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    user = session.info.get(USER_KEY)
    if not isinstance(user, User):
        return
    connection = session.connection()
    cache: dict[int, str] = {}
    entries: list[Entry] = []
    for obj in list(session.new):
        entries += _object_entries(connection, user, obj, Operation.CREATE, cache)
    for obj in list(session.dirty):
        if session.is_modified(obj, include_collections=True):
            entries += _object_entries(connection, user, obj, Operation.EDIT, cache)
    for obj in list(session.deleted):
        entries += _object_entries(connection, user, obj, Operation.DELETE, cache)
    if entries:
        write_rows(connection, user.login, entries)


def _object_entries(
    connection: Connection, user: User, obj: Any, operation: Operation, cache: dict[int, str]
) -> list[Entry]:
    state = inspect(obj)
    mapper = state.mapper
    table = mapper.local_table
    assert isinstance(table, Table)
    kind = table.name
    if kind == AUDIT_KIND:
        raise PermissionDeniedError(APPEND_ONLY)
    values = {p.key: state.dict[p.key] for p in mapper.column_attrs if p.key in state.dict}
    for rel in mapper.relationships:
        related = state.dict.get(rel.key)
        if rel.direction is MANYTOONE and related is not None:
            for local, remote in rel.local_remote_pairs:
                if local.key is not None and remote.key is not None:
                    values[local.key] = getattr(related, remote.key, values.get(local.key))
            for key in WORK_KEYS:  # evidence added with its not yet written update
                if values.get(key) is None and getattr(related, key, None) is not None:
                    values[key] = getattr(related, key)
    if operation is Operation.EDIT:
        changes = _edits(connection, state, cache)
        if not changes:
            return []
        if "archived" in changes:
            operation = Operation.ARCHIVE if changes["archived"][1] else Operation.RESTORE
    else:
        changes = {
            k: ([None, plain(v)] if operation is Operation.CREATE else [plain(v), None])
            for k, v in values.items()
            if k not in BOOKKEEPING and v is not None
        }
    agencies = agencies_of(connection, kind, values) if _scoped(user, kind) else None
    require(user, operation, Target(kind, fields=set(changes), agency_ids=agencies))
    if "uuid" not in table.c:
        return []
    if operation is Operation.CREATE and values.get("uuid") is None:
        obj.uuid = values["uuid"] = uuid.uuid4()
    label = label_of(connection, kind, values, cache)
    return [Entry(_action(operation, kind), kind, values.get("uuid"), label, changes)]


def _edits(connection: Connection, state: Any, cache: dict[int, str]) -> dict[str, list[Any]]:
    changes: dict[str, list[Any]] = {}
    for prop in state.mapper.column_attrs:
        if prop.key in BOOKKEEPING:
            continue
        history = state.attrs[prop.key].history
        if not history.has_changes():
            continue
        old = plain(history.deleted[0]) if history.deleted else None
        new = plain(history.added[0]) if history.added else None
        if old != new:
            changes[prop.key] = [old, new]
    for rel in state.mapper.relationships:
        if rel.direction is ONETOMANY:
            continue  # the child records its own change
        history = state.attrs[rel.key].history
        if not history.has_changes():
            continue
        added = [_object_label(connection, o, cache) for o in history.added if o is not None]
        removed = [_object_label(connection, o, cache) for o in history.deleted if o is not None]
        if rel.uselist:
            changes[rel.key] = [removed, added]
        elif removed != added:
            changes[rel.key] = [removed[0] if removed else None, added[0] if added else None]
    return changes


def _object_label(connection: Connection, obj: Any, cache: dict[int, str]) -> str:
    state = inspect(obj)
    table = state.mapper.local_table
    values = {p.key: state.dict.get(p.key) for p in state.mapper.column_attrs}
    return label_of(connection, str(getattr(table, "name", "")), values, cache)


# ---- statements ------------------------------------------------------------------


def _on_execute(state: ORMExecuteState) -> Any:
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    user = state.session.info.get(USER_KEY)
    if not isinstance(user, User):
        return None
    statement: Any = state.statement
    table = statement.table
    kind = str(table.name)
    if kind == AUDIT_KIND:
        raise PermissionDeniedError(APPEND_ONLY)
    connection = state.session.connection()
    params = state.parameters
    many = isinstance(params, Sequence) and not isinstance(params, Mapping)
    if state.is_insert:
        return _insert(state, connection, user, table, kind, _literal_values(statement), many)
    operation = Operation.DELETE if state.is_delete else Operation.EDIT
    values = _literal_values(statement)
    if "archived" in values:
        operation = Operation.ARCHIVE if values["archived"] else Operation.RESTORE
    names = [n for n in values if n not in BOOKKEEPING]
    param_rows = cast(list[Mapping[str, Any]], list(params or ()) if many else [])
    single = cast(Mapping[str, Any], {} if many else (params or {}))
    by_key = many and statement.whereclause is None and all("id" in p for p in param_rows)
    if "uuid" not in table.c or (many and not by_key):
        require(user, operation, Target(kind, fields=set(names) or None))
        return _summarised(state, connection, user, kind, operation, params, many)
    if operation is Operation.EDIT and not names and not by_key:
        require(user, operation, Target(kind, fields=set()))
        return None  # only bookkeeping moves (a version bump): nothing to record
    rows_new: dict[Any, Mapping[str, Any]] = {}
    if by_key:
        rows_new = {p["id"]: p for p in param_rows}
        names = sorted({k for p in param_rows for k in p if k not in BOOKKEEPING})
        where = table.c.id.in_(list(rows_new))
    else:
        where = statement.whereclause
    columns = ["id", "uuid", *label_columns(table), *[n for n in names if n in table.c]]
    # A deleted row with no name of its own (an agency assignment) says what it
    # was: the history of the record it belonged to finds it by these fields.
    said = (
        [c.name for c in table.c if c.name not in BOOKKEEPING]
        if operation is Operation.DELETE and not label_columns(table)
        else []
    )
    query = select(*[table.c[c] for c in dict.fromkeys([*columns, *said])])
    if where is not None:
        query = query.where(where)
    old_rows = [dict(r._mapping) for r in connection.execute(query, dict(single))]
    _check_rows(connection, user, kind, operation, names, old_rows)
    result = state.invoke_statement()
    cache: dict[int, str] = {}
    entries = []
    for old in old_rows:
        label = label_of(connection, kind, old, cache)
        if operation is Operation.DELETE:
            was = {n: [plain(old[n]), None] for n in said if old[n] is not None}
            entries.append(Entry(_action(operation, kind), kind, old["uuid"], label, was or None))
            continue
        new: Mapping[str, Any] = rows_new[old["id"]] if by_key else values
        changes = changed_fields(
            {n: plain(old.get(n)) for n in names}, {n: plain(new.get(n)) for n in names}, names
        )
        if changes:
            entries.append(Entry(_action(operation, kind), kind, old["uuid"], label, changes))
    if entries:
        write_rows(connection, user.login, entries)
    return result


def _check_rows(
    connection: Connection,
    user: User,
    kind: str,
    operation: Operation,
    names: list[str],
    rows: list[dict[str, Any]],
) -> None:
    if not _scoped(user, kind):
        require(user, operation, Target(kind, fields=set(names)))
        return
    for row in rows:
        agencies = agencies_of(connection, kind, row)
        require(user, operation, Target(kind, fields=set(names), agency_ids=agencies))


def _insert(
    state: ORMExecuteState,
    connection: Connection,
    user: User,
    table: Table,
    kind: str,
    values: dict[str, Any],
    many: bool,
) -> Any:
    params = state.parameters
    rows: list[dict[str, Any]] = (
        [r for r in params if isinstance(r, dict)]  # type: ignore[union-attr]
        if many
        else [{**values, **(params or {})}]  # type: ignore[dict-item]
    )
    if "uuid" not in table.c:
        require(user, Operation.CREATE, Target(kind))
        return _summarised(state, connection, user, kind, Operation.CREATE, params, many)
    if many:
        for row in rows:
            if "uuid" not in row:
                row["uuid"] = uuid.uuid4()
    for row in rows if _scoped(user, kind) else rows[:1]:
        agencies = agencies_of(connection, kind, row) if _scoped(user, kind) else None
        require(user, Operation.CREATE, Target(kind, agency_ids=agencies))
    result = state.invoke_statement()
    cache: dict[int, str] = {}
    action = _action(Operation.CREATE, kind)
    if label_columns(table):
        entries = [
            Entry(action, kind, row.get("uuid"), label_of(connection, kind, row, cache))
            for row in rows
        ]
    else:  # rows with no name of their own (assignments): the kind, and their fields
        entries = [Entry(action, kind, row.get("uuid"), kind, created_fields(row)) for row in rows]
    write_rows(connection, user.login, entries)
    return result


def audit_inserts(session: Session, table: Table, rows: Sequence[Any]) -> None:
    """Check and record an INSERT of ``rows`` that the caller runs on the
    session's connection beside its execute (a driver-level executemany), as
    :func:`_on_execute` does for one run through it; call it before the insert.
    Rows of a table with UUIDs are mappings holding theirs; of others, anything
    (only their number is recorded)."""
    user = session.info.get(USER_KEY)
    if not isinstance(user, User) or not rows:
        return
    kind = str(table.name)
    if kind == AUDIT_KIND:
        raise PermissionDeniedError(APPEND_ONLY)
    connection = session.connection()
    action = _action(Operation.CREATE, kind)
    if "uuid" not in table.c:
        require(user, Operation.CREATE, Target(kind))
        if not SOURCE.get().startswith("import "):
            write_rows(connection, user.login, [Entry(action, kind, None, f"{len(rows)} rows")])
        return
    scoped = _scoped(user, kind)
    for row in rows if scoped else rows[:1]:
        agencies = agencies_of(connection, kind, row) if scoped else None
        require(user, Operation.CREATE, Target(kind, agency_ids=agencies))
    cache: dict[int, str] = {}
    if label_columns(table):
        labels = labels_of(connection, kind, rows, cache)
        entries = [
            Entry(action, kind, row["uuid"], label) for row, label in zip(rows, labels, strict=True)
        ]
    else:
        entries = [Entry(action, kind, row["uuid"], kind, created_fields(row)) for row in rows]
    write_rows(connection, user.login, entries)


def created_fields(row: Mapping[str, Any]) -> dict[str, list[Any]]:
    """``{field: [None, value]}`` for each field a new row sets, as a record
    created through the unit of work records it: a row without a name of its
    own (an agency assignment) says by these what it assigned to whom."""
    return {k: [None, plain(v)] for k, v in row.items() if k not in BOOKKEEPING and v is not None}


def _summarised(
    state: ORMExecuteState,
    connection: Connection,
    user: User,
    kind: str,
    operation: Operation,
    params: Any,
    many: bool,
) -> Any:
    """Rows without a UUID of their own (links between records), or changed
    by a statement whose rows cannot be listed beforehand: one entry saying how many."""
    result = state.invoke_statement()
    if SOURCE.get().startswith("import "):
        return result  # an import records its own event and each record it created
    count = len(params) if many else int(getattr(result, "rowcount", 0) or 0)
    if count > 0:
        label = f"{count} rows"
        write_rows(connection, user.login, [Entry(_action(operation, kind), kind, None, label)])
    return result


def _literal_values(statement: Any) -> dict[str, Any]:
    """The plain values an INSERT or UPDATE statement sets (SQL expressions such
    as ``version + 1`` are left out)."""
    found: dict[str, Any] = {}
    for key, value in (getattr(statement, "_values", None) or {}).items():
        name = getattr(key, "key", None) or str(key)
        if isinstance(value, BindParameter):
            found[name] = value.value
        elif not isinstance(value, ClauseElement):
            found[name] = value
    return found
