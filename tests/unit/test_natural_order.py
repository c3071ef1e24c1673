"""The natural order of references (desktop.domain.natural_order): examples,
properties of the stored key, and the same order out of both engines' ORDER BY,
PostgreSQL included when its database sorts text by a language's rules."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from functools import cmp_to_key
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from desktop.domain.natural_order import KEY_LENGTH, natural_key, parse_reference
from desktop.services.database import open_database
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.services.register import RegisterFilter, Sort, register_ids
from desktop.store.models import Mechanism, SourceDocument


def in_natural_order(*references: str) -> None:
    keys = [natural_key(r) for r in references]
    assert keys == sorted(keys), references
    assert len(set(keys)) == len(keys), references


def test_paragraph_numbers() -> None:
    in_natural_order("140.1", "140.2", "140.10", "140.11", "140.100", "140.201", "141.1")
    in_natural_order("2", "10", "100")
    in_natural_order("12", "12(a)", "12(b)", "12(c)(ii)", "12(d)", "13")
    in_natural_order("6", "6.1", "6.1 bis", "6.1 ter", "6.2", "6.10")


def test_mixed_symbols() -> None:
    in_natural_order(
        "A/HRC/59/15 para 140.2",
        "A/HRC/59/15 para 140.10",
        "CRC/C/15/Add.1 para 9",
        "CRC/C/15/Add.1 para 12",
        "CRC/C/15/Add.2 para 1",
        "CRC/C/Add.1",  # a number before a word at the same place
    )
    in_natural_order("CEDAW/C/SVN/CO/7 para. 9", "CEDAW/C/SVN/CO/7 para. 49")


def test_same_place_whatever_the_case_spacing_or_punctuation() -> None:
    same = ["12(a)", "12 (A)", "12a", "12.a", "12 – a", "１２（ａ）"]
    assert {natural_key(r) for r in same} == {"000012.a"}
    assert natural_key("140.02") == natural_key("140.2")  # leading zeros do not count
    assert natural_key("CRC/C/15/Add.1") == natural_key("crc-c-15-add-1")


def test_key_shape() -> None:
    assert natural_key("A/HRC/59/15 para 140.2") == "a.hrc.000059.000015.para.000140.000002"
    assert natural_key("١٢٣") == "000123"  # Arabic-Indic digits are digits
    assert natural_key("—") == ""
    assert natural_key("1234567") == ":0071234567"  # after every six-digit number
    in_natural_order("999999", "1000000", "9999999", "10000000", "a")
    assert len(natural_key("1." * 200)) == KEY_LENGTH


# --- properties -------------------------------------------------------------------------

_PIECES = st.one_of(
    st.integers(0, 10**12).map(str),
    st.sampled_from(["a", "b", "bis", "ter", "Add", "para", "CO", "ß", "é", "Ω", "第", "段", "ü"]),
    st.sampled_from([".", " ", "/", "(", ")", "-", ", ", "para. ", "０", "٣"]),
)
REFERENCES = st.lists(_PIECES, max_size=12).map("".join)


def _cmp(a: Any, b: Any) -> int:
    return int(a > b) - int(a < b)


@settings(max_examples=400)
@given(REFERENCES, REFERENCES)
def test_the_key_orders_as_the_parsed_tuples(a: str, b: str) -> None:
    assert _cmp(natural_key(a), natural_key(b)) == _cmp(parse_reference(a), parse_reference(b))


@settings(max_examples=200)
@given(REFERENCES, REFERENCES)
def test_the_key_orders_the_same_as_bytes(a: str, b: str) -> None:
    """What SQLite (BINARY) and PostgreSQL ("C") compare: the UTF-8 bytes."""
    ka, kb = natural_key(a), natural_key(b)
    assert _cmp(ka.encode(), kb.encode()) == _cmp(ka, kb)
    assert "\x00" not in ka and len(ka) <= KEY_LENGTH


@settings(max_examples=200)
@given(st.lists(REFERENCES, max_size=30))
def test_sorting_by_key_is_sorting_the_parsed_tuples(references: list[str]) -> None:
    by_key = sorted(references, key=natural_key)
    assert [parse_reference(r) for r in by_key] == sorted(parse_reference(r) for r in references)


@settings(max_examples=200)
@given(REFERENCES, REFERENCES, REFERENCES)
def test_total_and_transitive(a: str, b: str, c: str) -> None:
    def cmp(x: str, y: str) -> int:
        return _cmp(natural_key(x), natural_key(y))

    assert cmp(a, b) == -cmp(b, a)  # total: one of <, =, >, consistently
    if cmp(a, b) <= 0 and cmp(b, c) <= 0:
        assert cmp(a, c) <= 0
    ordered = sorted([a, b, c], key=cmp_to_key(cmp))
    assert cmp(ordered[0], ordered[1]) <= 0 and cmp(ordered[1], ordered[2]) <= 0


_PREFIX = st.sampled_from(["", "140.", "A/HRC/59/15 para ", "CRC/C/", "x", "第"])
_SUFFIX = st.sampled_from(["", ".2", "(a)", " bis", "/Add.1", "b"])


@given(_PREFIX, st.integers(0, 10**15), st.integers(0, 10**15), _SUFFIX)
def test_numeric_runs_compare_as_numbers(prefix: str, m: int, n: int, suffix: str) -> None:
    assert _cmp(natural_key(f"{prefix}{m}{suffix}"), natural_key(f"{prefix}{n}{suffix}")) == _cmp(
        m, n
    )


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./() "))
def test_case_insensitive(reference: str) -> None:
    assert natural_key(reference) == natural_key(reference.swapcase())


# --- the engines sort the stored key the same way -----------------------------------------


def _tricky_references(count: int) -> list[str]:
    rng = random.Random(12)
    pieces = [
        *(str(n) for n in (0, 1, 2, 9, 10, 11, 99, 100, 101, 140, 201, 999999, 1000000)),
        *("a", "B", "bis", "Add", "para", "é", "E", "ß", "Ω", "第", "z", "Z"),
        *(".", " ", "/", "(", ")", "-", "_", "–", "."),
    ]
    found: dict[str, None] = {}
    while len(found) < count:
        reference = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 7))).strip()
        if reference:
            found.setdefault(reference, None)
    return list(found)


@pytest.fixture(params=["sqlite", pytest.param("postgresql-icu", marks=pytest.mark.postgres)])
def engine_url(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[str]:
    """SQLite, and PostgreSQL whose database collates by ICU's en-US rules (as a
    server installed with an English locale would), not byte by byte."""
    if request.param == "sqlite":
        yield str(tmp_path / "order.sqlite3")  # type: ignore[operator]
        return
    import psycopg

    server = request.getfixturevalue("pg_server")
    name = f"icu_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(
        f"host=127.0.0.1 port={server.port} user={server.user} dbname=postgres", autocommit=True
    ) as conn:
        conn.execute(
            f'CREATE DATABASE "{name}" TEMPLATE template0 LOCALE_PROVIDER icu'
            " ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'"
        )
    yield server.url(name)


def test_both_engines_order_the_stored_keys_naturally(engine_url: str) -> None:
    database = open_database(engine_url, create=True)
    try:
        factory = database.session_factory
        references = _tricky_references(400)
        with factory.begin() as session:
            upr = session.scalars(select(Mechanism).where(Mechanism.code == "UPR")).one()
            document = SourceDocument(mechanism=upr, symbol="A/HRC/59/15")
            session.add(document)
            session.flush()
            source_id = document.id
        bulk_create_recommendations(
            factory,
            (
                NewRecommendation("UPR", reference, f"text {n}", source_id=source_id)
                for n, reference in enumerate(references)
            ),
        )
        ids = register_ids(factory, RegisterFilter(), Sort("reference"))
        with factory() as session:
            rows = session.execute(text("SELECT id, reference FROM recommendation"))
            stored = {int(i): str(reference) for i, reference in rows}
        expected = sorted(stored, key=lambda i: (parse_reference(stored[i]), i))
        assert ids == expected
        descending = register_ids(factory, RegisterFilter(), Sort("reference", descending=True))
        assert descending == ids[::-1]
        if database.engine.dialect.name == "postgresql":
            with factory() as session:
                # The database's own collation would give another order: the
                # column's "C" collation is what keeps it natural.
                linguistic = list(
                    session.scalars(
                        text(
                            "SELECT id FROM recommendation ORDER BY source_id,"
                            ' reference_key COLLATE "default", id'
                        )
                    )
                )
            assert linguistic != ids
    finally:
        database.dispose()
