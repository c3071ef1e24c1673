"""What the register page reads from the database: the ordered ids of the
recommendations a filter shows (with the filter choices and the saved views),
and the display rows of a page of them, States named in the interface
language and ordered by its collation, in a cell and when sorted by them."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session, sessionmaker

from desktop.services.choices import FilterChoices, filter_choices
from desktop.services.register import (
    RegisterFilter,
    RegisterRow,
    Sort,
    register_ids,
    register_rows,
)
from desktop.services.saved_views import View, list_views
from desktop.ui.collation import name_sort_key
from desktop.ui.i18n import interface_language

RegisterRead = tuple[list[int], FilterChoices, list[View]]


def read_register(
    factory: sessionmaker[Session], filt: RegisterFilter, sort: Sort, language: str
) -> RegisterRead:
    """The ids ``filt`` shows in ``sort`` order (names in ``language``, in the
    interface locale's order), the filter choices and the saved views."""
    choices = filter_choices(factory, language)
    ids = register_ids(factory, filt, sort, language, name_sort_key())
    return ids, choices, list_views(factory)


def fetch_rows(factory: sessionmaker[Session], ids: Sequence[int]) -> list[RegisterRow]:
    """The display rows of ``ids``, in that order."""
    return register_rows(factory, ids, interface_language(), name_sort_key())
