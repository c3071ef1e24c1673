"""The consolidated implementation status report (also the draft of a UPR
mid-term report): an executive summary with figures and charts (status by
mechanism, theme, SDG goal and lead agency), then sections by mechanism or
theme with each recommendation's status, latest progress and overdue actions."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop.domain.vocab import ImplementationStatus
from desktop.reports import fonts
from desktop.reports.charts import STATUSES, StatusBars
from desktop.reports.context import ReportContext, make_context
from desktop.reports.data import (
    CancelledFn,
    ProgressFn,
    StatusCounts,
    StatusGrouping,
    StatusRecommendationLine,
    StatusReportData,
    StatusSection,
)
from desktop.reports.document import build_document
from desktop.reports.flowables import Heading, TextBlock
from desktop.reports.tables import GRID, RowsOf, data_table

SECTION_WIDTHS = (0.15, 0.43, 0.14, 0.28)
CHART_ROWS = 15


def _figures(ctx: ReportContext, data: StatusReportData) -> Table:
    """Three headline figures side by side."""
    t, f, styles = ctx.labels, ctx.formats, ctx.styles
    done = data.by_status.get(ImplementationStatus.FULLY_IMPLEMENTED, 0) + data.by_status.get(
        ImplementationStatus.PARTIALLY_IMPLEMENTED, 0
    )
    figures = [
        (f.number(data.total), t("status.in_scope")),
        (f.percent(done, data.total), t("status.implemented_share")),
        (f.number(data.overdue_action_count), t("status.overdue_actions")),
    ]
    cells = [[TextBlock(v, styles.figure), TextBlock(k, styles.figure_label)] for v, k in figures]
    if ctx.rtl:
        cells.reverse()
    table = Table([cells], colWidths=["33.3%", "33.3%", "33.4%"])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, GRID),
                ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _status_table(ctx: ReportContext, data: StatusReportData) -> list[Flowable]:
    t, f = ctx.labels, ctx.formats
    rows = [
        [
            t.term(s),
            f.number(data.by_status.get(s, 0)),
            f.percent(data.by_status.get(s, 0), data.total),
        ]
        for s in STATUSES
    ]
    rows.append([t("total"), f.number(data.total), f.percent(data.total, data.total)])
    headers = [t("status"), t("recommendations"), "%"]
    return data_table(ctx, headers, rows, (0.5, 0.25, 0.25), numeric=(1, 2))


def _chart(ctx: ReportContext, key: str, rows: Sequence[StatusCounts]) -> list[Flowable]:
    t, styles = ctx.labels, ctx.styles
    out: list[Flowable] = [Heading(t(key), styles.heading_2, 1, ctx.heading_key(key))]
    if not rows:
        return [*out, TextBlock(t("none"), styles.muted)]
    shown = sorted(rows, key=lambda r: -r.total)[:CHART_ROWS]
    out.append(StatusBars(ctx, shown))
    if len(rows) > CHART_ROWS:
        more = ctx.formats.number(len(rows) - CHART_ROWS)
        out.append(TextBlock(t("status.more_groups", count=more), styles.muted))
    return out


def _summary(ctx: ReportContext, data: StatusReportData) -> list[Flowable]:
    t, styles = ctx.labels, ctx.styles
    out: list[Flowable] = [
        Heading(t("status.summary"), styles.heading_1, 0, ctx.heading_key("summary")),
        _figures(ctx, data),
        Spacer(1, 6 * mm),
    ]
    if data.total == 0:
        return [*out, TextBlock(t("empty_scope"), styles.body)]
    out.append(TextBlock(t("status.by_status"), styles.heading_3))
    out += _status_table(ctx, data)
    out += _chart(ctx, "status.by_mechanism", data.by_mechanism)
    out += _chart(ctx, "status.by_theme", data.by_theme)
    out += _chart(ctx, "status.by_sdg_goal", data.by_sdg_goal)
    out += _chart(ctx, "status.by_agency", data.by_agency)
    return out


def _progress(ctx: ReportContext, line: StatusRecommendationLine) -> str:
    note = line.latest_progress
    if note is None:
        return ctx.labels("status.no_progress")
    return f"{ctx.formats.date(note.on)}{ctx.labels('colon')}{note.narrative}".strip()


def _overdue(ctx: ReportContext, line: StatusRecommendationLine) -> str:
    f = ctx.formats
    return "\n".join(
        f"{a.title} ({f.date(a.due_date)}" + (f"; {', '.join(a.lead)})" if a.lead else ")")
        for a in line.overdue_actions
    )


def _counts_line(ctx: ReportContext, section: StatusSection) -> str:
    t, f = ctx.labels, ctx.formats
    total = sum(section.counts.values())
    parts = [f"{t.term(s)} {f.number(n)}" for s in STATUSES if (n := section.counts.get(s, 0))]
    head = t("status.section_count", count=f.number(total))
    return head + (" — " + " · ".join(parts) if parts else "")


def _section(
    ctx: ReportContext, index: int, section: StatusSection, grouping: str
) -> list[Flowable]:
    t, styles = ctx.labels, ctx.styles
    title = section.title or t("status.no_theme")
    out: list[Flowable] = [
        Heading(title, styles.heading_2, 1, ctx.heading_key("section", index)),
        TextBlock(
            _counts_line(ctx, section), styles.muted.with_(space_after=4, keep_with_next=True)
        ),
    ]
    headers = [t("reference"), t("recommendation"), t("status"), t("status.latest_progress")]

    def row(line: StatusRecommendationLine) -> list[str]:
        where = f"{line.mechanism} · {line.source}" if grouping == "theme" else line.source
        lead = ", ".join(line.lead)
        text = line.text + ("\n" + t.field("lead", lead) if lead else "")
        follow_up = _progress(ctx, line)
        if line.overdue_actions:
            follow_up += "\n" + t.field("status.overdue_actions_of", "\n" + _overdue(ctx, line))
        return [
            f"{line.reference}\n{where}\n{t.term(line.position)}".strip(),
            text,
            t.term(line.status),
            follow_up,
        ]

    # The rows' text is made as each block of the table is laid out.
    out += data_table(ctx, headers, RowsOf(section.recommendations, row), SECTION_WIDTHS)
    return out


def build(
    data: StatusReportData,
    fp: BinaryIO,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> int:
    """Write the report to ``fp``; returns the number of pages."""
    ctx = make_context(data.header, "title.status")
    return build_document(fp, ctx, _body(ctx, data), progress=progress, cancelled=cancelled)


def _body(ctx: ReportContext, data: StatusReportData) -> Iterator[Flowable]:
    """The summary, then the sections (made as the document takes them)."""
    t, styles = ctx.labels, ctx.styles
    yield from _summary(ctx, data)
    if data.sections:
        key = (
            "status.sections_theme"
            if data.grouping == StatusGrouping.THEME
            else "status.sections_mechanism"
        )
        yield Heading(t(key), styles.heading_1, 0, ctx.heading_key("sections"))
        for index, section in enumerate(data.sections):
            yield from _section(ctx, index, section, data.grouping.value)
