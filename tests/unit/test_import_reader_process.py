"""A large file read in a second process imports exactly as when read in the
import's own: the same rows, digests, search texts and counts; a file the
reader refuses raises the same error; a reader that dies, or a cancel,
leaves the database unchanged and no process behind."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from benchmarks.uhri_file import write_uhri_xlsx
from desktop.domain.errors import ImportFileError, NmrfError
from desktop.services.database import Database, open_database
from desktop.services.importing import reader_child, reader_process
from desktop.services.importing.records import ImportedRecommendation, ImportFormat, RowProblem
from desktop.services.importing.service import ImportCancelled, ImportSummary, import_file
from desktop.store.models import ContextParagraph, Recommendation
from tests.unit.import_files import UPR_INFO_LINES, upr_info_bytes

ROWS = 4500  # three chunks and a part


@pytest.fixture(scope="module")
def uhri_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_uhri_xlsx(tmp_path_factory.mktemp("uhri") / "uhri.xlsx", ROWS)


@pytest.fixture
def in_a_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file, however small, read in a second process."""
    monkeypatch.setattr(reader_process, "IN_PROCESS_BELOW", 0)


def _database(tmp_path: Path, name: str) -> Database:
    return open_database(str(tmp_path / f"{name}.sqlite3"), create=True)


def _stored(database: Database) -> list[tuple[Any, ...]]:
    with database.session_factory() as session:
        rows = session.execute(
            select(
                Recommendation.reference,
                Recommendation.text,
                Recommendation.annotation_id,
                Recommendation.official_digest,
                Recommendation.search_text,
                Recommendation.response,
                Recommendation.source_id,
            ).order_by(Recommendation.id)
        ).all()
        context = session.scalar(select(func.count()).select_from(ContextParagraph))
    return [tuple(r) for r in rows] + [("context", context)]


def _counts(summary: ImportSummary) -> dict[str, object]:
    counts = summary.as_dict()
    counts.pop("backup")
    return counts


def _import_both_ways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: Path
) -> tuple[tuple[ImportSummary, ImportSummary, list[Any]], ...]:
    results = []
    for below in (1 << 40, 0):  # read here, then in a second process
        monkeypatch.setattr(reader_process, "IN_PROCESS_BELOW", below)
        database = _database(tmp_path, f"below-{below}")
        try:
            first = import_file(database, path)
            again = import_file(database, path)
            results.append((first, again, _stored(database)))
        finally:
            database.dispose()
    return tuple(results)


@pytest.mark.parametrize("prepare", [True, False], ids=["prepared", "bare"])
def test_a_file_read_in_a_second_process_imports_as_one_read_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, uhri_file: Path, prepare: bool
) -> None:
    """Whether the reader prepares digests and folded texts or the import
    computes them, the database is the same."""
    monkeypatch.setattr(reader_process, "PREPARE", prepare)
    here, there = _import_both_ways(tmp_path, monkeypatch, uhri_file)
    assert there[0].format is ImportFormat.UHRI
    assert there[0].new > 3000  # the file's recommendations (other types kept as context)
    assert _counts(there[0]) == _counts(here[0])
    assert _counts(there[1]) == _counts(here[1])
    assert there[1].unchanged == there[0].new  # the digests the reader computed match
    assert there[2] == here[2]
    assert there[0].preview == here[0].preview
    assert reader_process.reader_pids() == []


def test_a_upr_info_file_and_its_problem_rows_cross_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        *UPR_INFO_LINES,
        "Sao Tome and Principe,Africa,AU,,France,WEOG,EU,Accepted,5,Women,3",  # no text
    ]
    path = tmp_path / "upr-info.csv"
    path.write_bytes(upr_info_bytes(lines, encoding="utf-8", newline="\n"))
    here, there = _import_both_ways(tmp_path, monkeypatch, path)
    assert there[0].rejected and there[0].rejected == here[0].rejected
    assert _counts(there[0]) == _counts(here[0])
    assert there[2] == here[2]


