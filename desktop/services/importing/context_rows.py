"""Paragraphs of another annotation type than recommendations, within one
import's transaction (desktop.services.importing.run).

Kept as context of their source document, or skipped, as the officer chose
(records.OtherTypes); never stored as recommendations. The OHCHR annotation
id is the stable key, so a paragraph whose type changes between two exports
moves: a stored recommendation the file now gives another type leaves the
register, unless an officer has worked on it (a cluster, a plan, an action,
agencies, progress, status, notes ...), in which case it stays and is
listed; a context paragraph the file now calls a recommendation becomes one.
Without an annotation id a paragraph is the same when its document, number
and text are; such rows never move between the register and the context."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from desktop.domain.natural_order import natural_key
from desktop.domain.vocab import ImplementationStatus
from desktop.services.importing.matching import (
    MechanismResolver,
    SourceKey,
    SourceResolver,
    country_id,
)
from desktop.services.importing.records import ImportedRecommendation, OtherTypes
from desktop.services.name_lookups import name_key
from desktop.services.recommendations import Lookups
from desktop.store.base import utcnow
from desktop.store.models import (
    Base,
    ContextParagraph,
    Recommendation,
    SourceDocument,
    recommendation_affected_persons,
    recommendation_recommending_state,
    recommendation_sdg_goal,
    recommendation_sdg_target,
    recommendation_theme,
    recommendation_upr_info_issue,
)

# Links a file sets; every other table that refers to a recommendation holds local work.
_OFFICIAL_LINKS = {
    recommendation_affected_persons.name,
    recommendation_recommending_state.name,
    recommendation_sdg_goal.name,
    recommendation_sdg_target.name,
    recommendation_theme.name,
    recommendation_upr_info_issue.name,
}


def _local_work_tables() -> list[Table]:
    return [
        table
        for table in Base.metadata.sorted_tables
        if "recommendation_id" in table.c
        and table.name not in _OFFICIAL_LINKS
        and table.name != ContextParagraph.__tablename__
    ]


@dataclass(frozen=True)
class KeptRecommendation:
    """A stored recommendation the file gives another type, kept in the
    register because an officer has worked on it."""

    row: int
    reference: str
    document: str | None
    annotation_type: str


@dataclass
class ContextCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    """Rows of other types not stored (the officer chose to skip them)."""
    moved_out: int = 0
    """Stored recommendations that left the register (now context, or gone when skipping)."""
    moved_in: int = 0
    """Stored context paragraphs that became recommendations."""
    kept: list[KeptRecommendation] = field(default_factory=list)

    def add(self, other: ContextCounts) -> None:
        """Count ``other``'s rows too (the files of one import in all)."""
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.skipped += other.skipped
        self.moved_out += other.moved_out
        self.moved_in += other.moved_in
        self.kept += other.kept

    def as_dict(self) -> dict[str, object]:
        return {
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "moved_out": self.moved_out,
            "moved_in": self.moved_in,
            "kept_in_register": [
                {
                    "row": k.row,
                    "reference": k.reference,
                    "document": k.document,
                    "type": k.annotation_type,
                }
                for k in self.kept
            ],
        }


def context_digest(item: ImportedRecommendation) -> str:
    official = (
        item.mechanism_code,
        item.source_symbol,
        item.session,
        item.cycle,
        item.country,
        item.paragraph,
        item.reference,
        item.annotation_type,
        item.text,
    )
    return hashlib.sha1(repr(official).encode("utf-8"), usedforsecurity=False).hexdigest()


