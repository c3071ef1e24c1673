"""Milliseconds since this process started (for ``gui --smoke-test``)."""

from __future__ import annotations

import os
import time

_IMPORTED_AT = time.monotonic()


def _process_age_linux() -> float | None:
    """Seconds since the kernel started this process, read from /proc."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        start_ticks = int(fields[19])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def elapsed_ms() -> int:
    age = _process_age_linux()
    if age is None:
        age = time.monotonic() - _IMPORTED_AT
    return round(age * 1000)


def started_at() -> float:
    """When this process started, in seconds since the epoch (``time.time()``)."""
    age = _process_age_linux()
    if age is None:
        age = time.monotonic() - _IMPORTED_AT
    return time.time() - age


def ready_message() -> str:
    """What ``gui --smoke-test`` prints once the window has shown its data."""
    return f"ready {elapsed_ms()}"
