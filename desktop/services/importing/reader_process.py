"""A large file is read in a second process while the import matches and
writes what it has read so far. This is the import's side; the reader's own
is reader_child.

Reading is a third of a large import (unpacking the workbook, parsing values)
and the import cannot start a chunk before it is read; on two cores the two
now run side by side. The reader process detects the format, reads the
records and sends them a chunk at a time through a pipe. While the import is
the slower side (new rows to write), the reader also computes what the import
would compute next: each record's official digest and its text folded for
search; when the import waits for the reader (a re-import of unchanged rows)
it sends the records bare and the import computes what it needs. The reader
keeps at most a few chunks ready (reader_child.AHEAD), so neither process
holds a large file whole. A record crosses as a pickle (about 5 µs a row).

Small files (under 4 MB together) are read in this process: starting the
reader costs about a tenth of a second. For large files the readers can be
started ahead (prepare_readers: when the import dialog is given its files,
and after its preview), so that the import takes them ready (reader_spares).
The files of one import are dealt to two reader processes, each reading its
files one after the other: while the import applies a file, the next one is
read. If no second process can be started the files are read here, as
before; if one stops half-way the import fails with a clear error and, like
any import error, changes nothing.
Errors the reader raises (a refused file) cross whole and are raised here
as if read here."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import ImportFileError, NmrfError
from desktop.services.importing import reader_spares
from desktop.services.importing.reader_child import (
    END,
    ERROR,
    ROWS,
    SPARE,
    START,
    Chunk,
    chunks,
    detect,
    read_message,
    reader,
)
from desktop.services.importing.reader_spares import Launched
from desktop.services.importing.records import ImportFormat
from desktop.services.importing.xlsx_guard import Checked, checked_for, remember_checked

if TYPE_CHECKING:  # the reader process imports no more than its reader needs
    from desktop.services.importing.mapped import MappingProfile

IN_PROCESS_BELOW = 4 << 20
"""Files smaller than this (bytes) are read in this process: below about
25,000 rows, starting a second interpreter costs what it saves. The
NMRF_READER_PROCESS_MB environment variable sets it in megabytes (0: every
file in a second process; a large number: none)."""
ENVIRONMENT = "NMRF_READER_PROCESS_MB"


READERS = 2
"""Reader processes at most for the files of one import. They run below the
import (reader_child.NICE): on two cores a second reader no longer takes the
import's own core while both read ahead."""
CHUNK = 2000
"""Rows read, sent and applied at a time."""
PREPARE: bool | None = None
"""Whether the reader prepares digests, folded texts and keys: None while it
pays (the default; every chunk for an import into an empty register, see
readings), True always, False never (tests of both ways)."""

_WATCH_S = 0.1
"""How often a reader process's import is asked whether it was cancelled."""


class ReadCancelled(NmrfError):
    """The import was cancelled while its reader process was still reading."""


@dataclass
class Reading:
    """A file being read: its format, how many rows it holds as far as known
    before reading (None: unknown), and its rows a chunk at a time."""

    format: ImportFormat
    estimate: int | None
    chunks: Iterable[Chunk]


@contextmanager
def readings(
    paths: Sequence[Path],
    fmt: ImportFormat | None,
    mapping: MappingProfile | None,
    cancelled: Callable[[], bool] | None = None,
    *,
    all_new: bool = False,
) -> Iterator[Iterator[Reading]]:
    """``paths`` read one after the other (each one's format detected when
    ``fmt`` is None), in second processes when together they are large: the
    block gets their readings in order, each opened when asked for (a file
    its reader refuses at once raises ImportFileError then), and must read
    each one's chunks to the end before asking for the next. The reading,
    and its processes, end when the block ends, however it ends (a cancel,
    an error). A reader process is also ended as soon as ``cancelled()`` is
    true (loading a large workbook before its first chunk takes seconds):
    waiting for it then raises ReadCancelled.

    Several files are dealt to READERS processes in turn: while the import
    applies one file, the next is read beside it. ``all_new``: every row will
    be new (an empty register), so the import is the slower side from its
    first chunk on and the readers prepare every chunk (unless PREPARE says)."""
    processes: list[_ReaderProcess] = []
    try:
        if _large(paths):
            prepare = PREPARE if PREPARE is not None or not all_new else True
            for n in range(min(READERS, len(paths))):
                process = _start_reader(paths[n::READERS], fmt, mapping, cancelled, prepare)
                if process is None:  # none can start here: every file is read here
                    break
                processes.append(process)
            else:
                yield _dealt(processes, len(paths))
                return
        yield (_read_here(path, fmt, mapping) for path in paths)
    finally:
        for process in processes:
            process.close()


