"""Several files imported at once (import_files): one transaction and one
backup for all, a summary per file, a file seeing the rows of the files
before it, each file's changes recorded as coming from it; a refused file,
a cancel or a dry run leave the database as it was; read here or by one
reader process for all, the result is the same."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import ImportFileError
from desktop.services.database import Database, open_database
from desktop.services.importing import reader_process
from desktop.services.importing.service import ImportCancelled, import_file, import_files
from desktop.services.search import search_recommendations
from desktop.store.audit import AuditEntry
from desktop.store.models import Recommendation
from tests.unit.import_files import UPR_INFO_LINES, upr_info_bytes

GAMBIA = (
    "Gambia,Africa,AU,Adopt a law on the rights of the child,Ghana,Africa,AU,Accepted,4,"
    "Rights of the Child,3"
)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, create=True)
    yield database
    database.dispose()


@pytest.fixture
def two_files(tmp_path: Path) -> list[Path]:
    """Two UPR Info exports sharing one recommendation (the first's second row)."""
    first = tmp_path / "sessions-1-2.csv"
    first.write_bytes(upr_info_bytes(UPR_INFO_LINES[:2]))
    second = tmp_path / "sessions-3-4.csv"
    second.write_bytes(upr_info_bytes([UPR_INFO_LINES[1], UPR_INFO_LINES[3], GAMBIA]))
    return [first, second]


def _stored(database: Database) -> list[tuple[Any, ...]]:
    with database.session_factory() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(
                    Recommendation.text,
                    Recommendation.search_text,
                    Recommendation.official_digest,
                    Recommendation.source_id,
                ).order_by(Recommendation.id)
            )
        ]


def _audit_count(database: Database) -> int:
    with database.session_factory() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_files_import_in_one_go_each_with_its_summary(db: Database, two_files: list[Path]) -> None:
    first, second = import_files(db, two_files)
    assert (first.file, first.new, first.unchanged) == ("sessions-1-2.csv", 2, 0)
    # The second file's copy of a row of the first is matched, not added again.
    assert (second.file, second.rows_read, second.new, second.unchanged) == (
        "sessions-3-4.csv",
        3,
        2,
        1,
    )
    # Names created are each file's own: the second file's document is new, the first's not again.
    assert first.created == {"documents": ["UPR – session 3 – Sao Tome and Principe"]}
    assert second.created == {"documents": ["UPR – session 3 – Gambia"]}
    assert len(_stored(db)) == 4
    if db.path is not None:  # one backup, taken before the files were written
        assert first.backup is not None and first.backup == second.backup
        assert first.backup.is_file()
    # The rows of both files are found by search (indexed together at the end).
    assert search_recommendations(db.session_factory, "rights child").total == 1
    assert search_recommendations(db.session_factory, "ILO convention").total == 0
    assert search_recommendations(db.session_factory, "ratify").total == 1


def test_each_file_s_changes_are_recorded_as_coming_from_it(
    db: Database, two_files: list[Path]
) -> None:
    import_files(db, two_files)
    with db.session_factory() as session:
        created = session.execute(
            select(AuditEntry.source, AuditEntry.label).where(
                AuditEntry.entity == "recommendation", AuditEntry.action == "create"
            )
        ).all()
        events = session.execute(
            select(AuditEntry.source, AuditEntry.label).where(AuditEntry.entity == "file")
        ).all()
    sources = sorted(source.split(" sha256:")[0] for source, _ in created)
    assert sources == ["import sessions-1-2.csv"] * 2 + ["import sessions-3-4.csv"] * 2
    assert sorted(label for _, label in events) == ["sessions-1-2.csv", "sessions-3-4.csv"]
    assert all(source.startswith(f"import {label} ") for source, label in events)


def test_an_update_is_recorded_as_coming_from_the_file_that_made_it(
    db: Database, two_files: list[Path]
) -> None:
    import_files(db, two_files)
    # The second file now says Gambia's recommendation was noted, not accepted.
    two_files[1].write_bytes(
        upr_info_bytes([UPR_INFO_LINES[1], UPR_INFO_LINES[3], GAMBIA.replace("Accepted", "Noted")])
    )
    first, second = import_files(db, two_files)
    assert (first.unchanged, second.updated, second.unchanged) == (2, 1, 2)
    with db.session_factory() as session:
        updates = session.execute(
            select(AuditEntry.source).where(
                AuditEntry.entity == "recommendation", AuditEntry.action == "edit"
            )
        ).all()
    assert [source.split(" sha256:")[0] for (source,) in updates] == ["import sessions-3-4.csv"]


