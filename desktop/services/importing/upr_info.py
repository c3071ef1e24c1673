"""The UPR Info database export (CSV): one row per recommendation and
recommending State, in Mac Roman with carriage-return line endings
(../shared/datasets/upr-info/README.md). The encoding is detected, not assumed."""

from __future__ import annotations

import html
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from desktop.services.importing.records import ImportedRecommendation, RowProblem, Rows
from desktop.services.importing.tables import Table, open_table, require_columns
from desktop.services.importing.values import parse_position, session_and_cycle

# A file's responses and sessions are a handful of values, row after row:
# each is parsed once.
_position = lru_cache(maxsize=256)(parse_position)
_session = lru_cache(maxsize=1024)(session_and_cycle)

REQUIRED = ("To", "Text", "From", "Response", "Session")
OPTIONAL = ("Action", "Issue", "To-Rgrp", "To-Org", "From-Rgrp", "From-Org")


def looks_like_upr_info(headers: list[str]) -> bool:
    return all(column in headers for column in REQUIRED) and "Action" in headers


def read_upr_info(path: Path) -> Rows:
    table = open_table(path)
    require_columns(
        table, [column for column in REQUIRED if column not in table.headers], "a UPR Info export"
    )
    return Rows(_records(table), table.estimate)


def _records(table: Table) -> Iterator[ImportedRecommendation | RowProblem]:
    first_row: dict[tuple[str, ...], int] = {}
    for row in table.rows:
        # The export writes some brackets as HTML entities ("&#40;Unknown&#41;").
        cells = row.cells
        if "&" in "\0".join(cells.values()):
            cells = {k: html.unescape(v) if "&" in v else v for k, v in cells.items()}
        text = cells.get("Text", "")
        if not text:
            yield RowProblem(
                row.number, "the recommendation text is empty", "Text", code="import.text_empty"
            )
            continue
        response = _position(cells.get("Response", ""))
        if response is None:
            yield RowProblem(
                row.number,
                f'the response "{cells["Response"]}" is not known',
                "Response",
                code="import.response_unknown",
                params={"value": cells["Response"]},
            )
            continue
        action = cells.get("Action", "")
        if action and action not in {"1", "2", "3", "4", "5"}:
            yield RowProblem(
                row.number,
                f'the action category "{action}" is not 1–5',
                "Action",
                code="import.action_category",
                params={"value": action},
            )
            continue
        key = (cells.get("To", ""), cells.get("Session", ""), text, cells.get("From", ""))
        if key in first_row:
            yield RowProblem(
                row.number,
                f"the same recommendation as row {first_row[key]}",
                code="import.same_as_row",
                params={"first_row": first_row[key]},
            )
            continue
        first_row[key] = row.number
        session, cycle = _session(cells.get("Session", ""))
        issues = tuple(i.strip() for i in cells.get("Issue", "").split(",") if i.strip())
        yield ImportedRecommendation(
            row=row.number,
            mechanism_code="UPR",
            text=text,
            session=session,
            cycle=cycle,
            country=cells.get("To") or None,
            response=response,
            action_category=int(action) if action else None,
            recommending_states=_states(cells.get("From", "")),
            upr_info_issues=tuple(dict.fromkeys(issues)),
            text_language="en",
        )


def _states(value: str) -> tuple[str, ...]:
    """The recommending State; UPR Info writes "(Unknown)" when it has none."""
    return () if not value or value.casefold() == "(unknown)" else (value,)
