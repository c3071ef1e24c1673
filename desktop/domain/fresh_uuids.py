"""Random (version 4) UUIDs made many at a time, as the 32 hex digits SQLite
stores: an import of 250,000 rows gives each new recommendation one."""

from __future__ import annotations

import os

_VERSION = bytes((b & 0x0F) | 0x40 for b in range(256))
"""Byte 6 of a UUID with its high nibble made the version, 4."""
_VARIANT = bytes((b & 0x3F) | 0x80 for b in range(256))
"""Byte 8 of a UUID with its two high bits made the RFC 4122 variant."""


def fresh_uuid_hexes(count: int) -> list[str]:
    """``count`` UUIDs as uuid.uuid4 makes them, each as its ``hex`` (32
    lower-case hex digits), from one read of the system's random source. The
    version and variant bits are set for all at once (bytes.translate over
    every 16th byte): making UUID objects and asking each for its hex took
    eight times as long."""
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = raw[6::16].translate(_VERSION)
    raw[8::16] = raw[8::16].translate(_VARIANT)
    digits = raw.hex()
    return [digits[k : k + 32] for k in range(0, 32 * count, 32)]
