"""PDF reports (ReportLab only: no Qt, no SQL). Each report module exposes
``build(data, fp)`` over the plain data of desktop.reports.data."""

from __future__ import annotations

from typing import BinaryIO

from desktop.reports.data import (
    AgencyBriefData,
    CancelledFn,
    PlanReportData,
    ProgressFn,
    RegisterListData,
    StatusReportData,
)
from desktop.reports.errors import ReportCancelled

ReportData = PlanReportData | StatusReportData | AgencyBriefData | RegisterListData

__all__ = ["ReportCancelled", "ReportData", "build_report"]


def build_report(
    data: ReportData,
    fp: BinaryIO,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> int:
    """Lay out ``data`` as a PDF written to ``fp`` (the report follows the data's type);
    returns the number of pages."""
    # Each report module is imported when used: ReportLab and the fonts load then.
    if isinstance(data, PlanReportData):
        from desktop.reports.plan_report import build as build_plan

        return build_plan(data, fp, progress=progress, cancelled=cancelled)
    if isinstance(data, StatusReportData):
        from desktop.reports.status_report import build as build_status

        return build_status(data, fp, progress=progress, cancelled=cancelled)
    if isinstance(data, AgencyBriefData):
        from desktop.reports.agency_brief import build as build_brief

        return build_brief(data, fp, progress=progress, cancelled=cancelled)
    from desktop.reports.register_list import build as build_list

    return build_list(data, fp, progress=progress, cancelled=cancelled)
