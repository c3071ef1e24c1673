"""The agency brief: for one ministry or institution, its focal points, the
recommendations assigned to it, its actions, what is due and overdue, the
indicators it must report and the reporting deadlines that concern it."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.platypus import Flowable

from desktop.reports.context import ReportContext, make_context
from desktop.reports.data import AgencyBriefData, BriefActionLine, CancelledFn, ProgressFn
from desktop.reports.document import build_document
from desktop.reports.flowables import Heading, TextBlock
from desktop.reports.plan_report import indicator_text
from desktop.reports.tables import data_table


def _section(ctx: ReportContext, key: str) -> Heading:
    return Heading(ctx.labels(key), ctx.styles.heading_1, 0, ctx.heading_key(key))


def _actions_table(ctx: ReportContext, actions: tuple[BriefActionLine, ...]) -> list[Flowable]:
    t, f = ctx.labels, ctx.formats
    headers = [t("action"), t("plan"), t("role"), t("status"), t("start"), t("due")]
    rows = []
    for a in actions:
        due = f.date(a.due_date) or "—"
        if a.overdue:
            due += "\n" + t("overdue")
        elif a.due_soon:
            due += "\n" + t("due_soon")
        rows.append([a.title, a.plan, t.term(a.role), t.term(a.status), f.date(a.start_date), due])
    overdue = [i for i, a in enumerate(actions) if a.overdue]
    return data_table(ctx, headers, rows, (0.32, 0.19, 0.1, 0.11, 0.14, 0.14), highlight=overdue)


def build(
    data: AgencyBriefData,
    fp: BinaryIO,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> int:
    """Write the brief to ``fp``; returns the number of pages."""
    name = f"{data.agency} ({data.acronym})" if data.acronym else data.agency
    ctx = make_context(data.header, "title.agency", subtitle=name)
    t, f, styles = ctx.labels, ctx.formats, ctx.styles
    overdue = sum(1 for a in data.actions if a.overdue)
    body: list[Flowable] = [
        Heading(name, styles.heading_1, 0, ctx.heading_key("agency")),
        TextBlock(
            t(
                "agency.summary",
                assignments=f.number(len(data.assignments)),
                actions=f.number(len(data.actions)),
                overdue=f.number(overdue),
            ),
            styles.body,
        ),
        TextBlock(t("agency.focal_points"), styles.heading_3),
    ]
    if data.focal_points:
        headers = [t("name"), t("job_title"), t("email"), t("phone")]
        rows = [[p.name, p.title, p.email, p.phone] for p in data.focal_points]
        body += data_table(ctx, headers, rows, (0.25, 0.27, 0.3, 0.18))
    else:
        body.append(TextBlock(t("agency.no_focal_points"), styles.muted))

    body.append(_section(ctx, "agency.due"))
    due = tuple(a for a in data.actions if a.overdue or a.due_soon)
    body += _actions_table(ctx, due) if due else [TextBlock(t("agency.nothing_due"), styles.body)]

    body.append(_section(ctx, "agency.assignments"))
    if data.assignments:
        headers = [t("reference"), t("recommendation"), t("role"), t("position"), t("status")]
        rows = [
            [
                f"{a.reference}\n{a.mechanism}",
                a.text,
                t.term(a.role),
                t.term(a.position),
                t.term(a.status),
            ]
            for a in data.assignments
        ]
        body += data_table(ctx, headers, rows, (0.14, 0.5, 0.1, 0.12, 0.14))
    else:
        body.append(TextBlock(t("agency.no_assignments"), styles.body))

    body.append(_section(ctx, "agency.actions"))
    body += (
        _actions_table(ctx, data.actions)
        if data.actions
        else [TextBlock(t("agency.no_actions"), styles.body)]
    )

    body.append(_section(ctx, "agency.indicators"))
    if data.indicators:
        headers = [t("indicator"), t("action"), t("data_source"), t("frequency")]
        rows = [
            [indicator_text(ctx, i), i.action, i.data_source, t.term(i.frequency)]
            for i in data.indicators
        ]
        body += data_table(ctx, headers, rows, (0.45, 0.25, 0.18, 0.12))
    else:
        body.append(TextBlock(t("agency.no_indicators"), styles.body))

    if data.deadlines:
        body.append(_section(ctx, "agency.deadlines"))
        headers = [t("report"), t("mechanism"), t("due"), t("covers")]
        rows = [
            [
                f"{d.title}\n{t.term(d.kind)}".strip(),
                d.mechanism,
                f.date(d.due_date) + ("\n" + t("overdue") if d.overdue else ""),
                f.number(d.recommendations),
            ]
            for d in data.deadlines
        ]
        late = [i for i, d in enumerate(data.deadlines) if d.overdue]
        body += data_table(ctx, headers, rows, (0.45, 0.2, 0.17, 0.18), highlight=late)
    return build_document(fp, ctx, body, progress=progress, cancelled=cancelled)