def test_a_file_the_reader_refuses_raises_the_same_error(
    tmp_path: Path, in_a_process: None
) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook" * 100)
    database = _database(tmp_path, "refused")
    try:
        with pytest.raises(ImportFileError) as there:
            import_file(database, path)
        reader_process.IN_PROCESS_BELOW = 1 << 40
        with pytest.raises(ImportFileError) as here:
            import_file(database, path)
    finally:
        database.dispose()
    assert (there.value.code, str(there.value)) == (here.value.code, str(here.value))
    assert there.value.file == "notes.xlsx"
    assert reader_process.reader_pids() == []


def _killing_the_reader() -> Callable[[int, int], None]:
    def progress(read: int, total: int) -> None:
        for pid in reader_process.reader_pids():
            os.kill(pid, signal.SIGKILL)

    return progress


def test_a_reader_that_dies_half_way_fails_the_import_and_changes_nothing(
    tmp_path: Path, in_a_process: None, uhri_file: Path
) -> None:
    database = _database(tmp_path, "died")
    try:
        before = _stored(database)
        with pytest.raises(ImportFileError) as failed:
            import_file(database, uhri_file, progress=_killing_the_reader())
        assert failed.value.code == "import.unreadable"
        assert "reading process stopped" in str(failed.value)
        assert failed.value.file == "uhri.xlsx"
        assert _stored(database) == before
    finally:
        database.dispose()


def test_a_cancel_half_way_ends_the_reader_and_changes_nothing(
    tmp_path: Path, in_a_process: None, uhri_file: Path
) -> None:
    chunks: list[int] = []
    database = _database(tmp_path, "cancelled")
    try:
        with pytest.raises(ImportCancelled):
            import_file(
                database,
                uhri_file,
                progress=lambda read, _: chunks.append(read),
                cancelled=lambda: len(chunks) >= 1,
            )
        assert chunks == [reader_process.CHUNK]
        assert _stored(database) == [("context", 0)]
    finally:
        database.dispose()
    assert reader_process.reader_pids() == []


def test_a_machine_that_cannot_start_a_process_reads_the_file_here(
    tmp_path: Path, in_a_process: None, monkeypatch: pytest.MonkeyPatch, uhri_file: Path
) -> None:
    def no_processes(*args: object, **kwargs: object) -> None:
        raise OSError("no more processes")

    monkeypatch.setattr(subprocess, "Popen", no_processes)
    database = _database(tmp_path, "no-process")
    try:
        summary = import_file(database, uhri_file)
    finally:
        database.dispose()
    assert summary.new > 3000


def test_the_bundle_answers_the_reader_command() -> None:
    entry = Path(__file__).resolve().parents[2] / "installer" / "entry.py"
    assert f'sys.argv[1:2] == ["{reader_process.READER_ARGUMENT}"]' in entry.read_text()


def test_a_script_without_a_main_guard_is_not_run_again_by_the_reader(
    tmp_path: Path, uhri_file: Path
) -> None:
    """The reader is a new interpreter that imports nothing of the importing
    program: a script that imports at module level imports once."""
    marker = tmp_path / "runs.txt"
    script = tmp_path / "script.py"
    script.write_text(
        "from pathlib import Path\n"
        "from desktop.services.database import open_database\n"
        "from desktop.services.importing import reader_process\n"
        "from desktop.services.importing.service import import_file\n"
        "reader_process.IN_PROCESS_BELOW = 0\n"
        f"with open({str(marker)!r}, 'a') as runs:\n"
        "    runs.write('run\\n')\n"
        f"db = open_database({str(tmp_path / 'script.sqlite3')!r}, create=True)\n"
        f"print(import_file(db, Path({str(uhri_file)!r})).new)\n"
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, check=True
    )
    assert int(done.stdout.split()[-1]) > 3000
    assert marker.read_text() == "run\n"


