"""``nmrf-desk report``: a PDF report (plan, status, agency brief or list),
written through the same service as the GUI's Reports page; imported only
when the command runs."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from pathlib import Path


def run_report(args: argparse.Namespace) -> int:
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
    pages = page_count(out)
    print(f"wrote {out} ({pages} pages)")
    return 0


def page_count(path: Path) -> int:
    """Pages of a PDF written by ReportLab (its page tree's /Count)."""
    import re

    counts = re.findall(rb"/Count (\d+) /Kids", path.read_bytes())
    return max((int(c) for c in counts), default=0)
