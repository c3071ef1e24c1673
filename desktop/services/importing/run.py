"""One import's work inside its transaction, a chunk of records at a time:
each record's mechanism, source document and stored twin (by stable key),
new recommendations inserted, matched ones brought in line with the file.

The import service (service.py) streams a file's records through
:meth:`ImportRun.apply` and owns the transaction, the backup and the summary."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from operator import attrgetter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.importing.context_rows import ContextImport
from desktop.services.importing.digests import official_digest
from desktop.services.importing.limits import too_long
from desktop.services.importing.matching import (
    MechanismResolver,
    SourceKey,
    SourceResolver,
    StoredSource,
    country_id,
)
from desktop.services.importing.new_rows import NewRows
from desktop.services.importing.official import update_official
from desktop.services.importing.reader_child import Prepared
from desktop.services.importing.records import ImportedRecommendation, OtherTypes, RowProblem
from desktop.services.name_lookups import NameLookup, name_key
from desktop.services.recommendations import Lookups, insert_contents
from desktop.store.models import Cluster, Recommendation
from desktop.store.search import DeferredIndex, defer_indexing, index_deferred

PREVIEW_ROWS = 20
_NAMED = attrgetter("mechanism_code", "source_symbol", "session", "country", "cycle")
"""How a record names its mechanism and source document (a key of ImportRun.places)."""


class ImportRun:
    """The state of one import: lookups, resolved documents, counts so far."""

    def __init__(
        self,
        session: Session,
        other_types: OtherTypes = OtherTypes.KEEP,
        *,
        after: ImportRun | None = None,
    ) -> None:
        """``after``: the run of the file imported before this one in the same
        transaction, whose finish() then indexes this run's new rows too."""
        self.session = session
        self.lookups = Lookups(session)
        self.mechanisms = MechanismResolver(session, self.lookups)
        self.sources = SourceResolver(session, self.lookups)
        # Paragraphs of other annotation types than recommendations (UHRI).
        self.context = ContextImport(
            session, other_types, self.lookups, self.mechanisms, self.sources
        )
        self.clusters = NameLookup(session, Cluster, Cluster.name)
        # The position of each new recommendation in the file (its sort_key);
        # the register orders by reference (reference_key), not by this.
        self.order = 1
        self.new = self.updated = self.unchanged = 0
        self.rejected: list[RowProblem] = []
        self.preview: list[ImportedRecommendation] = []
        self.new_annotations: set[str] = set()
        self.places: dict[tuple[object, ...], tuple[str, StoredSource]] = {}
        # The ids of the recommending States rows name, by their names in order.
        self.state_ids: dict[tuple[str, ...], frozenset[int]] = {}
        # New recommendations are indexed for search all at once by finish().
        self.deferred_index: DeferredIndex | None = (
            after.deferred_index if after is not None else defer_indexing(session)
        )
        self._indexes = after is None

    def apply(
        self,
        records: list[ImportedRecommendation],
        prepared: Sequence[Prepared | None] | None = None,
    ) -> list[ImportedRecommendation]:
        """Match and write a chunk of records. ``prepared`` is, in order, what
        the reader process computed for each: its official digest and its text
        folded for search, and the key of its text (None: computed here, and
        the records' values not yet checked against their fields' lengths).
        Returns the records it refused as too long to store (a prepared chunk
        has none: the reader made them problems)."""
        session, lookups, sources = self.session, self.lookups, self.sources
        stored_digests = _stored_annotations(session, [i for i in records if i.is_recommendation])
        by_annotation = {key: rec_id for key, (rec_id, _) in stored_digests.items()}
        # Rows without an annotation id in a document already stored are compared
        # first, by digest, so that one unchanged since its last import is counted
        # at once. (A document's rows name it alike, row after row: each name
        # looked up once.)
        named: dict[tuple[Any, ...], StoredSource | None] = {}
        known_sources = {
            id(item): stored
            for item in records
            if item.is_recommendation and not item.annotation_id
            if (stored := self._known_source(item, named)) is not None
        }
        sources.load_all_digests(list(known_sources.values()))
        chunk: list[ImportedRecommendation] = []
        digests: list[str] = []
        folds: list[str | None] = []
        keys: list[str | None] = []
        others: list[ImportedRecommendation] = []
        shown: list[ImportedRecommendation] = []
        refused: list[ImportedRecommendation] = []
        for n, item in enumerate(records):
            if item.is_recommendation:
                given = prepared[n] if prepared is not None else None
                digest, folded, key = given or (official_digest(item), None, None)
                if item.annotation_id:
                    known = stored_digests.get(item.annotation_id)
                    same = known is not None and known[1] == digest
                else:
                    same = self._same_as_stored(known_sources.get(id(item)), digest)
                if same:
                    # As the file said at its last import: nothing to check or change.
                    self.unchanged += 1
                    shown.append(item)
                    continue
            problem = too_long(item) if prepared is None else None
            if problem is not None:
                self.rejected.append(problem)
                refused.append(item)
            elif item.is_recommendation:
                chunk.append(item)
                digests.append(digest)
                folds.append(folded)
                keys.append(key)
            else:
                others.append(item)
        self.context.apply(others)
        self.context.release(chunk)
        places = [self._place(item) for item in chunk]
        sources.flush()  # the chunk's new documents, in one statement
        # Keys are read for documents that rows without an annotation id are
        # matched in, or that new rows get a reference in; all in two queries.
        sources.load_all_keys(
            [
                stored
                for item, (_, stored) in zip(chunk, places, strict=True)
                if item.annotation_id not in by_annotation
            ]
        )
        new_rows = NewRows(self.order)
        mechanism_ids, countries = lookups.mechanisms, lookups.countries
        matched: list[tuple[int, ImportedRecommendation, int, str]] = []
        previewed = len(self.preview)
        for item, digest, folded, key, (code, stored) in zip(
            chunk, digests, folds, keys, places, strict=True
        ):
            state_ids: frozenset[int] | None = None
            if item.annotation_id:
                existing = by_annotation.get(item.annotation_id)
                if existing is None and item.annotation_id in self.new_annotations:
                    existing = -1  # an earlier row of this file creates it
            else:
                states = item.recommending_states
                try:
                    state_ids = self.state_ids[states]
                except KeyError:  # files repeat the same few States row after row
                    state_ids = self.state_ids[states] = frozenset(map(countries.get, states))
                except TypeError:  # given as a list
                    state_ids = frozenset(map(countries.get, states))
                existing = _match(item, stored, state_ids, key)
            if existing is None:
                if not stored.loaded:  # (read above for all but rows matched by annotation id)
                    sources.load_keys(stored)
                reference = _reference(item, stored)
                cluster_id = self.clusters.get(item.cluster) if item.cluster else None
                new_rows.add(
                    item, mechanism_ids[code], stored.id, reference, cluster_id, digest, folded
                )
                _remember(stored, item, reference, state_ids, key)
                if item.annotation_id:
                    self.new_annotations.add(item.annotation_id)
                if previewed < PREVIEW_ROWS:  # only the first new rows can be shown
                    shown.append(item._replace(reference=reference))
                    previewed += 1
            elif existing < 0:
                self.rejected.append(
                    RowProblem(
                        item.row,
                        "the same recommendation as an earlier row of the file",
                        code="import.same_as_earlier",
                    )
                )
            else:
                shown.append(item)
                matched.append((existing, item, stored.id, digest))
        if len(self.preview) < PREVIEW_ROWS:  # the preview in the file's order
            for item in sorted(shown, key=attrgetter("row"))[: PREVIEW_ROWS - len(self.preview)]:
                self._show(item)
        changed = update_official(session, matched, lookups)
        self.updated += changed
        self.unchanged += len(matched) - changed
        if new_rows:
            ids = insert_contents(session, new_rows.contents, new_rows.links, lookups)
            if self.deferred_index is not None:
                self.deferred_index.note_new(ids)
            self.order += len(new_rows)
            self.new += len(new_rows)
        return refused

    def _known_source(
        self, item: ImportedRecommendation, seen: dict[tuple[Any, ...], StoredSource | None]
    ) -> StoredSource | None:
        """The stored document ``item`` belongs to, if its mechanism, State and
        document all exist (nothing is created: the row may yet be refused).
        ``seen``: what the names of the documents looked up so far gave, while
        nothing is created."""
        named = _NAMED(item)
        if named in seen:
            return seen[named]
        place = self.places.get(named)
        if place is not None:
            found: StoredSource | None = place[1]
        else:
            mechanism_id = self.mechanisms.find(item.mechanism_code)
            country = self.lookups.countries.find(item.country) if item.country else None
            if mechanism_id is None or (item.country and country is None):
                found = None
            else:
                key = SourceKey(mechanism_id, item.source_symbol, item.session, country, item.cycle)
                found = self.sources.find(key)
        seen[named] = found
        return found

    @staticmethod
    def _same_as_stored(stored: StoredSource | None, digest: str) -> bool:
        """Whether a row without annotation id is, as its document stores it,
        a recommendation imported with the same official values (its text,
        States, paragraph: all in the digest). Its text's key and its States
        are not needed then; the States of the stored one may even have been
        changed by hand since (matching by them would make a second one)."""
        return stored is not None and stored.imported is not None and digest in stored.imported

    def _place(self, item: ImportedRecommendation) -> tuple[str, StoredSource]:
        """The mechanism code and source document of ``item`` (its themes looked
        up with their codes too), remembered by how the file names them."""
        named = _NAMED(item)
        place = self.places.get(named)
        if place is None:
            mechanism_id = self.mechanisms.resolve(item.mechanism_code)
            code = self.mechanisms.code_of(mechanism_id)
            key = SourceKey(
                mechanism_id,
                item.source_symbol,
                item.session,
                country_id(self.lookups, item.country),
                item.cycle,
            )
            place = self.places[named] = (code, self.sources.resolve(key, item, code, flush=False))
        for theme in item.themes:
            self.lookups.themes.get(theme.name, code=theme.code)
        return place

    def finish(self) -> None:
        """Index the new recommendations for search (before the commit); a
        run that came after another leaves that to the first."""
        if self._indexes and self.deferred_index is not None:
            index_deferred(self.session, self.deferred_index)
            self.deferred_index = None

    def _show(self, item: ImportedRecommendation) -> None:
        if len(self.preview) < PREVIEW_ROWS:
            self.preview.append(item)

    def created(self) -> dict[str, list[str]]:
        """Names the import added, by kind (only kinds with any)."""
        created = {
            "mechanisms": self.mechanisms.created,
            "documents": self.sources.created,
            "States": self.lookups.countries.created,
            "themes": self.lookups.themes.created,
            "affected persons": self.lookups.affected_persons.created,
            "SDG targets": self.lookups.created_targets,
            "UPR Info issues": self.lookups.upr_info_issues.created,
            "clusters": self.clusters.created,
        }
        return {kind: names for kind, names in created.items() if names}


