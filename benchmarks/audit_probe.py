"""What the permission check and the audit trail cost: the UPR Info files
imported into a new database, then an agency bulk-assigned to 10,000
recommendations, each with the session guard installed (every write checked
and recorded) and without it (the sessions as they were before users existed).

``python -m benchmarks.run --only audit`` records it with the other
scenarios; ``python -m benchmarks.audit_probe [DATASET_FOLDER]`` only prints JSON.

``python -m benchmarks.audit_probe --uhri COUNT`` measures the trail's size
instead: a UHRI export of COUNT rows imported into a new database, then
imported again unchanged; after each, the audit rows and the bytes the
audit table and its index take (SQLite's dbstat) beside the whole file.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

DATASET = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "upr-info"
BULK = 10_000


def _one_run(folder: Path, files: list[Path], audited: bool) -> dict[str, float]:
    from desktop.services.bulk import BulkAction, BulkKind, apply_bulk
    from desktop.services.database import open_database
    from desktop.services.importing.records import ImportFormat
    from desktop.services.importing.service import import_file
    from desktop.store.engine import make_session_factory
    from desktop.store.models import Agency, AuditEntry, Recommendation

    database = open_database(str(folder / f"audit-{audited}.sqlite3"), create=True)
    if not audited:
        database.session_factory = make_session_factory(database.engine)
    started = time.perf_counter()
    for path in files:
        import_file(database, path, fmt=ImportFormat.UPR_INFO)
    import_s = time.perf_counter() - started
    factory = database.session_factory
    with factory.begin() as session:
        session.add(Agency(name="Ministry of Benchmarks"))
    with factory() as session:
        agency_id = session.scalar(select(Agency.id).where(Agency.name == "Ministry of Benchmarks"))
        ids = list(
            session.scalars(select(Recommendation.id).order_by(Recommendation.id).limit(BULK))
        )
    started = time.perf_counter()
    apply_bulk(factory, ids, BulkAction(BulkKind.ASSIGN_AGENCY, agency_id))
    bulk_s = time.perf_counter() - started
    with factory() as session:
        rows = int(session.scalar(select(func.count(AuditEntry.id))) or 0)
    database.dispose()
    size = (folder / f"audit-{audited}.sqlite3").stat().st_size
    return {"import_s": import_s, "bulk_assign_s": bulk_s, "audit_rows": rows, "size": size}


def scenario(dataset: Path = DATASET, runs: int = 2) -> dict[str, Any]:
    files = sorted(dataset.glob("*.csv"))
    if not files:
        return {"scenario": "audit", "status": "skipped", "reason": f"no files in {dataset}"}
    best: dict[bool, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="nmrf-audit-") as tmp:
        os.environ.setdefault("NMRF_DATA_DIR", tmp)
        for n in range(runs):
            for guarded in (False, True):
                folder = Path(tmp) / f"run{n}"
                folder.mkdir(exist_ok=True)
                got = _one_run(folder, files, guarded)
                old = best.get(guarded)
                best[guarded] = (
                    got
                    if old is None
                    else {k: min(old[k], got[k]) if k.endswith("_s") else got[k] for k in got}
                )
    bare, audited = best[False], best[True]
    return {
        "scenario": "audit",
        "status": "ok",
        "files": [f.name for f in files],
        "runs": runs,
        "import_s": round(bare["import_s"], 2),
        "import_audited_s": round(audited["import_s"], 2),
        "import_ratio": round(audited["import_s"] / bare["import_s"], 2),
        "bulk_assign_10k_s": round(bare["bulk_assign_s"], 2),
        "bulk_assign_10k_audited_s": round(audited["bulk_assign_s"], 2),
        "bulk_ratio": round(audited["bulk_assign_s"] / bare["bulk_assign_s"], 2),
        "audit_rows": audited["audit_rows"],
        "database_bytes": audited["size"],
        "database_bytes_without_audit": bare["size"],
    }


def _audit_size(path: Path) -> dict[str, int]:
    """Rows and bytes of the audit trail, and the whole file's bytes (the
    write-ahead log folded in first)."""
    import sqlite3

    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rows = connection.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
        audit_bytes = connection.execute(
            "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = 'audit_entry'"
            " OR name IN (SELECT name FROM sqlite_schema WHERE tbl_name = 'audit_entry')"
        ).fetchone()[0]
    return {"audit_rows": rows, "audit_bytes": audit_bytes, "file_bytes": path.stat().st_size}


def size_scenario(count: int, data: Path) -> dict[str, Any]:
    """The audit trail after importing a UHRI export of ``count`` rows and after
    importing it again unchanged: rows and megabytes added by each."""
    from benchmarks.uhri_file import write_uhri_xlsx
    from desktop.services.database import open_database
    from desktop.services.importing.service import import_file

    source = data / f"uhri-{count}.xlsx"
    if not source.exists():
        write_uhri_xlsx(source, count)
    mb = 1024 * 1024
    with tempfile.TemporaryDirectory(prefix="nmrf-audit-size-") as tmp:
        os.environ.setdefault("NMRF_DATA_DIR", tmp)
        path = Path(tmp) / "audit-size.sqlite3"
        open_database(str(path), create=True).dispose()
        steps = [("empty", _audit_size(path), 0.0, 0)]
        for step in ("import", "reimport"):
            database = open_database(str(path))
            started = time.perf_counter()
            summary = import_file(database, source)
            seconds = time.perf_counter() - started
            database.dispose()
            steps.append((step, _audit_size(path), seconds, summary.new + summary.updated))
    result: dict[str, Any] = {"scenario": "audit_size", "status": "ok", "count": count}
    for (_, before, _s, _n), (step, after, seconds, changed) in itertools.pairwise(steps):
        result[step] = {
            "seconds": round(seconds, 1),
            "records_new_or_updated": changed,
            "audit_rows_added": after["audit_rows"] - before["audit_rows"],
            "audit_mb_added": round((after["audit_bytes"] - before["audit_bytes"]) / mb, 2),
            "file_mb_added": round((after["file_bytes"] - before["file_bytes"]) / mb, 2),
            "audit_mb": round(after["audit_bytes"] / mb, 2),
            "file_mb": round(after["file_bytes"] / mb, 2),
            "audit_share": round(after["audit_bytes"] / after["file_bytes"], 3),
        }
    return result


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--uhri":
        data = Path(__file__).resolve().parent / "data"
        data.mkdir(exist_ok=True)
        print(json.dumps(size_scenario(int(sys.argv[2]), data), indent=2))
        return 0
    dataset = Path(sys.argv[1]) if len(sys.argv) > 1 else DATASET
    result = scenario(dataset)
    print(json.dumps(result, indent=2))
    return 0 if result["status"] in ("ok", "skipped") else 1


if __name__ == "__main__":
    raise SystemExit(main())


def table_rows(r: dict[str, Any], verdict: Any) -> list[str]:
    """Rows of docs/benchmarks.md: each workload with and without the audit."""
    scale = f"{len(r['files'])} files, {r['audit_rows']:,} audit rows"
    rows = []
    for key, label, bare, audited, ratio in (
        (
            "audit_import",
            "import the UPR Info files",
            "import_s",
            "import_audited_s",
            "import_ratio",
        ),
        (
            "audit_bulk",
            "bulk-assign an agency to 10,000",
            "bulk_assign_10k_s",
            "bulk_assign_10k_audited_s",
            "bulk_ratio",
        ),
    ):
        target, outcome = verdict(key, r[ratio])
        rows.append(
            f"| {label}, checked and audited vs not | {scale} | {r[audited]} s vs {r[bare]} s"
            f" ({r[ratio]}×) | {target} | {outcome} |"
        )
    return rows


def size_table_rows(r: dict[str, Any]) -> list[str]:
    """Rows of docs/benchmarks.md for :func:`size_scenario`: what the import
    and the unchanged re-import add to the trail (target: under 25 % of the file)."""
    first, again = r["import"], r["reimport"]
    share = first["audit_share"]
    return [
        f"| audit trail after importing a UHRI export | {r['count']:,} |"
        f" {first['audit_rows_added']:,} rows, {first['audit_mb_added']} MB of"
        f" {first['file_mb']} MB ({share:.1%}) | < 25 % of the database |"
        f" {'met' if share < 0.25 else 'missed'} |",
        f"| audit trail added by re-importing it unchanged | {r['count']:,} |"
        f" {again['audit_rows_added']:,} rows, {again['audit_mb_added']} MB"
        f" ({again['audit_share']:.1%} of {again['file_mb']} MB) | one event row |"
        f" {'met' if again['audit_rows_added'] <= 1 else 'missed'} |",
    ]
