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
from desktop.domain.vocab import ActionStatus, ImplementationStatus, Position, Priority
from desktop.services.database import open_database
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.store.models import (
    Action,
    Agency,
    Cluster,
    Country,
    ImplementationPlan,
    Mechanism,
    SdgTarget,
    SourceDocument,
    Theme,
    action_recommendation,
)

LANGUAGES = ("en",) * 85 + ("fr",) * 4 + ("es",) * 4 + ("ru",) * 2 + ("zh",) * 3 + ("ar",) * 2
TREATY_BODIES = ("CEDAW", "CRC", "CAT", "CCPR", "CESCR", "CERD", "CRPD")
RESPONSES = (Position.SUPPORTED,) * 7 + (Position.NOTED,) * 2 + (Position.SUPPORTED_IN_PART,)
STATUSES = tuple(ImplementationStatus)
PRIORITIES = (None, None, Priority.HIGH, Priority.MEDIUM, Priority.LOW)


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
                )

        def report(done: int) -> None:
            if not quiet and done % 50_000 == 0:
                print(f"  {done:,} recommendations", file=sys.stderr)

        created = bulk_create_recommendations(factory, items(), progress=report)
        actions = _add_plans(factory, rng, count) if count >= 10_000 else 0
    finally:
        database.dispose()
    return {
        "path": str(path),
        "recommendations": created,
        "actions": actions,
        "seconds": round(time.perf_counter() - started, 2),
    }


def _add_plans(factory: Any, rng: random.Random, count: int) -> int:
    """Plans with count/50 actions, each addressing a few recommendations (Core inserts)."""
    n_actions = count // 50
    now = datetime.now(UTC)
    with factory.begin() as session:
        plans = [ImplementationPlan(title=f"Plan {n}") for n in range(5)]
        session.add_all(plans)
        session.flush()
        rows = [
            {
                "uuid": uuid.uuid4(),
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "plan_id": plans[n % 5].id,
                "title": f"Action {n}",
                "sort_order": n,
                "start_date": date(2022, 1, 1) + timedelta(days=n % 900),
                "due_date": date(2023, 1, 1) + timedelta(days=n % 1400),
                "status": rng.choice(tuple(ActionStatus)),
                "within_existing_budget": False,
                "estimated_cost": Decimal(rng.randrange(1, 500) * 1000),
                "currency": "USD",
            }
            for n in range(n_actions)
        ]
        ids = list(session.scalars(insert(Action).returning(Action.id), rows))
        links = {(a, rng.randrange(1, count + 1)) for a in ids for _ in range(3)}
        session.execute(
            insert(action_recommendation),
            [{"action_id": a, "recommendation_id": r} for a, r in links],
        )
    return n_actions


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