def test_an_error_of_the_program_crosses_with_its_code_and_place() -> None:
    error = ImportFileError(
        "bad cell", file="a.xlsx", row=12, column="Text", code="import.x", params={"n": 1}
    )
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is ImportFileError
    assert (back.file, back.row, back.column, back.code, back.params) == (
        "a.xlsx",
        12,
        "Text",
        "import.x",
        {"n": 1},
    )
    assert str(back) == str(error)
    plain = pickle.loads(pickle.dumps(NmrfError("no", where="here")))
    assert str(plain) == "here: no"


def _sent(path: Path, always: bool) -> list[tuple[str, Any]]:
    import io

    class Sent(io.BytesIO):
        kept = b""

        def close(self) -> None:  # the reader closes its end when done
            self.kept = self.getvalue()
            super().close()

    sent = Sent()
    reader_child.read_and_send(sent, [path], None, None, 1000, always=always)
    stream = io.BytesIO(sent.kept)
    messages = []
    while stream.tell() < len(sent.kept):
        messages.append(pickle.loads(reader_child.read_message(stream)))
    return messages


def test_a_reader_told_not_to_prepare_sends_records_bare(uhri_file: Path) -> None:
    messages = _sent(uhri_file, always=False)
    assert [kind for kind, _ in messages] == ["start"] + ["rows"] * 5 + ["end"]
    assert all(value.prepared is None for kind, value in messages if kind == "rows")


def test_the_reader_prepares_each_recommendation_s_digest_and_folded_text(
    uhri_file: Path,
) -> None:
    from desktop.domain.text_search import fold
    from desktop.services.importing.digests import official_digest
    from desktop.services.importing.records import ImportedRecommendation

    messages = _sent(uhri_file, always=True)
    kind, (fmt, estimate, checked) = messages[0]
    assert (kind, fmt, estimate) == ("start", ImportFormat.UHRI, ROWS)
    assert list(checked.values()) == ["Export"]  # the sheet it found safe
    assert messages[-1] == ("end", None)
    chunks = [value for kind, value in messages[1:-1]]
    assert [len(c.items) for c in chunks] == [1000] * 4 + [ROWS - 4000]
    for chunk in chunks:
        assert chunk.prepared is not None
        for item, prepared in zip(chunk.items, chunk.prepared, strict=True):
            wanted = (
                (official_digest(item), fold(item.text), None)  # matched by annotation id
                if isinstance(item, ImportedRecommendation) and item.is_recommendation
                else None
            )
            assert prepared == wanted


def test_the_reader_prepares_the_key_rows_without_ids_are_matched_by(tmp_path: Path) -> None:
    """UPR Info rows have neither annotation id nor paragraph: their text's key too."""
    from desktop.services.name_lookups import name_key

    path = tmp_path / "sessions.csv"
    path.write_bytes(upr_info_bytes([UPR_INFO_LINES[n] for n in (0, 1, 3)]))
    chunks = [value for kind, value in _sent(path, always=True) if kind == "rows"]
    pairs = [(i, p) for c in chunks for i, p in zip(c.items, c.prepared or [], strict=True)]
    assert len(pairs) == 3
    for item, prepared in pairs:
        assert isinstance(item, ImportedRecommendation) and prepared is not None
        assert not item.annotation_id and not item.paragraph
        assert prepared[2] == name_key(item.text) == " ".join(item.text.split()).casefold()


def test_the_environment_sets_which_files_are_read_apart(
    monkeypatch: pytest.MonkeyPatch, uhri_file: Path
) -> None:
    size = uhri_file.stat().st_size
    assert not reader_process._large([uhri_file])  # under 4 MB: read here
    monkeypatch.setenv(reader_process.ENVIRONMENT, "0")
    assert reader_process._large([uhri_file])
    monkeypatch.setenv(reader_process.ENVIRONMENT, str(size / (1 << 20) + 0.01))
    assert not reader_process._large([uhri_file])
    monkeypatch.setenv(reader_process.ENVIRONMENT, "not a number")
    assert not reader_process._large([uhri_file])


