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
) -> None:
    """Lay out ``data`` as a PDF written to ``fp`` (the report follows the data's type)."""
    # Each report module is imported when used: ReportLab and the fonts load then.
    if isinstance(data, PlanReportData):
        from desktop.reports import plan_report as module
    elif isinstance(data, StatusReportData):
        from desktop.reports import status_report as module  # type: ignore[no-redef]
    elif isinstance(data, AgencyBriefData):
        from desktop.reports import agency_brief as module  # type: ignore[no-redef]
    else:
        from desktop.reports import register_list as module  # type: ignore[no-redef]
    module.build(data, fp, progress=progress, cancelled=cancelled)  # type: ignore[arg-type]
