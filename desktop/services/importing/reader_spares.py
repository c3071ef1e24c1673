"""Spare reader processes: started before an import needs them (when the
import dialog is given its files, and again after its preview), so that the
import's first chunk need not wait for a new interpreter to load the readers
and the encoding detector (about 0.1 s of a cold reader's start).

A spare loads what reading needs at low priority, says it is ready, and
waits for its task on standard input; an import takes one instead of
starting a reader (reader_process). Spares nobody takes are ended when the
dialog closes, and at the latest when the program exits; a spare whose
program is gone ends by itself (its standard input closes)."""

from __future__ import annotations

import atexit
import pickle
import subprocess
import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import IO

from desktop.services.importing.reader_child import READY, read_message

_END_WAIT_S = 2.0
"""How long an unneeded spare is given to exit before it is killed."""


@dataclass
class Launched:
    """A reader process as started: the process, the file its error stream
    goes to, and (for a spare) whether it said it is ready."""

    process: subprocess.Popen[bytes]
    errors: IO[bytes]
    ready: bool = False

    def alive(self) -> bool:
        return self.process.poll() is None

    def end(self) -> None:
        """End an unneeded spare: no task (its input closed), so it exits."""
        with suppress(OSError):
            if self.process.stdin is not None:
                self.process.stdin.close()
        try:
            self.process.wait(_END_WAIT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        with suppress(OSError):
            if self.process.stdout is not None:
                self.process.stdout.close()
        self.errors.close()

    def wait_ready(self) -> bool:
        """Wait until the spare has loaded what reading needs; False if it
        stopped instead (it is of no use then)."""
        if not self.ready:
            try:
                assert self.process.stdout is not None
                kind, _ = pickle.loads(read_message(self.process.stdout))
            except Exception:
                return False
            self.ready = kind == READY
        return self.ready


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
            except OSError:  # no second process here: imports read in their own
                return


def take() -> Launched | None:
    """A spare that is ready (waiting for it if it is still loading), or
    None when there is none."""
    with _lock:
        while _spares:
            spare = _spares.pop(0)
            if spare.alive() and spare.wait_ready():
                return spare
            spare.end()
    return None


def wait_all_ready() -> int:
    """Wait until every spare is ready; how many are."""
    with _lock:
        return sum(spare.wait_ready() for spare in _spares)


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
