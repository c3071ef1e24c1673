"""Generate a PDF report: read its data (report_data), lay it out (desktop.reports),
write it beside the destination and move it in place only when complete, so a
cancelled or failed build leaves no file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NmrfError
from desktop.reports import build_report
from desktop.reports.data import CancelledFn, ProgressFn
from desktop.services.leftovers import remember_output_folder
from desktop.services.report_data import release_report_data, report_data
from desktop.services.report_request import ReportRequest, ReportType

__all__ = ["ReportRequest", "ReportType", "ReportWriteError", "generate_report"]


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class ReportWriteError(NmrfError):
    """The report could not be written where asked (full disk, no permission…)."""


def generate_report(
    session_factory: sessionmaker[Session],
    request: ReportRequest,
    destination: Path,
    today: date,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Path:
    """Write the report to ``destination`` and return it.

    Raises ReportCancelled (desktop.reports) when ``cancelled()`` turns true and
    ReportWriteError when the file cannot be written; in both cases nothing is
    left at ``destination`` (an existing file there is kept as it was).
    """
    destination = Path(destination)
    if destination.suffix.lower() != ".pdf":
        raise ReportWriteError(
            "a report is a PDF file: give it a name ending in .pdf", where=str(destination)
        )
    data = report_data(session_factory, request, today)
    folder = destination.parent if str(destination.parent) else Path(".")
    remember_output_folder(folder)  # a kill leaves the .part; the next start removes it
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix="." + destination.name + ".", suffix=".part", dir=folder
        )
    except OSError as exc:
        raise ReportWriteError(exc.strerror or str(exc), where=str(destination)) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as fp:
            try:
                build_report(data, fp, progress=progress, cancelled=cancelled)
            finally:
                release_report_data(data)
            fp.flush()
            os.fsync(fp.fileno())
        # mkstemp makes the file private (0600); a report is an ordinary document.
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, destination)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise ReportWriteError(exc.strerror or str(exc), where=str(destination)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    from desktop.services.audit_log import record_done

    record_done(session_factory, "report", request.report.value, label=destination.name)
    return destination