def _dealt(processes: list[_ReaderProcess], count: int) -> Iterator[Reading]:
    """The readings of ``count`` files dealt to ``processes`` in turn, in order."""
    files = [process.readings() for process in processes]
    for n in range(count):
        yield next(files[n % len(files)])


@contextmanager
def reading(
    path: Path,
    fmt: ImportFormat | None,
    mapping: MappingProfile | None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[Reading]:
    """One file's reading (see readings); a file its reader refuses at once
    raises ImportFileError before the block."""
    with readings([path], fmt, mapping, cancelled) as files:
        yield next(files)


def _read_here(path: Path, fmt: ImportFormat | None, mapping: MappingProfile | None) -> Reading:
    fmt = fmt or detect(path)
    rows = reader(fmt, mapping)(path)
    return Reading(fmt, getattr(rows, "estimate", None), chunks(iter(rows), CHUNK))


def _large(paths: Sequence[Path]) -> bool:
    try:
        return sum(path.stat().st_size for path in paths) >= _threshold()
    except OSError:
        return False  # the reader says what is wrong with the file


def _threshold() -> float:
    try:
        return float(os.environ[ENVIRONMENT]) * (1 << 20)
    except (KeyError, ValueError):
        return IN_PROCESS_BELOW


def _start_reader(
    paths: Sequence[Path],
    fmt: ImportFormat | None,
    mapping: MappingProfile | None,
    cancelled: Callable[[], bool] | None,
    prepare: bool | None,
) -> _ReaderProcess | None:
    try:
        return _ReaderProcess(paths, fmt, mapping, cancelled, prepare)
    except Exception:
        # No second process here, or a mapping that does not pickle: the file
        # is read in this one, as before.
        return None


READER_ARGUMENT = "--nmrf-read-file"
"""The program's hidden command that makes it a reader process (the bundle's
executable, installer/entry.py, answers it; from source, ``python -c``)."""

_running: set[subprocess.Popen[bytes]] = set()


def reader_pids() -> list[int]:
    """The reading processes this one has running (none once every import ended)."""
    return [p.pid for p in list(_running) if p.poll() is None]


def _command() -> list[str]:
    if getattr(sys, "frozen", False):  # the bundle: its own executable, no interpreter
        return [sys.executable, READER_ARGUMENT]
    # This interpreter, finding modules where this process finds them (-P: not
    # in the folder it happens to start in, which may hold another ``desktop``).
    code = (
        f"import sys; sys.path[:] = {sys.path!r}; "
        "from desktop.services.importing.reader_child import serve; raise SystemExit(serve())"
    )
    return [sys.executable, "-P", "-c", code]


def _launch(*, spare: bool = False) -> Launched:
    """A reader process started, waiting for its task on standard input; a
    spare loads what reading needs meanwhile (reader_spares)."""
    # Windows: no console flashes, and the reader below the import (on Unix
    # it lowers itself, reader_child.NICE).
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) | getattr(
        subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0
    )
    spare_flag = {SPARE: "1"} if spare else {}
    # What the reader says if it fails (a traceback): kept for the error shown.
    errors = tempfile.TemporaryFile()  # noqa: SIM115 - closed by _ReaderProcess or Launched
    try:
        process = subprocess.Popen(
            _command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            creationflags=flags,
            env={**{k: v for k, v in os.environ.items() if k != SPARE}, **spare_flag},
        )
    except BaseException:
        errors.close()
        raise
    return Launched(process, errors)


def prepare_readers(paths: Sequence[Path]) -> None:
    """Start, ahead of an import of ``paths``, the reader processes it will
    read them in (none for files read in this process): its first chunk then
    comes without waiting for a reader to start. Ended by end_spare_readers
    if no import takes them."""
    if paths and _large(paths):
        reader_spares.prepare(min(READERS, len(paths)), lambda: _launch(spare=True))


def end_spare_readers() -> None:
    """End the reader processes prepare_readers started that no import took."""
    reader_spares.end_all()


