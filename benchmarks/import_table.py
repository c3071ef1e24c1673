"""The imports' rows of docs/benchmarks.md (benchmarks.import_probe measures them)."""

from __future__ import annotations

from typing import Any

from benchmarks.import_probe import IMPORT_RATIO, REIMPORT_RATIO


def table_rows(r: dict[str, Any], _verdict: Any = None) -> list[str]:
    """Each import against its baseline, and its re-import against the first."""
    lines = []
    names = {
        "uhri": f"a UHRI export (XLSX) of {r['count']:,} rows",
        "upr_info": "the four UPR Info files",
    }
    for key, name in names.items():
        m = r.get(key)
        if not m:
            continue
        ok = m["ratio"] <= IMPORT_RATIO and m["same_search"]
        search = "search answers the same" if m["same_search"] else "SEARCH DIFFERS"
        lines.append(
            f"| import {name} vs the baseline: the same reader ({m['read_s']} s) + "
            f"sqlite3.executemany of the same {m['rows_written']:,} rows and links, search "
            f"index filled in one statement ({m['raw_insert_s']} s); {search}; the probe's peak "
            f"{m['peak_rss_mb']} MB (the baseline's rows held too) | {m['new']:,} | "
            f"{m['import_s']} s vs {m['baseline_s']} s{_rounds_note(m)}: "
            f"**{m['ratio']}×**{_derived_note(m)}{_cold_note(m)} | ≤ {IMPORT_RATIO}× the baseline |"
            f" {'pass' if ok else 'FAIL'} |"
        )
        lines.append(
            f"| re-import {name} unchanged | {m['unchanged']:,} | {m['reimport_s']} s "
            f"(**{m['reimport_ratio']:.0%}** of the first) | ≤ {REIMPORT_RATIO:.0%} of the "
            f"first | {'pass' if m['reimport_ratio'] <= REIMPORT_RATIO else 'FAIL'} |"
        )
    return lines


def _rounds_note(m: dict[str, Any]) -> str:
    """The rounds the medians come from, when there were several."""
    if m.get("rounds", 1) < 2:
        return ""
    each = m["each_round"]
    return (
        f" (medians of {m['rounds']} rounds: imports {', '.join(map(str, each['import_s']))} s;"
        f" baselines {', '.join(map(str, each['baseline_s']))} s)"
    )


def _cold_note(m: dict[str, Any]) -> str:
    """The same import without readers started ahead."""
    if "cold_import_s" not in m:
        return ""
    return (
        "; its readers started ahead, as the import dialog does (the command line starts"
        " them while it opens the database); started by the import itself:"
        f" {m['cold_import_s']} s"
        f" ({m['cold_import_s'] / m['baseline_s']:.2f}×)"
    )


def _derived_note(m: dict[str, Any]) -> str:
    """The share of the gap that is values the baseline copies ready-made."""
    if "derived_s" not in m:
        return ""
    return (
        f" (computing what the baseline copies ready-made: search texts, digests, UUIDs,"
        f" audit hashes, takes {m['derived_s']} s; with it: {m['ratio_with_derived']}×)"
    )
