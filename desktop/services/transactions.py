"""Running a write transaction again when the database asks for it.

PostgreSQL ends one of two transactions that lock the same rows in opposite
orders (a deadlock), or one that cannot be serialised, with an error that
means "run it again": nothing of it was kept. Those are retried a few times
after a short, growing pause; a failure after that is reported as
DatabaseBusyError ("try again"). SQLite writers already queue on the lock.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from desktop.store.errors import DatabaseBusyError

T = TypeVar("T")
ATTEMPTS = 4


def retry_conflicts(work: Callable[[], T], *, attempts: int = ATTEMPTS) -> T:
    """``work()``, run again when it fails on a retryable conflict."""
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except DatabaseBusyError as exc:
            if not exc.retryable or attempt == attempts:
                raise
            time.sleep(random.uniform(0.05, 0.25) * attempt)
    raise AssertionError("unreachable")
