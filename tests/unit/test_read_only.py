"""A database nobody may write to opens for reading, says so, and refuses
writes with that reason; it is never called damaged (issue 13, item 4)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import paths
from desktop.services.backups import backup_database, restore_backup
from desktop.services.database import open_database
from desktop.services.demo import create_demo_data
from desktop.services.importing.service import import_file
from desktop.services.settings import OrganisationSettings, save_settings
from desktop.services.stats import compute_stats
from desktop.store.errors import ReadOnlyDatabaseError
from tests.unit.import_files import write_uhri_csv
from tests.unit.readonly import read_only_folder

CLI = [sys.executable, "-m", "desktop"]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(str(path), create=True)
    create_demo_data(database.session_factory)
    database.dispose()
    return path


@pytest.fixture
def shared_folder(tmp_path: Path, demo_file: Path) -> Iterator[Path]:
    """A read-only folder holding the demo database and one backup of it."""
    folder = tmp_path / "share"
    folder.mkdir()
    office = folder / "office.sqlite3"
    shutil.copy(demo_file, office)
    database = open_database(str(office))
    backup_database(database, paths.backups_dir_for(office))
    database.dispose()
    with read_only_folder(folder):
        yield folder


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=180)


def test_reading_commands_work_on_a_read_only_database(shared_folder: Path, tmp_path: Path) -> None:
    office = str(shared_folder / "office.sqlite3")
    out = tmp_path / "out"
    out.mkdir()
    for command in (
        ["check"],
        ["stats", "--json"],
        ["search", "torture"],
        ["export", str(out / "register.xlsx")],
        ["report", "status", "--out", str(out / "status.pdf")],
        ["backup", str(out / "copy.sqlite3")],
        ["backups"],
    ):
        result = _cli("--db", office, *command)
        assert result.returncode == 0, (command, result.stderr)
        assert "damaged" not in result.stderr
    assert (out / "register.xlsx").stat().st_size > 0
    assert (out / "status.pdf").read_bytes().startswith(b"%PDF")


def test_writes_are_refused_with_the_reason(shared_folder: Path, tmp_path: Path) -> None:
    database = open_database(str(shared_folder / "office.sqlite3"))
    try:
        assert database.read_only and "folder is read-only" in database.read_only_reason
        with pytest.raises(ReadOnlyDatabaseError, match="open read-only"):
            save_settings(database.session_factory, OrganisationSettings("Ministry"))
        csv = tmp_path / "upr.csv"
        write_uhri_csv(csv)
        with pytest.raises(ReadOnlyDatabaseError, match="read-only"):
            import_file(database, csv)
        # A dry run writes nothing: it runs on a copy and counts.
        summary = import_file(database, csv, dry_run=True)
        assert summary.new > 0
        assert compute_stats(database.session_factory).recommendations > 300
    finally:
        database.dispose()
    result = _cli("--db", str(shared_folder / "office.sqlite3"), "import", str(csv))
    assert result.returncode == 1 and "read-only" in result.stderr
    assert "Traceback" not in result.stderr
    result = _cli("--db", str(shared_folder / "office.sqlite3"), "import", str(csv), "--dry-run")
    assert result.returncode == 0, result.stderr


def test_restore_into_a_read_only_folder_is_refused_cleanly(shared_folder: Path) -> None:
    office = shared_folder / "office.sqlite3"
    backup = next(paths.backups_dir_for(office).glob("*.sqlite3"))
    with pytest.raises(ReadOnlyDatabaseError, match="read-only"):
        restore_backup(backup, office)
    result = _cli("--db", str(office), "restore", str(backup))
    assert result.returncode == 1
    assert result.stderr.startswith("nmrf-desk: error: ") and "Traceback" not in result.stderr


def test_an_older_read_only_database_cannot_be_upgraded_and_says_why(
    tmp_path: Path,
) -> None:
    fixtures = Path(__file__).resolve().parents[1] / "migrations" / "fixtures"
    oldest = sorted(fixtures.glob("*.sqlite3"))[0]
    folder = tmp_path / "share"
    folder.mkdir()
    shutil.copy(oldest, folder / "old.sqlite3")
    with (
        read_only_folder(folder),
        pytest.raises(ReadOnlyDatabaseError, match="must be upgraded"),
    ):
        open_database(str(folder / "old.sqlite3"))
