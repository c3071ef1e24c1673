"""Where an imported recommendation belongs: its mechanism, its source
document, and the stored recommendation it is (by stable key), within the
import's transaction.

Stable keys, strongest first: the OHCHR annotation id; else the
source document and paragraph; else, for files without paragraph numbers
(UPR Info), the source document, the text and the recommending States."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.domain.name_keys import vocabulary_key
from desktop.domain.vocab import MechanismKind
from desktop.services.importing.records import ImportedRecommendation
from desktop.services.name_lookups import name_key
from desktop.services.recommendations import Lookups
from desktop.store.models import (
    Mechanism,
    Recommendation,
    SourceDocument,
    recommendation_recommending_state,
)
from desktop.store.vocabulary import alias_groups

_TRAILING_CODE = re.compile(r"[(\[]\s*([A-Za-z]{2,10})\s*[)\]]\s*$")
_SPECIAL_PROCEDURE = re.compile(
    r"^(special rapporteur|independent expert|working group (?!on the universal))", re.I
)


class MechanismResolver:
    """A body as files name it → a mechanism id, by code, name or a known
    alias on the vocabulary's key (desktop.domain.name_keys), or by a code in
    trailing brackets (``Committee against Torture (CAT)``); unknown bodies
    are created (kind "other") and listed in the import summary."""

    def __init__(self, session: Session, lookups: Lookups) -> None:
        self.session = session
        self.lookups = lookups
        self.by_key: dict[str, int] = {}
        for code, name, mechanism_id in session.execute(
            select(Mechanism.code, Mechanism.name, Mechanism.id)
        ):
            self.by_key[vocabulary_key(code)] = mechanism_id
            self.by_key.setdefault(vocabulary_key(name), mechanism_id)
        for code, *names in alias_groups("mechanisms"):
            found = self.by_key.get(vocabulary_key(code))
            if found is not None:
                for name in names:
                    self.by_key.setdefault(vocabulary_key(name), found)
        self.created: list[str] = []
        self._codes: dict[int, str] = {}

    def resolve(self, body: str) -> int:
        key = vocabulary_key(body)
        if key in self.by_key:
            return self.by_key[key]
        bracketed = _TRAILING_CODE.search(body)
        if bracketed and vocabulary_key(bracketed.group(1)) in self.by_key:
            return self.by_key[vocabulary_key(bracketed.group(1))]
        if _SPECIAL_PROCEDURE.match(body.strip()) and "sp" in self.by_key:
            return self.by_key["sp"]
        code = self._new_code(body)
        mechanism = Mechanism(code=code, kind=MechanismKind.OTHER, name=body.strip()[:300])
        self.session.add(mechanism)
        self.session.flush()
        self.by_key[key] = self.by_key[vocabulary_key(code)] = mechanism.id
        self.lookups.mechanisms[code] = mechanism.id
        self.created.append(body.strip())
        return mechanism.id

    def code_of(self, mechanism_id: int) -> str:
        if len(self._codes) != len(self.lookups.mechanisms):
            self._codes = {i: c for c, i in self.lookups.mechanisms.items()}
        return self._codes[mechanism_id]

    def _new_code(self, body: str) -> str:
        words = re.findall(r"[^\W\d_]+", body)
        initials = "".join(w[0] for w in words if w[0].isupper()) or body.strip()[:8]
        base = initials.upper()[:24] or "BODY"
        code, n = base, 1
        while vocabulary_key(code) in self.by_key:
            n += 1
            code = f"{base}{n}"
        return code


@dataclass
class SourceKey:
    mechanism_id: int
    symbol: str | None
    session: str | None
    country_id: int | None
    cycle: int | None

    def as_tuple(self) -> tuple[object, ...]:
        if self.symbol:
            return (self.mechanism_id, self.symbol)
        return (self.mechanism_id, None, self.session, self.country_id, self.cycle)


@dataclass
class StoredSource:
    """A source document and the keys of the recommendations stored under it."""

    id: int
    loaded: bool = True
    """False until the keys below are read (only files without annotation ids need them)."""
    by_paragraph: dict[str, int] = field(default_factory=dict)
    by_text: dict[tuple[str, frozenset[int]], int] = field(default_factory=dict)
    references: set[str] = field(default_factory=set)
    next_number: int = 1


class SourceResolver:
    """Source documents by symbol (or, without one, by mechanism, session,
    State and cycle), created when missing, with their recommendations' keys
    loaded once per document."""

    def __init__(self, session: Session, lookups: Lookups) -> None:
        self.session = session
        self.lookups = lookups
        self.sources: dict[tuple[object, ...], StoredSource] = {}
        self.created: list[str] = []

    def resolve(self, key: SourceKey, item: ImportedRecommendation, code: str) -> StoredSource:
        """The document of ``key``; one created is titled after ``item`` and its
        mechanism's ``code``."""
        found = self.sources.get(key.as_tuple())
        if found is not None:
            return found
        query = select(SourceDocument).where(SourceDocument.mechanism_id == key.mechanism_id)
        if key.symbol:
            query = query.where(SourceDocument.symbol == key.symbol)
        else:
            query = query.where(
                SourceDocument.symbol.is_(None),
                _equal_or_null(SourceDocument.session, key.session),
                _equal_or_null(SourceDocument.country_id, key.country_id),
                _equal_or_null(SourceDocument.cycle, key.cycle),
            )
        document = self.session.scalars(query.limit(1)).first()
        if document is None:
            title = source_title(item, code)
            document = SourceDocument(
                mechanism_id=key.mechanism_id,
                symbol=key.symbol,
                title=title,
                cycle=key.cycle,
                session=key.session,
                country_id=key.country_id,
                document_date=item.source_date,
                response_symbol=_response_document(item.response_symbol),
            )
            self.session.add(document)
            self.session.flush()
            self.created.append(key.symbol or title)
            stored = StoredSource(document.id)
        else:
            stored = StoredSource(document.id, loaded=False)
        self.sources[key.as_tuple()] = stored
        return stored

    def load_keys(self, stored: StoredSource) -> StoredSource:
        """Read the keys of the recommendations stored under ``stored`` (once)."""
        if stored.loaded:
            return stored
        stored.loaded = True
        source_id = stored.id
        rows = self.session.execute(
            select(
                Recommendation.id,
                Recommendation.paragraph,
                Recommendation.reference,
                Recommendation.text,
            ).where(Recommendation.source_id == source_id)
        ).all()
        states: dict[int, set[int]] = {}
        for rec_id, country_id in self.session.execute(
            select(
                recommendation_recommending_state.c.recommendation_id,
                recommendation_recommending_state.c.country_id,
            )
            .join(
                Recommendation,
                Recommendation.id == recommendation_recommending_state.c.recommendation_id,
            )
            .where(Recommendation.source_id == source_id)
        ):
            states.setdefault(rec_id, set()).add(country_id)
        for rec_id, paragraph, reference, text in rows:
            if paragraph:
                stored.by_paragraph.setdefault(paragraph, rec_id)
            stored.by_text[(name_key(text), frozenset(states.get(rec_id, ())))] = rec_id
            stored.references.add(reference)
        stored.next_number = len(rows) + 1
        return stored


def _equal_or_null(column: InstrumentedAttribute[Any], value: object) -> ColumnElement[bool]:
    return column.is_(None) if value is None else column == value


def _response_document(response_symbol: str | None) -> str | None:
    """``A/HRC/59/15/Add.1 - Para.3`` → ``A/HRC/59/15/Add.1``."""
    if not response_symbol:
        return None
    return re.split(r"\s+-\s+", response_symbol)[0].strip()[:100] or None


def source_title(item: ImportedRecommendation, mechanism_code: str) -> str:
    """A readable title for a document created by an import."""
    parts = [mechanism_code]
    if item.session:
        parts.append(f"session {item.session}")
    elif item.cycle:
        parts.append(f"cycle {item.cycle}")
    if item.country:
        parts.append(item.country)
    return " – ".join(parts) if len(parts) > 1 else f"{mechanism_code} (imported)"


def country_id(lookups: Lookups, name: str | None) -> int | None:
    return lookups.countries.get(name) if name else None
