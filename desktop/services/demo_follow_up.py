"""The demonstration country's follow-up: who leads what, the implementation
plan with its actions, indicators and measurements, progress updates with
evidence, consultations and the reporting calendar. ``as_of`` is the demo's
fixed today: nothing is reported after it."""

from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.vocab import (
    ActionStatus,
    AgencyRole,
    ConsultationKind,
    ImplementationStatus,
    IndicatorKind,
    PlanStatus,
    Priority,
    ReportingFrequency,
    ReportKind,
)
from desktop.services import demo_content as content
from desktop.store.models import (
    Action,
    Agency,
    Assignment,
    Attachment,
    Cluster,
    Consultation,
    ImplementationPlan,
    Indicator,
    Measurement,
    Mechanism,
    ProgressUpdate,
    Recommendation,
    ReportingDeadline,
)


def create_follow_up(
    session: Session, rng: random.Random, as_of: date, counts: dict[str, int]
) -> None:
    """Add the follow-up of the register already stored; ``counts`` gets how
    many of each were made."""
    agencies = {a.acronym or a.name: a for a in session.scalars(select(Agency))}
    clusters = {c.name: c for c in session.scalars(select(Cluster))}
    leads = {t.cluster: t.lead for t in content.TOPICS}
    recs = list(session.scalars(select(Recommendation).order_by(Recommendation.id)))
    by_cluster: dict[int, list[Recommendation]] = {}
    for rec in recs:
        if rec.cluster_id is not None:
            by_cluster.setdefault(rec.cluster_id, []).append(rec)
    assignments: list[Assignment] = []
    supporters = ("NSO", "PARL", "MFA", "ALG")
    for name, cluster in clusters.items():
        assignments.append(
            Assignment(agency=agencies[leads[name]], role=AgencyRole.LEAD, cluster_id=cluster.id)
        )
        assignments.append(
            Assignment(
                agency=agencies[rng.choice(supporters)],
                role=AgencyRole.SUPPORTING,
                cluster_id=cluster.id,
            )
        )
        for rec in by_cluster.get(cluster.id, []):
            if rng.random() < 0.6:
                assignments.append(
                    Assignment(
                        agency=agencies[leads[name]], role=AgencyRole.LEAD, recommendation_id=rec.id
                    )
                )
    plan = ImplementationPlan(
        title="National Recommendations Implementation Plan 2022–2026",
        description="Cabinet-adopted plan for the recommendations of the third UPR cycle "
        "and the latest treaty body concluding observations.",
        period_start=date(2022, 1, 1),
        period_end=date(2026, 12, 31),
        status=PlanStatus.ADOPTED,
        adoption_date=date(2022, 3, 15),
        decision_reference="Cabinet Decision No. 14/2022",
        national_plan_reference="National Human Rights Action Plan 2022–2026",
    )
    session.add(plan)
    actions = _actions(rng, as_of, plan, clusters, by_cluster)
    session.add_all(actions)
    # The plan covers every recommendation of the clusters it has actions for.
    plan.recommendations = [
        rec for cluster in clusters.values() for rec in by_cluster.get(cluster.id, [])
    ]
    session.flush()
    for action, cluster_name in zip(actions, _action_clusters(clusters), strict=True):
        assignments.append(
            Assignment(
                agency=agencies[leads[cluster_name]], role=AgencyRole.LEAD, action_id=action.id
            )
        )
        helper = rng.choice(
            [a for a in ("NSO", "PARL", "AHRC", "ALG", "DOP") if a != leads[cluster_name]]
        )
        assignments.append(
            Assignment(agency=agencies[helper], role=AgencyRole.SUPPORTING, action_id=action.id)
        )
    session.add_all(assignments)
    indicators = _indicators(rng, actions, agencies["NSO"])
    session.add_all(indicators)
    updates = _progress(rng, as_of, actions, recs, agencies, leads)
    session.add_all(updates)
    consultations = _consultations(agencies, recs)
    session.add_all(consultations)
    deadlines = _deadlines(session, recs)
    session.add_all(deadlines)
    counts.update(
        assignments=len(assignments),
        plans=1,
        actions=len(actions),
        indicators=len(indicators),
        measurements=sum(len(i.measurements) for i in indicators),
        progress_updates=len(updates),
        consultations=len(consultations),
        deadlines=len(deadlines),
        attachments=sum(len(u.attachments) for u in updates)
        + sum(len(c.attachments) for c in consultations),
    )