def _stored_annotations(
    session: Session, chunk: list[ImportedRecommendation]
) -> dict[str, tuple[int, str | None]]:
    """The id and official digest of the stored recommendations with the
    chunk's annotation ids. On SQLite the ids go as one JSON parameter: two
    thousand bound parameters cost more to compile than the lookup itself."""
    keys = [i.annotation_id for i in chunk if i.annotation_id]
    if not keys:
        return {}
    connection = session.connection()
    found: Iterable[tuple[Any, Any, Any]]
    if connection.dialect.name == "sqlite":
        # Driven by the ids in the file's order, so that the rows are read in
        # about the order they were stored in (a fifth faster than IN (...),
        # which reads them in the order of the ids' index).
        found = connection.exec_driver_sql(
            "SELECT r.annotation_id, r.id, r.official_digest FROM json_each(?) AS j"
            " JOIN recommendation AS r ON r.annotation_id = j.value",
            (json.dumps(keys),),
        ).all()  # fetched at once: row by row costs a fetch call each
    else:
        found = session.execute(
            select(
                Recommendation.annotation_id, Recommendation.id, Recommendation.official_digest
            ).where(Recommendation.annotation_id.in_(keys))
        )
    return {str(a): (int(i), d) for a, i, d in found}


def _match(
    item: ImportedRecommendation,
    stored: StoredSource,
    state_ids: frozenset[int],
    key: str | None,
) -> int | None:
    """The stored recommendation a row without an annotation id is: by
    paragraph, else by text (``key``: name_key of it, if the reader made it)
    and recommending States; -1 for one this file creates."""
    if item.paragraph:
        return stored.by_paragraph.get(item.paragraph)
    return stored.by_text.get((key or name_key(item.text), state_ids))


def _remember(
    stored: StoredSource,
    item: ImportedRecommendation,
    reference: str,
    states: frozenset[int] | None,
    key: str | None,
) -> None:
    """A new recommendation's reference is taken; without an annotation id,
    later rows of the same file find it (a repeat is refused, not duplicated).
    ``key``: name_key of its text, if the reader made it."""
    stored.references.add(reference)
    if states is None:
        return
    if item.paragraph:
        stored.by_paragraph.setdefault(item.paragraph, -1)
    stored.by_text[(key or name_key(item.text), states)] = -1


def _reference(item: ImportedRecommendation, stored: StoredSource) -> str:
    """The reference of a new recommendation: the file's, else its paragraph,
    else its number in its document; made unique within the document."""
    base = item.reference or item.paragraph
    if base is None:
        while str(stored.next_number) in stored.references:
            stored.next_number += 1
        base = str(stored.next_number)
        stored.next_number += 1
    reference, n = base[:100], 1
    while reference in stored.references:
        n += 1
        reference = f"{base[:90]} ({n})"
    return reference
