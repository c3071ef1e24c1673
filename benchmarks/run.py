"""Run the benchmark scenarios; write benchmarks/results/latest.json and docs/benchmarks.md.

python -m benchmarks.run                 # scales 10k, 100k, 250k
python -m benchmarks.run --quick         # 1k only, a fast check that the harness works
python -m benchmarks.run --scale 10000,100000
python -m benchmarks.run --only crash    # the kill -9 benchmark alone, merged into the last results
python -m benchmarks.run --only installer  # the Linux package: size, start (builds it if needed)
python -m benchmarks.run --only forms --scale 250000  # agency update forms: make --all, import
python -m benchmarks.run --only startup --scale 250000  # start-up beside a bare PySide6 window
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import (
    audit_probe,
    crash_probe,
    dashboard_probe,
    forms_probe,
    import_probe,
    installer_probe,
    plan_probe,
    report_probe,
    scenarios,
    search_probe,
    startup_probe,
    transfer,
)
from benchmarks.results_table import render
from desktop.store import migrations

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "data"
RESULTS = ROOT / "results" / "latest.json"
DOC = ROOT.parent / "docs" / "benchmarks.md"


def machine() -> dict[str, Any]:
    memory = 0
    with open("/proc/meminfo", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("MemTotal:"):
                memory = int(line.split()[1]) // 1024 // 1024
    return {
        "cores": os.cpu_count(),
        "memory_gib": memory,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }


def database_for(scale: int) -> tuple[Path, float | None]:
    """The cached synthetic database of ``scale`` at the current schema."""
    head = migrations.head_revision(migrations.alembic_config())
    path = DATA / f"db-{scale}-schema-{head}.sqlite3"
    if path.exists():
        return path, None
    DATA.mkdir(parents=True, exist_ok=True)
    print(f"generating {scale:,} recommendations…", file=sys.stderr)
    # In a child process: generating grows this process to ~300 MB, and the
    # children started after it (ready, register, export…) would report that
    # as their peak memory (Linux carries ru_maxrss over fork).
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "benchmarks.generate", "--count", str(scale), "--out", str(path)],
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return path, round(time.perf_counter() - started, 2)


def run(
    scales: list[int],
    bulk_counts: list[int],
    runs: int,
    uhri_counts: list[int],
    crash: tuple[int, int, int] = (crash_probe.CYCLES, crash_probe.SEED, crash_probe.JOBS),
) -> dict[str, Any]:
    results: list[dict[str, Any]] = []
    empty = DATA / "db-empty.sqlite3"
    DATA.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{empty}{suffix}").unlink(missing_ok=True)
    print("ready: empty database", file=sys.stderr)
    # Only `init` creates a database at a path one names (issue 13); then a first
    # run warms the caches, and the opening of the existing empty one is timed.
    subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(empty), "init"],
        check=True,
        capture_output=True,
    )
    scenarios.ready(empty, runs=1)
    results.append(scenarios.ready(empty, runs=runs, label="empty"))
    for scale in scales:
        path, generation_s = database_for(scale)
        if generation_s is not None:
            results.append(
                {"scenario": "generate", "count": scale, "status": "ok", "seconds": generation_s}
            )
        print(f"ready: {scale:,}", file=sys.stderr)
        results.append(scenarios.ready(path, runs=runs, label=str(scale)))
        print(f"register: {scale:,}", file=sys.stderr)
        results.append(scenarios.register(path, label=str(scale)))
        print(f"dashboard: {scale:,}", file=sys.stderr)
        results.append(dashboard_probe.scenario(path, label=str(scale)))
        print(f"open a plan: {scale:,}", file=sys.stderr)
        results.append(plan_probe.scenario(path, label=str(scale)))
        print(f"export: {scale:,}", file=sys.stderr)
        results.append(transfer.export(path, label=str(scale)))
    print(f"start-up beside a bare window: empty and {max(scales):,}", file=sys.stderr)
    results.append(startup(max(scales), runs))
    results.append(reports(scales))
    print(f"forms: {max(scales):,}", file=sys.stderr)
    results.append(forms_probe.scenario(database_for(max(scales))[0], label=str(max(scales))))
    for count in bulk_counts:
        print(f"bulk create: {count:,}", file=sys.stderr)
        results.append(scenarios.bulk_create(count, DATA))
    print("import: UPR Info files", file=sys.stderr)
    results.append(transfer.upr_info())
    print(f"imports beside their baseline: {max(uhri_counts):,}", file=sys.stderr)
    results.append(import_probe.scenario(max(uhri_counts), DATA))
    print(f"search: long queries at {max(scales):,}", file=sys.stderr)
    results.append(search_probe.scenario(database_for(max(scales))[0], label=str(max(scales))))
    for count in uhri_counts:
        print(f"import: UHRI export of {count:,}", file=sys.stderr)
        results.append(transfer.uhri(count, DATA))
    print(f"crash: {crash[0]} kill -9 cycles", file=sys.stderr)
    results.append(crash_probe.scenario(*crash))
    return {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "results": results,
    }


def empty_database() -> Path:
    """A new empty database (made by ``init``, as only it creates one at a named path)."""
    empty = DATA / "db-empty.sqlite3"
    DATA.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{empty}{suffix}").unlink(missing_ok=True)
    subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(empty), "init"],
        check=True,
        capture_output=True,
    )
    return empty


def startup(scale: int, runs: int) -> dict[str, Any]:
    """Start-up on an empty database and at ``scale`` beside a bare PySide6 window."""
    return startup_probe.scenario(
        empty_database(), database_for(scale)[0], label=str(scale), runs=runs
    )


def reports(scales: list[int]) -> dict[str, Any]:
    """The PDF reports on the smallest database holding the status report's
    5,000 recommendations (else the largest there is)."""
    big_enough = [s for s in scales if s >= report_probe.STATUS_RECOMMENDATIONS]
    scale = min(big_enough) if big_enough else max(scales)
    path, _ = database_for(scale)
    print(f"reports: {scale:,}", file=sys.stderr)
    return report_probe.scenario(path, label=str(scale))


def _only(
    scenario: str, scales: list[int], crash: tuple[int, int, int], timed_runs: int = 5
) -> int:
    """One scenario, merged into benchmarks/results/latest.json and the table."""
    report: dict[str, Any] = {"machine": machine(), "results": [], "when": ""}
    if RESULTS.exists():
        report = json.loads(RESULTS.read_text(encoding="utf-8"))
    if scenario == "installer":
        fresh = installer_probe.scenario(ROOT.parent / "dist")
    elif scenario == "audit":
        fresh = audit_probe.scenario()
    elif scenario == "audit_size":
        fresh = audit_probe.size_scenario(max(scales), DATA)
    elif scenario == "startup":
        fresh = startup(max(scales), timed_runs)
    elif scenario == "forms":
        scale = max(scales)
        fresh = forms_probe.scenario(database_for(scale)[0], label=str(scale))
    elif scenario == "imports":
        fresh = import_probe.scenario(max(scales), DATA)
    elif scenario in ("dashboard", "search"):
        probe = dashboard_probe if scenario == "dashboard" else search_probe
        fresh = probe.scenario(database_for(max(scales))[0], label=str(max(scales)))
    else:
        fresh = reports(scales) if scenario == "reports" else crash_probe.scenario(*crash)
    report["results"] = [r for r in report["results"] if not _replaced(r, scenario, fresh)]
    report["results"].append(fresh)
    when = datetime.now(UTC).isoformat(timespec="seconds")
    runs = [p for p in report.get("partial_runs", []) if p["scenario"] != scenario]
    report["partial_runs"] = [*runs, {"scenario": scenario, "when": when}]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    DOC.write_text(render(report), encoding="utf-8")
    print(json.dumps(fresh, indent=2))
    return 0 if fresh["status"] == "ok" else 1


def _replaced(old: dict[str, Any], scenario: str, fresh: dict[str, Any]) -> bool:
    """Whether a stored result gives way to a fresh one of ``scenario`` (the
    dashboard's at the same database size only)."""
    if old["scenario"] != scenario:
        return False
    return scenario != "dashboard" or old.get("database") == fresh.get("database")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the NMRF Desk benchmarks.")
    parser.add_argument(
        "--scale",
        default="10000,100000,250000",
        help="comma-separated database sizes for the ready scenario",
    )
    parser.add_argument("--bulk", default="10000,100000", help="bulk-create sizes")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--uhri", default="20000,250000", help="UHRI export sizes to import")
    parser.add_argument("--quick", action="store_true", help="1,000 only, 2 runs")
    parser.add_argument(
        "--only",
        choices=[
            "reports",
            "crash",
            "installer",
            "forms",
            "audit",
            "audit_size",
            "imports",
            "dashboard",
            "search",
            "startup",
        ],
        help="run this scenario alone and replace its rows in the last results",
    )
    parser.add_argument(
        "--crash-cycles",
        type=int,
        default=crash_probe.CYCLES,
        help=f"kill -9 cycles of the crash scenario (default {crash_probe.CYCLES})",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=crash_probe.SEED,
        help="seed of the crash scenario's random delays",
    )
    parser.add_argument(
        "--crash-jobs",
        type=int,
        default=crash_probe.JOBS,
        help=f"crash cycles run side by side (default {crash_probe.JOBS})",
    )
    args = parser.parse_args(argv)
    crash = (args.crash_cycles, args.seed, args.crash_jobs)
    if args.only:
        return _only(args.only, [int(s) for s in args.scale.split(",") if s], crash, args.runs)
    if args.quick:
        scales, bulk, runs, uhri = [1000], [1000], 2, [1000]
        crash = (len(crash_probe.OPERATIONS), args.seed, args.crash_jobs)
    else:
        scales = [int(s) for s in args.scale.split(",") if s]
        bulk = [int(s) for s in args.bulk.split(",") if s]
        runs = args.runs
        uhri = [int(s) for s in args.uhri.split(",") if s]
    report = run(scales, bulk, runs, uhri, crash)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if not args.quick:
        DOC.write_text(render(report), encoding="utf-8")
    print(render(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
