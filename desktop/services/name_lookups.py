"""Names to ids, within one session, creating unknown names on first use
(DOMAIN.md: unknown values met in files are created, never dropped).

Themes and groups of persons match on their stored key (one vocabulary:
``Budget & resources…`` is ``Budget and resources (…)``); States, UPR Info
issues and mechanisms on the same key computed here; clusters and column
headers only ignore case and spacing (:func:`name_key`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.name_keys import spacing_key, vocabulary_key
from desktop.store.models import AffectedPersons, Country, CountryAlias, Theme
from desktop.store.vocabulary import affected_persons_key, theme_key


@lru_cache(maxsize=65536)  # the same texts and headers recur on every row of an import
def name_key(name: str) -> str:
    """spacing_key, remembered."""
    return spacing_key(name)


def clean_name(name: str) -> str:
    """A name as stored: runs of whitespace made one space, trimmed."""
    return " ".join(name.split())


class NameLookup:
    """Names to ids for one table, creating unknown names on first use.
    ``created`` lists the names this lookup added, for an import's summary."""

    def __init__(
        self,
        session: Session,
        model: Any,
        column: Any,
        aliases: dict[str, int] | None = None,
        *,
        key: Callable[[str], str] = name_key,
    ):
        self.session = session
        self.model = model
        self.key = key
        self.ids: dict[str, int] = {}
        for name, row_id in session.execute(select(column, model.id)):
            self.ids.setdefault(key(str(name)), int(row_id))
        for alias, target in (aliases or {}).items():
            self.ids.setdefault(key(alias), target)
        self.created: list[str] = []
        self.seen: dict[str, int] = {}
        """Ids by the very spelling asked for: the same names recur on every row
        of an import, and computing their key is most of a lookup's cost."""

    def find(self, name: str) -> int | None:
        return self.ids.get(self.key(name))

    def get(self, name: str, **extra: Any) -> int:
        found = self.seen.get(name)
        if found is None:
            found = self.find(name)
            if found is None:
                found = self._create(name, **extra)
            self.seen[name] = found
        return found

    def _create(self, name: str, **extra: Any) -> int:
        row = self.model(name=clean_name(name), **extra)
        self.session.add(row)
        self.session.flush()
        self.ids[self.key(name)] = int(row.id)
        self.created.append(row.name)
        return int(row.id)


class VocabularyLookup(NameLookup):
    """Themes or groups of persons by their stored matching key: a name whose
    key is known links to the row that has it, whatever its spelling. A theme
    that a file gives with a UHRI code (``A12``) and an unknown name links to
    the one theme holding that code, if exactly one does."""

    def __init__(self, session: Session, model: type[Theme] | type[AffectedPersons]) -> None:
        self.session = session
        self.model = model
        self.key = theme_key if model is Theme else affected_persons_key
        # The stored keys are keys already (unique): one dictionary lookup per name.
        self.ids = {}
        # And by name: should the alias groups change before a migration computes
        # the stored keys again, a name stored is still found, not created twice.
        self.by_name: dict[str, int] = {}
        for stored_key, name, row_id in session.execute(
            select(model.name_key, model.name, model.id)
        ):
            self.ids[str(stored_key)] = int(row_id)
            self.by_name[name_key(str(name))] = int(row_id)
        self.created = []
        self.seen = {}
        self.by_code: dict[str, int] = {}
        if model is Theme:
            for code, theme_id in session.execute(
                select(Theme.code, func.min(Theme.id))
                .where(Theme.code.is_not(None))
                .group_by(Theme.code)
                .having(func.count() == 1)
            ):
                self.by_code[str(code).casefold()] = int(theme_id)

    def get(self, name: str, **extra: Any) -> int:
        found = self.seen.get(name)
        if found is None:
            found = self.seen[name] = self._resolve(name, extra)
        return found

    def _resolve(self, name: str, extra: dict[str, Any]) -> int:
        found = self.find(name)
        if found is None:
            found = self.by_name.get(name_key(name))
        if found is not None:
            return found
        code = extra.get("code")
        if code and code.casefold() in self.by_code:
            found = self.ids[self.key(name)] = self.by_code[code.casefold()]
            return found
        return self._create(name, **extra)

    def _create(self, name: str, **extra: Any) -> int:
        if not extra.get("code"):
            extra.pop("code", None)
        found = super()._create(name, **extra)
        if extra.get("code"):
            self.by_code.setdefault(str(extra["code"]).casefold(), found)
        return found


def country_lookup(session: Session) -> NameLookup:
    """Countries by name, by the spellings met in files, and by ISO code
    (two-letter codes leak into UHRI exports), on the vocabulary's key
    (``Bosnia & Herzegovina``, ``Venezuela, Bolivarian Republic of``)."""
    aliases = {
        str(a): int(c)
        for a, c in session.execute(select(CountryAlias.alias, CountryAlias.country_id))
    }
    for code, country_id in session.execute(
        select(Country.iso2, Country.id).where(Country.iso2.is_not(None))
    ):
        aliases[str(code)] = int(country_id)
    return NameLookup(session, Country, Country.name, aliases, key=vocabulary_key)
