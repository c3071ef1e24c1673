"""``nmrf-desk forms``: agency update workbooks out (``forms make``), reviewed
changes in (``forms import``), and the record of forms sent (``forms list``).
The same services as the GUI; imported lazily, as the rest of the CLI."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

LANGUAGES = ["en", "fr", "es", "ru", "zh", "ar"]


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_forms_parser(commands: Any) -> None:
    forms = commands.add_parser("forms", help="agency update forms: make, import, list")
    actions = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    make = actions.add_parser("make", help="write update workbooks for agencies to fill in")
    who = make.add_mutually_exclusive_group(required=True)
    who.add_argument("--agency", metavar="NAME", help="the agency, by name or acronym")
    who.add_argument(
        "--all", action="store_true", help="one form per agency with work assigned (--out DIR)"
    )
    make.add_argument("--out", type=Path, required=True, metavar="FILE|DIR")
    make.add_argument("--lang", choices=LANGUAGES, default="en", help="form language (en)")
    make.add_argument("--deadline", type=_iso_date, metavar="YYYY-MM-DD")
    make.add_argument("--period", default="", metavar="TEXT", help="the reporting period")
    make.add_argument(
        "--contact", default="", metavar="TEXT", help="default: the organisation's name"
    )
    make.add_argument("--json", action="store_true", help="print JSON")
    imp = actions.add_parser("import", help="review a returned form and apply its changes")
    imp.add_argument("file", type=Path, help="the returned workbook (.xlsx)")
    imp.add_argument("--dry-run", action="store_true", help="review only; write nothing")
    imp.add_argument(
        "--accept",
        choices=["changes", "all", "none"],
        default="changes",
        help="what to apply: changes only (default; conflicts left for a person to "
        "choose), all including conflicts (the form's side wins), or none",
    )
    imp.add_argument("--json", action="store_true", help="print the review as JSON")
    listing = actions.add_parser("list", help="the forms sent, returned and outstanding")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--today", type=_iso_date, metavar="YYYY-MM-DD")


def run_forms(args: argparse.Namespace) -> int:
    handlers = {"make": _make, "import": _import, "list": _list}
    return handlers[args.forms_command](args)


def _make(args: argparse.Namespace) -> int:
    from desktop.services.database import opened_database
    from desktop.services.forms.making import FormRequest, make_all_forms, make_form
    from desktop.services.report_data import find_agency_id

    request = FormRequest(
        language=args.lang, deadline=args.deadline, period=args.period, contact=args.contact
    )
    today = date.today()
    with opened_database(args.db, create=False) as database:
        factory = database.session_factory
        if args.all:
            sent = make_all_forms(factory, args.out, request, today)
        else:
            agency_id = find_agency_id(factory, args.agency)
            sent = [make_form(factory, agency_id, args.out, request, today)]
    if args.json:
        payload = [
            {"agency": s.agency, "file": str(s.path), "rows": s.rows, "form": str(s.form)}
            for s in sent
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    for s in sent:
        print(f"{s.path}\t{s.rows} rows\t{s.agency}")
    print(
        f"{len(sent)} forms written" + (" (summary: update-forms-summary.csv)" if args.all else "")
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    from desktop.services.database import opened_database
    from desktop.services.forms.apply import apply_review
    from desktop.services.forms.items import ItemKind
    from desktop.services.forms.review import review_form

    today = date.today()
    with opened_database(args.db, create=False) as database:
        review = review_form(database.session_factory, args.file, today)
        chosen = [
            item.id
            for item in review.items
            if args.accept == "all" or (args.accept == "changes" and item.kind is ItemKind.CHANGE)
        ]
        applied = None
        if not args.dry_run:
            applied = apply_review(database, review, chosen, today)
    payload = review.as_dict()
    payload["dry_run"] = args.dry_run
    payload["applied"] = (
        {
            "items": len(chosen),
            "progress_updates": applied.progress_updates,
            "measurements": applied.measurements,
            "backup": str(applied.backup) if applied.backup else None,
        }
        if applied is not None
        else None
    )
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    print(
        f"{review.file}: form for {review.agency}: {len(review.changes)} changes, "
        f"{len(review.conflicts)} conflicts, {len(review.rejected)} rejected, "
        f"{review.unchanged} unchanged"
    )
    for item in review.items:
        label = "conflict" if item.kind is ItemKind.CONFLICT else "change"
        for change in item.changes:
            print(
                f"  {label} row {item.row} {item.reference}, {change.column}: "
                f"{change.old!r} -> {change.new!r}"
            )
        if item.kind is ItemKind.CONFLICT:
            print(f"    in the database now: status {item.db_status}; {item.db_latest[:80]!r}")
    for problem in review.rejected:
        column = f', column "{problem.column}"' if problem.column else ""
        print(f"  rejected {problem.sheet} row {problem.row}{column}: {problem.reason}")
    if applied is None:
        print("dry run: nothing was written")
    else:
        print(
            f"applied {len(chosen)} items: {applied.progress_updates} progress updates, "
            f"{applied.measurements} measurements"
            + (f" (backup taken first: {applied.backup})" if applied.backup else "")
        )
    return 0


def _list(args: argparse.Namespace) -> int:
    from desktop.services.database import opened_database
    from desktop.services.forms.records import list_forms

    today = args.today or date.today()
    with opened_database(args.db, create=False) as database:
        forms = list_forms(database.session_factory, today)
    if args.json:
        print(json.dumps([f.as_dict() for f in forms], ensure_ascii=False, indent=2))
        return 0
    for f in forms:
        state = "returned" if f.returned_at else ("OVERDUE" if f.overdue else "outstanding")
        deadline = f.deadline.isoformat() if f.deadline else "-"
        print(f"{f.sent_at.date().isoformat()}\t{deadline}\t{state}\t{f.agency}\t{f.file_name}")
    outstanding = sum(1 for f in forms if f.outstanding)
    overdue = sum(1 for f in forms if f.overdue)
    print(f"{len(forms)} forms: {outstanding} outstanding, {overdue} overdue")
    return 0
