"""The plain data of each PDF report (desktop.reports.data), read from the
database: ``report_data`` for a ReportRequest, and the look-ups the command
line uses to name a plan, an agency or a mechanism."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from difflib import SequenceMatcher

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NotFoundError
from desktop.reports.data import (
    AgencyBriefData,
    PlanReportData,
    RegisterListData,
    Scope,
    ScopeKind,
    StatusReportData,
)
from desktop.services.register import RegisterFilter
from desktop.services.report_data.agency import agency_brief_data
from desktop.services.report_data.header import report_header
from desktop.services.report_data.plan import plan_report_data
from desktop.services.report_data.register_list import register_list_data
from desktop.services.report_data.status import status_report_data
from desktop.services.report_request import ReportRequest, ReportType
from desktop.store.models import Agency, ImplementationPlan, Mechanism

__all__ = [
    "agency_brief_data",
    "find_agency_id",
    "find_plan_id",
    "mechanism_scope",
    "plan_report_data",
    "register_list_data",
    "release_report_data",
    "report_data",
    "report_header",
    "status_report_data",
]

NAMES_LISTED = 8
"""Existing names a NotFoundError lists, to show what can be asked for."""


def report_data(
    session_factory: sessionmaker[Session], request: ReportRequest, today: date
) -> PlanReportData | StatusReportData | AgencyBriefData | RegisterListData:
    """The data of ``request``'s report on ``today`` (the user's calendar date:
    what is overdue or due soon is judged on it). Raises NotFoundError when the
    plan or agency asked for does not exist."""
    if request.report == ReportType.PLAN:
        return plan_report_data(session_factory, request, today)
    if request.report == ReportType.STATUS:
        return status_report_data(session_factory, request, today)
    if request.report == ReportType.AGENCY:
        return agency_brief_data(session_factory, request, today)
    return register_list_data(session_factory, request, today)


def release_report_data(
    data: PlanReportData | StatusReportData | AgencyBriefData | RegisterListData,
) -> None:
    """End the read transaction a report's data may still read from (its
    sections' lines are read as the report is laid out). Safe to call twice."""
    release = getattr(data, "release", None)
    if release is not None:
        release()


def _pick(
    asked: str,
    what: str,
    candidates: Sequence[tuple[int, Sequence[str], bool]],
    *,
    list_alias: bool = False,
) -> int:
    """The id of the one candidate whose names match ``asked``: exactly first,
    then ignoring case; a live candidate wins over an archived one."""
    wanted = asked.strip()
    for fold in (False, True):
        key = wanted.casefold() if fold else wanted
        found = [
            c for c in candidates if any((n.casefold() if fold else n) == key for n in c[1] if n)
        ]
        live = [c for c in found if not c[2]] or found
        if len(live) == 1:
            return live[0][0]
        if len(live) > 1:
            names = ", ".join(sorted(c[1][0] for c in live))
            raise NotFoundError(f"more than one {what} matches {asked!r}: {names}", where=what)
    known = [c[1] for c in candidates if not c[2]]
    # The names most like the one asked for first: a misspelling shows its fix.
    known.sort(key=lambda names: (-_likeness(wanted, names), names[0].casefold()))
    shown = [f"{n[0]} ({n[1]})" if list_alias and n[1:] and n[1] else n[0] for n in known]
    listed = ", ".join(shown[:NAMES_LISTED]) + (", …" if len(shown) > NAMES_LISTED else "")
    hint = f"; there are: {listed}" if known else f"; there is no {what} yet"
    raise NotFoundError(f"no {what} is named {asked!r}{hint}", where=what)


def _likeness(asked: str, names: Sequence[str]) -> float:
    wanted = asked.casefold()
    return max(SequenceMatcher(None, wanted, n.casefold()).ratio() for n in names if n)


def find_plan_id(session_factory: sessionmaker[Session], name: str) -> int:
    """The plan titled ``name`` (exactly, else ignoring case)."""
    with session_factory() as session:
        rows = session.execute(select(ImplementationPlan.id, ImplementationPlan.title)).all()
    return _pick(name, "plan", [(i, (title,), False) for i, title in rows])


def find_agency_id(session_factory: sessionmaker[Session], name: str) -> int:
    """The agency named ``name`` or with that acronym (exactly, else ignoring case)."""
    with session_factory() as session:
        rows = session.execute(
            select(Agency.id, Agency.name, Agency.acronym, Agency.archived)
        ).all()
    return _pick(
        name,
        "agency",
        [(i, (n, acronym or ""), bool(archived)) for i, n, acronym, archived in rows],
    )


def mechanism_scope(
    session_factory: sessionmaker[Session], code: str
) -> tuple[RegisterFilter, Scope]:
    """The live register of one mechanism (its code, any case), and how a
    report's cover names it."""
    with session_factory() as session:
        rows = session.execute(select(Mechanism.id, Mechanism.code, Mechanism.name)).all()
    mechanism_id = _pick(code, "mechanism", [(i, (c, name), False) for i, c, name in rows])
    found = next(c for i, c, _ in rows if i == mechanism_id)
    return RegisterFilter(mechanisms=(found,)), Scope(ScopeKind.MECHANISM, found)
