"""Random (version 4) UUIDs made many at a time: an import of 250,000 rows
gives each new recommendation one."""

from __future__ import annotations

import os
import uuid

_VERSION_BITS = (0xF000 << 64) | (0xC000 << 48)
"""The bits uuid.UUID(version=4) sets: the version nibble and the variant."""
_CLEARED = ((1 << 128) - 1) & ~_VERSION_BITS
_VERSION_4 = (0x4000 << 64) | (0x8000 << 48)


def fresh_uuids(count: int) -> list[uuid.UUID]:
    """``count`` UUIDs as uuid.uuid4 makes them, from one read of the system's
    random source (uuid4 reads it once per UUID: twice the time)."""
    raw = os.urandom(16 * count)
    from_bytes = int.from_bytes
    return [
        uuid.UUID(int=(from_bytes(raw[k : k + 16]) & _CLEARED) | _VERSION_4)
        for k in range(0, 16 * count, 16)
    ]
