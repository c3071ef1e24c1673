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
    crash_outcome,
    crash_probe,
    dashboard_probe,
    forms_probe,
    import_probe,
    installer_probe,
    plan_probe,
    report_probe,
    report_scale,
    scenarios,
    search_probe,
    startup_probe,
    transfer,
)
from desktop.store import migrations

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "data"
RESULTS = ROOT / "results" / "latest.json"
DOC = ROOT.parent / "docs" / "benchmarks.md"

# Targets from the issues (seconds / MB), for the pass/fail column.
TARGETS = {
    "ready:empty": ("ready_ms", 1500, "ready ≤ 1.5 s"),
    "ready:250000": ("ready_ms", 2500, "ready ≤ 2.5 s"),
    "ready_rss:250000": ("peak_rss_mb", 400, "RSS < 400 MB"),
    "startup_empty_ratio": (
        "",
        startup_probe.GOAL_EMPTY_RATIO,
        f"≤ {startup_probe.GOAL_EMPTY_RATIO:g}× the bare window",
    ),
    "startup_large_ratio": (
        "",
        startup_probe.GOAL_LARGE_RATIO,
        f"≤ {startup_probe.GOAL_LARGE_RATIO:g}× empty",
    ),
    "bulk_create": ("ratio", 3.0, "≤ 3× raw executemany"),
    "audit_import": ("ratio", 1.3, "≤ 1.3× without the audit"),
    "audit_bulk": ("ratio", 1.3, "≤ 1.3× without the audit"),
    "search:250000": ("", 150, "≤ 150 ms"),
    "filter:250000": ("", 200, "≤ 200 ms"),
    "jump:250000": ("", 100, "≤ 100 ms"),
    "scroll_rss:250000": ("", 400, "≤ 400 MB"),
    "bulk_assign:250000": ("", 3, "≤ 3 s"),
    "import_upr_info": ("", 10, "≤ 10 s"),
    "import_uhri:250000": ("", 90, "≤ 90 s"),
    "import_uhri_rss:250000": ("", 1024, "≤ 1 GB"),
    "reimport_ratio": ("", 0.5, "≤ 50 % of the first import"),
    "export_xlsx:250000": ("", 60, "≤ 60 s"),
    "dashboard:250000": ("", 300, "≤ 300 ms"),
    "open_plan:250000": ("", 500, "≤ 500 ms"),
    "report_status": ("", 30, "≤ 30 s"),
    "report_status_rss": ("", 400, "≤ 400 MB"),
    "report_plan": ("", 3, "≤ 3 s"),
    "crash": ("", 0, "0 / 0 / 0 / 0 / 0"),
    "forms_make:250000": ("", 60, "≤ 60 s"),
    "forms_review:250000": ("", 5, "≤ 5 s"),
    "installer_deb": ("", installer_probe.GOAL_DEB_MB, f"≤ {installer_probe.GOAL_DEB_MB} MB"),
}


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


def verdict(key: str, value: float) -> tuple[str, str]:
    if key not in TARGETS:
        return "", ""
    _, limit, text = TARGETS[key]
    return text, "pass" if value <= limit else "FAIL"


def _reimport_row(label: str, r: dict[str, Any]) -> str:
    """The table row of an import's second, unchanged run."""
    t, v = verdict("reimport_ratio", r["reimport_ratio"])
    return (
        f"| {label} | {r['unchanged']:,} | {r['reimport_s']} s "
        f"(**{r['reimport_ratio']:.0%}** of the first) | {t} | {v} |"
    )


def _dashboard_rows(r: dict[str, Any]) -> list[str]:
    """The dashboard's first view against its target, then each breakdown read
    when picked, and all of them at once (for information)."""
    db = r["database"]
    t, v = verdict(f"dashboard:{db}", r["first_view_ms"])
    lines = [
        f"| dashboard: first view (figures, lists, by mechanism; median of "
        f"{dashboard_probe.RUNS}) | {db} | {r['first_view_ms']:.0f} ms | {t} | {v} |"
    ]
    names = {"theme": "theme", "sdg_goal": "SDG goal", "agency": "lead agency"}
    for key, name in names.items():
        t, v = verdict(f"dashboard:{db}", r["breakdown_ms"][key])
        lines.append(
            f"| dashboard: breakdown by {name}, read when picked | {db} | "
            f"{r['breakdown_ms'][key]:.0f} ms | {t} | {v} |"
        )
    lines.append(
        f"| dashboard: every breakdown at once | {db} | {r['all_breakdowns_ms']:.0f} ms | | |"
    )
    return lines


