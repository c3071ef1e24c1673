"""The cover of every report: the organisation (from the database's settings),
its emblem, what the report covers, and how it looks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.reports.data import ReportHeader, Scope, ScopeKind
from desktop.services.reference_names import mechanism_name
from desktop.services.report_request import ReportRequest
from desktop.services.settings import load_emblem, load_settings
from desktop.store.models import Mechanism


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
    if scope.kind == ScopeKind.MECHANISM:
        scope = _named_mechanism(session_factory, scope, request.options.language)
    return ReportHeader(
        organisation=settings.organisation_name,
        generated_on=today,
        scope=scope,
        emblem=load_emblem(session_factory),
        author=settings.organisation_name,
        title=request.title.strip(),
        options=request.options,
    )


def _named_mechanism(session_factory: sessionmaker[Session], scope: Scope, language: str) -> Scope:
    """A mechanism's code with its name in the report's language ("CRC — 儿童权利委员会")."""
    with session_factory() as session:
        stored = session.scalar(select(Mechanism.name).where(Mechanism.code == scope.value))
    name = mechanism_name(scope.value, language, stored or scope.value)
    return replace(scope, value=f"{scope.value} — {name}") if name != scope.value else scope