class ContextImport:
    """The other-type rows of one import, a chunk at a time."""

    def __init__(
        self,
        session: Session,
        mode: OtherTypes,
        lookups: Lookups,
        mechanisms: MechanismResolver,
        sources: SourceResolver,
    ) -> None:
        self.session = session
        self.mode = mode
        self.lookups = lookups
        self.mechanisms = mechanisms
        self.sources = sources
        self.counts = ContextCounts()
        self._unkeyed: dict[int, dict[tuple[str, str], tuple[int, str | None]]] = {}

    def release(self, recommendations: list[ImportedRecommendation]) -> None:
        """Context paragraphs the file now calls recommendations are deleted;
        the import then creates them as new recommendations."""
        keys = [i.annotation_id for i in recommendations if i.annotation_id]
        if not keys:
            return
        result = self.session.execute(
            delete(ContextParagraph)
            .where(ContextParagraph.annotation_id.in_(keys))
            .execution_options(synchronize_session=False)
        )
        self.counts.moved_in += int(result.rowcount or 0)  # type: ignore[attr-defined]

    def apply(self, items: list[ImportedRecommendation]) -> None:
        if not items:
            return
        keys = [i.annotation_id for i in items if i.annotation_id]
        in_register = self._stored_recommendations(keys)
        worked_on = self._with_local_work([rec_id for rec_id, _, _ in in_register.values()])
        in_context = self._stored_context(keys)
        leaving: list[int] = []
        new_rows: list[dict[str, Any]] = []
        for item in items:
            annotation = item.annotation_id
            label = item.annotation_type or ""
            if annotation in in_register:
                rec_id, reference, symbol = in_register[annotation]
                if rec_id in worked_on:
                    self.counts.kept.append(KeptRecommendation(item.row, reference, symbol, label))
                    continue
                leaving.append(rec_id)
                self.counts.moved_out += 1
            elif self.mode is OtherTypes.SKIP:
                self.counts.skipped += 1
                continue
            elif annotation in in_context:
                self._update(in_context[annotation], item)
                continue
            if self.mode is OtherTypes.SKIP:
                continue
            source_id = self._source_id(item)
            if annotation is None:
                stored = self._unkeyed_of(source_id).get(_unkeyed_key(item))
                if stored is not None:
                    self._update(stored, item)
                    continue
                self._unkeyed_of(source_id)[_unkeyed_key(item)] = (-1, context_digest(item))
            new_rows.append(_new_row(item, source_id))
        if leaving:
            self.session.execute(
                delete(Recommendation)
                .where(Recommendation.id.in_(leaving))
                .execution_options(synchronize_session=False)
            )
        if new_rows:
            self.session.execute(insert(ContextParagraph), new_rows)
            self.counts.new += len(new_rows)

    def _source_id(self, item: ImportedRecommendation) -> int:
        mechanism_id = self.mechanisms.resolve(item.mechanism_code)
        code = self.mechanisms.code_of(mechanism_id)
        key = SourceKey(
            mechanism_id,
            item.source_symbol,
            item.session,
            country_id(self.lookups, item.country),
            item.cycle,
        )
        return self.sources.resolve(key, item, code).id

    def _update(self, stored: tuple[int, str | None], item: ImportedRecommendation) -> None:
        context_id, digest = stored
        wanted = context_digest(item)
        if context_id < 0 or digest == wanted:
            self.counts.unchanged += 1
            return
        self.session.execute(
            update(ContextParagraph)
            .where(ContextParagraph.id == context_id)
            .values(
                source_id=self._source_id(item),
                reference=_reference(item),
                reference_key=natural_key(_reference(item)),
                paragraph=item.paragraph,
                annotation_type=item.annotation_type or "",
                text=item.text,
                official_digest=wanted,
                version=ContextParagraph.version + 1,
                updated_at=utcnow(),
            )
            .execution_options(synchronize_session=False)
        )
        self.counts.updated += 1

    def _stored_recommendations(self, keys: list[str]) -> dict[str, tuple[int, str, str | None]]:
        if not keys:
            return {}
        rows = self.session.execute(
            select(
                Recommendation.annotation_id,
                Recommendation.id,
                Recommendation.reference,
                SourceDocument.symbol,
            )
            .outerjoin(SourceDocument, SourceDocument.id == Recommendation.source_id)
            .where(Recommendation.annotation_id.in_(keys))
        )
        return {str(a): (int(i), str(r), s) for a, i, r, s in rows}

    def _stored_context(self, keys: list[str]) -> dict[str, tuple[int, str | None]]:
        if not keys:
            return {}
        rows = self.session.execute(
            select(
                ContextParagraph.annotation_id,
                ContextParagraph.id,
                ContextParagraph.official_digest,
            ).where(ContextParagraph.annotation_id.in_(keys))
        )
        return {str(a): (int(i), d) for a, i, d in rows}

    def _with_local_work(self, ids: list[int]) -> set[int]:
        """Which of these recommendations an officer has worked on."""
        if not ids:
            return set()
        worked = set(
            self.session.scalars(
                select(Recommendation.id).where(
                    Recommendation.id.in_(ids),
                    or_(
                        Recommendation.cluster_id.is_not(None),
                        Recommendation.status != ImplementationStatus.NOT_ASSESSED,
                        Recommendation.priority.is_not(None),
                        Recommendation.priority_rationale.is_not(None),
                        Recommendation.notes.is_not(None),
                        Recommendation.action_category.is_not(None),
                        Recommendation.needs_parliament.is_(True),
                    ),
                )
            )
        )
        for table in _local_work_tables():
            column = table.c.recommendation_id
            worked.update(self.session.scalars(select(column).where(column.in_(ids)).distinct()))
        return worked

    def _unkeyed_of(self, source_id: int) -> dict[tuple[str, str], tuple[int, str | None]]:
        """The document's stored context paragraphs without an annotation id."""
        found = self._unkeyed.get(source_id)
        if found is None:
            found = {
                (paragraph or "", name_key(text)): (int(i), digest)
                for i, paragraph, text, digest in self.session.execute(
                    select(
                        ContextParagraph.id,
                        ContextParagraph.paragraph,
                        ContextParagraph.text,
                        ContextParagraph.official_digest,
                    ).where(
                        ContextParagraph.source_id == source_id,
                        ContextParagraph.annotation_id.is_(None),
                    )
                )
            }
            self._unkeyed[source_id] = found
        return found


def _unkeyed_key(item: ImportedRecommendation) -> tuple[str, str]:
    return (item.paragraph or "", name_key(item.text))


def _reference(item: ImportedRecommendation) -> str:
    return (item.reference or item.paragraph or "")[:100]


def _new_row(item: ImportedRecommendation, source_id: int) -> dict[str, Any]:
    reference = _reference(item)
    return {
        "source_id": source_id,
        "reference": reference,
        "reference_key": natural_key(reference),
        "paragraph": item.paragraph,
        "annotation_id": item.annotation_id,
        "annotation_type": item.annotation_type or "",
        "text": item.text,
        "official_digest": context_digest(item),
    }
