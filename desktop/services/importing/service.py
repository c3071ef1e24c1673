"""The import use case: read a file with the reader of its format, compare
every record with the database by stable key, and apply the result in one
transaction after a verified backup, or (a dry run, the preview) roll it back.

Re-importing the same or a newer file is idempotent: a matched
recommendation's official fields are updated, its local work (agencies,
status, priority, notes, cluster) is never touched. Cancel, or any error,
leaves the database as it was."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop import paths
from desktop.domain.errors import ImportFileError, NmrfError
from desktop.domain.vocab import ImplementationStatus
from desktop.services.database import Database, backup_database
from desktop.services.importing.detect import detect_format, reader_for
from desktop.services.importing.mapped import MappingProfile
from desktop.services.importing.matching import (
    MechanismResolver,
    SourceKey,
    SourceResolver,
    StoredSource,
    country_id,
    source_title,
)
from desktop.services.importing.official import update_official
from desktop.services.importing.records import ImportedRecommendation, ImportFormat, RowProblem
from desktop.services.recommendations import (
    Lookups,
    NameLookup,
    NewRecommendation,
    insert_recommendations,
    name_key,
)
from desktop.store import sqlite_files
from desktop.store.models import Cluster, Recommendation

CHUNK = 2000
PREVIEW_ROWS = 20

Progress = Callable[[int, int], None]
"""(records done, records in all)."""


class ImportCancelled(NmrfError):
    """The user cancelled; nothing was written."""


@dataclass
class ImportSummary:
    file: str
    format: ImportFormat
    rows_read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    created: dict[str, list[str]] = field(default_factory=dict)
    """Names the import added, by kind: mechanisms, documents, States, themes,
    affected persons, UPR Info issues, clusters."""
    responses: Counter[str] = field(default_factory=Counter)
    preview: list[ImportedRecommendation] = field(default_factory=list)
    """The first rows as they will be stored (with their references)."""
    dry_run: bool = True
    backup: Path | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "format": self.format.value,
            "dry_run": self.dry_run,
            "rows_read": self.rows_read,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": [
                {"row": p.row, "column": p.column, "reason": p.reason} for p in self.rejected
            ],
            "created": self.created,
            "responses": dict(self.responses),
            "backup": str(self.backup) if self.backup else None,
        }


def import_file(
    database: Database,
    path: Path,
    *,
    fmt: ImportFormat | None = None,
    mapping: MappingProfile | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import ``path`` (format detected when ``fmt`` is None). A dry run reports
    what would happen and writes nothing. Raises ImportFileError for a file that
    cannot be imported, ImportCancelled when cancelled; the database is then unchanged."""
    fmt = fmt or detect_format(path)
    read = reader_for(fmt, mapping)
    items = list(read(path))  # the whole file is read before anything is written
    rejected = [i for i in items if isinstance(i, RowProblem)]
    records: list[ImportedRecommendation] = []
    for item in items:
        if isinstance(item, ImportedRecommendation):
            problem = _too_long(item)
            if problem is None:
                records.append(item)
            else:
                rejected.append(problem)
    rejected.sort(key=lambda p: p.row)
    summary = ImportSummary(
        file=path.name, format=fmt, rows_read=len(items), rejected=rejected, dry_run=dry_run
    )
    summary.responses.update(r.response.value for r in records)
    if not records and not summary.rejected:
        raise ImportFileError("the file holds no recommendations", file=path.name)
    session = database.session_factory()
    try:
        with _database_errors(database), session.begin():
            _apply(session, records, summary, progress, cancelled)
            if dry_run:
                session.rollback()
            elif database.path is not None and (summary.new or summary.updated or summary.created):
                # Before the commit, so the backup holds the database as it was (other
                # connections see only committed data); an import that changes
                # nothing needs none.
                summary.backup = backup_database(
                    database,
                    paths.backups_dir_for(database.path)
                    / sqlite_files.backup_name(database.path, "before-import"),
                )
    finally:
        session.close()
    return summary


