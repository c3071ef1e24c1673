"""Opening a database at the head never loads Alembic (issue 19: ~0.3 s of
imports at every start); the revisions read from the scripts are Alembic's own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.store import migrations, schema_revisions


def test_the_scripts_revisions_are_alembics() -> None:
    config = migrations.alembic_config()
    assert schema_revisions.head_revision() == migrations.head_revision(config)
    assert schema_revisions.known_revisions() == migrations.known_revisions(config)


def test_opening_an_up_to_date_database_does_not_load_alembic(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(db), "init"], check=True, timeout=120
    )
    probe = (
        "import sys\n"
        "from desktop.services.database import open_database\n"
        "from desktop.services.stats import compute_stats\n"
        f"db = open_database({str(db)!r})\n"
        "compute_stats(db.session_factory)\n"
        "db.dispose()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"