def test_a_refused_later_file_leaves_nothing_of_any(
    db: Database, two_files: list[Path], tmp_path: Path
) -> None:
    bad = tmp_path / "notes.csv"
    bad.write_bytes(b"name,colour\nwidget,blue\n")
    audit_before = _audit_count(db)
    with pytest.raises(ImportFileError) as raised:
        import_files(db, [*two_files, bad])
    assert raised.value.file == "notes.csv"
    assert _stored(db) == [] and _audit_count(db) == audit_before
    if db.path is not None:
        assert not list(Path(db.path).parent.glob("**/*before-import*"))


def test_a_dry_run_of_several_files_counts_and_writes_nothing(
    db: Database, two_files: list[Path]
) -> None:
    dry = import_files(db, two_files, dry_run=True)
    assert [(s.new, s.unchanged, s.dry_run, s.backup) for s in dry] == [
        (2, 0, True, None),
        (2, 1, True, None),
    ]
    assert _stored(db) == []
    real = import_files(db, two_files)
    assert [(s.new, s.unchanged) for s in real] == [(s.new, s.unchanged) for s in dry]


def test_a_cancel_in_the_second_file_leaves_nothing(db: Database, two_files: list[Path]) -> None:
    seen: list[tuple[int, int]] = []

    def cancelled() -> bool:
        return len(seen) >= 1  # after the first file's rows were applied

    with pytest.raises(ImportCancelled):
        import_files(
            db,
            two_files,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=cancelled,
        )
    assert _stored(db) == []


def test_progress_counts_the_rows_of_every_file(db: Database, two_files: list[Path]) -> None:
    seen: list[tuple[int, int]] = []
    import_files(db, two_files, progress=lambda done, total: seen.append((done, total)))
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[-1] == 5
    assert seen[-1][1] == 5
    assert seen[0][1] >= 4  # the second file guessed from its size while reading the first


def test_reader_processes_read_every_file_alike(
    tmp_path: Path, two_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files dealt to two reader processes in turn (the third file to the
    first again) import as when read here, in the files' order."""
    third = tmp_path / "sessions-5.csv"
    third.write_bytes(upr_info_bytes([UPR_INFO_LINES[4], UPR_INFO_LINES[0]]))
    two_files = [*two_files, third]
    here = open_database(str(tmp_path / "here.sqlite3"), create=True)
    apart = open_database(str(tmp_path / "apart.sqlite3"), create=True)
    try:
        expected = [s.as_dict() for s in import_files(here, two_files)]
        started: list[list[str]] = []
        real = subprocess.Popen

        def counted(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
            started.append(args[0])
            return real(*args, **kwargs)

        monkeypatch.setattr(reader_process, "IN_PROCESS_BELOW", 0)
        monkeypatch.setattr(reader_process.subprocess, "Popen", counted)
        got = [s.as_dict() for s in import_files(apart, two_files)]
        assert len(started) == reader_process.READERS == 2
        for summary in (*expected, *got):
            summary.pop("backup")
        assert got == expected
        assert _stored(apart) == _stored(here)
        assert reader_process.reader_pids() == []
    finally:
        here.dispose()
        apart.dispose()


def test_a_reader_process_names_the_file_it_refused(
    tmp_path: Path, two_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_process, "IN_PROCESS_BELOW", 0)
    bad = tmp_path / "later.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    database = open_database(str(tmp_path / "db.sqlite3"), create=True)
    try:
        with pytest.raises(ImportFileError) as raised:
            import_files(database, [two_files[0], bad])
        assert raised.value.file == "later.xlsx"
        assert _stored(database) == []
        assert reader_process.reader_pids() == []
    finally:
        database.dispose()


def test_one_file_imports_as_it_always_did(db: Database, two_files: list[Path]) -> None:
    summary = import_file(db, two_files[0])
    assert (summary.file, summary.new) == ("sessions-1-2.csv", 2)
    with pytest.raises(ValueError):
        import_files(db, [])


def test_the_command_line_imports_several_files_together(
    tmp_path: Path, two_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main as cli_main

    db_path = tmp_path / "cli.sqlite3"
    open_database(str(db_path), create=True).dispose()
    names = [str(p) for p in two_files]
    assert cli_main(["--db", str(db_path), "import", *names, "--dry-run", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert [(c["file"], c["new"], c["unchanged"]) for c in counts] == [
        ("sessions-1-2.csv", 2, 0),
        ("sessions-3-4.csv", 2, 1),
    ]
    assert cli_main(["--db", str(db_path), "import", *names]) == 0
    out = capsys.readouterr().out
    assert "imported sessions-1-2.csv (upr-info): 2 rows, 2 new" in out
    assert "imported sessions-3-4.csv (upr-info): 3 rows, 2 new, 0 updated, 1 unchanged" in out
    assert out.count("backup taken first:") == 1
