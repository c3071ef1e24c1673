"""The cover of every report: the organisation (from the database's settings),
its emblem, what the report covers, and how it looks."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from desktop.reports.data import ReportHeader, Scope
from desktop.services.reporting import ReportRequest
from desktop.services.settings import load_emblem, load_settings


def report_header(
    session_factory: sessionmaker[Session],
    request: ReportRequest,
    today: date,
    *,
    default_scope: Scope | None = None,
) -> ReportHeader:
    """The header of ``request``'s report, generated on ``today``.

    ``default_scope`` names what the report covers when the request leaves its
    scope at "all" (a plan's report names its plan, an agency's brief its agency).
    """
    settings = load_settings(session_factory)
    scope = request.scope
    if default_scope is not None and scope == Scope():
        scope = default_scope
    return ReportHeader(
        organisation=settings.organisation_name,
        generated_on=today,
        scope=scope,
        emblem=load_emblem(session_factory),
        author=settings.organisation_name,
        title=request.title.strip(),
        options=request.options,
    )
