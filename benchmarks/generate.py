"""Generate a realistic synthetic database at any scale.

    python -m benchmarks.generate --count 250000 --out benchmarks/data/db-250k.sqlite3

Recommendations go through the same bulk-creation service the program uses.
Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from benchmarks.texts import make_text
from desktop.domain.vocab import (
    ActionStatus,
    AgencyRole,
    ImplementationStatus,
    IndicatorKind,
    PlanStatus,
    Position,
    Priority,
    ReportKind,
)
from desktop.services.database import open_database
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.store.models import (
    Action,
    Agency,
    Assignment,
    Cluster,
    Country,
    ImplementationPlan,
    Indicator,
    Mechanism,
    ReportingDeadline,
    SdgTarget,
    SourceDocument,
    Theme,
    action_recommendation,
    deadline_recommendation,
    plan_recommendation,
)

LANGUAGES = ("en",) * 85 + ("fr",) * 4 + ("es",) * 4 + ("ru",) * 2 + ("zh",) * 3 + ("ar",) * 2
TREATY_BODIES = ("CEDAW", "CRC", "CAT", "CCPR", "CESCR", "CERD", "CRPD")
RESPONSES = (Position.SUPPORTED,) * 7 + (Position.NOTED,) * 2 + (Position.SUPPORTED_IN_PART,)
STATUSES = tuple(ImplementationStatus)
PRIORITIES = (None, None, Priority.HIGH, Priority.MEDIUM, Priority.LOW)
ACTION_STATUSES = (
    (ActionStatus.PLANNED,) * 5
    + (ActionStatus.ONGOING,) * 7
    + (ActionStatus.COMPLETED,) * 5
    + (ActionStatus.DELAYED,) * 2
    + (ActionStatus.CANCELLED,)
)
INDICATOR_KINDS = tuple(IndicatorKind)
ACTIONS_PER_PLAN = 2_000
DEADLINES = 40
REFERENCE_DAY = date(2025, 6, 30)
"""The "today" of the follow-up data: due dates spread around it (the
dashboard benchmark looks at the database on this day)."""


def generate(path: Path, count: int, seed: int = 1, quiet: bool = False) -> dict[str, Any]:
    started = time.perf_counter()
    rng = random.Random(seed)
    database = open_database(str(path), create=True)
    try:
        factory = database.session_factory
        with factory.begin() as session:
            mechanisms = {m.code: m for m in session.scalars(select(Mechanism))}
            n_docs = max(8, count // 800)
            docs: list[SourceDocument] = []
            for n in range(n_docs):
                if n % 10 < 7:
                    cycle = 1 + n % 4
                    docs.append(
                        SourceDocument(
                            mechanism=mechanisms["UPR"],
                            symbol=f"A/HRC/{8 + n // 20}/{n}",
                            cycle=cycle,
                            session=str(1 + n // 5),
                            document_date=date(2008 + cycle * 4, 1, 1) + timedelta(days=n % 300),
                        )
                    )
                else:
                    code = TREATY_BODIES[n % len(TREATY_BODIES)]
                    docs.append(
                        SourceDocument(
                            mechanism=mechanisms[code],
                            symbol=f"{code}/C/X{n:04d}/CO/{1 + n % 8}",
                            document_date=date(2010, 1, 1) + timedelta(days=n * 7 % 5000),
                        )
                    )
            session.add_all(docs)
            session.add_all(
                Agency(name=f"Agency {n:04d}", acronym=f"A{n}")
                for n in range(max(20, min(300, count // 800)))
            )
            clusters = [Cluster(name=f"Cluster {n:02d}") for n in range(40)]
            session.add_all(clusters)
            session.flush()
            doc_info = [(d.id, d.mechanism.code) for d in docs]
            cluster_ids = [c.id for c in clusters]
            states = list(session.scalars(select(Country.name)))
            themes = list(session.scalars(select(Theme.name)))
            targets = list(session.scalars(select(SdgTarget.code)))

        goal_rng = random.Random(seed + 2)  # apart, so the rest stays as it was

        def items() -> Iterator[NewRecommendation]:
            per_doc: dict[int, int] = {}
            for _ in range(count):
                doc_id, code = rng.choice(doc_info)
                per_doc[doc_id] = per_doc.get(doc_id, 0) + 1
                language = rng.choice(LANGUAGES)
                text, category = make_text(rng, language, treaty=code != "UPR")
                paragraph = f"{100 + per_doc[doc_id] // 200}.{per_doc[doc_id]}"
                yield NewRecommendation(
                    mechanism_code=code,
                    reference=paragraph,
                    text=text,
                    source_id=doc_id,
                    paragraph=paragraph,
                    text_language=language,
                    response=rng.choice(RESPONSES) if code == "UPR" else Position.NOT_APPLICABLE,
                    action_category=category if code == "UPR" else None,
                    status=rng.choice(STATUSES),
                    priority=rng.choice(PRIORITIES),
                    needs_parliament=category == 5,
                    cluster_id=rng.choice(cluster_ids) if rng.random() < 0.6 else None,
                    recommending_states=rng.sample(states, rng.choice((1, 1, 2, 3)))
                    if code == "UPR"
                    else (),
                    themes=rng.sample(themes, rng.choice((1, 2, 3))),
                    sdg_targets=rng.sample(targets, rng.choice((0, 1, 1, 2))),
                    # Goals named without a target, as the OHCHR thematic lists do.
                    sdg_goals=(goal_rng.randrange(1, 18),) if goal_rng.random() < 0.1 else (),
                )

        def report(done: int) -> None:
            if not quiet and done % 50_000 == 0:
                print(f"  {done:,} recommendations", file=sys.stderr)

        created = bulk_create_recommendations(factory, items(), progress=report)
        actions = _add_follow_up(factory, seed, count) if count >= 1_000 else 0
    finally:
        database.dispose()
    return {
        "path": str(path),
        "recommendations": created,
        "actions": actions,
        "seconds": round(time.perf_counter() - started, 2),
    }


def _add_follow_up(factory: Any, seed: int, count: int) -> int:
    """The follow-up around the register (Core bulk inserts, an rng of its own so
    that the recommendations stay those of earlier versions): count/5 actions in
    plans of ACTIONS_PER_PLAN, each addressing 1–4 recommendations, with a lead
    agency, sometimes a supporting one, and indicators for about 40 %; the plans'
    recommendations; a lead agency for about 75 % of the recommendations; and
    DEADLINES reporting deadlines around REFERENCE_DAY."""
    rng = random.Random(seed + 1)
    n_actions = count // 5
    now = datetime.now(UTC)

    def record() -> dict[str, Any]:
        return {"uuid": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1}

    with factory.begin() as session:
        agency_ids = list(session.scalars(select(Agency.id)))
        mechanisms = dict(session.execute(select(Mechanism.code, Mechanism.id)).all())
        plan_ids = list(
            session.scalars(
                insert(ImplementationPlan).returning(ImplementationPlan.id),
                [
                    {**record(), "title": f"Plan {n + 1}", "status": PlanStatus.ADOPTED}
                    for n in range(-(-n_actions // ACTIONS_PER_PLAN))
                ],
            )
        )
        rows = [
            {
                **record(),
                "plan_id": plan_ids[n // ACTIONS_PER_PLAN],
                "title": f"Action {n + 1}",
                "sort_order": n % ACTIONS_PER_PLAN,
                "start_date": REFERENCE_DAY - timedelta(days=900 - n % 600),
                "due_date": REFERENCE_DAY + timedelta(days=(n * 37) % 1100 - 600),
                "status": rng.choice(ACTION_STATUSES),
                "within_existing_budget": False,
                "estimated_cost": Decimal(rng.randrange(1, 500) * 1000),
                "currency": "USD",
            }
            for n in range(n_actions)
        ]
        action_ids = list(session.scalars(insert(Action).returning(Action.id), rows))
        addressed = [
            (plan_ids[n // ACTIONS_PER_PLAN], a, r)
            for n, a in enumerate(action_ids)
            for r in rng.sample(range(1, count + 1), rng.choice((1, 1, 2, 3, 4)))
        ]
        _insert(
            session,
            action_recommendation,
            [{"action_id": a, "recommendation_id": r} for _, a, r in addressed],
        )
        _insert(
            session,
            plan_recommendation,
            [
                {"plan_id": p, "recommendation_id": r}
                for p, r in sorted({(p, r) for p, _, r in addressed})
            ],
        )
        _insert(
            session,
            Indicator,
            [
                {**record(), "action_id": a, "name": f"Indicator {a}.{k}", "kind": kind}
                for a in action_ids
                if rng.random() < 0.4
                for k, kind in enumerate(rng.sample(INDICATOR_KINDS, rng.choice((1, 1, 2))))
            ],
        )
        assignments = []
        for target, ids, lead_share in (
            ("action_id", action_ids, 1.0),
            ("recommendation_id", range(1, count + 1), 0.75),
        ):
            for i in ids:
                if rng.random() >= lead_share:
                    continue
                lead, support = rng.sample(agency_ids, 2)
                assignments.append(
                    {**record(), target: i, "agency_id": lead, "role": AgencyRole.LEAD}
                )
                if rng.random() < 0.25:
                    assignments.append(
                        {**record(), target: i, "agency_id": support, "role": AgencyRole.SUPPORTING}
                    )
        _insert(session, Assignment, assignments)
        deadlines = []
        for n in range(DEADLINES):
            code = "UPR" if n % 3 == 0 else TREATY_BODIES[n % len(TREATY_BODIES)]
            due = REFERENCE_DAY + timedelta(days=(n * 53) % 900 - 300)
            deadlines.append(
                {
                    **record(),
                    "mechanism_id": mechanisms[code],
                    "report_kind": ReportKind.UPR_MIDTERM
                    if code == "UPR"
                    else ReportKind.TREATY_PERIODIC,
                    "title": f"{code} report {n + 1}",
                    "due_date": due,
                    "submitted_on": due - timedelta(days=10) if n % 4 == 0 else None,
                }
            )
        deadline_ids = list(
            session.scalars(insert(ReportingDeadline).returning(ReportingDeadline.id), deadlines)
        )
        _insert(
            session,
            deadline_recommendation,
            [
                {"deadline_id": d, "recommendation_id": r}
                for d in deadline_ids
                for r in rng.sample(range(1, count + 1), min(count, rng.randrange(200, 2000)))
            ],
        )
    return n_actions


def _insert(session: Any, target: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 20_000):
        session.execute(insert(target), rows[start : start + 20_000])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.out.exists():
        print(f"{args.out} exists; remove it first", file=sys.stderr)
        return 1
    result = generate(args.out, args.count, args.seed)
    print(
        f"{result['recommendations']:,} recommendations, {result['actions']:,} actions "
        f"in {result['seconds']} s -> {result['path']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
