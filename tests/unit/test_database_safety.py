"""Never lose or refuse the register (issue 13): restore, creation, empty
files, read-only databases, private files, leftovers of killed runs."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import paths
from desktop.services.backups import backup_database, restore_backup
from desktop.services.database import open_database
from desktop.services.demo import create_demo_data
from desktop.services.leftovers import clean_leftovers, remember_output_folder
from desktop.services.stats import compute_stats
from desktop.store.errors import (
    BackupError,
    DatabaseBusyError,
    NoDatabaseError,
    NotOurDatabaseError,
)

CLI = [sys.executable, "-m", "desktop"]


def _demo(path: Path) -> Path:
    database = open_database(str(path), create=True)
    create_demo_data(database.session_factory)
    database.dispose()
    return path


def _recommendations(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return int(conn.execute("SELECT count(*) FROM recommendation").fetchone()[0])


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=180, env=env or dict(os.environ)
    )


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _demo(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


# --- 1. restore can never leave the path without a database -----------------------------


def test_restoring_a_database_onto_itself_is_refused_and_keeps_it(
    tmp_path: Path, demo_file: Path
) -> None:
    office = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, office)
    result = _cli("--db", str(office), "restore", str(office))
    assert result.returncode == 1
    assert result.stderr.startswith("nmrf-desk: error: ")
    assert "cannot be restored from itself" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.sqlite3"]
    assert _recommendations(office) == _recommendations(demo_file)


def test_refused_commands_leave_no_log_files_behind(tmp_path: Path, demo_file: Path) -> None:
    office = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, office)
    for command in (
        ["export", str(tmp_path / "x.csv"), "--mechanism", "NOPE"],
        ["report", "status", "--out", str(tmp_path / "x.txt")],
        ["restore", str(tmp_path / "nosuch.sqlite3")],
    ):
        result = _cli("--db", str(office), *command)
        assert result.returncode == 1, command
        assert sorted(p.name for p in tmp_path.iterdir()) == ["office.sqlite3"], command


def test_restore_puts_the_backup_in_place_and_keeps_the_replaced_database(
    tmp_path: Path, demo_file: Path
) -> None:
    office = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, office)
    database = open_database(str(office))
    backup = backup_database(database, tmp_path / "copies")
    # A change after the backup, left in the write-ahead log of a closed database.
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM recommendation_theme")
        connection.exec_driver_sql("DELETE FROM recommendation WHERE id > 100")
    database.dispose()
    after_change = _recommendations(office)
    kept = restore_backup(backup, office)
    assert kept is not None and kept.name.startswith("office.sqlite3.replaced-")
    assert _recommendations(office) == _recommendations(demo_file)
    assert _recommendations(kept) == after_change  # the replaced one, log folded in
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert not list(tmp_path.glob("*.partial")) and not list(tmp_path.glob(".*restoring*"))
    reopened = open_database(str(office))
    assert compute_stats(reopened.session_factory).recommendations == _recommendations(demo_file)
    reopened.dispose()


def test_restore_is_refused_while_another_program_has_the_database_open(
    tmp_path: Path, demo_file: Path
) -> None:
    office = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, office)
    backup = tmp_path / "backup.sqlite3"
    shutil.copy(demo_file, backup)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from desktop.services.database import open_database\n"
            "from desktop.services.stats import compute_stats\n"
            f"db = open_database({str(office)!r})\n"
            "compute_stats(db.session_factory)\n"
            "print('open', flush=True)\n"
            "sys.stdin.readline()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = office.read_bytes()
        with pytest.raises(DatabaseBusyError, match="another program has this database open"):
            restore_backup(backup, office)
        assert office.read_bytes() == before
        assert not list(tmp_path.glob("*.replaced-*"))
    finally:
        holder.communicate("\n", timeout=30)
    assert restore_backup(backup, office) is not None  # closed: now it may


def test_restore_killed_at_any_moment_leaves_a_sound_database(
    tmp_path: Path, demo_file: Path
) -> None:
    office = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, office)
    small = tmp_path / "small.sqlite3"
    shutil.copy(demo_file, small)
    with contextlib.closing(sqlite3.connect(small)) as conn, conn:
        conn.execute("DELETE FROM recommendation_theme")
        conn.execute("DELETE FROM recommendation WHERE id > 50")
    counts = {_recommendations(office), _recommendations(small)}
    rng = random.Random(13)
    durations = []
    for cycle in range(8):
        source = small if cycle % 2 == 0 else demo_file
        started = time.monotonic()
        process = subprocess.Popen(
            [*CLI, "--db", str(office), "restore", str(source)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.2, 1.6))
        process.kill()
        process.wait()
        durations.append(time.monotonic() - started)
        assert office.is_file(), f"cycle {cycle}: no database left"
        assert _recommendations(office) in counts, f"cycle {cycle}"
    # The next start removes what the killed restores left behind.
    open_database(str(office)).dispose()
    leftovers = [p.name for p in tmp_path.iterdir() if "partial" in p.name or "restoring" in p.name]
    assert leftovers == []


def test_restore_refuses_a_backup_of_another_program(tmp_path: Path, demo_file: Path) -> None:
    office = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, office)
    other = tmp_path / "other.sqlite3"
    with contextlib.closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE notes (x)")
    with pytest.raises(BackupError, match="not a backup of an NMRF Desk database"):
        restore_backup(other, office)
    assert _recommendations(office) == _recommendations(demo_file)


# --- 2. only creation creates; an empty file is no database ---------------------------


def test_a_zero_byte_file_is_refused_everywhere_and_the_newest_backup_named(
    tmp_path: Path, demo_file: Path
) -> None:
    office = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, office)
    database = open_database(str(office))
    backup = backup_database(database, paths.backups_dir_for(office))
    database.dispose()
    office.write_bytes(b"")  # a sync that truncated the file
    for command in (["check"], ["stats"], ["init"], ["export", str(tmp_path / "x.csv")]):
        result = _cli("--db", str(office), *command)
        assert result.returncode == 1, command
        assert "empty (0 bytes)" in result.stderr and str(backup) in result.stderr, command
        assert "Traceback" not in result.stderr
    assert office.stat().st_size == 0
    with pytest.raises(NotOurDatabaseError) as caught:
        open_database(str(office), create=True)
    assert caught.value.newest_backup == backup


def test_commands_other_than_init_do_not_create_a_database(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite3"
    for command in (
        ["check"],
        ["stats"],
        ["search", "water"],
        ["import", str(tmp_path / "nosuch.csv")],
        ["export", str(tmp_path / "x.xlsx")],
        ["report", "status", "--out", str(tmp_path / "x.pdf")],
        ["backup", str(tmp_path / "b")],
    ):
        result = _cli("--db", str(missing), *command)
        assert result.returncode == 1, command
        assert result.stderr.startswith(f"nmrf-desk: error: {missing}: there is no database here")
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    nested = tmp_path / "no" / "such" / "folder" / "db.sqlite3"
    for command in (["init"], ["demo"], ["stats"]):
        result = _cli("--db", str(nested), *command)
        assert result.returncode == 1 and "Traceback" not in result.stderr, command
    assert not (tmp_path / "no").exists()
    assert _cli("--db", str(missing), "init").returncode == 0
    assert missing.is_file()


def test_no_database_error_names_the_newest_backup(tmp_path: Path, demo_file: Path) -> None:
    office = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, office)
    database = open_database(str(office))
    backup = backup_database(database, paths.backups_dir_for(office))
    database.dispose()
    office.unlink()
    with pytest.raises(NoDatabaseError) as caught:
        open_database(str(office))
    assert caught.value.newest_backup == backup
    assert "nmrf-desk restore" in str(caught.value)


def test_a_failed_creation_leaves_no_empty_database(tmp_path: Path) -> None:
    target = tmp_path / "new.sqlite3"
    broken = tmp_path / "migrations"
    shutil.copytree(paths.alembic_dir(), broken)
    first = sorted((broken / "versions").glob("*.py"))[0]
    first.write_text(
        first.read_text(encoding="utf-8").replace(
            "def upgrade() -> None:", "def upgrade() -> None:\n    raise RuntimeError('boom')", 1
        ),
        encoding="utf-8",
    )
    with pytest.raises(Exception, match="boom"):
        open_database(str(target), create=True, script_location=broken)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["migrations"]


# --- 7. private by default -------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_database_its_log_and_backups_are_private(isolated_data_dir: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        database = open_database(None, create=True)
        path = paths.default_database_path()
        create_demo_data(database.session_factory)
        backup = backup_database(database, paths.backups_dir_for(path))
        with database.engine.connect() as connection:  # keeps -wal and -shm in place
            connection.exec_driver_sql("SELECT count(*) FROM recommendation").scalar()
            modes = {
                p.name: stat.S_IMODE(p.stat().st_mode)
                for p in (isolated_data_dir, path, paths.backups_dir_for(path), backup)
            }
            for side in ("-wal", "-shm"):
                sidecar = path.with_name(path.name + side)
                modes[sidecar.name] = stat.S_IMODE(sidecar.stat().st_mode)
        database.dispose()
    finally:
        os.umask(old_umask)
    assert modes == {
        isolated_data_dir.name: 0o700,
        path.name: 0o600,
        "backups": 0o700,
        backup.name: 0o600,
        path.name + "-wal": 0o600,
        path.name + "-shm": 0o600,
    }


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_installation_is_tightened_at_start(
    isolated_data_dir: Path, demo_file: Path
) -> None:
    path = paths.default_database_path()
    isolated_data_dir.mkdir(mode=0o755)
    isolated_data_dir.chmod(0o755)
    shutil.copy(demo_file, path)
    path.chmod(0o644)
    backups = paths.backups_dir_for(path)
    backups.mkdir(mode=0o755)
    backups.chmod(0o755)
    old_backup = backups / "nmrf-desk-20260101-000000-000000-manual.sqlite3"
    shutil.copy(demo_file, old_backup)
    old_backup.chmod(0o644)
    open_database(None).dispose()
    for item, mode in ((isolated_data_dir, 0o700), (path, 0o600), (backups, 0o700)):
        assert stat.S_IMODE(item.stat().st_mode) == mode, item
    assert stat.S_IMODE(old_backup.stat().st_mode) == 0o600


def test_a_folder_the_user_chose_keeps_its_permissions(tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    folder.chmod(0o755)
    open_database(str(folder / "office.sqlite3"), create=True).dispose()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert stat.S_IMODE((folder / "office.sqlite3").stat().st_mode) == 0o600


# --- 6. leftovers of killed runs --------------------------------------------------------


def test_leftovers_older_than_the_program_are_removed_at_start(
    tmp_path: Path, demo_file: Path
) -> None:
    office = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, office)
    backups = paths.backups_dir_for(office)
    backups.mkdir()
    reports = tmp_path / "reports"
    reports.mkdir()
    remember_output_folder(reports)
    old = time.time() - 3600
    leftovers = [
        backups / "office-20260101-000000-000000-before-import.sqlite3.partial",
        backups / "office-20260101-000000-000000-before-import.sqlite3.partial-journal",
        tmp_path / ".office.sqlite3.restoring.partial",
        reports / ".status.pdf.ab12cd34.part",
        reports / ".register.csv.0f1e2d3c.part",
    ]
    kept = [
        reports / "status.pdf",
        reports / "download.part",  # another program's
        reports / ".notes.txt.swp",
    ]
    for item in leftovers + kept:
        item.write_bytes(b"x" * 100)
        os.utime(item, (old, old))
    young = reports / ".other.pdf.99999999.part"  # being written by a program started later
    young.write_bytes(b"x")
    database = open_database(str(office))
    database.dispose()
    assert [p for p in leftovers if p.exists()] == []
    assert all(p.exists() for p in kept) and young.exists()
    assert clean_leftovers(office, older_than=time.time() + 10) == [young]


def test_exports_and_reports_remember_their_folder_for_the_cleanup(
    tmp_path: Path, demo_file: Path
) -> None:
    from desktop.services.leftovers import remembered_output_folders

    office = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, office)
    out = tmp_path / "out"
    out.mkdir()
    result = _cli("--db", str(office), "export", str(out / "register.csv"))
    assert result.returncode == 0, result.stderr
    assert out.resolve() in remembered_output_folders()


def test_two_restores_in_the_same_second_keep_both_replaced_databases(
    tmp_path: Path, demo_file: Path
) -> None:
    office = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, office)
    backup = tmp_path / "backup.sqlite3"
    shutil.copy(demo_file, backup)
    first = restore_backup(backup, office)
    second = restore_backup(backup, office)
    assert first is not None and second is not None and first != second
    assert first.is_file() and second.is_file()
    assert _recommendations(first) == _recommendations(second) == _recommendations(office)
