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

    def find(self, body: str) -> int | None:
        """The mechanism ``body`` names, if there is one (none is created)."""
        key = vocabulary_key(body)
        if key in self.by_key:
            return self.by_key[key]
        bracketed = _TRAILING_CODE.search(body)
        if bracketed and vocabulary_key(bracketed.group(1)) in self.by_key:
            return self.by_key[vocabulary_key(bracketed.group(1))]
        if _SPECIAL_PROCEDURE.match(body.strip()) and "sp" in self.by_key:
            return self.by_key["sp"]
        return None

    def resolve(self, body: str) -> int:
        found = self.find(body)
        if found is not None:
            return found
        key = vocabulary_key(body)
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
    imported: set[str] | None = None
    """The digests of official values its stored recommendations were imported
    with, once read (load_all_digests): a row whose digest is among them is as
    the file said at an earlier import."""


class SourceResolver:
    """Source documents by symbol (or, without one, by mechanism, session,
    State and cycle), created when missing, with their recommendations' keys
    loaded once per document. The stored documents are read once, on first use."""

    def __init__(self, session: Session, lookups: Lookups) -> None:
        self.session = session
        self.lookups = lookups
        self.sources: dict[tuple[object, ...], StoredSource] = {}
        self.created: list[str] = []
        self._stored: dict[tuple[object, ...], int] | None = None
        self._pending: list[tuple[SourceDocument, StoredSource]] = []

    def resolve(
        self, key: SourceKey, item: ImportedRecommendation, code: str, *, flush: bool = True
    ) -> StoredSource:
        """The document of ``key``; one created is titled after ``item`` and its
        mechanism's ``code``. With ``flush`` False a created document has no id
        until :meth:`flush` (one INSERT for a whole chunk's new documents)."""
        found = self.find(key)
        if found is not None:
            return found
        document_id = None
        if self.session.get_bind().dialect.name != "sqlite":
            # On a server another user may have committed it since the documents
            # were read (SQLite: the import holds the write lock from its start).
            document_id = self._committed(key)
        if document_id is not None:
            stored = StoredSource(document_id, loaded=False)
        else:
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
            self.created.append(key.symbol or title)
            # Nothing was stored under it before this import: a row later in
            # the file with the same digest as one this import added is the
            # same as an earlier row, not unchanged.
            stored = StoredSource(0, imported=set())
            self._pending.append((document, stored))
            if flush:
                self.flush()
        self.sources[key.as_tuple()] = stored
        return stored

    def find(self, key: SourceKey) -> StoredSource | None:
        """The document of ``key`` if it is stored or resolved (none is created)."""
        wanted = key.as_tuple()
        found = self.sources.get(wanted)
        if found is None:
            document_id = self._documents().get(wanted)
            if document_id is not None:
                found = self.sources[wanted] = StoredSource(document_id, loaded=False)
        return found

    def flush(self) -> None:
        """Insert the documents created since the last flush; their ids are known after."""
        if not self._pending:
            return
        self.session.flush()
        for document, stored in self._pending:
            stored.id = document.id
        self._pending.clear()

    def _committed(self, key: SourceKey) -> int | None:
        query = select(SourceDocument.id).where(SourceDocument.mechanism_id == key.mechanism_id)
        if key.symbol:
            query = query.where(SourceDocument.symbol == key.symbol)
        else:
            query = query.where(
                SourceDocument.symbol.is_(None),
                _equal_or_null(SourceDocument.session, key.session),
                _equal_or_null(SourceDocument.country_id, key.country_id),
                _equal_or_null(SourceDocument.cycle, key.cycle),
            )
        return self.session.scalars(query.order_by(SourceDocument.id).limit(1)).first()

    def _documents(self) -> dict[tuple[object, ...], int]:
        """Every stored document's id by its key (the first of any that share one)."""
        if self._stored is None:
            self._stored = {}
            for document_id, mechanism_id, symbol, session, country, cycle in self.session.execute(
                select(
                    SourceDocument.id,
                    SourceDocument.mechanism_id,
                    SourceDocument.symbol,
                    SourceDocument.session,
                    SourceDocument.country_id,
                    SourceDocument.cycle,
                ).order_by(SourceDocument.id)
            ):
                key = SourceKey(mechanism_id, symbol, session, country, cycle).as_tuple()
                self._stored.setdefault(key, document_id)
        return self._stored

    def load_keys(self, stored: StoredSource) -> StoredSource:
        """Read the keys of the recommendations stored under ``stored`` (once)."""
        self.load_all_keys([stored])
        return stored

    def load_all_keys(self, wanted: list[StoredSource]) -> None:
        """Read the keys of the recommendations stored under each of ``wanted``
        not read yet, with two queries for them all."""
        by_id = {s.id: s for s in wanted if not s.loaded}
        if not by_id:
            return
        for stored in by_id.values():
            stored.loaded = True
        ids = list(by_id)
        for start in range(0, len(ids), 500):
            self._read_keys(by_id, ids[start : start + 500])

    def load_all_digests(self, wanted: list[StoredSource]) -> None:
        """Read the digests of the recommendations stored under each of
        ``wanted`` not read yet (StoredSource.imported), one query for 500
        documents: a re-import of unchanged rows needs no more of them (their
        texts and keys are read only for rows that are new or changed)."""
        unread = {s.id: s for s in wanted if s.imported is None}
        if not unread:
            return
        for stored in unread.values():
            stored.imported = set()
        ids = list(unread)
        connection = self.session.connection()
        for start in range(0, len(ids), 500):
            for source_id, digest in connection.execute(
                select(Recommendation.source_id, Recommendation.official_digest).where(
                    Recommendation.source_id.in_(ids[start : start + 500]),
                    Recommendation.official_digest.is_not(None),
                )
            ).all():
                assert source_id is not None and digest is not None  # chosen by it
                imported = unread[source_id].imported
                assert imported is not None
                imported.add(digest)

    def _read_keys(self, by_id: dict[int, StoredSource], ids: list[int]) -> None:
        connection = self.session.connection()  # plain rows: no ORM result processing
        rows = connection.execute(
            select(
                Recommendation.id,
                Recommendation.source_id,
                Recommendation.paragraph,
                Recommendation.reference,
                Recommendation.text,
            )
            .where(Recommendation.source_id.in_(ids))
            .order_by(Recommendation.id)
        ).all()
        states: dict[int, set[int]] = {}
        for rec_id, country_id in connection.execute(
            select(
                recommendation_recommending_state.c.recommendation_id,
                recommendation_recommending_state.c.country_id,
            )
            .join(
                Recommendation,
                Recommendation.id == recommendation_recommending_state.c.recommendation_id,
            )
            .where(Recommendation.source_id.in_(ids))
        ).all():  # fetched at once: row by row costs a fetch call each
            states.setdefault(rec_id, set()).add(country_id)
        counts: dict[int, int] = {}
        for rec_id, source_id, paragraph, reference, text in rows:
            assert source_id is not None  # chosen by it
            stored = by_id[source_id]
            if paragraph:
                stored.by_paragraph.setdefault(paragraph, rec_id)
            stored.by_text[(name_key(text), frozenset(states.get(rec_id, ())))] = rec_id
            stored.references.add(reference)
            counts[source_id] = counts.get(source_id, 0) + 1
        for source_id in ids:
            by_id[source_id].next_number = counts.get(source_id, 0) + 1


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
