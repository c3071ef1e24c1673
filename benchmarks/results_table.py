"""The results table of docs/benchmarks.md: each scenario's rows with its
target and verdict (``python -m benchmarks.run`` measures, this writes)."""

from __future__ import annotations

from typing import Any

from benchmarks import (
    audit_probe,
    crash_outcome,
    dashboard_probe,
    forms_probe,
    import_table,
    installer_probe,
    plan_probe,
    report_scale,
    search_probe,
    startup_probe,
)

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
            lines += import_table.table_rows(r, verdict)
        elif r["scenario"] == "search":
            lines += search_probe.table_rows(r, verdict)
        elif r["scenario"] == "audit":
            lines += audit_probe.table_rows(r, verdict)
        elif r["scenario"] == "audit_size":
            lines += audit_probe.size_table_rows(r)
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
