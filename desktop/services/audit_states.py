"""States (countries) in the audit trail, in the reader's language.

An entry names a State by its id (``country_id``: a document's State under
review, a spelling's country) or by the name the State had when the entry was
written: the label of an entry about a Country row, the recommending States of
a recommendation, the ``country`` of a document. The reference data names each
State with an ISO code in the six UN languages (reference_names.country_name,
as the register and the filters do); a State without a code, or one the
reference data does not list, keeps its stored name."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.services.audit import AuditRow
from desktop.services.reference_names import country_name, reference_names
from desktop.store.models import Country

STATE_FIELDS = frozenset({"recommending_states", "country"})
"""Fields whose values are States by the names they had (not by id)."""
CHUNK = 2500
"""At most this many ids and as many names in one query."""


def stored_state_names(rows: Sequence[AuditRow]) -> set[str]:
    """The names of States ``rows`` hold as text: labels of entries about
    Country rows, values of :data:`STATE_FIELDS`."""
    found: set[str] = set()
    for row in rows:
        if row.entity == "country" and row.label and row.label != "country":
            found.add(row.label)
        for key, pair in (row.changes or {}).items():
            if key in STATE_FIELDS:
                found.update(_texts(pair))
    return found


def _texts(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        if value:
            yield value
    elif isinstance(value, list):
        for one in value:
            yield from _texts(one)


def states_in(
    session: Session, ids: Iterable[int], stored: Iterable[str], language: str
) -> tuple[dict[int, str], dict[str, str]]:
    """The States with ``ids`` and those ``stored`` names name, in
    ``language``: (name by id, name by stored name). A stored name the
    database no longer holds (a State renamed since) is found by the
    reference data's English name."""
    id_list, name_list = sorted(set(ids)), sorted(set(stored))
    by_id: dict[int, tuple[str, str | None]] = {}
    code_of: dict[str, str | None] = {}
    for start in range(0, max(len(id_list), len(name_list)), CHUNK):
        some_ids, some_names = id_list[start : start + CHUNK], name_list[start : start + CHUNK]
        query = select(Country.id, Country.name, Country.iso2).where(
            or_(Country.id.in_(some_ids), Country.name.in_(some_names))
        )
        for country_id, name, iso2 in session.execute(query):
            by_id[country_id] = (name, iso2)
            code_of[name] = iso2
    english = {
        names["en"]: code for code, names in reference_names().countries.items() if "en" in names
    }
    wanted = set(id_list)
    named_ids = {
        i: country_name(iso2, language, name) for i, (name, iso2) in by_id.items() if i in wanted
    }
    named = {
        name: country_name(code_of.get(name) or english.get(name), language, name)
        for name in name_list
    }
    return named_ids, named
