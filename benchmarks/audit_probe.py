"""What the permission check and the audit trail cost: the UPR Info files
imported into a new database, then an agency bulk-assigned to 10,000
recommendations, each with the session guard installed (every write checked
and recorded) and without it (the sessions as they were before users existed).

``python -m benchmarks.run --only audit`` records it with the other
scenarios; ``python -m benchmarks.audit_probe [DATASET_FOLDER]`` only prints JSON.
"""

from __future__ import annotations

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


def main() -> int:
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