class _ReaderProcess:
    """The files read in a process of its own (a new interpreter: nothing of
    this one is copied or imported again), one after the other."""

    def __init__(
        self,
        paths: Sequence[Path],
        fmt: ImportFormat | None,
        mapping: MappingProfile | None,
        cancelled: Callable[[], bool] | None = None,
        prepare: bool | None = None,
    ) -> None:
        """``prepare``: whether the reader prepares every chunk (True), none
        (False), or those it reads while the import is busy (None)."""
        self._paths = list(paths)
        self._path = self._paths[0]  # the file being read (named in errors)
        self._ended = threading.Event()
        self._cancelled = False
        checked: Checked = {}  # workbooks an earlier import's reader checked
        for path in self._paths:
            checked.update(checked_for(path))
        task = (self._paths, fmt, mapping, CHUNK, prepare, checked)
        task_data = pickle.dumps(task, pickle.HIGHEST_PROTOCOL)
        spare = reader_spares.take()
        given = spare is not None and self._given(spare, task_data)
        # None ready, or the one taken stopped after it said it was ready: a new one.
        if not given and not self._given(_launch(), task_data):
            raise OSError("the reader process stopped before it was given its task")
        assert self._process.stdout is not None
        self._out = self._process.stdout
        if cancelled is not None:
            threading.Thread(
                target=self._watch, args=(cancelled,), name="reader cancel", daemon=True
            ).start()

    def _given(self, launched: Launched, task_data: bytes) -> bool:
        """Make ``launched`` this file's reader and give it its task; False
        (and it is ended) if it cannot take it."""
        self._process, self._errors = launched.process, launched.errors
        _running.add(self._process)
        try:
            assert self._process.stdin is not None and self._process.stdout is not None
            self._process.stdin.write(task_data)
            self._process.stdin.close()
        except OSError:
            self._discard()
            return False
        except BaseException:
            self.close()
            raise
        return True

    def _watch(self, cancelled: Callable[[], bool]) -> None:
        """End the reader as soon as the import is cancelled, even while this
        process waits for its next chunk."""
        while not self._ended.wait(_WATCH_S):
            if cancelled():
                self._cancelled = True
                with suppress(OSError):
                    self._process.kill()
                return

    def readings(self) -> Iterator[Reading]:
        for path in self._paths:
            self._path = path
            yield Reading(*self._started(), self._chunks())

    def _started(self) -> tuple[ImportFormat, int | None]:
        """Wait for the reader to open the next file: its format and estimate.
        A file it refuses at once raises here, where reading it here would have."""
        fmt, estimate, checked = self._receive(START)
        remember_checked(checked)
        return fmt, estimate

    def _chunks(self) -> Iterator[Chunk]:
        while (chunk := self._receive(ROWS, END)) is not None:
            yield chunk

    def close(self) -> None:
        self._ended.set()
        self._discard()

    def _discard(self) -> None:
        """End the reader process and let go of its pipe and error file."""
        if self._process.stdout is not None:
            self._process.stdout.close()
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        _running.discard(self._process)
        self._errors.close()

    def _receive(self, *expected: str) -> Any:  # what a message of that kind holds
        try:
            kind, value = pickle.loads(read_message(self._out))
        except Exception as exc:  # the reader stopped, or wrote something else
            if self._cancelled:
                raise ReadCancelled("the import was cancelled while the file was read") from exc
            try:
                code = self._process.wait(5)
            except subprocess.TimeoutExpired:
                code = None
            said = self._last_error_line()
            reason = f"the reading process stopped, exit code {code}" + (
                f": {said}" if said else ""
            )
            raise ImportFileError(
                f"the file cannot be read ({reason})",
                file=self._path.name,
                code="import.unreadable",
                params={"reason": reason},
            ) from exc
        if kind == ERROR:
            raise value
        if kind not in expected:  # pragma: no cover - the two sides disagree: a bug
            raise RuntimeError(f"the file reader sent {kind!r}, expected {expected}")
        return value

    def _last_error_line(self) -> str:
        """The last line the reader wrote to its error stream (a traceback's
        last line names the error), if any."""
        try:
            self._errors.seek(0)
            lines = self._errors.read()[-4000:].decode("utf-8", "replace").strip().splitlines()
        except (OSError, ValueError):
            return ""
        return lines[-1][:300] if lines else ""