def _plan_rows(r: dict[str, Any]) -> list[str]:
    """Opening the largest plan: the Plans page showing it (against the target),
    and the service's part of it."""
    db = r["database"]
    size = f"{r['actions']:,} actions, {r['recommendations']:,} recommendations"
    t, v = verdict(f"open_plan:{db}", r["open_plan_page_ms"])
    return [
        f"| open a plan on the Plans page ({size}; median of {plan_probe.RUNS}) | {db} | "
        f"{r['open_plan_page_ms']:.0f} ms | {t} | {v} |",
        f"| open a plan: reading it (read_plan service) | {db} | "
        f"{r['open_plan_service_ms']:.0f} ms | | |",
    ]


def _report_rows(r: dict[str, Any]) -> list[str]:
    """The status report and the plan against their targets, with the pages per
    second of plain ReportLab printing the same table beside them; then the
    reports at UPR Info scale (benchmarks.report_scale)."""
    status, plan, base = r["status_report"], r["plan_report"], r["baseline"]
    t, v = verdict("report_status", status["total_s"])
    tm, vm = verdict("report_status_rss", status["peak_rss_mb"])
    t3, v3 = verdict("report_plan", plan["total_s"])
    share = r.get("pps_share", round(status["pages_per_s"] / base["pages_per_s"], 2))
    return [
        f"| PDF status report: {status['recommendations']:,} recommendations, "
        f"{status['pages']:,} pages (data {status['data_s']} s, layout {status['layout_s']} s, "
        f"one pass) | {r['database']} | {status['total_s']} s | {t} | {v} |",
        f"| its peak memory | {r['database']} | {status['peak_rss_mb']} MB | {tm} | {vm} |",
        f"| PDF implementation plan: {plan['recommendations']} recommendations, "
        f"{plan['actions']} actions, {plan['pages']} pages | {r['database']} | "
        f"{plan['total_s']} s | {t3} | {v3} |",
        f"| pages per second: status report / plan / plain ReportLab baseline (one font, "
        f"one LongTable, one pass, {base['pages']} pages; fonts loaded before both) | "
        f"{r['database']} | {status['pages_per_s']} / {plan['pages_per_s']} / "
        f"{base['pages_per_s']}: status **{share}×** the baseline | ≥ 0.8× the baseline | "
        f"{'pass' if share >= 0.8 else 'FAIL'} |",
        *report_scale.table_rows(r, verdict),
    ]


