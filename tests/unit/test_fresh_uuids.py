"""UUIDs made many at a time are version-4 UUIDs like uuid.uuid4's, all different."""

from __future__ import annotations

import uuid

from desktop.domain.fresh_uuids import fresh_uuids


def test_fresh_uuids_are_random_version_4_uuids() -> None:
    made = fresh_uuids(5000)
    assert len(made) == 5000
    assert len(set(made)) == 5000
    assert all(isinstance(u, uuid.UUID) for u in made)
    assert {u.version for u in made} == {4}
    assert {u.variant for u in made} == {uuid.RFC_4122}
    # Every other bit varies (random, not a counter or a constant).
    varying = 0
    for u in made:
        varying |= u.int ^ made[0].int
    assert bin(varying).count("1") == 122
    assert all(uuid.UUID(str(u)) == u and uuid.UUID(hex=u.hex) == u for u in made[:100])


def test_none_asked_none_made() -> None:
    assert fresh_uuids(0) == []
