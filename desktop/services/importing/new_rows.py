"""The new recommendations of an import's chunk as the bulk insert takes
them (desktop.services.recommendations.insert_contents): each one's values in
the order of CONTENT, and what it links to, made straight from the file's
record. A file brings tens of thousands: no NewRecommendation is made in
between, whose building and reading again cost a tenth of an import."""

from __future__ import annotations

from typing import Any, NamedTuple

from desktop.domain.vocab import ImplementationStatus
from desktop.services.importing.records import ImportedRecommendation
from desktop.services.recommendation_content import content_values


class NewLinks(NamedTuple):
    """What a new recommendation links to, by name (recommendations.Linked)."""

    reference: str
    recommending_states: tuple[str, ...]
    themes: tuple[str, ...]
    sdg_targets: tuple[str, ...]
    affected_persons: tuple[str, ...]
    upr_info_issues: tuple[str, ...]
    sdg_goals: tuple[int, ...]


class NewRows:
    """The rows of a chunk's new recommendations, in the file's order."""

    def __init__(self, first_order: int) -> None:
        self.first_order = first_order
        self.contents: list[tuple[Any, ...]] = []
        self.links: list[NewLinks] = []

    def __len__(self) -> int:
        return len(self.contents)

    def add(
        self,
        item: ImportedRecommendation,
        mechanism_id: int,
        source_id: int,
        reference: str,
        cluster_id: int | None,
        digest: str,
        folded: str | None,
    ) -> None:
        """``item`` as a new recommendation of ``reference`` in document
        ``source_id``; ``folded``: its text folded for search, if the reader
        folded it."""
        self.contents.append(
            content_values(
                mechanism_id,
                source_id,
                reference,
                item.paragraph,
                item.annotation_id,
                digest,
                item.text,
                item.text_language,
                item.response,
                item.action_category,
                item.priority,
                item.priority_rationale,
                bool(item.needs_parliament),
                item.status or ImplementationStatus.NOT_ASSESSED,
                cluster_id,
                item.notes,
                self.first_order + len(self.contents),
                folded,
            )
        )
        themes = item.themes
        self.links.append(
            NewLinks(
                reference,
                item.recommending_states,
                tuple([t.name for t in themes]) if themes else (),
                item.sdg_targets,
                item.affected_persons,
                item.upr_info_issues,
                item.sdg_goals,
            )
        )
