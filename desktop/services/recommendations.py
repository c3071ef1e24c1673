"""Creating recommendations in bulk (demo data, benchmarks, and the importers
to come): one transaction, batched executemany, links created with them."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import ValidationError
from desktop.domain.text_search import search_document
from desktop.domain.vocab import ImplementationStatus, Position, Priority
from desktop.store.base import utcnow
from desktop.store.models import (
    Country,
    CountryAlias,
    Mechanism,
    Recommendation,
    SdgTarget,
    Theme,
    recommendation_recommending_state,
    recommendation_sdg_target,
    recommendation_theme,
)


@dataclass(frozen=True)
class NewRecommendation:
    mechanism_code: str
    reference: str
    text: str
    source_id: int | None = None
    paragraph: str | None = None
    text_language: str | None = None
    response: Position = Position.PENDING
    action_category: int | None = None
    status: ImplementationStatus = ImplementationStatus.NOT_ASSESSED
    priority: Priority | None = None
    needs_parliament: bool = False
    cluster_id: int | None = None
    notes: str | None = None
    annotation_id: str | None = None
    recommending_states: Sequence[str] = ()
    themes: Sequence[str] = ()
    sdg_targets: Sequence[str] = ()


ProgressCallback = Callable[[int], None]


class _Lookup:
    """Names to ids for one table, creating unknown names on first use
    (DOMAIN.md: unknown values met are created, never dropped)."""

    def __init__(
        self, session: Session, model: Any, key: Any, aliases: dict[str, int] | None = None
    ):
        self.session = session
        self.model = model
        self.ids: dict[str, int] = {
            str(k): int(i) for k, i in session.execute(select(key, model.id))
        }
        if aliases:
            for alias, target in aliases.items():
                self.ids.setdefault(alias, target)

    def get(self, name: str) -> int:
        found = self.ids.get(name)
        if found is None:
            row = self.model(name=name)
            self.session.add(row)
            self.session.flush()
            found = self.ids[name] = int(row.id)
        return found


def bulk_create_recommendations(
    session_factory: sessionmaker[Session],
    items: Iterable[NewRecommendation],
    *,
    batch_size: int = 5000,
    progress: ProgressCallback | None = None,
) -> int:
    """Insert all ``items`` in one transaction; returns how many were created.
    Any invalid item rolls the whole batch back."""
    created = 0
    with session_factory.begin() as session:
        mechanisms = {
            str(c): int(i) for c, i in session.execute(select(Mechanism.code, Mechanism.id))
        }
        aliases = {
            str(a): int(c)
            for a, c in session.execute(select(CountryAlias.alias, CountryAlias.country_id))
        }
        countries = _Lookup(session, Country, Country.name, aliases)
        themes = _Lookup(session, Theme, Theme.name)
        targets = {str(c): int(i) for c, i in session.execute(select(SdgTarget.code, SdgTarget.id))}
        iterator = iter(items)
        table = Recommendation.__table__
        assert isinstance(table, Table)
        while batch := list(islice(iterator, batch_size)):
            now = utcnow()
            rows = [_row(item, mechanisms, created + n, now) for n, item in enumerate(batch)]
            # RETURNING id with uuid, matched by uuid: asking SQLAlchemy to keep the
            # parameter order instead makes it insert row by row on SQLite (3x slower).
            id_of = dict(
                (row_uuid, row_id)
                for row_id, row_uuid in session.execute(
                    insert(table).returning(table.c.id, table.c.uuid), rows
                )
            )
            ids = [id_of[row["uuid"]] for row in rows]
            states: list[dict[str, int]] = []
            theme_links: list[dict[str, int]] = []
            target_links: list[dict[str, int]] = []
            for rec_id, item in zip(ids, batch, strict=True):
                for state_id in {countries.get(name) for name in item.recommending_states}:
                    states.append({"recommendation_id": rec_id, "country_id": state_id})
                for theme_id in {themes.get(name) for name in item.themes}:
                    theme_links.append({"recommendation_id": rec_id, "theme_id": theme_id})
                for code in set(item.sdg_targets):
                    if code not in targets:
                        raise ValidationError(f"unknown SDG target {code!r}", where=item.reference)
                    target_links.append(
                        {"recommendation_id": rec_id, "sdg_target_id": targets[code]}
                    )
            for link_table, link_rows in (
                (recommendation_recommending_state, states),
                (recommendation_theme, theme_links),
                (recommendation_sdg_target, target_links),
            ):
                if link_rows:
                    session.execute(insert(link_table), link_rows)
            created += len(batch)
            if progress is not None:
                progress(created)
    return created


def _row(
    item: NewRecommendation, mechanisms: dict[str, int], order: int, now: datetime
) -> dict[str, Any]:
    mechanism_id = mechanisms.get(item.mechanism_code)
    if mechanism_id is None:
        raise ValidationError(f"unknown mechanism {item.mechanism_code!r}", where=item.reference)
    if not item.text.strip():
        raise ValidationError("the recommendation text is empty", where=item.reference)
    if not item.reference.strip():
        raise ValidationError("the reference is empty", where=f"item {order + 1}")
    return {
        "uuid": uuid.uuid4(),
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "mechanism_id": mechanism_id,
        "source_id": item.source_id,
        "reference": item.reference,
        "paragraph": item.paragraph,
        "annotation_id": item.annotation_id,
        "text": item.text,
        "text_language": item.text_language,
        "response": item.response,
        "action_category": item.action_category,
        "priority": item.priority,
        "priority_rationale": None,
        "needs_parliament": item.needs_parliament,
        "status": item.status,
        "cluster_id": item.cluster_id,
        "notes": item.notes,
        "archived": False,
        "sort_key": order,
        "search_text": search_document(item.reference, item.text, item.notes),
    }
