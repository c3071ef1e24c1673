"""Searches with very long queries, in a process of their own:

    python -m benchmarks.search_probe DB

prints one JSON object (ms, the slowest of 3 runs each): a pasted page of
3,000 different words (refused with the limit), 3,000 words repeating a few
common ones (each looked for once), and as many different words of real
recommendation texts as a search takes (desktop.store.search.MAX_SEARCH_TERMS).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.domain.errors import ValidationError
from desktop.domain.text_search import fold
from desktop.services.database import open_database
from desktop.services.search import search_recommendations
from desktop.store.models import Recommendation
from desktop.store.search import MAX_SEARCH_TERMS

RUNS = 3
LIMIT_MS = 1000
REPO = Path(__file__).resolve().parent.parent


def _slowest(factory: Any, query: str) -> tuple[float, str]:
    timings, outcome = [], ""
    for _ in range(RUNS):
        started = time.perf_counter()
        try:
            outcome = f"{search_recommendations(factory, query).total:,} found"
        except ValidationError as exc:
            outcome = f"refused: {exc}"
        timings.append((time.perf_counter() - started) * 1000)
    return round(max(timings), 1), outcome


def main(path: str) -> dict[str, Any]:
    database = open_database(path, create=False)
    factory = database.session_factory
    try:
        with factory() as session:
            texts = session.scalars(
                select(Recommendation.text).where(Recommendation.text_language == "en").limit(500)
            ).all()
        words = list(dict.fromkeys(w for t in texts for w in fold(t).split() if len(w) > 2))
        common = words[:12]
        cases = {
            "distinct_3000": " ".join(f"{words[n % len(words)]}{n}" for n in range(3000)),
            "repeated_3000": " ".join(common[n % len(common)] for n in range(3000)),
            "most_terms": " ".join(words[:MAX_SEARCH_TERMS]),
        }
        measured = {name: _slowest(factory, query) for name, query in cases.items()}
    finally:
        database.dispose()
    return {
        "ms": {name: ms for name, (ms, _) in measured.items()},
        "outcome": {name: outcome for name, (_, outcome) in measured.items()},
        "max_terms": MAX_SEARCH_TERMS,
    }


def scenario(db: Path, label: str) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.search_probe", str(db)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=900,
        env=dict(os.environ),
    )
    if result.returncode != 0:
        return {"scenario": "search", "database": label, "status": "error", "error": result.stderr}
    return {
        "scenario": "search",
        "database": label,
        "status": "ok",
        **json.loads(result.stdout.strip().splitlines()[-1]),
    }


def table_rows(r: dict[str, Any], _verdict: Any = None) -> list[str]:
    names = {
        "distinct_3000": "a pasted page of 3,000 different words",
        "repeated_3000": "3,000 words repeating 12 common ones",
        "most_terms": f"{r['max_terms']} different words of recommendation texts (the most taken)",
    }
    return [
        f"| search: {name} ({r['outcome'][key]}; slowest of {RUNS}) | {r['database']} | "
        f"{r['ms'][key]:.0f} ms | answered or refused ≤ {LIMIT_MS} ms | "
        f"{'pass' if r['ms'][key] <= LIMIT_MS else 'FAIL'} |"
        for key, name in names.items()
    ]


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