def test_a_workbook_checked_by_one_reader_is_not_checked_again_by_the_next(
    tmp_path: Path, in_a_process: None, uhri_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader's verdict on a workbook comes back to the import's process
    and goes to the next reader of the same, unchanged file."""
    from desktop.services.importing import xlsx_guard

    monkeypatch.setattr(xlsx_guard, "_checked", {})
    database = _database(tmp_path, "checked")
    try:
        import_file(database, uhri_file, dry_run=True)
        assert list(xlsx_guard.checked_for(uhri_file).values()) == ["Export"]
        handed: list[object] = []
        real = reader_process.checked_for
        monkeypatch.setattr(
            reader_process, "checked_for", lambda path: handed.append(real(path)) or real(path)
        )
        assert import_file(database, uhri_file).new > 3000
        assert handed == [xlsx_guard.checked_for(uhri_file)]
    finally:
        database.dispose()


def test_a_reader_started_without_a_task_says_so() -> None:
    done = subprocess.run(
        reader_process._command(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parent,  # not where the ``desktop`` package is
    )
    assert done.returncode == 2
    assert "the file reader was given no task" in done.stderr
    assert done.stdout == ""


def test_what_is_not_the_reader_s_message_is_refused_without_reading_it_all() -> None:
    import io

    huge = b"NMRF" + (1 << 40).to_bytes(8, "little")
    for stray in (b"Hello from sitecustomize\n" + b"x" * 20, huge):
        with pytest.raises(ValueError, match="not a message"):
            reader_child.read_message(io.BytesIO(stray))
    with pytest.raises(EOFError):
        reader_child.read_message(io.BytesIO(b"NMRF\x05"))


def test_a_reader_that_fails_names_its_error(
    tmp_path: Path, in_a_process: None, monkeypatch: pytest.MonkeyPatch, uhri_file: Path
) -> None:
    """A reader that cannot even start reading (here: its interpreter cannot
    find the program) fails the import with the last line it wrote."""
    lost = "import sys; sys.path[:] = []; from desktop.services.importing import reader_process"
    monkeypatch.setattr(reader_process, "_command", lambda: [sys.executable, "-P", "-c", lost])
    database = _database(tmp_path, "broken")
    try:
        with pytest.raises(ImportFileError) as failed:
            import_file(database, uhri_file)
    finally:
        database.dispose()
    assert failed.value.code == "import.unreadable"
    assert "ModuleNotFoundError" in str(failed.value)
    assert reader_process.reader_pids() == []


def test_a_cancel_ends_a_reader_that_has_not_sent_anything_yet(
    tmp_path: Path, in_a_process: None, monkeypatch: pytest.MonkeyPatch, uhri_file: Path
) -> None:
    """Loading a large workbook takes seconds before the first chunk: a cancel
    then ends the reader at once instead of waiting for it (here a reader that
    would never answer)."""
    import time

    asleep = [sys.executable, "-c", "import time; time.sleep(120)"]
    monkeypatch.setattr(reader_process, "_command", lambda: asleep)
    asked = time.monotonic()
    database = _database(tmp_path, "cancel-early")
    try:
        with pytest.raises(ImportCancelled):
            import_file(database, uhri_file, cancelled=lambda: time.monotonic() - asked > 0.5)
        assert _stored(database) == [("context", 0)]
    finally:
        database.dispose()
    assert time.monotonic() - asked < 60  # not the reader's two minutes
    assert reader_process.reader_pids() == []


def test_a_reader_reads_ahead_of_a_busy_import_and_prepares_what_waits(
    uhri_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the import is busy (its pipe not read), the reader reads on, at
    most AHEAD messages, and prepares the chunks that wait."""
    import io
    import threading

    monkeypatch.setattr(reader_child, "AHEAD", 3)
    busy = threading.Event()
    read_so_far: list[int] = []
    real_chunks = reader_child.chunks

    def counted(items: Any, size: int) -> Any:
        for chunk in real_chunks(items, size):
            read_so_far.append(len(chunk.items))
            yield chunk

    monkeypatch.setattr(reader_child, "chunks", counted)

    class Busy(io.BytesIO):
        kept = b""

        def write(self, data: Any) -> int:
            busy.wait(10)  # the import applies its first chunk
            return super().write(data)

        def close(self) -> None:
            self.kept = self.getvalue()
            super().close()

    out = Busy()
    done = threading.Event()

    def read() -> None:
        reader_child.read_and_send(out, [uhri_file], None, None, 500, always=None)
        done.set()

    threading.Thread(target=read, daemon=True).start()
    assert not done.wait(1.5)  # 4,500 rows read in a fraction of that, were it not held
    # The start is being written; three chunks wait; the fourth waits for room.
    assert len(read_so_far) == 4
    busy.set()
    assert done.wait(10)
    stream = io.BytesIO(out.kept)
    messages = []
    while stream.tell() < len(out.kept):
        messages.append(pickle.loads(reader_child.read_message(stream)))
    assert [kind for kind, _ in messages] == ["start"] + ["rows"] * 9 + ["end"]
    rows = [value for kind, value in messages if kind == "rows"]
    # The import had not taken the start: each chunk read meanwhile was prepared.
    assert all(chunk.prepared is not None for chunk in rows[:4])


def test_a_reader_is_busy_while_the_import_has_not_taken_its_message() -> None:
    """What decides whether a chunk is prepared: a message still being
    written (the import busy) or waiting; not once the import took them."""
    import io
    import threading

    held = threading.Event()
    writing = threading.Event()

    class Held(io.BytesIO):
        def write(self, data: Any) -> int:
            writing.set()
            held.wait(10)  # the import applies the chunk before
            return super().write(data)

    sender = reader_child._Sender(Held())
    assert not sender.busy()
    sender.send(("rows", [1, 2, 3]))
    assert writing.wait(10)
    assert sender.busy()  # being written, not taken
    held.set()
    for _ in range(1000):  # the writer thread finishes the message
        if not sender.busy():
            break
        threading.Event().wait(0.01)
    assert not sender.busy()
    sender.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="FIONREAD on a pipe: Linux")