def render(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [
        "# Benchmarks",
        "",
        "Made by `python -m benchmarks.run` (see `benchmarks/README.md`); do not edit by hand.",
        "",
        f"Run {report['when']} on {m['cores']} cores, {m['memory_gib']} GiB, "
        f"Python {m['python']}, SQLite {m['sqlite']}.",
        "",
    ]
    for partial in report.get("partial_runs", []):
        lines += [
            f"The `{partial['scenario']}` rows were measured alone on {partial['when']} "
            f"(`python -m benchmarks.run --only {partial['scenario']}`).",
            "",
        ]
    lines += [
        "| scenario | scale | measured | target | verdict |",
        "|---|---|---|---|---|",
    ]
    for r in report["results"]:
        if r["status"] != "ok":
            lines.append(
                f"| {r['scenario']} | {r.get('database', r.get('count', ''))} | "
                f"{r['status']}: {str(r.get('error', ''))[:80]} | | "
                f"{'FAIL' if r['status'] == 'error' else ''} |"
            )
            continue
        if r["scenario"] == "ready":
            db = r["database"]
            t, v = verdict(f"ready:{db}", r["ready_ms"]["median"])
            lines.append(
                f"| ready (process start → first page) | {db} | median "
                f"{r['ready_ms']['median']:.0f} ms (min {r['ready_ms']['min']:.0f}, max "
                f"{r['ready_ms']['max']:.0f}; whole process {r['wall_ms']['median']:.0f} ms) "
                f"| {t} | {v} |"
            )
            t, v = verdict(f"ready_rss:{db}", r["peak_rss_mb"]["median"])
            lines.append(
                f"| peak resident memory at ready | {db} | "
                f"{r['peak_rss_mb']['median']:.0f} MB | {t} | {v} |"
            )
        elif r["scenario"] == "bulk_create":
            t, v = verdict("bulk_create", r["ratio"])
            lines.append(
                f"| bulk create (service vs raw sqlite3.executemany) | {r['count']:,} | "
                f"{r['service_s']} s vs {r['raw_executemany_s']} s "
                f"({r['service_rows_per_s']:,} vs {r['raw_rows_per_s']:,} rows/s): "
                f"**{r['ratio']}×** | {t} | {v} |"
            )
        elif r["scenario"] == "register":
            db = r["database"]
            for key, name, value, unit in (
                (
                    "search",
                    "register: search → first page (median of 6 queries)",
                    r["search_first_page_ms"],
                    "ms",
                ),
                (
                    "filter",
                    "register: filter change → first page (median of 6)",
                    r["filter_change_ms"],
                    "ms",
                ),
                ("jump", "register: jump to the last row", r["jump_to_last_ms"], "ms"),
                (
                    "scroll_rss",
                    "register: peak memory after scrolling every row",
                    r["peak_rss_mb"],
                    "MB",
                ),
                (
                    "bulk_assign",
                    "register: bulk-assign an agency to 10,000 "
                    f"(undo {r['undo_bulk_assign_10k_s']} s)",
                    r["bulk_assign_10k_s"],
                    "s",
                ),
            ):
                t, v = verdict(f"{key}:{db}", value)
                shown = f"{value:.2f}" if unit == "s" else f"{value:.0f}"
                lines.append(f"| {name} | {db} | {shown} {unit} | {t} | {v} |")
        elif r["scenario"] == "dashboard":
            lines += _dashboard_rows(r)
        elif r["scenario"] == "open_plan":
            lines += _plan_rows(r)
        elif r["scenario"] == "reports":
            lines += _report_rows(r)
        elif r["scenario"] == "import_upr_info":
            t, v = verdict("import_upr_info", r["import_s"])
            lines.append(
                f"| import the four UPR Info files | {r['new']:,} | {r['import_s']} s "
                f"(peak {r['peak_rss_mb']} MB) | {t} | {v} |"
            )
            lines.append(_reimport_row("re-import them unchanged", r))
        elif r["scenario"] == "import_uhri":
            count = r["count"]
            t, v = verdict(f"import_uhri:{count}", r["import_s"])
            lines.append(
                f"| import a UHRI export (XLSX, {r['file_mb']} MB) | {count:,} | "
                f"{r['import_s']} s | {t} | {v} |"
            )
            t, v = verdict(f"import_uhri_rss:{count}", r["peak_rss_mb"])
            lines.append(
                f"| peak resident memory of that import | {count:,} | {r['peak_rss_mb']} MB "
                f"| {t} | {v} |"
            )
            lines.append(_reimport_row("re-import it unchanged", r))
        elif r["scenario"] == "export_xlsx":
            db = r["database"]
            t, v = verdict(f"export_xlsx:{db}", r["export_s"])
            lines.append(
                f"| export every recommendation to XLSX ({r['bytes'] / 1024 / 1024:.0f} MB, "
                f"peak {r['peak_rss_mb']} MB) | {db} | {r['export_s']} s | {t} | {v} |"
            )
        elif r["scenario"] == "crash":
            lines += crash_outcome.table_rows(r, verdict)
        elif r["scenario"] == "installer":
            lines += installer_probe.table_rows(r, verdict)
        elif r["scenario"] == "forms":
            lines += forms_probe.table_rows(r, verdict)
        elif r["scenario"] == "imports":
            lines += import_probe.table_rows(r, verdict)
        elif r["scenario"] == "search":
            lines += search_probe.table_rows(r, verdict)
        elif r["scenario"] == "audit":
            lines += audit_probe.table_rows(r, verdict)
        elif r["scenario"] == "startup":
            lines += startup_probe.table_rows(r, verdict)
        elif r["scenario"] == "generate":
            lines.append(f"| generate synthetic database | {r['count']:,} | {r['seconds']} s | | |")
    lines += [
        "",
        "Peak resident memory is the child process's `ru_maxrss` (from `wait4`), "
        "so it covers the whole run up to `ready` and exit.",
        "",
    ]
    for r in report["results"]:
        if r["scenario"] == "crash" and r["status"] == "ok":
            lines += [crash_outcome.note(r), ""]
    raw = [r for r in report["results"] if r["scenario"] == "bulk_create" and r["status"] == "ok"]
    if raw:
        largest = max(raw, key=lambda r: r["count"])
        lines += [
            "The machines' speed varies from run to run: compare with plain "
            f"`sqlite3.executemany` of {largest['count']:,} recommendations, which took "
            f"{largest['raw_executemany_s']} s in this run.",
            "",
        ]
    return "\n".join(lines)


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
