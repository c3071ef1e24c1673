"""Agency update forms, in a process of their own:

    python -m benchmarks.forms_probe DB [--agencies 40] [--changes 500]

on a copy of the synthetic database DB whose work is first given to 40
agencies (every other agency archived; at 250,000 recommendations that is
≈ 6,000 rows per agency), prints one JSON object with:
- ``forms make --all``: one workbook per agency (seconds, rows, MB written);
- the largest form filled with 500 changes (openpyxl, not timed), then its
  review (``forms import --dry-run``: reading, signature, comparison) and the
  apply of every change (backup first), and the process's peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import text

from desktop.services.database import open_database
from desktop.services.forms.apply import apply_review
from desktop.services.forms.making import FormRequest, make_all_forms
from desktop.services.forms.reading import read_returned_form
from desktop.services.forms.review import review_form

AGENCIES = 40
CHANGES = 500
REPO = Path(__file__).resolve().parent.parent
STATUSES = ("In progress", "Partially implemented", "Fully implemented")


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _give_work_to(database: Any, agencies: int) -> None:
    """Every lead assignment moved to one of the first ``agencies`` agencies
    (supporting roles dropped, so no agency gets a record twice); the others
    archived."""
    with database.engine.begin() as connection:
        ids = [r[0] for r in connection.execute(text("SELECT id FROM agency ORDER BY id"))]
        kept = ids[:agencies]
        connection.execute(text("DELETE FROM assignment WHERE role <> 'lead'"))
        move = text("UPDATE assignment SET agency_id = :new WHERE agency_id = :old")
        for old in ids[agencies:]:
            connection.execute(move, {"new": kept[old % len(kept)], "old": old})
        archive = text("UPDATE agency SET archived = :archived WHERE id = :id")
        for agency_id in ids:
            connection.execute(archive, {"archived": agency_id not in kept, "id": agency_id})


def _fill(path: Path, target: Path, changes: int) -> int:
    entries = [e for e in read_returned_form(path).manifest.entries if e.sheet == "updates"]
    step = max(1, len(entries) // changes)
    book = openpyxl.load_workbook(path)
    sheet = book["Updates"]
    done = 0
    for n, entry in enumerate(entries[::step][:changes]):
        if entry.kind == "recommendation":
            sheet[f"H{entry.row}"] = STATUSES[n % len(STATUSES)]
        sheet[f"I{entry.row}"] = f"Progress reported in the benchmark, item {n}."
        done += 1
    book.save(target)
    return done


def main(path: str, agencies: int, changes: int) -> dict[str, Any]:
    today = date.today()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        copy = work / "bench.sqlite3"
        shutil.copyfile(path, copy)
        database = open_database(str(copy), create=False)
        _give_work_to(database, agencies)
        out = work / "forms"
        out.mkdir()
        started = time.perf_counter()
        sent = make_all_forms(database.session_factory, out, FormRequest(period="2025"), today)
        make_s = time.perf_counter() - started
        written = sum(s.path.stat().st_size for s in sent)
        largest = max(sent, key=lambda s: s.rows)
        filled = _fill(largest.path, work / "returned.xlsx", changes)
        started = time.perf_counter()
        review = review_form(database.session_factory, work / "returned.xlsx", today)
        review_s = time.perf_counter() - started
        started = time.perf_counter()
        applied = apply_review(database, review, [i.id for i in review.items], today)
        apply_s = time.perf_counter() - started
        database.dispose()
    return {
        "agencies": len(sent),
        "rows": sum(s.rows for s in sent),
        "largest_rows": largest.rows,
        "make_s": round(make_s, 2),
        "written_mb": round(written / 1e6, 1),
        "filled": filled,
        "changes": len(review.changes),
        "rejected": len(review.rejected),
        "review_s": round(review_s, 2),
        "apply_s": round(apply_s, 2),
        "progress_updates": applied.progress_updates,
        "peak_rss_mb": _peak_mb(),
    }


def scenario(db: Path, label: str) -> dict[str, Any]:
    """The probe in a child process."""
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.forms_probe", str(db)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=3600,
        env=dict(os.environ),
    )
    if result.returncode != 0:
        return {"scenario": "forms", "database": label, "status": "error",
                "error": result.stderr[-2000:]}  # fmt: skip
    return {
        "scenario": "forms",
        "database": label,
        "status": "ok",
        **json.loads(result.stdout.strip().splitlines()[-1]),
    }


def table_rows(r: dict[str, Any], verdict: Any) -> list[str]:
    db = r["database"]
    t, v = verdict(f"forms_make:{db}", r["make_s"])
    t2, v2 = verdict(f"forms_review:{db}", r["review_s"])
    return [
        f"| forms make --all: {r['agencies']} agencies, {r['rows']:,} rows "
        f"({r['written_mb']} MB) | {db} | {r['make_s']} s | {t} | {v} |",
        f"| forms import: review of a {r['largest_rows']:,}-row form with {r['changes']} "
        f"changes | {db} | {r['review_s']} s | {t2} | {v2} |",
        f"| forms import: apply them (backup first; peak {r['peak_rss_mb']} MB) | {db} | "
        f"{r['apply_s']} s | | |",
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--agencies", type=int, default=AGENCIES)
    parser.add_argument("--changes", type=int, default=CHANGES)
    args = parser.parse_args()
    print(json.dumps(main(args.db, args.agencies, args.changes)))
