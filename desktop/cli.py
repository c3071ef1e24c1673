"""The command line: ``nmrf-desk [--db PATH|URL] COMMAND``. With no command it
opens the main window. Every command goes through the same services as the GUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

EXIT_ERROR = 1
EXIT_USAGE = 2

# Commands whose parsers are in modules of their own (desktop.cli_forms,
# desktop.cli_users), imported only when one of them runs: each command's line
# in `nmrf-desk --help`, the same as its full parser's. Every command's handler
# is in a cli_* module imported when it runs (_handler).
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
        "file",
        type=Path,
        nargs="+",
        help="UHRI export, OHCHR thematic list, UPR Info CSV or a sheet; several files are "
        "imported together (one transaction and one backup: all of them or none)",
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
    imp.add_argument(
        "--json",
        action="store_true",
        help="print the counts as JSON (a list of them, one per file, for several files)",
    )
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

    handler = _handler(command)
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


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _handler(command: str) -> Callable[[argparse.Namespace], int]:
    """The handler of ``command``, its module imported now: a command loads only
    what it uses (and the window none of them)."""
    handler: Callable[[argparse.Namespace], int]
    if command in ("init", "check", "backup", "restore", "backups", "demo"):
        from desktop import cli_database

        handler = getattr(cli_database, f"run_{command}")
    elif command in ("stats", "search", "import", "export", "list"):
        from desktop import cli_register

        handler = getattr(cli_register, f"run_{command}")
    elif command == "report":
        from desktop.cli_reports import run_report

        handler = run_report
    elif command == "forms":
        from desktop.cli_forms import run_forms

        handler = run_forms
    else:
        from desktop.cli_users import run_audit, run_users

        handler = {"users": run_users, "audit": run_audit}[command]
    return handler


if __name__ == "__main__":
    raise SystemExit(main())