def _action_clusters(clusters: dict[str, Cluster]) -> list[str]:
    """Three actions for each high-priority cluster, two for the others."""
    names: list[str] = []
    for name, cluster in clusters.items():
        names += [name] * (3 if cluster.priority == Priority.HIGH else 2)
    return names


ACTION_TITLES = (
    "Draft and submit the {topic} bill to the National Assembly",
    "Train officials on {topic}",
    "Set up a monitoring and data system for {topic}",
)


def _actions(
    rng: random.Random,
    as_of: date,
    plan: ImplementationPlan,
    clusters: dict[str, Cluster],
    by_cluster: dict[int, list[Recommendation]],
) -> list[Action]:
    actions: list[Action] = []
    for order, name in enumerate(_action_clusters(clusters)):
        cluster = clusters[name]
        number = sum(1 for a in actions if cluster in a.clusters)
        start = date(2022, 1, 1) + timedelta(days=rng.randrange(0, 900))
        due = start + timedelta(days=rng.randrange(240, 1000))
        if due < as_of:
            status = rng.choice(
                (
                    ActionStatus.COMPLETED,
                    ActionStatus.COMPLETED,
                    ActionStatus.DELAYED,
                    ActionStatus.ONGOING,
                )
            )
        else:
            status = rng.choice((ActionStatus.PLANNED, ActionStatus.ONGOING, ActionStatus.ONGOING))
        pool = by_cluster.get(cluster.id, [])
        donor = rng.random() < 0.3
        actions.append(
            Action(
                plan=plan,
                sort_order=order,
                title=ACTION_TITLES[number % 3].format(topic=name.lower()),
                description=f"Part of the response to the recommendations on {name.lower()}.",
                start_date=start,
                due_date=due,
                status=status,
                estimated_cost=Decimal(rng.randrange(20, 900) * 1000),
                currency=rng.choice(("EUR", "USD")) if donor else "USD",
                funding_source="Development partner grant" if donor else "National budget",
                within_existing_budget=not donor and rng.random() < 0.5,
                recommendations=rng.sample(pool, min(len(pool), rng.randrange(3, 9))),
                clusters=[cluster],
            )
        )
    return actions


def _indicators(rng: random.Random, actions: list[Action], nso: Agency) -> list[Indicator]:
    indicators: list[Indicator] = []
    kinds = (IndicatorKind.STRUCTURAL, IndicatorKind.PROCESS, IndicatorKind.OUTCOME)
    for action in actions[::2]:
        kind = kinds[len(indicators) % 3]
        baseline = Decimal(rng.randrange(10, 60))
        target = baseline + Decimal(rng.randrange(10, 40))
        measurements = [
            Measurement(
                measured_on=date(2023 + k, 6, 30),
                value=baseline + (target - baseline) * Decimal(k + 1) / Decimal(4),
                source="National Statistics Office",
            )
            for k in range(rng.randrange(2, 5))
        ]
        indicators.append(
            Indicator(
                action=action,
                kind=kind,
                name={
                    IndicatorKind.STRUCTURAL: "Law in force (0 = no, 100 = fully)",
                    IndicatorKind.PROCESS: "Share of officials trained",
                    IndicatorKind.OUTCOME: "Share of cases resolved within 12 months",
                }[kind],
                unit="%",
                baseline_value=baseline,
                baseline_year=2021,
                target_value=target,
                target_year=2026,
                data_source="National Statistics Office",
                frequency=ReportingFrequency.ANNUAL,
                data_agency_id=nso.id,
                measurements=measurements,
            )
        )
    return indicators


