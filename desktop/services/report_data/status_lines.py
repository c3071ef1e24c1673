"""The lines of the status report's sections, read as the report reaches them:
a section's recommendations in register order, CHUNK at a time, each chunk
with its lead agencies, latest progress and overdue actions, so that what is
held at once does not grow with the scope."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desktop.domain.vocab import ImplementationStatus, Position
from desktop.reports.data import OverdueActionLine, StatusRecommendationLine
from desktop.services.report_data.common import IN_LIMIT, ReportSnapshot
from desktop.services.report_data.status_links import ScopeLinks, action_leads, read_links
from desktop.store.models import REGISTER_ORDER, Recommendation, SourceDocument

CHUNK = IN_LIMIT
"""Recommendations read (with their links) at a time."""


class StatusLineReader:
    """Reads the lines of the scope's recommendations that match a section's
    condition, in the session of the report's snapshot."""

    def __init__(
        self,
        session: Session,
        scope: Sequence[ColumnElement[bool]],
        *,
        agencies: Mapping[int, tuple[str, bool]],
        mechanism_codes: Mapping[int, str],
        plans: Mapping[int, str],
        today: date,
        snapshot: ReportSnapshot,
    ) -> None:
        self.snapshot = snapshot  # kept open while any section can still be read
        self.session = session
        self.scope = list(scope)
        self.agencies = agencies
        self.agency_names = {i: name for i, (name, _) in agencies.items()}
        self.mechanism_codes = mechanism_codes
        self.plans = plans
        self.today = today

    def lines(self, section: ColumnElement[bool]) -> Iterator[StatusRecommendationLine]:
        """The section's lines in register order (document, then order in it).
        Raises RuntimeError once the report's data was released."""
        if self.snapshot.closed:
            raise RuntimeError("the report's data was released: its lines can no longer be read")
        ordered = select(Recommendation.id).where(*self.scope, section).order_by(*REGISTER_ORDER)
        connection = self.session.connection().execution_options(
            stream_results=True, max_row_buffer=CHUNK
        )
        result = connection.execute(ordered)
        try:
            for part in result.partitions(CHUNK):
                yield from self._chunk([row[0] for row in part])
        finally:
            result.close()

    def _chunk(self, ids: list[int]) -> Iterator[StatusRecommendationLine]:
        rows: Any = self.session.connection().execute(
            select(
                Recommendation.id,
                Recommendation.reference,
                Recommendation.mechanism_id,
                SourceDocument.symbol,
                Recommendation.response,
                Recommendation.status,
                Recommendation.text,
            )
            .outerjoin(SourceDocument, SourceDocument.id == Recommendation.source_id)
            .where(Recommendation.id.in_(ids))
        )
        found = {row[0]: row[1:] for row in rows}
        links = read_links(self.session, ids, self.agencies, self.today)
        leads = action_leads(self.session, sorted({a for os in links.overdue.values() for a in os}))
        for rec_id in ids:
            yield self._line(rec_id, found[rec_id], links, leads)

    def _line(
        self,
        rec_id: int,
        row: Sequence[Any],
        links: ScopeLinks,
        action_leads: Mapping[int, list[str]],
    ) -> StatusRecommendationLine:
        reference, mechanism_id, symbol, position, status, text = row
        overdue = []
        for action_id in links.overdue.get(rec_id, ()):
            title, plan_id, due, _ = links.action_rows[action_id]
            assert due is not None  # an overdue action has a due date
            overdue.append(
                OverdueActionLine(
                    title=title,
                    due_date=due,
                    lead=tuple(action_leads.get(action_id, ())),
                    plan=self.plans.get(plan_id, ""),
                )
            )
        overdue.sort(key=lambda a: (a.due_date, a.title.casefold()))
        progress = links.progress.get(rec_id)
        names = self.agency_names
        return StatusRecommendationLine(
            reference=reference,
            mechanism=self.mechanism_codes[mechanism_id],
            source=symbol or "",
            position=Position(position),
            status=ImplementationStatus(status),
            text=text,
            lead=tuple(
                sorted((names.get(a, "") for a in links.leads.get(rec_id, ())), key=str.casefold)
            ),
            latest_progress=progress[1] if progress else None,
            overdue_actions=tuple(overdue),
        )
