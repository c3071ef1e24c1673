"""Updating the official fields of a stored recommendation from a newer file:
text, paragraph, position, category, key, and its links to States, themes,
affected persons, SDG targets and UPR Info issues. Local work (status,
priority, notes, cluster, agencies) is never read or written here."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Table, delete, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.text_search import search_document
from desktop.services.importing.records import ImportedRecommendation
from desktop.services.recommendations import Lookups
from desktop.store.base import utcnow
from desktop.store.models import (
    Recommendation,
    recommendation_affected_persons,
    recommendation_recommending_state,
    recommendation_sdg_goal,
    recommendation_sdg_target,
    recommendation_theme,
    recommendation_upr_info_issue,
)


def _links(item: ImportedRecommendation, lookups: Lookups, where: str) -> dict[Table, set[int]]:
    return {
        recommendation_recommending_state: {
            lookups.countries.get(n) for n in item.recommending_states
        },
        recommendation_theme: {lookups.themes.get(t.name, code=t.code) for t in item.themes},
        recommendation_affected_persons: {
            lookups.affected_persons.get(n) for n in item.affected_persons
        },
        recommendation_sdg_target: {lookups.target(c, where) for c in item.sdg_targets},
        recommendation_sdg_goal: {lookups.goal(n, where) for n in item.sdg_goals},
        recommendation_upr_info_issue: {
            lookups.upr_info_issues.get(n) for n in item.upr_info_issues
        },
    }


_LINK_TABLES = (
    recommendation_recommending_state,
    recommendation_theme,
    recommendation_affected_persons,
    recommendation_sdg_target,
    recommendation_sdg_goal,
    recommendation_upr_info_issue,
)


def _other_column(table: Table) -> Any:
    return next(c for c in table.c if c.name != "recommendation_id")


def _among(column: Any, ids: list[int]) -> ColumnElement[bool]:
    """``column IN ids``; as a range when the ids are nearly contiguous (a file
    re-imported in its own order), which spares compiling thousands of
    parameters per query. Rows of the range not in ``ids`` are skipped by the caller."""
    low, high = min(ids), max(ids)
    if high - low < 2 * len(ids):
        return column.between(low, high)  # type: ignore[no-any-return]
    return column.in_(ids)  # type: ignore[no-any-return]


def update_official(
    session: Session,
    matched: list[tuple[int, ImportedRecommendation, int, str]],
    lookups: Lookups,
) -> int:
    """Apply the file's official values to the matched recommendations
    (id, record, source id, digest of its official values); returns how many
    changed (their version is bumped, so an open editor notices). A row whose
    digest equals the one stored at its last import is skipped unread; the
    others are read with a few queries for the whole batch."""
    if not matched:
        return 0
    digests = dict(
        session.execute(
            select(Recommendation.id, Recommendation.official_digest).where(
                _among(Recommendation.id, [rec_id for rec_id, _, _, _ in matched])
            )
        ).all()
    )
    matched = [m for m in matched if digests.get(m[0]) != m[3]]
    if not matched:
        return 0
    ids = [rec_id for rec_id, _, _, _ in matched]
    wanted_ids = set(ids)
    stored = {
        row.id: row
        for row in session.execute(
            select(
                Recommendation.id,
                Recommendation.text,
                Recommendation.paragraph,
                Recommendation.response,
                Recommendation.action_category,
                Recommendation.annotation_id,
                Recommendation.text_language,
                Recommendation.source_id,
                Recommendation.reference,
                Recommendation.notes,
            ).where(_among(Recommendation.id, ids))
        )
        if row.id in wanted_ids
    }
    current: dict[Table, dict[int, set[int]]] = {}
    for table in _LINK_TABLES:
        other = _other_column(table)
        links: dict[int, set[int]] = {}
        for rec_id, other_id in session.execute(
            select(table.c.recommendation_id, other).where(_among(table.c.recommendation_id, ids))
        ):
            if rec_id in wanted_ids:
                links.setdefault(rec_id, set()).add(other_id)
        current[table] = links
    changed = 0
    for rec_id, item, source_id, digest in matched:
        row = stored[rec_id]
        wanted: dict[str, Any] = {
            "text": item.text,
            "paragraph": item.paragraph or row.paragraph,
            "response": item.response,
            "action_category": item.action_category
            if item.action_category is not None
            else row.action_category,
            "annotation_id": item.annotation_id or row.annotation_id,
            "text_language": item.text_language or row.text_language,
            "source_id": source_id,
        }
        values = {k: v for k, v in wanted.items() if getattr(row, k) != v}
        links_changed = False
        for table, ids_wanted in _links(item, lookups, row.reference).items():
            have = current[table].get(rec_id, set())
            if have != ids_wanted:
                links_changed = True
                _replace_links(session, table, rec_id, have, ids_wanted)
        if not values and not links_changed:
            # The same as before, imported from a file read differently (or before
            # digests were kept): only the digest is new.
            session.execute(
                update(Recommendation)
                .where(Recommendation.id == rec_id)
                .values(official_digest=digest)
                .execution_options(synchronize_session=False)
            )
            continue
        changed += 1
        values["official_digest"] = digest
        if "text" in values:
            values["search_text"] = search_document(row.reference, item.text, row.notes)
        session.execute(
            update(Recommendation)
            .where(Recommendation.id == rec_id)
            .values(**values, version=Recommendation.version + 1, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
    return changed


def _replace_links(
    session: Session, table: Table, rec_id: int, have: set[int], want: set[int]
) -> None:
    other = _other_column(table)
    if have - want:
        session.execute(
            delete(table).where(table.c.recommendation_id == rec_id, other.in_(have - want))
        )
    if want - have:
        session.execute(
            insert(table), [{"recommendation_id": rec_id, other.name: i} for i in want - have]
        )
