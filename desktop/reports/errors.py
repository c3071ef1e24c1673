"""Errors a report build raises."""

from __future__ import annotations

from desktop.domain.errors import NmrfError


class ReportCancelled(NmrfError):
    """The user cancelled the build; no file is left behind."""

    def __init__(self) -> None:
        super().__init__("report cancelled; no file was written")
