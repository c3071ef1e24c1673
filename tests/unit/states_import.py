"""A small UHRI export whose UPR recommendations name their recommending
States (the Netherlands under three spellings), imported through the service."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.services.database import Database
from desktop.services.importing.service import import_file
from tests.unit.import_files import write_uhri_csv


def _upr(paragraph: str, text: str, states: str, goal_target: str = "") -> list[Any]:
    return [
        f"{paragraph} {text}",
        "- Slovenia",
        "",
        "- UPR",
        "",
        "A/HRC/43/15",
        43850,
        43900,
        "Recommendation",
        "- Death penalty",
        "- Children",
        goal_target,
        "43",
        states,
        "Supported",
        "",
    ]


STATE_ROWS: list[list[Any]] = [
    _upr("121.1", "Abolish the death penalty", "- Netherlands"),
    _upr("121.2", "Ratify the Second Optional Protocol", "- The Netherlands\n- France"),
    _upr("121.3", "Establish a moratorium on executions", "- France"),
    _upr(
        "121.4",
        "Adopt a juvenile justice law",
        "- Netherlands (Kingdom of the)\n- Spain",
        "- 16.3 - Promote the rule of law",
    ),
    _upr("121.5", "Strengthen the national human rights institution", "- Spain"),
    [
        "49. The Committee recommends that the State party adopt a comprehensive "
        "anti-discrimination law.",
        "- Slovenia",
        "",
        "- Committee on the Elimination of Discrimination against Women",
        "",
        "CEDAW/C/SVN/CO/7",
        43831,
        43900,
        "Recommendation",
        "- Women's rights",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
]
NETHERLANDS = ("121.1", "121.2", "121.4")
"""The paragraphs the Netherlands made, whatever the spelling in the file."""


def import_states(database: Database, folder: Path) -> None:
    import_file(database, write_uhri_csv(folder / "uhri-states.csv", STATE_ROWS))
