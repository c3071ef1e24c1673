"""The recommendation implementation plan (landscape): the plan's clusters by
priority, each with its recommendations and the actions addressing them (lead
and supporting agencies, timeline, resources with totals, indicators with
baseline and target), then the costs by lead agency."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import BinaryIO

from reportlab.platypus import Flowable

from desktop.domain.vocab import PlanStatus
from desktop.reports.context import ReportContext, make_context
from desktop.reports.data import (
    CancelledFn,
    IndicatorLine,
    PlanActionLine,
    PlanCluster,
    PlanRecommendationLine,
    PlanReportData,
    ProgressFn,
)
from desktop.reports.document import build_document
from desktop.reports.flowables import Heading, TextBlock
from desktop.reports.tables import RowsOf, data_table, key_values

RECOMMENDATION_WIDTHS = (0.11, 0.13, 0.1, 0.11, 0.55)
ACTION_WIDTHS = (0.24, 0.12, 0.12, 0.12, 0.08, 0.12, 0.2)
COST_WIDTHS = (0.4, 0.1, 0.2, 0.2, 0.1)


def indicator_text(ctx: ReportContext, indicator: IndicatorLine) -> str:
    """``name (type): baseline → target``, each value with its unit and year."""
    f = ctx.formats
    # A value, its unit and its year never part at a line's end (no-break spaces).
    unit = f"\u00a0{indicator.unit}" if indicator.unit else ""

    def value(amount: object, year: int | None) -> str:
        if amount is None:
            return "—"
        text = f.number(amount) + unit  # type: ignore[arg-type]
        return f"{text}\u00a0({year})" if year else text

    t = ctx.labels
    line = f"{indicator.name} ({t.term(indicator.kind)})"
    values = (
        t.field("baseline", value(indicator.baseline, indicator.baseline_year))
        + f.separator
        + t.field("target", value(indicator.target, indicator.target_year))
    )
    if indicator.latest is not None:
        latest = f.number(indicator.latest) + unit
        if indicator.latest_on:
            latest += f"\u00a0({f.date(indicator.latest_on)})"
        values += f.separator + t.field("latest", latest)
    return line + "\n" + values


def _timeline(ctx: ReportContext, action: PlanActionLine) -> str:
    text = ctx.formats.date_range(action.start_date, action.due_date) or "—"
    if action.overdue:
        text += "\n" + ctx.labels("overdue")
    return text


def _cost(ctx: ReportContext, action: PlanActionLine) -> str:
    t, f = ctx.labels, ctx.formats
    if action.estimated_cost is None:
        return "—"
    lines = [f.amount(action.estimated_cost, action.currency)]
    if action.funding_source:
        lines.append(action.funding_source)
    lines.append(t.field("within_budget", t("yes") if action.within_existing_budget else t("no")))
    return "\n".join(lines)


def _recommendation_row(ctx: ReportContext, r: PlanRecommendationLine) -> list[str]:
    t = ctx.labels
    return [
        r.reference or "—",
        f"{r.mechanism}\n{r.source}".strip(),
        t.term(r.position),
        t.term(r.status),
        r.text,
    ]


def _action_row(ctx: ReportContext, action: PlanActionLine) -> list[str]:
    t = ctx.labels
    title = action.title
    if action.recommendation_references:
        refs = ", ".join(action.recommendation_references)
        title += "\n" + t("plan.addresses", references=refs)
    return [
        title,
        "\n".join(action.lead) or "—",
        "\n".join(action.supporting) or "—",
        _timeline(ctx, action),
        t.term(action.status),
        _cost(ctx, action),
        "\n".join(indicator_text(ctx, i) for i in action.indicators) or "—",
    ]


def _cluster(ctx: ReportContext, index: int, cluster: PlanCluster) -> list[Flowable]:
    t, styles = ctx.labels, ctx.styles
    name = cluster.name or t("plan.no_cluster")
    out: list[Flowable] = [Heading(name, styles.heading_2, 1, ctx.heading_key("cluster", index))]
    about = []
    if cluster.priority is not None:
        about.append(t("plan.priority_of", priority=t.term(cluster.priority)))
    if cluster.priority_rationale:
        about.append(t("plan.rationale", text=cluster.priority_rationale))
    if about:
        out.append(TextBlock(" — ".join(about), styles.body.with_(keep_with_next=True)))
    if cluster.recommendations:
        out.append(TextBlock(t("recommendations"), styles.heading_3))
        headers = [t("reference"), t("source"), t("position"), t("status"), t("recommendation")]
        out += data_table(
            ctx,
            headers,
            RowsOf(cluster.recommendations, partial(_recommendation_row, ctx)),
            RECOMMENDATION_WIDTHS,
        )
    out.append(TextBlock(t("actions"), styles.heading_3))
    if not cluster.actions:
        out.append(TextBlock(t("plan.no_actions"), styles.muted))
    else:
        headers = [
            t("action"),
            t("lead"),
            t("supporting"),
            t("timeline"),
            t("status"),
            t("cost"),
            t("indicators"),
        ]
        overdue = [i for i, a in enumerate(cluster.actions) if a.overdue]
        rows = RowsOf(cluster.actions, partial(_action_row, ctx))
        out += data_table(ctx, headers, rows, ACTION_WIDTHS, highlight=overdue)
    if cluster.cost_totals:
        amounts = ctx.formats.amounts(cluster.cost_totals)
        out.append(
            TextBlock(t("plan.cluster_cost", amounts=amounts), styles.bold.with_(space_before=5))
        )
    return out


def _summary(ctx: ReportContext, data: PlanReportData) -> list[Flowable]:
    t, f, styles = ctx.labels, ctx.formats, ctx.styles
    period = f.date_range(data.period_start, data.period_end)
    status = t.term(data.status)
    if data.status == PlanStatus.ADOPTED and data.adoption_date:
        status += " — " + t("plan.adopted_on", date=f.date(data.adoption_date, long=True))
    recommendations = sum(len(c.recommendations) for c in data.clusters)
    pairs = [
        (t("plan"), data.title),
        (t("plan.period"), period),
        (t("plan.status"), status),
        (t("plan.decision"), data.decision_reference),
        (t("plan.national_plan"), data.national_plan_reference),
        (t("plan.cluster_count"), f.number(len(data.clusters))),
        (t("plan.recommendation_count"), f.number(recommendations)),
        (t("plan.action_count"), f.number(data.action_count)),
        (t("plan.overdue_count"), f.number(data.overdue_count)),
        (t("plan.total_cost"), f.amounts(data.cost_totals)),
    ]
    out: list[Flowable] = [
        Heading(t("plan.summary"), styles.heading_1, 0, ctx.heading_key("summary")),
        key_values(ctx, pairs, label_width=0.25),
    ]
    if data.description:
        out.append(TextBlock(data.description, styles.body.with_(space_before=8)))
    return out


def _costs(ctx: ReportContext, data: PlanReportData) -> list[Flowable]:
    t, f, styles = ctx.labels, ctx.formats, ctx.styles
    out: list[Flowable] = [
        Heading(t("plan.costs_by_agency"), styles.heading_1, 0, ctx.heading_key("costs"))
    ]
    headers = [t("lead"), t("currency"), t("cost"), t("plan.of_which_within"), t("actions")]
    rows = [
        [
            c.agency,
            c.currency,
            f.amount(c.total, c.currency),
            f.amount(c.within_existing_budget, c.currency),
            f.number(c.actions),
        ]
        for c in data.cost_by_agency
    ]
    if rows:
        out += data_table(ctx, headers, rows, COST_WIDTHS, numeric=(2, 3, 4))
    out.append(TextBlock(t.field("plan.total_cost", f.amounts(data.cost_totals)), styles.bold))
    return out


def build(
    data: PlanReportData,
    fp: BinaryIO,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> int:
    """Write the plan to ``fp``; returns the number of pages."""
    ctx = make_context(data.header, "title.plan", subtitle=data.title)
    return build_document(
        fp, ctx, _body(ctx, data), wide=True, progress=progress, cancelled=cancelled
    )


def _body(ctx: ReportContext, data: PlanReportData) -> Iterator[Flowable]:
    """The summary, the clusters and the costs (made as the document takes them)."""
    t, styles = ctx.labels, ctx.styles
    yield from _summary(ctx, data)
    yield Heading(t("plan.clusters"), styles.heading_1, 0, ctx.heading_key("clusters"))
    if not data.clusters:
        yield TextBlock(t("plan.empty"), styles.body)
    for index, cluster in enumerate(data.clusters):
        yield from _cluster(ctx, index, cluster)
    yield from _costs(ctx, data)
