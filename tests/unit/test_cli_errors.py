"""One error format on the command line (issue 13, item 8): every failure is
``nmrf-desk: error: <where>: <what>``, status 1 (2 for usage), no traceback, no
library internals, and nothing at all on a closed pipe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.readonly import read_only_folder

CLI = [sys.executable, "-m", "desktop"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=180)


def _plain_error(result: subprocess.CompletedProcess[str], where: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith(f"nmrf-desk: error: {where}"), result.stderr
    for internal in ("Traceback", "sqlalche.me", "Background on this error", "(sqlite3."):
        assert internal not in result.stderr, result.stderr


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert _cli("--db", str(path), "demo").returncode == 0
    return path


def test_a_database_under_a_file_is_a_plain_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    _plain_error(_cli("--db", str(not_a_folder / "db.sqlite3"), "init"), str(tmp_path))


def test_a_database_in_a_read_only_folder_cannot_be_created(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    with read_only_folder(folder):
        result = _cli("--db", str(folder / "new.sqlite3"), "init")
    _plain_error(result, str(folder / "new.sqlite3"))
    assert "cannot be created here" in result.stderr


def test_unsupported_database_urls_are_refused() -> None:
    result = _cli("--db", "mysql://user@localhost/nmrf", "stats")
    _plain_error(result, "--db: 'mysql' databases are not supported")


def test_an_unreachable_server_is_reported_without_library_text() -> None:
    result = _cli("--db", "postgresql://nobody@127.0.0.1:1/nmrf", "stats")
    _plain_error(result, "postgresql+psycopg://nobody@127.0.0.1:1/nmrf")
    assert "cannot connect" in result.stderr


def test_a_closed_pipe_is_quiet(demo_db: Path) -> None:
    command = " ".join([*CLI, "--db", str(demo_db), "search", "the", "--limit", "5000"])
    result = subprocess.run(
        f"{command} | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "PYTHONUNBUFFERED": "0"},
    )
    assert result.stdout.count("\n") == 1
    assert result.stderr == ""


def test_import_of_a_missing_file_names_it(demo_db: Path, tmp_path: Path) -> None:
    result = _cli("--db", str(demo_db), "import", str(tmp_path / "nosuch.csv"))
    _plain_error(result, "nosuch.csv: the file does not exist")


def test_an_unknown_mechanism_is_refused_by_export_as_by_report(
    demo_db: Path, tmp_path: Path
) -> None:
    result = _cli("--db", str(demo_db), "export", str(tmp_path / "x.csv"), "--mechanism", "NOPE")
    _plain_error(result, "mechanism: no mechanism is named 'NOPE'; there are: ")
    assert not (tmp_path / "x.csv").exists()
    ok = _cli("--db", str(demo_db), "export", str(tmp_path / "x.csv"), "--mechanism", "cedaw")
    assert ok.returncode == 0 and ok.stdout.startswith("exported ")


def test_a_report_must_be_named_pdf(demo_db: Path, tmp_path: Path) -> None:
    result = _cli("--db", str(demo_db), "report", "status", "--out", str(tmp_path / "x.txt"))
    _plain_error(result, str(tmp_path / "x.txt"))
    assert ".pdf" in result.stderr and not (tmp_path / "x.txt").exists()


def test_a_mistyped_command_is_a_usage_error() -> None:
    result = _cli("stast")
    assert result.returncode == 2 and "Traceback" not in result.stderr
