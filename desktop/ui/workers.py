"""Work off the GUI thread, results on it.

``run_task(fn, on_done, on_error, on_progress)`` runs ``fn`` in the global
QThreadPool; its result or exception comes back through signals of an object
living on the GUI thread, so the callbacks run there. Tests switch to
synchronous mode to make runs deterministic (pattern of Picard's
``picard/util/thread.py``).
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

ProgressFn = Callable[[int], None]

_synchronous = False
_running: set[_Signals] = set()


def set_synchronous(enabled: bool) -> None:
    """Run tasks at once on the calling thread (tests)."""
    global _synchronous
    _synchronous = enabled


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int)


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, wants_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.wants_progress = wants_progress

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit) if self.wants_progress else self.fn()
        except Exception as exc:  # handed to on_error on the GUI thread
            log.debug("background task failed", exc_info=True)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def _takes_progress(fn: Callable[..., Any]) -> bool:
    try:
        return len(inspect.signature(fn).parameters) >= 1
    except (TypeError, ValueError):
        return False


def run_task(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[int], None] | None = None,
) -> None:
    """Run ``fn()`` (or ``fn(progress)`` when it takes an argument) in the background."""
    signals = _Signals()
    wants_progress = _takes_progress(fn)
    if on_progress is not None:
        signals.progress.connect(on_progress)

    def finish_done(result: Any) -> None:
        _running.discard(signals)
        on_done(result)

    def finish_failed(exc: Any) -> None:
        _running.discard(signals)
        on_error(exc)

    signals.done.connect(finish_done)
    signals.failed.connect(finish_failed)
    _running.add(signals)  # keep the signal object alive until the task reports
    task = _Task(fn, signals, wants_progress)
    if _synchronous:
        task.run()
    else:
        QThreadPool.globalInstance().start(task)


def wait_for_all(msecs: int = 30_000) -> bool:
    """Wait for background tasks to finish (shutdown, tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
