"""``nmrf-desk stats|search|import|export|list``: the register's counts, search,
import and export, and the names other options take. The same services as the
GUI; imported only when one of these commands runs."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.importing.service import ImportSummary


def run_stats(args: argparse.Namespace) -> int:
    from desktop.services.database import opened_database
    from desktop.services.stats import compute_stats

    today = args.today or date.today()  # the user's local calendar day
    with opened_database(args.db, create=False) as database:
        stats = compute_stats(database.session_factory, today)
    if args.json:
        print(json.dumps(stats.as_json(), ensure_ascii=False, indent=2))
    else:
        print(f"recommendations: {stats.recommendations}")
        for key, count in stats.by_response.items():
            print(f"  {key}: {count}")
        print(f"agencies: {stats.agencies}  plans: {stats.plans}  actions: {stats.actions}")
        print(f"overdue actions on {today.isoformat()}: {stats.overdue_actions}")
        for d in stats.upcoming_deadlines or ():
            print(f"  {d.state.value}: {d.due_date.isoformat()} {d.mechanism} {d.title}")
    return 0


def run_search(args: argparse.Namespace) -> int:
    from desktop.services.database import opened_database
    from desktop.services.search import search_recommendations

    with opened_database(args.db, create=False) as database:
        result = search_recommendations(database.session_factory, args.query, limit=args.limit)
    if args.json:
        payload = {
            "query": result.query,
            "total": result.total,
            "references": [hit.reference for hit in result.hits],
            "results": [
                {"id": h.id, "reference": h.reference, "mechanism": h.mechanism, "source": h.source}
                for h in result.hits
            ],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for hit in result.hits:
            print(f"{hit.mechanism}\t{hit.source or ''}\t{hit.reference}")
        print(f"{result.total} matching")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from desktop.services.database import opened_database
    from desktop.services.importing.mapped import load_profile
    from desktop.services.importing.reader_process import prepare_readers
    from desktop.services.importing.records import ImportFormat, OtherTypes
    from desktop.services.importing.service import import_files

    prepare_readers(args.file)  # large files' readers start while the database opens
    fmt = None if args.format == "auto" else ImportFormat(args.format)
    with opened_database(args.db, create=False) as database:
        mapping = load_profile(database.session_factory, args.mapping) if args.mapping else None
        summaries = import_files(
            database,
            args.file,
            fmt=fmt,
            mapping=mapping,
            dry_run=args.dry_run,
            other_types=OtherTypes(args.other_types),
        )
    if args.json:
        counts = [summary.as_dict() for summary in summaries]
        print(json.dumps(counts if len(counts) > 1 else counts[0], ensure_ascii=False, indent=2))
        return 0
    for summary in summaries:
        _print_summary(summary)
    if summaries[0].backup:
        print(f"backup taken first: {summaries[0].backup}")
    return 0


def _print_summary(summary: ImportSummary) -> None:
    verb = "would import" if summary.dry_run else "imported"
    print(
        f"{verb} {summary.file} ({summary.format.value}): {summary.rows_read} rows, "
        f"{summary.new} new, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{len(summary.rejected)} rejected"
    )
    for problem in summary.rejected:
        column = f', column "{problem.column}"' if problem.column else ""
        print(f"  rejected row {problem.row}{column}: {problem.reason}")
    _print_types(summary)
    for kind, names in summary.created.items():
        print(
            f"  new {kind} ({len(names)}): "
            + "; ".join(names[:20])
            + (" …" if len(names) > 20 else "")
        )


def _print_types(summary: ImportSummary) -> None:
    """Rows per annotation type, and what became of those that are not recommendations."""
    if not any(label is not None for label in summary.types):
        return
    for label, n in summary.types.most_common():
        print(f"  type {label or '(not given: read as recommendations)'}: {n} rows")
    counts = summary.context
    print(
        f"  other types ({summary.other_types.value}): {counts.new} new, "
        f"{counts.updated} updated, {counts.unchanged} unchanged, {counts.skipped} skipped; "
        f"{counts.moved_out} left the register, {counts.moved_in} entered it"
    )
    for kept in counts.kept:
        print(
            f"  kept in the register (worked on), row {kept.row}: {kept.reference} "
            f"({kept.document or '-'}) is {kept.annotation_type}"
        )


def run_export(args: argparse.Namespace) -> int:
    from desktop.services.database import opened_database
    from desktop.services.exporting import export_recommendations
    from desktop.services.register import RegisterFilter
    from desktop.services.report_data import mechanism_scope
    from desktop.services.saved_views import list_views

    with opened_database(args.db, create=False) as database:
        filt = RegisterFilter()
        mechanisms = tuple(
            mechanism_scope(database.session_factory, code)[0].mechanisms[0]
            for code in args.mechanism
        )
        if args.view:
            views = {v.name: v for v in list_views(database.session_factory)}
            if args.view not in views:
                from desktop.domain.errors import NotFoundError

                raise NotFoundError(f"no saved view is named {args.view!r}", where="--view")
            filt = views[args.view].filter
        filt = replace(
            filt,
            text=args.search or filt.text,
            mechanisms=mechanisms or filt.mechanisms,
            archived=args.archived or filt.archived,
        )
        result = export_recommendations(database.session_factory, args.out, filt=filt)
    print(f"exported {result.recommendations} recommendations to {result.path}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from desktop.services.database import opened_database
    from desktop.services.listings import ListKind, list_names

    with opened_database(args.db) as database:
        rows = list_names(database.session_factory, ListKind(args.kind), date.today())
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        count = row.get("recommendations")
        acronym = f" ({row['acronym']})" if row.get("acronym") else ""
        print(f"{row['name']}{acronym}" + (f"\t{count}" if count is not None else ""))
    print(f"{len(rows)} {args.kind}")
    return 0
