"""The Universal Human Rights Index export (XLSX or CSV): 16 columns, one row
per recommendation or observation (DOMAIN.md, "UHRI export").

The paragraph number leads the text; multi-value cells are ``- `` lists;
the OHCHR annotation id is the stable key. Header spellings vary between
exports (``Reccomending Body`` / ``Recommending Body``): both are read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path

from desktop.services.importing.records import ImportedRecommendation, RowProblem, Rows, ThemeName
from desktop.services.importing.tables import Table, open_table, require_columns
from desktop.services.importing.values import (
    dash_items,
    parse_date,
    parse_position,
    sdg_codes,
    session_and_cycle,
    split_paragraph,
)

# The columns of a UHRI export, in order, as OHCHR spells them.
EXPORT_HEADERS: tuple[str, ...] = (
    "Text",
    "Countries Concerned",
    "Regions Concerned",
    "Reccomending Body",
    "Recommending Regions",
    "Document Symbol",
    "Document Publication Date",
    "Date of publication on UHRI",
    "Type",
    "Themes",
    "Affected Persons",
    "Sdgs",
    "UPR Session",
    "UPR Reccomending States",
    "UPR Position",
    "OHCHR Annotation Id",
)
# Our name for a column → the spellings met in exports (compared case-insensitively).
COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("Text",),
    "countries": ("Countries Concerned",),
    "body": ("Reccomending Body", "Recommending Body"),
    "symbol": ("Document Symbol",),
    "date": ("Document Publication Date",),
    "type": ("Type",),
    "themes": ("Themes",),
    "persons": ("Affected Persons",),
    "sdgs": ("Sdgs", "SDGs"),
    "session": ("UPR Session",),
    "states": ("UPR Reccomending States", "UPR Recommending States"),
    "position": ("UPR Position",),
    "annotation": ("OHCHR Annotation Id", "OHCHR Annotation ID"),
}
REQUIRED = ("text", "body", "symbol", "annotation")

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)


def column_names(headers: list[str]) -> dict[str, str]:
    """Our column names → the file's headers, for the columns found."""
    by_folded = {h.casefold(): h for h in headers}
    found: dict[str, str] = {}
    for ours, spellings in COLUMNS.items():
        for spelling in spellings:
            if spelling.casefold() in by_folded:
                found[ours] = by_folded[spelling.casefold()]
                break
    return found


def looks_like_uhri(headers: list[str]) -> bool:
    return all(name in column_names(headers) for name in REQUIRED)


def read_uhri(path: Path) -> Rows:
    table = open_table(path)
    columns = column_names(table.headers)
    missing = [COLUMNS[name][0] for name in REQUIRED if name not in columns]
    require_columns(table, missing, "a UHRI export")
    return Rows(_records(table, columns), table.estimate)


def _records(
    table: Table, columns: dict[str, str]
) -> Iterator[ImportedRecommendation | RowProblem]:
    first_row: dict[str, int] = {}
    # Each column's header, "" for one the file lacks: no cell has that key, so
    # looking it up gives "" (a closure looking both up cost a tenth of a row).
    header = {name: columns.get(name) or "" for name in COLUMNS}
    for row in table.rows:
        cell = row.cells.get
        paragraph, text = split_paragraph(cell(header["text"], ""))
        if not text:
            yield RowProblem(
                row.number,
                "the recommendation text is empty",
                columns["text"],
                code="import.text_empty",
            )
            continue
        annotation = cell(header["annotation"], "")
        if annotation and not _UUID.match(annotation):
            yield RowProblem(
                row.number,
                f'"{annotation[:60]}" is not an annotation id',
                columns["annotation"],
                code="import.not_annotation_id",
                params={"value": annotation[:60]},
            )
            continue
        if annotation:
            if annotation in first_row:
                yield RowProblem(
                    row.number,
                    f"the same annotation id as row {first_row[annotation]}",
                    columns["annotation"],
                    code="import.annotation_twice",
                    params={"first_row": first_row[annotation]},
                )
                continue
            first_row[annotation] = row.number
        body = cell(header["body"], "")
        if not body:
            yield RowProblem(
                row.number,
                "the recommending body is empty",
                columns["body"],
                code="import.body_empty",
            )
            continue
        position_text = cell(header["position"], "")
        response = parse_position(position_text)
        if response is None:
            yield RowProblem(
                row.number,
                f'the position "{position_text}" is not known',
                columns["position"],
                code="import.position_unknown",
                params={"value": position_text},
            )
            continue
        raw_date = row.raw(columns.get("date"))
        session, cycle = session_and_cycle(cell(header["session"], ""))
        targets, goals = _sdgs(cell(header["sdgs"], ""))
        countries = _states(cell(header["countries"], ""))
        states = _states(cell(header["states"], ""))
        yield ImportedRecommendation(
            row=row.number,
            mechanism_code=_mechanism(body),
            text=text,
            paragraph=paragraph,
            source_symbol=cell(header["symbol"], "") or None,
            source_date=_date(raw_date),
            cycle=cycle,
            session=session,
            country=countries[0] if countries else None,
            response=response,
            annotation_id=annotation.lower() or None,
            annotation_type=_annotation_type(cell(header["type"], "")),
            recommending_states=tuple(s for s in states if s),
            themes=_themes(cell(header["themes"], "")),
            affected_persons=dash_items(cell(header["persons"], "")),
            sdg_targets=targets,
            sdg_goals=goals,
        )


# What follows reads cells whose values come back row after row in a file
# (types, bodies, States, themes, SDGs, dates): each is read once, then remembered.


def _annotation_type(value: str) -> str | None:
    """The type's label (the first, should the cell list several); a UUID in
    its place (seen in exports) tells nothing."""
    if _UUID.match(value):  # each row its own: not worth remembering (it would
        return None  # push the labels out of the cache, a miss each row)
    return _type_label(value)


@lru_cache(maxsize=4096)
def _type_label(value: str) -> str | None:
    labels = dash_items(value)
    label = " ".join(labels[0].split()) if labels else ""
    if not label or _UUID.match(label):
        return None
    return label


def _country(value: str) -> str:
    """Observer States carry a trailing ``*`` in UHRI exports."""
    return value.rstrip("*").strip()


@lru_cache(maxsize=8192)
def _states(value: str) -> tuple[str, ...]:
    return tuple(_country(c) for c in dash_items(value))


@lru_cache(maxsize=8192)
def _themes(value: str) -> tuple[ThemeName, ...]:
    return tuple(ThemeName(t) for t in dash_items(value))


@lru_cache(maxsize=8192)
def _sdgs(value: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    return sdg_codes(list(dash_items(value)))


@lru_cache(maxsize=8192)
def _date(value: object) -> date | None:
    return parse_date(value)


_BODY_ALIASES = {
    "upr": "UPR",
    "universal periodic review": "UPR",
    "human rights council - upr": "UPR",
    "special procedures": "SP",
}


@lru_cache(maxsize=4096)
def _mechanism(body: str) -> str:
    """The body's name as the file gives it; the import service resolves it to a
    mechanism by code or name (and creates one it does not know)."""
    items = dash_items(body)
    first = items[0] if items else body
    return _BODY_ALIASES.get(first.casefold(), first)
