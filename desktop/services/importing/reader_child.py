"""The reader process's side of reading large files apart (see
reader_process, the import's side): the task from standard input, then for
each file in turn its format, its records a chunk at a time and its end on
standard output, each message marked and length-prefixed; an error stops the
reading and is sent instead.

It imports no more than its reader needs (no database, no Qt)."""

from __future__ import annotations

import array
import gc
import os
import pickle
import queue
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, BinaryIO

from desktop.services.importing.limits import too_long
from desktop.services.importing.records import ImportedRecommendation, ImportFormat, RowProblem
from desktop.services.importing.xlsx_guard import checked_for, remember_checked

if TYPE_CHECKING:
    from desktop.services.importing.mapped import MappingProfile

Item = ImportedRecommendation | RowProblem
Reader = Callable[[Path], Iterable[Item]]

START, ROWS, END, ERROR, READY = "start", "rows", "end", "error", "ready"
"""The kinds of message, each sent as (kind, value). READY: a spare reader
has loaded what reading needs and waits for its task."""

SPARE = "NMRF_READER_SPARE"
"""Set (to 1) in a spare reader's environment: one started before an import
needs it (reader_spares), which loads what reading needs while it waits."""


Prepared = tuple[str, str, str | None]
"""What the reader process computes for a recommendation: its official digest,
its text folded for search, and the key its text is matched by when it has
neither annotation id nor paragraph number (None when it has one)."""


@dataclass
class Chunk:
    """Rows of the file in order, and what the reader prepared for each
    recommendation among them (None for other rows), if it prepared anything.
    A prepared chunk's records also hold no value longer than its field can
    store (those became their problems, see limits); the import checks the
    records of a chunk sent bare."""

    items: list[Item]
    prepared: list[Prepared | None] | None = None


def chunks(items: Iterator[Item], size: int) -> Iterator[Chunk]:
    while batch := list(islice(items, size)):
        yield Chunk(batch)


def detect(path: Path) -> ImportFormat:
    from desktop.services.importing.detect import detect_format

    return detect_format(path)


def reader(fmt: ImportFormat, mapping: MappingProfile | None) -> Reader:
    from desktop.services.importing.detect import reader_for

    return reader_for(fmt, mapping)


NICE = 10
"""How far below the import a reader process runs: it reads on with the
time the import leaves (a reader taking the import's core while it reads
ahead made an import of four files 15 % slower)."""


def serve() -> int:
    """A reader process: the task from standard input, the chunks to standard
    output; anything else the process would print goes to standard error."""
    if hasattr(signal, "SIGINT"):  # Ctrl+C in a terminal: the import ends the reader
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(os, "nice"):
        with suppress(OSError):
            os.nice(NICE)
    out = os.fdopen(os.dup(1), "wb")
    with suppress(OSError):  # no error stream: stray output is then the pipe's
        os.dup2(2, 1)
    spare = os.environ.get(SPARE) == "1"
    if spare:
        with suppress(Exception):  # what fails to load now fails, and says why, when read
            warm_up()
        with suppress(OSError):  # the program ended meanwhile: the task read below is empty
            _write_message(out, pickle.dumps((READY, None), pickle.HIGHEST_PROTOCOL))
    try:
        with os.fdopen(0, "rb") as given:
            task = given.read()
        if spare and not task:
            return 0  # not needed after all: the program ended it
        paths, fmt, mapping, size, prepare, checked = pickle.loads(task)
    except (EOFError, pickle.UnpicklingError, ValueError, TypeError):
        # Started by hand, or by another version of the program.
        print("nmrf-desk: the file reader was given no task it can read", file=sys.stderr)
        return 2
    remember_checked(checked)
    read_and_send(out, paths, fmt, mapping, size, prepare)
    return 0


def warm_up() -> None:
    """Load what reading a file first loads: the readers, and every codec the
    encoding detector tries on its first call (a spare reader, before its
    task: about 0.1 s a cold reader spends before its first chunk)."""
    from desktop.domain.name_keys import spacing_key  # noqa: F401 - loaded, not used
    from desktop.domain.text_search import fold  # noqa: F401
    from desktop.services.importing.detect import detect_format  # noqa: F401
    from desktop.services.importing.digests import official_digest  # noqa: F401
    from desktop.services.importing.text_decoding import warm_detector

    warm_detector()


AHEAD = 8
"""Messages (chunks) a reader process keeps ready while the import is busy:
it reads on, at most this far ahead (a few MB)."""


def read_and_send(
    out: BinaryIO,
    paths: Sequence[Path],
    fmt: ImportFormat | None,
    mapping: MappingProfile | None,
    size: int,
    always: bool | None = None,
) -> None:
    """Each file in turn to ``out``: its format, its chunks with their digests
    and folded texts, its end; the error that stops the reading instead.
    ``always``: prepare every chunk (True), none (False), or while it pays (None).
    Reading goes on up to AHEAD messages ahead of the import (a thread writes
    them): the next file is read while the import applies the one before."""
    # Nothing it makes is cyclic garbage; the collector would only walk the records.
    collecting = gc.isenabled()
    gc.disable()
    sender = _Sender(out)
    try:
        for path in paths:
            _send_file(sender, path, fmt, mapping, size, always)
    except (BrokenPipeError, ConnectionResetError):
        return  # the import ended (cancelled, failed): nobody is listening
    except Exception as exc:  # every error crosses to the import
        sender.send_error(exc)
    finally:
        sender.close()
        if collecting:
            gc.enable()


