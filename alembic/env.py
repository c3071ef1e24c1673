"""Alembic environment. The program runs it from code (desktop.store.migrations),
handing over an open connection inside a transaction; the ``alembic`` command
line works too, with ``-x db=PATH|URL``."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from alembic import context
from desktop.store import migrations
from desktop.store.base import UTCDateTime
from desktop.store.models import Base

config = context.config
target_metadata = Base.metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Render our column types as plain SQLAlchemy ones, so that migrations do
    not import the application's code (which will change after them)."""
    if type_ == "type":
        if isinstance(obj, UTCDateTime):
            return "sa.DateTime()"
        if isinstance(obj, sa.Enum):
            return f"sa.String(length={obj.length})"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=render_item,
        include_name=migrations.include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from desktop.store.engine import make_engine, resolve_url

    engine = make_engine(resolve_url(context.get_x_argument(as_dictionary=True).get("db")))
    with engine.connect() as connection, connection.begin():
        _run(connection)


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported")
run_migrations_online()
