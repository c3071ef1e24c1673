"""The headless command line: each command and its error exits."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_the_help_lists_the_commands_imported_when_they_run() -> None:
    """forms, users and audit have their parsers in modules of their own, read
    only when one of them runs; the help lists them all the same."""
    from desktop.cli import LAZY_COMMANDS, build_parser

    light, full = build_parser(["stats"]).format_help(), build_parser(None).format_help()
    assert light == full
    for name, help_line in LAZY_COMMANDS.items():
        assert f"{name}  " in full and help_line in full
    with pytest.raises(SystemExit):
        build_parser(["users"]).parse_args(["users"])  # the full parser: an ACTION is needed


def test_init_check_stats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "db.sqlite3")
    code, out, _ = run(capsys, "--db", db, "init")
    assert code == 0 and "created" in out
    code, out, _ = run(capsys, "--db", db, "init")
    assert code == 0 and "up to date" in out
    code, out, _ = run(capsys, "--db", db, "check")
    assert code == 0 and "ok" in out
    code, out, _ = run(capsys, "--db", db, "stats", "--json")
    assert code == 0
    stats = json.loads(out)
    assert stats["recommendations"] == 0
    assert set(stats) >= {
        "recommendations",
        "by_response",
        "by_mechanism",
        "by_status",
        "agencies",
        "plans",
        "actions",
    }
    assert set(stats["by_response"]) >= {"supported", "supported_in_part", "noted"}
    assert stats["overdue_actions"] == 0
    assert stats["upcoming_deadlines"] == [] and stats["mechanisms"] == {}


def test_stats_follow_up_figures_as_on_a_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date

    from desktop.services.dashboard import load_dashboard
    from desktop.services.database import open_database

    db = str(tmp_path / "demo.sqlite3")
    run(capsys, "--db", db, "demo")
    code, out, _ = run(capsys, "--db", db, "stats", "--json", "--today", "2026-01-15")
    assert code == 0
    stats = json.loads(out)
    database = open_database(db, create=False)
    try:
        dash = load_dashboard(database.session_factory, date(2026, 1, 15), kinds=())
    finally:
        database.dispose()
    assert stats["overdue_actions"] == dash.overdue_actions > 0
    assert stats["upcoming_deadlines"] == [
        {
            "mechanism": d.mechanism,
            "kind": d.report_kind.value,
            "title": d.title,
            "due_date": d.due_date.isoformat(),
            "state": d.state.value,
        }
        for d in dash.deadlines
    ]
    mechanisms = stats["mechanisms"]
    assert sum(m["recommendations"] for m in mechanisms.values()) == stats["recommendations"]
    for code_, figures in mechanisms.items():
        assert figures["recommendations"] == stats["by_mechanism"][code_]
        assert sum(figures["by_status"].values()) == figures["recommendations"]
    code, out, _ = run(capsys, "--db", db, "stats", "--today", "2026-01-15")
    assert code == 0 and f"overdue actions on 2026-01-15: {dash.overdue_actions}" in out
    with pytest.raises(SystemExit) as caught:
        main(["--db", db, "stats", "--today", "15/01/2026"])
    assert caught.value.code == 2


def test_check_on_missing_database_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "absent.sqlite3"), "check")
    assert code == 1
    assert "absent.sqlite3" in err and "no database" in err


def test_stats_on_a_non_database_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "report.docx"
    bogus.write_bytes(b"\x00\x01garbage" * 100)
    code, out, err = run(capsys, "--db", str(bogus), "stats", "--json")
    assert code == 1 and out == ""
    assert "not an NMRF Desk database" in err


def test_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "db.sqlite3")
    run(capsys, "--db", db, "init")
    dest = tmp_path / "backup.sqlite3"
    code, out, _ = run(capsys, "--db", db, "backup", str(dest))
    assert code == 0 and dest.is_file() and "verified" in out
    code, out, _ = run(capsys, "--db", db, "restore", str(dest))
    assert code == 0 and "restored" in out
    code, _, _ = run(capsys, "--db", db, "check")
    assert code == 0


def test_backup_of_missing_database_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "none.sqlite3"), "backup", str(tmp_path))
    assert code == 1 and "error" in err


def test_restore_of_garbage_fails_and_keeps_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "db.sqlite3")
    run(capsys, "--db", db, "init")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"nonsense")
    code, _, err = run(capsys, "--db", db, "restore", str(garbage))
    assert code == 1 and "not a database backup" in err
    assert run(capsys, "--db", db, "check")[0] == 0


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["frobnicate"])
    assert caught.value.code == 2


def test_python_dash_m_desktop_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(tmp_path / "x.sqlite3"), "init"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "created" in result.stdout


def test_demo_fills_a_new_database_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite3")
    code, out, _ = run(capsys, "--db", db, "demo")
    assert code == 0 and "recommendations" in out
    code, out, _ = run(capsys, "--db", db, "stats", "--json")
    assert json.loads(out)["recommendations"] > 300
    code, _, err = run(capsys, "--db", db, "demo")
    assert code == 1 and "already holds recommendations" in err


@pytest.mark.postgres
def test_the_same_commands_run_on_postgresql(
    pg_server: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.pg_server import PgServer

    assert isinstance(pg_server, PgServer)
    url = pg_server.create_database().replace("postgresql+psycopg://", "postgresql://")
    code, out, err = run(capsys, "--db", url, "demo")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", url, "stats", "--json")
    assert code == 0 and json.loads(out)["recommendations"] > 300
    dump = tmp_path / "office.dump"
    code, out, err = run(capsys, "--db", url, "backup", str(dump))
    if shutil.which("pg_dump"):
        # The server's own tool writes the backup: a pg_dump custom-format archive.
        assert code == 0, err
        assert dump.read_bytes().startswith(b"PGDMP") and str(dump) in out
        assert not list(tmp_path.glob("*.partial"))
    else:
        assert code == 1 and "pg_dump" in err and not dump.exists()


def test_search_prints_references_and_total(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "demo.sqlite3")
    run(capsys, "--db", db, "demo")
    code, out, _ = run(capsys, "--db", db, "search", "预算", "--json")
    assert code == 0
    payload = json.loads(out)
    assert payload["total"] == len(payload["references"]) >= 1
    code, out, _ = run(capsys, "--db", db, "search", "torture", "--limit", "2", "--json")
    payload = json.loads(out)
    assert len(payload["references"]) == 2 and payload["total"] > 2
