"""Spare reader processes: started before an import needs them (when the
import dialog is given its files, and again after its preview), so that the
import's first chunk need not wait for a new interpreter to load the readers
and the encoding detector (about 0.1 s of a cold reader's start).

A spare loads what reading needs at low priority, says it is ready, and
waits for its task on standard input; an import takes one instead of
starting a reader (reader_process). Spares nobody takes are ended when the
dialog closes, and at the latest when the program exits; a spare whose
program is gone ends by itself (its standard input closes).

Nothing here blocks the interface: ending spares only closes their input
(they are reaped on a thread of their own), and waiting for a spare to be
ready happens outside the lock the interface's calls take, with a limit."""

from __future__ import annotations

import atexit
import pickle
import subprocess
import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from typing import IO

from desktop.services.importing.reader_child import READY, read_message

READY_WITHIN_S = 30.0
"""A spare that has not said it is ready after this long is ended (and the
import starts a reader of its own): loading takes a tenth of a second."""
_END_WAIT_S = 5.0
"""How long an unneeded spare is given to exit before it is killed."""


@dataclass
class Launched:
    """A reader process as started: the process, the file its error stream
    goes to, and (for a spare) whether it said it is ready."""

    process: subprocess.Popen[bytes]
    errors: IO[bytes]
    ready: bool = False
    _waiting: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def alive(self) -> bool:
        return self.process.poll() is None

    def wait_ready(self) -> bool:
        """Wait until the spare has loaded what reading needs; False if it
        stopped instead, or took longer than READY_WITHIN_S (it is then ended)."""
        with self._waiting:  # one reader of its pipe at a time
            if not self.ready:
                limit = threading.Timer(READY_WITHIN_S, self._kill)
                limit.daemon = True
                limit.start()
                try:
                    assert self.process.stdout is not None
                    kind, _ = pickle.loads(read_message(self.process.stdout))
                    self.ready = kind == READY
                except Exception:
                    return False
                finally:
                    limit.cancel()
            return self.ready

    def end(self) -> None:
        """End an unneeded spare without waiting for it: its input closed, it
        exits (reaped, or killed if it does not, on a thread of its own)."""
        with suppress(OSError):
            if self.process.stdin is not None:
                self.process.stdin.close()
        threading.Thread(target=self._reap, name="spare reader end", daemon=True).start()

    def _reap(self) -> None:
        try:
            self.process.wait(_END_WAIT_S)
        except subprocess.TimeoutExpired:
            self._kill()
            self.process.wait()
        with suppress(OSError):
            if self.process.stdout is not None:
                self.process.stdout.close()
        self.errors.close()

    def _kill(self) -> None:
        with suppress(OSError):
            self.process.kill()


_spares: list[Launched] = []
_lock = threading.Lock()


def prepare(count: int, start: Callable[[], Launched]) -> None:
    """Have ``count`` spares waiting (``start`` starts one); those that
    stopped are replaced."""
    with _lock:
        for spare in [s for s in _spares if not s.alive()]:
            _spares.remove(spare)
            spare.end()
        while len(_spares) < count:
            try:
                _spares.append(start())
            except Exception:  # no second process here: imports read in their own
                return


def take() -> Launched | None:
    """A spare that is ready (waiting for it if it is still loading), or
    None when there is none."""
    while True:
        with _lock:
            if not _spares:
                return None
            spare = _spares.pop(0)
        if spare.alive() and spare.wait_ready():
            return spare
        spare.end()


def wait_all_ready() -> int:
    """Wait until every spare is ready; how many are."""
    with _lock:
        waiting = list(_spares)
    return sum(spare.wait_ready() for spare in waiting)


def spare_pids() -> list[int]:
    with _lock:
        return [spare.process.pid for spare in _spares if spare.alive()]


def end_all() -> None:
    """End the spares nobody took (the dialog closed, the program exits)."""
    with _lock:
        ending = list(_spares)
        _spares.clear()
    for spare in ending:
        spare.end()


atexit.register(end_all)
