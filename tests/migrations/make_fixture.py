"""Store a database of the current (released) schema, filled with the demo
data, as tests/migrations/fixtures/schema-<revision>.sqlite3.

Run once per released schema: ``python -m tests.migrations.make_fixture``.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from desktop.services.database import open_database
from desktop.services.demo import create_demo_data
from desktop.store import migrations

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def main() -> None:
    head = migrations.head_revision(migrations.alembic_config())
    target = FIXTURES / f"schema-{head}.sqlite3"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "fixture.sqlite3"
        database = open_database(str(work), create=True)
        create_demo_data(database.session_factory)
        database.dispose()
        target.unlink(missing_ok=True)
        conn = sqlite3.connect(work)
        conn.execute(f"VACUUM INTO '{target}'")
        conn.close()
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