def _progress(
    rng: random.Random,
    as_of: date,
    actions: list[Action],
    recs: list[Recommendation],
    agencies: dict[str, Agency],
    leads: dict[str, str],
) -> list[ProgressUpdate]:
    updates: list[ProgressUpdate] = []
    for action in actions:
        lead = agencies[leads[action.clusters[0].name]]
        when = action.start_date or date(2022, 6, 1)
        for step in range(rng.randrange(1, 4)):
            when = min(when + timedelta(days=rng.randrange(60, 240)), as_of)
            update = ProgressUpdate(
                action_id=action.id,
                reported_on=when,
                new_status=(ActionStatus.ONGOING if step == 0 else action.status).value,
                narrative=f"{lead.name} reports progress on: {action.title}.",
                agency_id=lead.id,
                reporter=lead.focal_points[0].name,
            )
            updates.append(update)
    evidence = b"Minutes of the inter-ministerial working group, 12 May 2024.\n"
    updates[0].attachments.append(
        Attachment(
            file_name="working-group-minutes.txt",
            media_type="text/plain",
            size=len(evidence),
            sha256=hashlib.sha256(evidence).hexdigest(),
            content=evidence,
        )
    )
    for rec in recs[:: max(1, len(recs) // 12)]:
        if rec.status in (
            ImplementationStatus.IN_PROGRESS,
            ImplementationStatus.PARTIALLY_IMPLEMENTED,
            ImplementationStatus.FULLY_IMPLEMENTED,
        ):
            updates.append(
                ProgressUpdate(
                    recommendation_id=rec.id,
                    reported_on=date(2025, 9, 30),
                    new_status=rec.status.value,
                    narrative="Assessed at the annual review.",
                    agency_id=agencies["MFA"].id,
                    reporter="Tomás Ferreira",
                )
            )
    return updates


def _consultations(agencies: dict[str, Agency], recs: list[Recommendation]) -> list[Consultation]:
    agenda = b"Agenda: review of the mid-term report draft; priorities for 2026.\n"
    return [
        Consultation(
            held_on=date(2022, 2, 10),
            title="Validation of the implementation plan",
            kind=ConsultationKind.MIXED,
            summary="NHRI and civil society commented on the draft plan; 14 changes accepted.",
            recommendations=recs[:20],
            other_participants="UN Resident Coordinator's Office (observer)",
        ),
        Consultation(
            held_on=date(2023, 11, 7),
            title="NHRI briefing on detention monitoring",
            kind=ConsultationKind.NHRI,
            recommendations=recs[20:30],
            summary="The Commission presented findings from 12 prison visits.",
        ),
        Consultation(
            held_on=date(2024, 5, 21),
            title="Civil society forum on gender equality",
            kind=ConsultationKind.CIVIL_SOCIETY,
            recommendations=recs[30:45],
            summary="Women's organisations asked for a shelter in every province.",
            attachments=[
                Attachment(
                    file_name="agenda.txt",
                    media_type="text/plain",
                    size=len(agenda),
                    sha256=hashlib.sha256(agenda).hexdigest(),
                    content=agenda,
                )
            ],
        ),
        Consultation(
            held_on=date(2025, 3, 3),
            title="Parliamentary hearing on pending bills",
            kind=ConsultationKind.PARLIAMENT,
            recommendations=recs[45:55],
            summary="The Human Rights Committee scheduled three bills for 2025.",
        ),
    ]


def _deadlines(session: Session, recs: list[Recommendation]) -> list[ReportingDeadline]:
    mechanisms = {m.code: m for m in session.scalars(select(Mechanism))}

    def of(code: str) -> list[Recommendation]:
        return [r for r in recs if r.mechanism_id == mechanisms[code].id]

    upr = [r for r in of("UPR") if r.source is not None and r.source.cycle == 3]
    return [
        ReportingDeadline(
            mechanism=mechanisms["UPR"],
            report_kind=ReportKind.UPR_MIDTERM,
            title="Voluntary mid-term report, third cycle",
            due_date=date(2023, 12, 31),
            submitted_on=date(2024, 2, 2),
            recommendations=upr,
        ),
        ReportingDeadline(
            mechanism=mechanisms["UPR"],
            report_kind=ReportKind.UPR_NATIONAL,
            title="National report, fourth cycle",
            due_date=date(2027, 1, 15),
            recommendations=upr,
        ),
        ReportingDeadline(
            mechanism=mechanisms["CEDAW"],
            report_kind=ReportKind.TREATY_PERIODIC,
            title="Eighth periodic report",
            due_date=date(2023, 3, 1),
            recommendations=of("CEDAW"),
        ),
        ReportingDeadline(
            mechanism=mechanisms["CAT"],
            report_kind=ReportKind.TREATY_FOLLOW_UP,
            title="Follow-up information on paragraphs 12, 20 and 34",
            due_date=date(2023, 5, 13),
            recommendations=of("CAT")[:3],
        ),
        ReportingDeadline(
            mechanism=mechanisms["CCPR"],
            report_kind=ReportKind.TREATY_FOLLOW_UP,
            title="Follow-up report",
            due_date=date(2026, 12, 15),
            recommendations=of("CCPR")[:3],
        ),
    ]
