"""A UHRI export of concluding observations with several annotation types
(a positive aspect, a concern, recommendations), for the importer tests."""

from __future__ import annotations

from typing import Any

SYMBOL = "CRC/C/SVN/CO/5-6"
BODY = "- Committee on the Rights of the Child"
CONCERNS = "Concerns/Observations"
POSITIVE = "Positive aspects"
IDS = {
    "12": "0a1b2c3d-0000-4000-8000-000000000012",
    "13": "0a1b2c3d-0000-4000-8000-000000000013",
    "4": "0a1b2c3d-0000-4000-8000-000000000004",
    "14": "0a1b2c3d-0000-4000-8000-000000000014",
    "15": "0a1b2c3d-0000-4000-8000-000000000015",
}


def row(paragraph: str, kind: str, text: str, annotation: str | None = None) -> list[Any]:
    return [
        f"{paragraph}.{text}",
        "- Slovenia",
        "",
        BODY,
        "",
        SYMBOL,
        44000,
        44100,
        kind,
        "- Children's rights",
        "- Children",
        "",
        "",
        "",
        "",
        IDS[paragraph] if annotation is None else annotation,
    ]


def export_rows(types: dict[str, str] | None = None) -> list[list[Any]]:
    """A concluding observations export: a positive aspect, a concern, three recommendations."""
    kinds = {"4": POSITIVE, "12": CONCERNS, "13": "Recommendation", "14": "Recommendation"}
    kinds |= {"15": "Recommendations"}
    kinds |= types or {}
    texts = {
        "4": "The Committee welcomes the adoption of the Family Code.",
        "12": "The Committee is concerned that corporal punishment remains lawful.",
        "13": "The Committee recommends that the State party prohibit corporal punishment.",
        "14": "The Committee recommends that the State party raise the age of marriage.",
        "15": "The Committee recommends that the State party ratify the third Protocol.",
    }
    return [row(p, kinds[p], texts[p]) for p in ("4", "12", "13", "14", "15")]