def test_a_reader_is_busy_while_its_message_lies_unread_in_the_pipe() -> None:
    """A message written whole into the pipe is not taken yet: the first
    chunk of a file read ahead waits there while the import applies the file
    before, and the chunks read meanwhile are prepared."""
    import threading

    read_end, write_end = os.pipe()
    sender = reader_child._Sender(os.fdopen(write_end, "wb"))
    try:
        sender.send(("start", None))
        for _ in range(1000):  # the writer thread puts it in the pipe
            if reader_child.unread_bytes(sender._out) > 0 and not sender._writing:
                break
            threading.Event().wait(0.01)
        assert sender._waiting.qsize() == 0 and not sender._writing
        assert sender.busy()  # in the pipe, unread
        with os.fdopen(read_end, "rb", closefd=False) as stream:
            assert pickle.loads(reader_child.read_message(stream)) == ("start", None)
        assert not sender.busy()
    finally:
        sender.close()
        os.close(read_end)


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="process priorities of Unix")
def test_a_reader_process_runs_below_the_import(
    uhri_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It reads with the time the import leaves, never taking the import's core."""
    monkeypatch.setenv(reader_process.ENVIRONMENT, "0")
    own = os.getpriority(os.PRIO_PROCESS, 0)
    with reader_process.readings([uhri_file], None, None) as files:
        read = next(files)  # the reader has started and read the task
        pids = reader_process.reader_pids()
        assert len(pids) == 1
        assert os.getpriority(os.PRIO_PROCESS, pids[0]) == min(19, own + reader_child.NICE)
        assert sum(len(chunk.items) for chunk in read.chunks) == ROWS


def test_a_prepared_chunk_holds_no_value_too_long_to_store(tmp_path: Path) -> None:
    """A reader preparing a chunk also turns a record too long to store into its
    problem; a chunk sent bare leaves that to the import (after its check for
    unchanged rows, which need no such check)."""
    path = tmp_path / "sessions.csv"
    too_long = UPR_INFO_LINES[1].replace("Sao Tome and Principe", "Z" * 250)
    path.write_bytes(upr_info_bytes([UPR_INFO_LINES[0], too_long]))
    prepared = next(value for kind, value in _sent(path, always=True) if kind == "rows")
    first, second = prepared.items
    assert isinstance(first, ImportedRecommendation)
    assert isinstance(second, RowProblem) and second.code == "import.field_too_long"
    assert second.params == {"field": "country", "maximum": 200}
    assert prepared.prepared is not None and prepared.prepared[1] is None
    bare = next(value for kind, value in _sent(path, always=False) if kind == "rows")
    assert all(isinstance(item, ImportedRecommendation) for item in bare.items)


def test_a_too_long_row_is_refused_alike_whether_its_chunk_was_prepared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sessions.csv"
    too_long = UPR_INFO_LINES[1].replace("Sao Tome and Principe", "Z" * 250)
    path.write_bytes(upr_info_bytes([UPR_INFO_LINES[0], too_long]))
    monkeypatch.setenv(reader_process.ENVIRONMENT, "0")
    results = []
    for prepare in (True, False):
        monkeypatch.setattr(reader_process, "PREPARE", prepare)
        database = open_database(str(tmp_path / f"{prepare}.sqlite3"), create=True)
        try:
            summary = import_file(database, path)
        finally:
            database.dispose()
        rejected = [(p.row, p.reason) for p in summary.rejected]
        results.append((summary.new, rejected, dict(summary.responses)))
    # The refused row counts as refused, not among the responses, either way.
    assert (
        results[0]
        == results[1]
        == (1, [(3, "the country is longer than 200 characters")], {"supported": 1})
    )


@pytest.mark.parametrize("prepare", [None, False], ids=["while-it-pays", "never"])
def test_readers_of_an_import_into_an_empty_register_prepare_every_chunk(
    uhri_file: Path, monkeypatch: pytest.MonkeyPatch, prepare: bool | None
) -> None:
    """Every row is new: the import is the slower side from the first chunk
    on, so the reader prepares each one (what PREPARE says still goes)."""
    monkeypatch.setenv(reader_process.ENVIRONMENT, "0")
    monkeypatch.setattr(reader_process, "PREPARE", prepare)
    with reader_process.readings([uhri_file], None, None, all_new=True) as files:
        chunks = list(next(files).chunks)
    assert sum(len(chunk.items) for chunk in chunks) == ROWS
    assert [chunk.prepared is not None for chunk in chunks] == [prepare is None] * len(chunks)


def test_an_import_tells_its_readers_whether_the_register_is_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, uhri_file: Path
) -> None:
    from desktop.services.importing import service

    told: list[bool] = []
    real = service.readings

    def spied(*args: Any, all_new: bool = False, **kwargs: Any) -> Any:
        told.append(all_new)
        return real(*args, all_new=all_new, **kwargs)

    monkeypatch.setattr(service, "readings", spied)
    monkeypatch.setenv(reader_process.ENVIRONMENT, "0")
    database = _database(tmp_path, "told")
    try:
        assert service.register_is_empty(database)
        first = import_file(database, uhri_file)
        assert not service.register_is_empty(database)
        again = import_file(database, uhri_file)
    finally:
        database.dispose()
    assert told == [True, False]
    assert first.new > 3000 and again.unchanged == first.new
