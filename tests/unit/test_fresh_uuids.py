"""UUIDs made many at a time are what uuid.uuid4 makes, as their hex."""

from __future__ import annotations

import uuid

from desktop.domain.fresh_uuids import fresh_uuid_hexes


def test_fresh_uuids_are_random_version_4_uuids() -> None:
    made = [uuid.UUID(hex=h) for h in fresh_uuid_hexes(5000)]
    assert len(made) == 5000
    assert len(set(made)) == 5000
    assert {u.version for u in made} == {4}
    assert {u.variant for u in made} == {uuid.RFC_4122}
    # Every other bit varies (random, not a counter or a constant).
    varying = 0
    for u in made:
        varying |= u.int ^ made[0].int
    assert bin(varying).count("1") == 122


def test_they_are_spelt_as_uuid_hex() -> None:
    for digits in fresh_uuid_hexes(100):
        assert len(digits) == 32
        assert uuid.UUID(digits).hex == digits  # lower case, no dashes


def test_none_asked_none_made() -> None:
    assert fresh_uuid_hexes(0) == []
