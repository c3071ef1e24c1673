"""Reader processes started ahead of an import (when its files are chosen):
the import takes them instead of starting its own, reads exactly as with its
own, and replaces one that stopped; those no import takes end quietly."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.cli import main as cli_main
from desktop.services.database import open_database
from desktop.services.importing import reader_process, reader_spares
from desktop.services.importing.service import import_files
from desktop.store.models import Recommendation
from tests.unit.import_files import UPR_INFO_LINES, upr_info_bytes


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """Two UPR Info files, read in reader processes however small; no spare
    outlives the test."""
    monkeypatch.delenv(reader_process.ENVIRONMENT, raising=False)
    monkeypatch.setattr(reader_process, "IN_PROCESS_BELOW", 0)
    paths = []
    for n, encoding in enumerate(("mac_roman", "utf-8")):
        path = tmp_path / f"upr-info-{n}.csv"
        path.write_bytes(upr_info_bytes(UPR_INFO_LINES[n:], encoding=encoding))
        paths.append(path)
    yield paths
    reader_process.end_spare_readers()
    assert reader_spares.spare_pids() == []


def _imported(tmp_path: Path, name: str, paths: list[Path]) -> list[Any]:
    database = open_database(str(tmp_path / f"{name}.sqlite3"), create=True)
    try:
        summaries = import_files(database, paths)
        with database.session_factory() as session:
            stored = session.execute(
                select(
                    Recommendation.reference,
                    Recommendation.text,
                    Recommendation.official_digest,
                    Recommendation.search_text,
                ).order_by(Recommendation.id)
            ).all()
        return [[s.new for s in summaries], [tuple(r) for r in stored]]
    finally:
        database.dispose()


def test_an_import_takes_the_readers_started_for_its_files(
    tmp_path: Path, files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = _imported(tmp_path, "cold", files)
    reader_process.prepare_readers(files)
    spares = reader_spares.spare_pids()
    assert len(spares) == 2  # one per file, at most READERS
    assert reader_spares.wait_all_ready() == 2
    started: list[int] = []
    real = reader_process._launch
    monkeypatch.setattr(reader_process, "_launch", lambda **k: started.append(1) or real(**k))
    assert _imported(tmp_path, "warm", files) == cold
    assert cold[0] and sum(cold[0]) > 0
    assert started == []  # the import started no reader of its own
    assert reader_spares.spare_pids() == []  # both taken, and ended with the import
    assert reader_process.reader_pids() == []


def test_a_spare_that_stopped_is_passed_over(tmp_path: Path, files: list[Path]) -> None:
    cold = _imported(tmp_path, "cold", files)
    reader_process.prepare_readers(files)
    first = reader_spares._spares[0].process
    first.kill()
    first.wait()
    assert _imported(tmp_path, "warm", files) == cold  # read by the other and a new one
    assert reader_process.reader_pids() == []
    reader_process.prepare_readers(files)
    assert first.pid not in reader_spares.spare_pids()


def test_prepare_replaces_only_what_is_missing(files: list[Path]) -> None:
    reader_process.prepare_readers(files)
    spares = reader_spares.spare_pids()
    reader_process.prepare_readers(files)
    assert reader_spares.spare_pids() == spares
    killed = reader_spares._spares[1].process
    killed.kill()
    killed.wait()
    assert reader_spares.wait_all_ready() == 1
    reader_process.prepare_readers(files)
    now = reader_spares.spare_pids()
    assert len(now) == 2 and now[0] == spares[0] and spares[1] not in now


def test_spares_no_import_takes_end_quietly(files: list[Path]) -> None:
    reader_process.prepare_readers(files)
    assert reader_spares.wait_all_ready() == 2
    launched = list(reader_spares._spares)
    reader_process.end_spare_readers()
    for spare in launched:
        assert spare.process.wait(60) == 0  # no task is no error for a spare
    assert reader_spares.spare_pids() == []


def test_small_files_need_no_reader_started(
    files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_process, "IN_PROCESS_BELOW", 1 << 40)
    reader_process.prepare_readers(files)
    reader_process.prepare_readers([])
    assert reader_spares.spare_pids() == []


def test_the_command_line_starts_the_readers_before_it_opens_the_database(
    tmp_path: Path, files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "cli.sqlite3"
    open_database(str(database), create=True).dispose()
    launched: list[bool] = []
    real = reader_process._launch

    def launch(*, spare: bool = False) -> reader_spares.Launched:
        launched.append(spare)
        return real(spare=spare)

    monkeypatch.setattr(reader_process, "_launch", launch)
    code = cli_main(["--db", str(database), "import", *map(str, files), "--json"])
    assert code == 0
    assert launched == [True, True]  # both ready before the import asked: none started cold
    assert reader_spares.spare_pids() == [] and reader_process.reader_pids() == []


def test_a_spare_gone_after_it_said_it_was_ready_is_replaced_by_a_new_reader(
    tmp_path: Path, files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not by reading the files in the import's own process."""
    cold = _imported(tmp_path, "cold", files)
    reader_process.prepare_readers(files)
    assert reader_spares.wait_all_ready() == 2
    for spare in reader_spares._spares:
        spare.process.kill()
        spare.process.wait()
    monkeypatch.setattr(reader_spares.Launched, "alive", lambda self: True)  # not noticed yet
    started: list[bool] = []
    real = reader_process._launch
    monkeypatch.setattr(
        reader_process, "_launch", lambda spare=False: started.append(spare) or real(spare=spare)
    )
    assert _imported(tmp_path, "warm", files) == cold
    assert started == [False, False]  # a new reader for each spare that had gone
    assert reader_process.reader_pids() == []


def test_a_spare_that_never_says_it_is_ready_is_ended_and_not_waited_for(
    tmp_path: Path, files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = _imported(tmp_path, "cold", files)
    real = reader_process._launch

    def launch(*, spare: bool = False) -> reader_spares.Launched:
        if not spare:
            return real()
        silent = [sys.executable, "-c", "import time; time.sleep(120)"]
        process = subprocess.Popen(silent, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        return reader_spares.Launched(process, (tmp_path / "errors").open("w+b"))

    monkeypatch.setattr(reader_process, "_launch", launch)
    monkeypatch.setattr(reader_spares, "READY_WITHIN_S", 0.5)
    reader_process.prepare_readers(files)
    silent = [spare.process for spare in reader_spares._spares]
    assert _imported(tmp_path, "warm", files) == cold  # read by readers of its own
    for process in silent:
        assert process.wait(60) != 0  # ended (killed), not left asleep
