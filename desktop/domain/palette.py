"""The colour of each implementation status, shared by the dashboard's charts
and the reports' charts so a status looks the same on screen and on paper."""

from __future__ import annotations

STATUS_COLOURS: dict[str, str] = {
    "not_assessed": "#b0bec5",
    "not_started": "#e57373",
    "in_progress": "#ffb74d",
    "partially_implemented": "#aed581",
    "fully_implemented": "#388e3c",
    "no_longer_applicable": "#78909c",
}