def _send_file(
    sender: _Sender,
    path: Path,
    fmt: ImportFormat | None,
    mapping: MappingProfile | None,
    size: int,
    always: bool | None,
) -> None:
    from desktop.domain.name_keys import spacing_key
    from desktop.domain.text_search import fold
    from desktop.services.importing.digests import official_digest

    fmt = fmt or detect(path)
    rows = reader(fmt, mapping)(path)
    # What the reader found safe goes back with the start: the next import
    # of the same file (the preview's, then the import's) need not check again.
    sender.send((START, (fmt, getattr(rows, "estimate", None), checked_for(path))))
    for chunk in chunks(iter(rows), size):
        # The import has not yet taken the chunk before: it is the slower side
        # (new rows to write), and preparing what it would compute next (and
        # checking the values' lengths) costs the reader nothing. Otherwise (a
        # re-import of unchanged rows) the reader is the slower side: it sends
        # the records bare, the import computes what it needs (and checks only
        # the rows that changed).
        if always if always is not None else sender.busy():
            chunk.items = [
                too_long(i) or i if isinstance(i, ImportedRecommendation) else i
                for i in chunk.items
            ]
            chunk.prepared = [
                (
                    official_digest(i),
                    fold(i.text),
                    None if i.annotation_id or i.paragraph else spacing_key(i.text),
                )
                if isinstance(i, ImportedRecommendation) and i.is_recommendation
                else None
                for i in chunk.items
            ]
        sender.send((ROWS, chunk))
    sender.send((END, None))


class _Sender:
    """Messages written to ``out`` in order by a thread of their own, up to
    AHEAD of them waiting; ``out`` is closed by close()."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._waiting: queue.Queue[bytes | None] = queue.Queue(AHEAD)
        self._gone = threading.Event()  # nobody reads the pipe any more
        self._writing = False
        self._writer = threading.Thread(target=self._write, name="reader output", daemon=True)
        self._writer.start()

    def busy(self) -> bool:
        """Whether a message is still waiting, being written, or in the pipe
        unread: the import has not taken it yet (the first chunk of a file
        read ahead, while the import applies the file before, waits there)."""
        return self._writing or self._waiting.qsize() > 0 or unread_bytes(self._out) > 0

    def send(self, message: tuple[str, object]) -> None:
        self._put(pickle.dumps(message, pickle.HIGHEST_PROTOCOL))

    def send_error(self, exc: Exception) -> None:
        try:
            message = pickle.dumps((ERROR, exc), pickle.HIGHEST_PROTOCOL)
            pickle.loads(message)  # it must also come back whole
        except Exception:  # an error that does not pickle crosses as text
            message = pickle.dumps((ERROR, RuntimeError(f"{type(exc).__name__}: {exc}")))
        with suppress(BrokenPipeError):  # nobody is listening any more
            self._put(message)

    def close(self) -> None:
        """Write what waits, then close ``out``."""
        with suppress(BrokenPipeError):
            self._put(None)
        self._writer.join()
        with suppress(OSError):
            self._out.close()

    def _put(self, data: bytes | None) -> None:
        while not self._gone.is_set():
            with suppress(queue.Full):
                self._waiting.put(data, timeout=0.1)
                return
        raise BrokenPipeError("the import stopped reading")

    def _write(self) -> None:
        while (data := self._waiting.get()) is not None:
            self._writing = True
            try:
                _write_message(self._out, data)
            except OSError:
                self._gone.set()
                return
            finally:
                self._writing = False


def unread_bytes(out: BinaryIO) -> int:
    """Bytes written to the pipe ``out`` that the import has not read yet;
    0 where that cannot be asked. Linux answers FIONREAD on either end of a
    pipe; elsewhere (the BSDs, macOS: a buffer each way; Windows: no ioctl)
    the queue alone tells."""
    if _fionread is None:
        return 0
    waiting = array.array("i", [0])
    try:
        _fionread(out.fileno(), waiting)
    except (OSError, ValueError):
        return 0
    return waiting[0]


def _pipe_fionread() -> Callable[[int, array.array[int]], object] | None:
    if not sys.platform.startswith("linux"):
        return None
    import fcntl
    import termios

    return lambda fd, into: fcntl.ioctl(fd, termios.FIONREAD, into, True)


_fionread = _pipe_fionread()


_MARK = b"NMRF"
"""Each message's first bytes: anything else on the pipe is not the reader's."""
_LARGEST = 1 << 30
"""A chunk is at most a few hundred MB (2,000 rows of cells of at most 100,000 characters)."""


def _write_message(out: BinaryIO, data: bytes) -> None:
    # Its length first: the import reads the whole message, then unpickles it.
    out.write(_MARK + len(data).to_bytes(8, "little"))
    out.write(data)
    out.flush()


def read_message(stream: IO[bytes]) -> bytes:
    header = stream.read(len(_MARK) + 8)
    if len(header) < len(_MARK) + 8:
        raise EOFError("the reader's output ended")
    size = int.from_bytes(header[len(_MARK) :], "little")
    if not header.startswith(_MARK) or size > _LARGEST:
        raise ValueError("the reader's output is not a message")
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the reader's output ended within a message")
    return data