# The longest value each stored field takes (desktop.store models).
_LIMITS: dict[str, int] = {
    "reference": 100,
    "paragraph": 32,
    "source_symbol": 100,
    "session": 50,
    "country": 200,
    "text_language": 8,
    "annotation_id": 64,
    "mechanism_code": 300,
    "cluster": 300,
}
_ITEM_LIMITS: dict[str, int] = {
    "recommending_states": 200,
    "affected_persons": 300,
    "upr_info_issues": 300,
}


def _too_long(item: ImportedRecommendation) -> RowProblem | None:
    """A row whose value cannot be stored (longer than its field allows)."""
    for name, limit in _LIMITS.items():
        value = getattr(item, name)
        if value is not None and len(value) > limit:
            return RowProblem(
                item.row, f"the {name.replace('_', ' ')} is longer than {limit} characters"
            )
    for name, limit in _ITEM_LIMITS.items():
        if any(len(value) > limit for value in getattr(item, name)):
            return RowProblem(
                item.row, f"a value of {name.replace('_', ' ')} is longer than {limit} characters"
            )
    if any(len(theme.name) > 300 or len(theme.code or "") > 16 for theme in item.themes):
        return RowProblem(item.row, "a theme is longer than 300 characters")
    return None


def _apply(
    session: Session,
    records: list[ImportedRecommendation],
    summary: ImportSummary,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    lookups = Lookups(session)
    mechanisms = MechanismResolver(session, lookups)
    sources = SourceResolver(session, lookups)
    clusters = NameLookup(session, Cluster, Cluster.name)
    order = (
        session.scalar(
            select(Recommendation.sort_key).order_by(Recommendation.sort_key.desc()).limit(1)
        )
        or 0
    ) + 1
    done = 0
    for chunk in _chunks(records, CHUNK):
        _check_cancelled(cancelled)
        by_annotation = _stored_annotations(session, chunk)
        new_items: list[NewRecommendation] = []
        matched: list[tuple[int, ImportedRecommendation, int, str]] = []
        for item in chunk:
            mechanism_id = mechanisms.resolve(item.mechanism_code)
            code = mechanisms.code_of(mechanism_id)
            key = SourceKey(
                mechanism_id,
                item.source_symbol,
                item.session,
                country_id(lookups, item.country),
                item.cycle,
            )
            stored = sources.resolve(key, item, source_title(item, code))
            for theme in item.themes:
                lookups.themes.get(theme.name, code=theme.code)
            digest = official_digest(item)
            state_ids: frozenset[int] | None = None
            if item.annotation_id:
                existing = by_annotation.get(item.annotation_id)
            else:
                state_ids = frozenset(lookups.countries.get(s) for s in item.recommending_states)
                existing = _match(item, sources.load_keys(stored), state_ids)
            if existing is None:
                sources.load_keys(stored)
                reference = _reference(item, stored)
                cluster_id = clusters.get(item.cluster) if item.cluster else None
                new = _new_recommendation(item, code, stored.id, reference, cluster_id, digest)
                new_items.append(new)
                _remember(stored, item, reference, state_ids)
                if len(summary.preview) < PREVIEW_ROWS:
                    summary.preview.append(replace(item, reference=reference))
                continue
            if existing < 0:
                summary.rejected.append(
                    RowProblem(item.row, "the same recommendation as an earlier row of the file")
                )
                continue
            if len(summary.preview) < PREVIEW_ROWS:
                summary.preview.append(item)
            matched.append((existing, item, stored.id, digest))
        changed = update_official(session, matched, lookups)
        summary.updated += changed
        summary.unchanged += len(matched) - changed
        if new_items:
            insert_recommendations(session, new_items, lookups, order)
            order += len(new_items)
            summary.new += len(new_items)
        done += len(chunk)
        if progress is not None:
            progress(done, len(records))
    _check_cancelled(cancelled)  # a last chance before the commit
    created = {
        "mechanisms": mechanisms.created,
        "documents": sources.created,
        "States": lookups.countries.created,
        "themes": lookups.themes.created,
        "affected persons": lookups.affected_persons.created,
        "SDG targets": lookups.created_targets,
        "UPR Info issues": lookups.upr_info_issues.created,
        "clusters": clusters.created,
    }
    summary.created = {kind: names for kind, names in created.items() if names}


@contextmanager
def _database_errors(database: Database) -> Iterator[None]:
    """A database that cannot be written (a full disk, a lost server) is the
    user's to know about, in plain words; the transaction is rolled back."""
    try:
        yield
    except SQLAlchemyError as exc:
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise NmrfError(
            f"the import could not be written, nothing was changed ({detail})",
            where=database.display_name,
        ) from exc


def official_digest(item: ImportedRecommendation) -> str:
    """A digest of what a file says officially about one recommendation: equal
    digests mean a re-import has nothing to change (local work is not in it)."""
    official = (
        item.mechanism_code,
        item.source_symbol,
        item.source_date,
        item.cycle,
        item.session,
        item.country,
        item.paragraph,
        item.text,
        item.text_language,
        item.response.value,
        item.response_symbol,
        item.action_category,
        item.annotation_id,
        item.recommending_states,
        item.themes,
        item.affected_persons,
        item.sdg_targets,
        item.sdg_goals,
        item.upr_info_issues,
    )
    return hashlib.sha1(repr(official).encode("utf-8"), usedforsecurity=False).hexdigest()


def _check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled("the import was cancelled; nothing was changed")


def _chunks(
    records: list[ImportedRecommendation], size: int
) -> Iterator[list[ImportedRecommendation]]:
    iterator = iter(records)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _stored_annotations(session: Session, chunk: list[ImportedRecommendation]) -> dict[str, int]:
    keys = [i.annotation_id for i in chunk if i.annotation_id]
    if not keys:
        return {}
    return {
        str(a): int(i)
        for a, i in session.execute(
            select(Recommendation.annotation_id, Recommendation.id).where(
                Recommendation.annotation_id.in_(keys)
            )
        )
    }


def _match(
    item: ImportedRecommendation, stored: StoredSource, state_ids: frozenset[int]
) -> int | None:
    """The stored recommendation a row without an annotation id is: by
    paragraph, else by text and recommending States; -1 for one this file creates."""
    if item.paragraph:
        return stored.by_paragraph.get(item.paragraph)
    return stored.by_text.get((name_key(item.text), state_ids))


def _remember(
    stored: StoredSource,
    item: ImportedRecommendation,
    reference: str,
    states: frozenset[int] | None,
) -> None:
    """A new recommendation's reference is taken; without an annotation id,
    later rows of the same file find it (a repeat is refused, not duplicated)."""
    stored.references.add(reference)
    if states is None:
        return
    if item.paragraph:
        stored.by_paragraph.setdefault(item.paragraph, -1)
    stored.by_text[(name_key(item.text), states)] = -1


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


def _new_recommendation(
    item: ImportedRecommendation,
    code: str,
    source_id: int,
    reference: str,
    cluster_id: int | None,
    digest: str,
) -> NewRecommendation:
    return NewRecommendation(
        mechanism_code=code,
        reference=reference,
        text=item.text,
        source_id=source_id,
        paragraph=item.paragraph,
        text_language=item.text_language,
        response=item.response,
        action_category=item.action_category,
        status=item.status or ImplementationStatus.NOT_ASSESSED,
        priority=item.priority,
        priority_rationale=item.priority_rationale,
        needs_parliament=bool(item.needs_parliament),
        cluster_id=cluster_id,
        notes=item.notes,
        annotation_id=item.annotation_id,
        recommending_states=item.recommending_states,
        themes=[t.name for t in item.themes],
        sdg_targets=item.sdg_targets,
        affected_persons=item.affected_persons,
        upr_info_issues=item.upr_info_issues,
        sdg_goals=item.sdg_goals,
        official_digest=digest,
    )
