"""What the audit trail and the permission check need to know about a row:
a human label ("140.12 A/HRC/59/15") and, for an agency focal point's rights,
the agencies that lead or support the work it belongs to."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, or_, select

from desktop.store.models import (
    Assignment,
    Attachment,
    Indicator,
    ProgressUpdate,
    Recommendation,
    SourceDocument,
)

LABEL_COLUMNS = ("reference", "title", "name", "login", "key", "file_name", "symbol", "code")
# Columns that move by themselves with every change: never shown as a change.
BOOKKEEPING = frozenset(
    {"id", "uuid", "created_at", "updated_at", "version", "official_digest", "search_text"}
)
ASSIGNMENT = Assignment.__table__
assert isinstance(ASSIGNMENT, Table)


def label_columns(table: Table) -> list[str]:
    if table.name == "recommendation":
        return ["reference", "source_id"]
    return [c for c in LABEL_COLUMNS if c in table.c][:1]


def label_of(
    connection: Connection, table_name: str, values: Mapping[str, Any], cache: dict[int, str]
) -> str:
    """A row's label from its values (those of :func:`label_columns`)."""
    if table_name == "recommendation":
        reference = str(values.get("reference") or "")
        source_id = values.get("source_id")
        if source_id is None:
            return reference
        if source_id not in cache:
            symbol = connection.execute(
                select(SourceDocument.symbol).where(SourceDocument.id == source_id)
            ).scalar()
            cache[source_id] = symbol or ""
        return f"{reference} {cache[source_id]}".strip()
    for name in LABEL_COLUMNS:
        value = values.get(name)
        if value:
            return str(value)
    row_id = values.get("id")
    return f"{table_name} {row_id}" if row_id is not None else table_name


_IN_LIST = 500
"""Documents read in one query."""


def labels_of(
    connection: Connection,
    table_name: str,
    rows: Sequence[Mapping[str, Any]],
    cache: dict[int, str],
) -> list[str]:
    """label_of each of ``rows``; recommendations (an import's thousands) by
    one expression, each document's symbol read once."""
    if table_name != "recommendation":
        return [label_of(connection, table_name, row, cache) for row in rows]
    named = {row.get("source_id") for row in rows}
    unread = sorted(int(i) for i in named if i is not None and i not in cache)
    for start in range(0, len(unread), _IN_LIST):
        ids = unread[start : start + _IN_LIST]
        cache.update(dict.fromkeys(ids, ""))
        found = select(SourceDocument.id, SourceDocument.symbol).where(SourceDocument.id.in_(ids))
        cache.update((int(i), s or "") for i, s in connection.execute(found))
    return [
        f"{row.get('reference') or ''} {cache[source_id]}".strip()
        if (source_id := row.get("source_id")) is not None
        else str(row.get("reference") or "")
        for row in rows
    ]


def agencies_of(connection: Connection, table_name: str, values: Mapping[str, Any]) -> set[int]:
    """The agencies leading or supporting the action or recommendation a row
    of ``table_name`` belongs to (an empty set: none, or not such a row)."""
    action_id = recommendation_id = None
    if table_name == "action":
        action_id = values.get("id")
    elif table_name == "recommendation":
        recommendation_id = values.get("id")
    elif table_name == "progress_update":
        action_id, recommendation_id = values.get("action_id"), values.get("recommendation_id")
    elif table_name == "measurement":
        found = connection.execute(
            select(Indicator.action_id, Indicator.recommendation_id).where(
                Indicator.id == values.get("indicator_id")
            )
        ).first()
        if found is not None:
            action_id, recommendation_id = found
    elif table_name == "attachment":
        update_id = values.get("progress_update_id")
        if update_id is None and values.get("id") is not None:
            update_id = connection.execute(
                select(Attachment.progress_update_id).where(Attachment.id == values["id"])
            ).scalar()
        if update_id is None:  # written with its update, whose work the guard passed on
            action_id, recommendation_id = values.get("action_id"), values.get("recommendation_id")
        found = connection.execute(
            select(ProgressUpdate.action_id, ProgressUpdate.recommendation_id).where(
                ProgressUpdate.id == update_id
            )
        ).first()
        if found is not None:
            action_id, recommendation_id = found
    return _assigned(connection, action_id, recommendation_id)


def _assigned(
    connection: Connection, action_id: int | None, recommendation_id: int | None
) -> set[int]:
    conditions = []
    if action_id is not None:
        conditions.append(ASSIGNMENT.c.action_id == action_id)
    if recommendation_id is not None:
        conditions.append(ASSIGNMENT.c.recommendation_id == recommendation_id)
        cluster = connection.execute(
            select(Recommendation.cluster_id).where(Recommendation.id == recommendation_id)
        ).scalar()
        if cluster is not None:
            conditions.append(ASSIGNMENT.c.cluster_id == cluster)
    if not conditions:
        return set()
    return set(connection.execute(select(ASSIGNMENT.c.agency_id).where(or_(*conditions))).scalars())


def changed_fields(
    old: Mapping[str, Any], new: Mapping[str, Any], names: Iterable[str]
) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for each of ``names`` whose value differs."""
    return {
        name: [old.get(name), new.get(name)]
        for name in names
        if name not in BOOKKEEPING and old.get(name) != new.get(name)
    }
