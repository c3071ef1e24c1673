"""The command line: ``nmrf-desk [--db PATH|URL] COMMAND``. With no command it
opens the main window. Every command goes through the same services as the GUI."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.services.importing.service import ImportSummary

EXIT_ERROR = 1
EXIT_USAGE = 2

# Commands whose parsers and handlers are in modules of their own
# (desktop.cli_forms, desktop.cli_users), imported only when one of them runs:
# each command's line in `nmrf-desk --help`, the same as its full parser's.
LAZY_COMMANDS = {
    "forms": "agency update forms: make, import, list",
    "users": "the users of the database and their roles",
    "audit": "what was done, by whom, when (the audit trail)",
}


class _VersionAction(argparse.Action):
    """``--version``: the version is read only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "show program's version number and exit")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any) -> None:
        from desktop import __version__

        print(f"nmrf-desk {__version__}")
        parser.exit()


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv``: the commands of LAZY_COMMANDS get their full
    parsers only when ``argv`` names one of them (None: always)."""
    full = argv is None or any(word in LAZY_COMMANDS for word in argv)
    parser = argparse.ArgumentParser(
        prog="nmrf-desk",
        description="NMRF Desk: follow-up of human rights recommendations.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file or URL (postgresql+psycopg://…); default: NMRF_DB, "
        "else the file in your data folder",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = commands.add_parser("gui", help="open the main window (the default)")
    gui.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window, wait for its first view, print 'ready <ms>' and exit",
    )
    commands.add_parser("init", help="create the database, or upgrade it to this version")
    commands.add_parser("check", help="check that the database opens and is sound")
    backup = commands.add_parser("backup", help="write a verified copy of the database")
    backup.add_argument("dest", type=Path, help="backup file or folder")
    restore = commands.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("backup", type=Path, help="backup file to restore")
    backups = commands.add_parser("backups", help="list the database's backups")
    backups.add_argument("--json", action="store_true", help="print JSON")
    commands.add_parser("demo", help="fill an empty database with a demonstration country")
    search = commands.add_parser("search", help="full-text search of the register")
    search.add_argument("query", help="words to find (all must match; prefixes match)")
    search.add_argument("--limit", type=int, default=50, help="how many to list (default 50)")
    search.add_argument("--json", action="store_true", help="print JSON")
    stats = commands.add_parser("stats", help="print headline counts")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.add_argument(
        "--today",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="count what is overdue and due as on this day (default: today, local time)",
    )
    imp = commands.add_parser("import", help="import a file of recommendations")
    imp.add_argument(
        "file", type=Path, help="UHRI export, OHCHR thematic list, UPR Info CSV or a sheet"
    )
    imp.add_argument(
        "--format",
        choices=["auto", "uhri", "thematic-list", "upr-info", "mapped"],
        default="auto",
        help="the file's format (default: detected from its content)",
    )
    imp.add_argument("--mapping", metavar="NAME", help="saved column mapping (format mapped)")
    imp.add_argument(
        "--dry-run", action="store_true", help="count what would change; write nothing"
    )
    imp.add_argument(
        "--other-types",
        choices=["keep", "skip"],
        default="keep",
        help="UHRI rows of other types than recommendations (concerns and observations, "
        "positive aspects ...): keep them as context of their document (default) or skip "
        "them; they never enter the register",
    )
    imp.add_argument("--json", action="store_true", help="print the counts as JSON")
    exp = commands.add_parser("export", help="export recommendations to XLSX or CSV")
    exp.add_argument("out", type=Path, help="OUT.xlsx or OUT.csv")
    exp.add_argument(
        "--mechanism",
        action="append",
        default=[],
        metavar="CODE",
        help="only this mechanism (repeatable)",
    )
    exp.add_argument("--search", default="", metavar="WORDS", help="only those matching a search")
    exp.add_argument("--view", metavar="NAME", help="only those of a saved view")
    exp.add_argument("--archived", action="store_true", help="export the archive instead")
    _add_report_parser(commands)
    if full:
        from desktop.cli_forms import add_forms_parser
        from desktop.cli_users import add_users_parsers

        add_forms_parser(commands)
        add_users_parsers(commands)
    else:
        for name, help_line in LAZY_COMMANDS.items():
            commands.add_parser(name, help=help_line)
    listing = commands.add_parser(
        "list", help="list the names to use with --agency, --plan, --mapping, --view…"
    )
    listing.add_argument(
        "kind",
        choices=[
            "themes",
            "affected-persons",
            "agencies",
            "clusters",
            "plans",
            "views",
            "mappings",
        ],
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    return parser


def _add_report_parser(commands: Any) -> None:
    report = commands.add_parser("report", help="write a PDF report")
    report.add_argument(
        "kind",
        choices=["plan", "status", "agency", "list"],
        help="implementation plan, consolidated status report, agency brief or register list",
    )
    report.add_argument("--out", type=Path, required=True, metavar="FILE", help="the PDF to write")
    report.add_argument(
        "--lang",
        choices=["en", "fr", "es", "ru", "zh", "ar"],
        help="report language (default: the database's report language setting)",
    )
    report.add_argument(
        "--plan", metavar="NAME", help="the plan (report plan; default: the only one)"
    )
    report.add_argument(
        "--agency", metavar="NAME", help="the agency, by name or acronym (report agency)"
    )
    report.add_argument(
        "--mechanism", metavar="CODE", help="only this mechanism (reports status and list)"
    )
    report.add_argument(
        "--by",
        choices=["mechanism", "theme"],
        default="mechanism",
        help="sections of the status report (default: mechanism)",
    )
    report.add_argument(
        "--marking", default="", metavar="TEXT", help='e.g. "CABINET IN CONFIDENCE"'
    )
    report.add_argument("--draft", action="store_true", help="a DRAFT watermark on every page")
    report.add_argument("--paper", choices=["A4", "Letter"], default="A4", help="default: A4")
    report.add_argument("--title", default="", help="a title of your own")
    report.add_argument(
        "--today",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the report's date, and what is overdue on it (default: today)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(words).parse_args(words)
    command = args.command or "gui"
    if command == "gui":
        # No garbage collection while the window's modules load and it shows its
        # first page (desktop.app.resume_garbage_collection then lets it run).
        import gc

        gc.disable()
        try:
            from desktop.app import run_gui
        except ImportError as exc:
            gc.enable()
            # Qt's own libraries (libEGL, libGL, libfontconfig…) missing on a bare server.
            return _fail(
                f"cannot open the window: {exc} (install the system packages listed in"
                " README.md, 'Install and run'); the command-line commands still work"
            )
        return run_gui(db=args.db, smoke_test=getattr(args, "smoke_test", False))

    from desktop.domain.errors import NmrfError
    from desktop.services.audit_log import audit_source

    handler = _HANDLERS.get(command) or _lazy_handler(command)
    try:
        with audit_source("cli"):
            return handler(args)
    except NmrfError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted")
    except BrokenPipeError:
        # The reader went away (`nmrf-desk search … | head -1`): nothing to say to it.
        _silence_stdout()
        return EXIT_ERROR
    except OSError as exc:
        where = exc.filename or "nmrf-desk"
        return _fail(f"{where}: {exc.strerror or exc}")
    except Exception as exc:
        from sqlalchemy.exc import SQLAlchemyError

        if not isinstance(exc, SQLAlchemyError):
            raise
        orig = getattr(exc, "orig", None) or exc
        detail = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
        return _fail(f"{_database_where(args)}: {detail}")


def _fail(message: str) -> int:
    try:
        print(f"nmrf-desk: error: {message}", file=sys.stderr)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    return EXIT_ERROR


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at nowhere so the interpreter's own
    final flush does not print a traceback."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _database_where(args: argparse.Namespace) -> str:
    from desktop.store.engine import resolve_url

    try:
        return resolve_url(args.db).render_as_string(hide_password=True)
    except Exception:
        return "the database"


def _cmd_init(args: argparse.Namespace) -> int:
    from desktop.services.database import opened_database

    with opened_database(args.db, create=True) as database:
        if database.created:
            print(f"created {database.display_name}")
        elif database.upgraded_from:
            print(f"upgraded {database.display_name} (backup: {database.backup})")
        else:
            print(f"{database.display_name} is up to date")
        from desktop.services.users import ensure_first_administrator

        first = ensure_first_administrator(database)
        if first:
            print(f"{first} is the first administrator of {database.display_name}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from desktop.services.database import opened_database
    from desktop.services.stats import compute_stats

    with opened_database(args.db, create=False) as database:
        stats = compute_stats(database.session_factory)
        print(f"{database.display_name}: ok")
        print(
            f"recommendations: {stats.recommendations}, agencies: {stats.agencies}, "
            f"plans: {stats.plans}, actions: {stats.actions}"
        )
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    from desktop.services.backups import backup_database
    from desktop.services.database import opened_database

    with opened_database(args.db, create=False) as database:
        written = backup_database(database, args.dest)
    print(f"backup written and verified: {written}")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from desktop.services.restore_audit import restore_recorded
    from desktop.store.engine import resolve_url, sqlite_path
    from desktop.store.errors import BackupError

    target = sqlite_path(resolve_url(args.db))
    if target is None:
        raise BackupError(
            "restore works on SQLite database files; restore a PostgreSQL server with pg_restore",
            where="--db",
        )
    kept = restore_recorded(args.backup, target)
    print(f"restored {args.backup} to {target}")
    if kept is not None:
        print(f"the database it replaced is kept as {kept}")
    return 0


def _cmd_backups(args: argparse.Namespace) -> int:
    from desktop.services.backups import list_backups
    from desktop.store.engine import resolve_url, sqlite_path
    from desktop.store.errors import BackupError

    target = sqlite_path(resolve_url(args.db))
    if target is None:
        raise BackupError("backups of a PostgreSQL server are made with pg_dump", where="--db")
    found = list_backups(target)
    if args.json:
        payload = [
            {
                "path": str(b.path),
                "taken_at": b.taken_at.isoformat(),
                "reason": b.reason,
                "size": b.size,
                "counts": b.counts,
                "problem": b.problem or None,
            }
            for b in found
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    for b in found:
        when = b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        held = f"{b.counts.get('recommendation', 0)} recommendations" if b.counts else b.problem
        print(f"{when}\t{b.reason}\t{b.size / 1024 / 1024:.1f} MB\t{held}\t{b.path}")
    print(f"{len(found)} backups in {target.parent / 'backups'}")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services.database import opened_database
    from desktop.services.demo import create_demo_data

    with opened_database(args.db, create=True) as database:
        summary = create_demo_data(database.session_factory)
    print(
        f"demo data written to {database.display_name}: "
        + ", ".join(f"{count} {name}" for name, count in summary.items())
    )
    return 0


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _cmd_stats(args: argparse.Namespace) -> int:
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


def _cmd_search(args: argparse.Namespace) -> int:
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


def _cmd_import(args: argparse.Namespace) -> int:
    from desktop.services.database import opened_database
    from desktop.services.importing.mapped import load_profile
    from desktop.services.importing.records import ImportFormat, OtherTypes
    from desktop.services.importing.service import import_file

    fmt = None if args.format == "auto" else ImportFormat(args.format)
    with opened_database(args.db, create=False) as database:
        mapping = load_profile(database.session_factory, args.mapping) if args.mapping else None
        summary = import_file(
            database,
            args.file,
            fmt=fmt,
            mapping=mapping,
            dry_run=args.dry_run,
            other_types=OtherTypes(args.other_types),
        )
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
        return 0
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
    if summary.backup:
        print(f"backup taken first: {summary.backup}")
    return 0


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


def _cmd_export(args: argparse.Namespace) -> int:
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


def _cmd_report(args: argparse.Namespace) -> int:
    from desktop.domain.errors import ValidationError
    from desktop.reports.data import Paper, ReportOptions, StatusGrouping
    from desktop.services.database import opened_database
    from desktop.services.plans import list_plans
    from desktop.services.report_data import find_agency_id, find_plan_id, mechanism_scope
    from desktop.services.reporting import ReportRequest, ReportType, generate_report
    from desktop.services.settings import load_settings

    today = args.today or date.today()
    with opened_database(args.db, create=False) as database:
        factory = database.session_factory
        language = args.lang or load_settings(factory).report_language
        request = ReportRequest(
            report=ReportType(args.kind),
            options=ReportOptions(
                language=language,
                paper=Paper(args.paper),
                marking=args.marking.strip(),
                draft=args.draft,
            ),
            grouping=StatusGrouping(args.by),
            title=args.title,
        )
        if args.kind == "plan":
            if args.plan:
                plan_id = find_plan_id(factory, args.plan)
            else:
                plans = list_plans(factory, today)
                if len(plans) != 1:
                    names = ", ".join(repr(p.fields.title) for p in plans[:5]) or "none"
                    raise ValidationError(f"name the plan (plans: {names})", where="--plan")
                plan_id = plans[0].id
            request = replace(request, plan_id=plan_id)
        elif args.kind == "agency":
            if not args.agency:
                raise ValidationError("name the agency of the brief", where="--agency")
            request = replace(request, agency_id=find_agency_id(factory, args.agency))
        elif args.mechanism:
            scope_filter, scope = mechanism_scope(factory, args.mechanism)
            request = replace(request, register_filter=scope_filter, scope=scope)
        out = generate_report(factory, request, args.out, today)
    pages = _page_count(out)
    print(f"wrote {out} ({pages} pages)")
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
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


def _page_count(path: Path) -> int:
    """Pages of a PDF written by ReportLab (its page tree's /Count)."""
    import re

    counts = re.findall(rb"/Count (\d+) /Kids", path.read_bytes())
    return max((int(c) for c in counts), default=0)


def _lazy_handler(command: str) -> Any:
    """The handler of a command of LAZY_COMMANDS, imported now."""
    if command == "forms":
        from desktop.cli_forms import run_forms

        return run_forms
    from desktop.cli_users import run_audit, run_users

    return {"users": run_users, "audit": run_audit}[command]


_HANDLERS = {
    "init": _cmd_init,
    "check": _cmd_check,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "backups": _cmd_backups,
    "demo": _cmd_demo,
    "stats": _cmd_stats,
    "search": _cmd_search,
    "import": _cmd_import,
    "export": _cmd_export,
    "report": _cmd_report,
    "list": _cmd_list,
}


if __name__ == "__main__":
    raise SystemExit(main())
