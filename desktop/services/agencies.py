"""The directory of agencies and their focal points: list, create, edit,
merge duplicates, and each agency's assignments."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.vocab import AgencyKind, AgencyRole
from desktop.services.versions import check_version
from desktop.store.models import (
    Agency,
    Assignment,
    FocalPoint,
    Indicator,
    ProgressUpdate,
    consultation_agency,
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class FocalPointData:
    name: str
    title: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class AgencyData:
    name: str
    acronym: str = ""
    kind: AgencyKind = AgencyKind.MINISTRY
    notes: str = ""
    focal_points: tuple[FocalPointData, ...] = ()


@dataclass(frozen=True)
class AgencyInfo:
    id: int
    version: int
    data: AgencyData
    lead: int = 0
    supporting: int = 0
    actions: int = 0
    clusters: int = 0
    extra: dict[str, int] = field(default_factory=dict)


def list_agencies(session_factory: sessionmaker[Session]) -> list[AgencyInfo]:
    with session_factory() as session:
        counts: dict[tuple[int, str], int] = {}
        for agency_id, role, recs, actions, clusters in session.execute(
            select(
                Assignment.agency_id,
                Assignment.role,
                func.count(Assignment.recommendation_id),
                func.count(Assignment.action_id),
                func.count(Assignment.cluster_id),
            ).group_by(Assignment.agency_id, Assignment.role)
        ):
            counts[(agency_id, str(role))] = recs
            counts[(agency_id, "actions")] = counts.get((agency_id, "actions"), 0) + actions
            counts[(agency_id, "clusters")] = counts.get((agency_id, "clusters"), 0) + clusters
        agencies = session.scalars(
            select(Agency)
            .where(Agency.archived.is_(False))
            .order_by(Agency.name)
            .options(selectinload(Agency.focal_points))
        ).all()
        return [
            AgencyInfo(
                id=a.id,
                version=a.version,
                data=AgencyData(
                    name=a.name,
                    acronym=a.acronym or "",
                    kind=a.kind,
                    notes=a.notes or "",
                    focal_points=tuple(
                        FocalPointData(f.name, f.title or "", f.email or "", f.phone or "")
                        for f in a.focal_points
                    ),
                ),
                lead=counts.get((a.id, AgencyRole.LEAD.value), 0),
                supporting=counts.get((a.id, AgencyRole.SUPPORTING.value), 0),
                actions=counts.get((a.id, "actions"), 0),
                clusters=counts.get((a.id, "clusters"), 0),
            )
            for a in agencies
        ]


def _validate(session: Session, data: AgencyData, own_id: int | None) -> AgencyData:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError("an agency needs a name", where="name", code="field.required")
    clash = session.scalar(
        select(Agency.id).where(func.lower(Agency.name) == name.lower(), Agency.id != (own_id or 0))
    )
    if clash is not None:
        raise ValidationError(
            f"there is already an agency called {name!r}",
            where="name",
            code="agency.name_taken",
            params={"name": name},
        )
    points = []
    for number, point in enumerate(data.focal_points, start=1):
        if not point.name.strip():
            raise ValidationError(
                "a focal point needs a name", where=f"focal point {number}", code="field.required"
            )
        if point.email.strip() and not _EMAIL.match(point.email.strip()):
            raise ValidationError(
                f"{point.email!r} is not an e-mail address",
                where=f"focal point {number}, e-mail",
                code="field.not_an_email",
                params={"value": point.email},
            )
        points.append(
            FocalPointData(
                point.name.strip(), point.title.strip(), point.email.strip(), point.phone.strip()
            )
        )
    return AgencyData(name, data.acronym.strip(), data.kind, data.notes.strip(), tuple(points))


def save_agency(
    session_factory: sessionmaker[Session],
    data: AgencyData,
    agency_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create (no id) or update an agency with its focal points; returns its id."""
    with session_factory.begin() as session:
        data = _validate(session, data, agency_id)
        if agency_id is None:
            agency = Agency(name=data.name)
            session.add(agency)
        else:
            agency = check_version(
                session.get(Agency, agency_id),
                expected_version,
                "agency",
                where=data.name,
                missing="this agency was deleted meanwhile",
                conflict="someone else changed this agency; reopen it",
            )
        agency.name = data.name
        agency.acronym = data.acronym or None
        agency.kind = data.kind
        agency.notes = data.notes or None
        agency.focal_points = [
            FocalPoint(
                name=p.name,
                title=p.title or None,
                email=p.email or None,
                phone=p.phone or None,
                primary=(n == 0),
            )
            for n, p in enumerate(data.focal_points)
        ]
        session.flush()
        return agency.id


def merge_agencies(
    session_factory: sessionmaker[Session], sources: Sequence[int], target: int
) -> int:
    """Fold duplicate agencies into ``target``: their assignments (where the
    target has none on the same item), focal points, consultations, indicator
    and progress references move; the duplicates are deleted. Returns how many
    assignments moved."""
    sources = [s for s in dict.fromkeys(sources) if s != target]
    if not sources:
        raise ValidationError(
            "choose at least one other agency to merge into this one", code="merge.choose_other"
        )
    with session_factory.begin() as session:
        if session.get(Agency, target) is None:
            raise NotFoundError(
                "the agency to merge into no longer exists", code="record.not_found"
            )
        moved = 0
        for column in (Assignment.recommendation_id, Assignment.cluster_id, Assignment.action_id):
            taken = select(column).where(Assignment.agency_id == target, column.is_not(None))
            moved += session.execute(
                update(Assignment)
                .where(Assignment.agency_id.in_(sources), column.is_not(None), column.not_in(taken))
                .values(agency_id=target)
                .execution_options(synchronize_session=False)
            ).rowcount  # type: ignore[attr-defined]
        session.execute(
            update(FocalPoint)
            .where(FocalPoint.agency_id.in_(sources))
            .values(agency_id=target)
            .execution_options(synchronize_session=False)
        )
        attended = select(consultation_agency.c.consultation_id).where(
            consultation_agency.c.agency_id == target
        )
        session.execute(
            update(consultation_agency)
            .where(
                consultation_agency.c.agency_id.in_(sources),
                consultation_agency.c.consultation_id.not_in(attended),
            )
            .values(agency_id=target)
        )
        for model, column in (
            (Indicator, Indicator.data_agency_id),
            (ProgressUpdate, ProgressUpdate.agency_id),
            (Agency, Agency.parent_id),
        ):
            session.execute(
                update(model)
                .where(column.in_(sources))
                .values({column.key: target})
                .execution_options(synchronize_session=False)
            )
        session.execute(  # a department of a duplicate is not its own parent
            update(Agency)
            .where(Agency.id == target, Agency.parent_id == target)
            .values(parent_id=None)
        )
        session.execute(delete(Agency).where(Agency.id.in_(sources)))
        return int(moved)
