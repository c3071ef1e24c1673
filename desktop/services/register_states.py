"""Sorting the register by its recommending States as the screen names them.

The register names each State in the interface language and lists a
recommendation's States in that language's order (``register_rows``). Sorted
by that column, recommendations follow the same order: by their first State
as shown, then their second, and so on; those without States come last.

The order of names comes from the caller (a screen passes its locale's
collation, which SQL does not have). It is applied to the ~200 countries in
Python and handed to SQL as one string of their ids in that order; a
recommendation's sort key is the positions of its States in that string,
sorted, so the sort runs in SQL over the link table's index and no
recommendation is read into memory.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, String, bindparam, cast, func, literal, select
from sqlalchemy.orm import Session

from desktop.services.reference_names import country_name
from desktop.store import core_tables as core
from desktop.store.models import recommendation_recommending_state

FIRST_CHARACTER = 0x100
"""Positions become characters from here on: two UTF-8 bytes each, so that
comparing the keys byte by byte compares the positions in order."""
LAST_CHARACTER = 0xD7FF
"""The last character before the surrogates (SQLite's char() cannot make those)."""


def countries_in_name_order(
    session: Session, language: str, name_key: Callable[[str], Any]
) -> list[int]:
    """Every country's id, in the order of its name in ``language`` under
    ``name_key`` (ties in id order)."""
    named = [
        (int(i), country_name(code, language, str(name)))
        for i, name, code in session.execute(
            select(core.country.c.id, core.country.c.name, core.country.c.iso2).order_by(
                core.country.c.id
            )
        )
    ]
    named.sort(key=lambda pair: name_key(pair[1]))
    return [i for i, _ in named]


def states_sort_key(ordered_ids: list[int], dialect: str) -> ColumnElement[Any]:
    """A recommendation's sort key by its States, given every country's id in
    name order: NULL for a recommendation without States. On PostgreSQL an
    array of the States' positions, ascending (arrays compare element by
    element, a shorter one first when it is the other's beginning); on SQLite
    a string holding each position, ascending, as one character (as digits of
    one width with thousands of countries), which compares as the arrays do."""
    link = recommendation_recommending_state
    order = "," + ",".join(str(i) for i in ordered_ids) + ","
    wanted = literal(",") + cast(link.c.country_id, String) + literal(",")
    states = bindparam("state_order", order, type_=String)
    own = link.c.recommendation_id == core.recommendation.c.id
    if dialect == "postgresql":
        # Imported here: the PostgreSQL dialect (with asyncio) costs a SQLite
        # start 17 ms.
        from sqlalchemy.dialects.postgresql import aggregate_order_by

        position = func.strpos(states, wanted)
        return (
            select(func.array_agg(aggregate_order_by(position, position)))
            .where(own)
            .correlate(core.recommendation)
            .scalar_subquery()
        )
    position = func.instr(states, wanted)
    if FIRST_CHARACTER + len(order) <= LAST_CHARACTER:
        character = func.char(FIRST_CHARACTER + position).label("state")
    else:  # thousands of countries: positions as digits of one width instead
        character = func.printf(f"%0{len(str(len(order)))}d", position).label("state")
    ordered = (
        select(character).where(own).order_by(character).correlate(core.recommendation).subquery()
    )
    # group_concat follows the order of the subquery it reads (SQLite does not
    # flatten an ordered subquery into an aggregate).
    return select(func.group_concat(ordered.c.state, "")).scalar_subquery()
