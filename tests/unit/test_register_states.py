"""The register sorted by recommending States follows the names it shows, in
the interface language and under the order the screen gives (its locale's
collation), in SQL on both engines: by the first State shown, then the next;
recommendations without States last either way."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import select

from desktop.services.database import Database, open_database
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.services.register import RegisterFilter, Sort, register_ids, register_rows
from desktop.services.register_states import countries_in_name_order, states_sort_key
from desktop.store.models import Country, Recommendation

OWN_STATE = "Republic of Aldavia"  # no code: named so in every language
ITEMS = [
    ("1", ("France",)),
    ("2", ("Brazil", "Republic of Korea")),
    ("3", ("Republic of Korea",)),
    ("4", ()),  # a treaty body's: no State
    ("5", ("Brazil",)),
    ("6", (OWN_STATE, "France")),
    ("7", ("Brazil", "France")),
    ("8", ()),
    ("9", ("France",)),
]
# Pinyin, as a Chinese collation orders these names (code points would put
# 大 U+5927 before 巴 U+5DF4 and 法 U+6CD5).
PINYIN = {"巴西": "ba xi", "大韩民国": "da han min guo", "法国": "fa guo"}


def pinyin(name: str) -> str:
    return PINYIN.get(name, name.casefold())


@pytest.fixture
def states_db(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    with db.session_factory.begin() as session:
        session.add(Country(name=OWN_STATE))
    bulk_create_recommendations(
        db.session_factory,
        [
            NewRecommendation("UPR", f"9.{ref}", f"Text {ref}.", recommending_states=states)
            for ref, states in ITEMS
        ],
    )
    yield db
    db.dispose()


def _sorted(
    db: Database, language: str, key: Callable[[str], Any], descending: bool = False
) -> list[tuple[str, str]]:
    factory = db.session_factory
    ids = register_ids(
        factory, RegisterFilter(), Sort("recommending_states", descending), language, key
    )
    return [
        (r.reference, r.recommending_states) for r in register_rows(factory, ids, language, key)
    ]


def test_sorted_by_states_in_chinese_follows_the_chinese_names(states_db: Database) -> None:
    # 大韩民国 (da) before 法国 (fa): in English Korea would come after France.
    assert _sorted(states_db, "zh", pinyin) == [
        ("9.5", "巴西"),  # a shorter list before the ones it begins
        ("9.2", "巴西, 大韩民国"),
        ("9.7", "巴西, 法国"),
        ("9.3", "大韩民国"),
        ("9.1", "法国"),  # equal: in id order
        ("9.9", "法国"),
        ("9.6", f"法国, {OWN_STATE}"),
        ("9.4", ""),  # no State: last
        ("9.8", ""),
    ]


def test_descending_reverses_the_order_and_keeps_recommendations_without_states_last(
    states_db: Database,
) -> None:
    ascending = _sorted(states_db, "zh", pinyin)
    descending = _sorted(states_db, "zh", pinyin, descending=True)
    assert descending[:7] == ascending[6::-1]
    assert descending[7:] == [("9.8", ""), ("9.4", "")]


def test_sorted_by_states_in_arabic_follows_the_arabic_names(states_db: Database) -> None:
    # البرازيل, جمهورية كوريا, فرنسا: Brazil, Korea, France (a name without an
    # Arabic one, in Latin letters, first).
    assert _sorted(states_db, "ar", str.casefold) == [
        ("9.6", f"{OWN_STATE}, فرنسا"),
        ("9.5", "البرازيل"),
        ("9.2", "البرازيل, جمهورية كوريا"),
        ("9.7", "البرازيل, فرنسا"),
        ("9.3", "جمهورية كوريا"),
        ("9.1", "فرنسا"),
        ("9.9", "فرنسا"),
        ("9.4", ""),
        ("9.8", ""),
    ]


def test_english_by_default(states_db: Database) -> None:
    ids = register_ids(states_db.session_factory, RegisterFilter(), Sort("recommending_states"))
    rows = register_rows(states_db.session_factory, ids)
    assert [r.reference for r in rows] == [
        "9.5", "9.7", "9.2", "9.1", "9.9", "9.6", "9.3", "9.4", "9.8"
    ]  # fmt: skip
    assert rows[1].recommending_states == "Brazil, France"


def test_the_order_is_that_of_the_cells_as_shown_with_a_filter_too(states_db: Database) -> None:
    factory = states_db.session_factory
    filt = RegisterFilter(text="Text")
    ids = register_ids(factory, filt, Sort("recommending_states"), "zh", pinyin)
    assert len(ids) == len(ITEMS)
    rows = register_rows(factory, ids, "zh", pinyin)
    shown = [[pinyin(n) for n in r.recommending_states.split(", ") if n] for r in rows]
    assert shown == sorted(shown, key=lambda names: (not names, names))
    one = RegisterFilter(recommending_state_ids=_ids_of(states_db, "Brazil"))
    ids = register_ids(factory, one, Sort("recommending_states"), "zh", pinyin)
    assert [r.reference for r in register_rows(factory, ids)] == ["9.5", "9.2", "9.7"]


def test_countries_in_name_order_holds_every_country(states_db: Database) -> None:
    with states_db.session_factory() as session:
        order = countries_in_name_order(session, "zh", pinyin)
        everyone = session.query(Country.id).count()
    assert len(order) == len(set(order)) == everyone
    brazil, korea, france = (
        _ids_of(states_db, name)[0] for name in ("Brazil", "Republic of Korea", "France")
    )
    assert order.index(brazil) < order.index(korea) < order.index(france)


def test_thousands_of_countries_sort_the_same_way(states_db: Database) -> None:
    """Past the characters one position each can take (SQLite), positions are
    written as digits of one width: the order stays the same."""
    factory = states_db.session_factory
    with factory() as session:
        dialect = session.get_bind().dialect.name
        order = countries_in_name_order(session, "zh", pinyin)
        many = [*order, *range(10**6, 10**6 + 9000)]  # ids no country has
        query = select(Recommendation.id).where(Recommendation.archived.is_(False))
        shown = [
            list(
                session.scalars(
                    query.order_by(states_sort_key(ids, dialect).nulls_last(), Recommendation.id)
                )
            )
            for ids in (order, many)
        ]
    assert (
        shown[0]
        == shown[1]
        == register_ids(factory, RegisterFilter(), Sort("recommending_states"), "zh", pinyin)
    )


def _ids_of(db: Database, name: str) -> tuple[int, ...]:
    with db.session_factory() as session:
        return tuple(session.scalars(select(Country.id).where(Country.name == name)))
