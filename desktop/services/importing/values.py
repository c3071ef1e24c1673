"""Reading the values that official files write in their cells: positions,
``- `` lists, SDG lines, Excel serial dates, session numbers."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from functools import lru_cache

from desktop.domain.vocab import Position, upr_cycle_of_session

_POSITIONS: dict[str, Position] = {
    "supported": Position.SUPPORTED,
    "accepted": Position.SUPPORTED,
    "supported in part": Position.SUPPORTED_IN_PART,
    "supported in parts": Position.SUPPORTED_IN_PART,
    "partially supported": Position.SUPPORTED_IN_PART,
    "partially accepted": Position.SUPPORTED_IN_PART,
    "supported/noted": Position.SUPPORTED_IN_PART,
    "noted": Position.NOTED,
    "not supported": Position.NOTED,
    "rejected": Position.NOTED,
    "pending": Position.PENDING,
    "": Position.PENDING,
    "not applicable": Position.NOT_APPLICABLE,
    "n/a": Position.NOT_APPLICABLE,
}
# The words offices use in their own sheets, in the other UN languages.
_POSITIONS.update(
    {
        "acceptée": Position.SUPPORTED,
        "acceptee": Position.SUPPORTED,
        "soutenue": Position.SUPPORTED,
        "appuyée": Position.SUPPORTED,
        "partiellement acceptée": Position.SUPPORTED_IN_PART,
        "notée": Position.NOTED,
        "prise en note": Position.NOTED,
        "aceptada": Position.SUPPORTED,
        "apoyada": Position.SUPPORTED,
        "apoyada parcialmente": Position.SUPPORTED_IN_PART,
        "anotada": Position.NOTED,
        "tomada nota": Position.NOTED,
        "поддержана": Position.SUPPORTED,
        "принята к сведению": Position.NOTED,
        "支持": Position.SUPPORTED,
        "接受": Position.SUPPORTED,
        "部分支持": Position.SUPPORTED_IN_PART,
        "注意到": Position.NOTED,
        "مؤيدة": Position.SUPPORTED,
        "مقبولة": Position.SUPPORTED,
        "أحيط علما": Position.NOTED,
    }
)
# The store's own codes read back too (an export re-imported).
_POSITIONS.update({p.value: p for p in Position})


_SPACES = re.compile(r"\s+")
_REMARK = re.compile(r"\s*\(.*\)$")


def parse_position(value: str) -> Position | None:
    """A State's position as files write it; None when not recognised."""
    key = _SPACES.sub(" ", value.strip().casefold().replace("_", " "))
    found = _POSITIONS.get(_REMARK.sub("", key))  # "Noted (considered)"
    return found if found is not None else _position_in_words(key.rstrip(".*:"))


# Positions as OHCHR's thematic lists and offices' sheets word them.
_PENDING = re.compile(r"^(?:pending|under consideration|deferred|-|—|–)?$")
_NOT_SUPPORTED = re.compile(r"\bnot\s+(?:supported|accepted)\b|\brejected?\b")
_SUPPORTED = re.compile(
    r"\b(?:supported|accepted|support|accept|soutenue?s?|acceptée?s?|apoyad[ao]s?|aceptad[ao]s?)\b"
)
_NOTED = re.compile(r"\b(?:noted|notée?s?|pris note|tomad[ao]s? nota|anotad[ao]s?)\b")
_IN_PART = re.compile(r"\b(?:in part|partially|partly|en partie|partiellement|parcialmente)\b")


def _position_in_words(value: str) -> Position | None:
    """``Supported / Noted``, ``supported (already implemented)``, ``Not supported``…"""
    if _PENDING.match(value):
        return Position.PENDING
    if _NOT_SUPPORTED.search(value):
        return Position.NOTED
    supported = _SUPPORTED.search(value) is not None
    if supported and (_NOTED.search(value) or _IN_PART.search(value)):
        return Position.SUPPORTED_IN_PART
    if supported:
        return Position.SUPPORTED
    if _NOTED.search(value):
        return Position.NOTED
    return None


_BULLET = re.compile(r"^\s*(?:[-•–]\s+|[-•–](?=\S))")


def dash_list(value: str) -> list[str]:
    """The values of a multi-value cell: one per line, a leading ``- `` or
    ``• `` dropped, blanks skipped."""
    return list(dash_items(value))


@lru_cache(maxsize=8192)
def dash_items(value: str) -> tuple[str, ...]:
    """dash_list as a tuple, remembered: the same cells (themes, persons,
    bodies, States) come back row after row in a file."""
    items: list[str] = []
    for line in value.splitlines():
        item = _BULLET.sub("", line).strip()
        if item and item not in items:
            items.append(item)
    return tuple(items)


_SDG = re.compile(r"^(?:SDG\s*|Goal\s*)?(\d{1,2})(?:\.([0-9]{1,2}|[a-z]))?\b", re.IGNORECASE)


def sdg_target_code(goal: str, target: str) -> str:
    """A target's code as the reference data writes it, however a file wrote
    it: ``16.A``, ``16.a``, ``05.02`` and full-width digits are ``16.a``, ``5.2``."""
    return f"{int(goal)}.{int(target) if target.isdigit() else target.lower()}"


def sdg_codes(values: list[str]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """(targets, goals) from lines like ``1.4 - Equal rights…`` and
    ``16 - PEACE, JUSTICE…``; lines that are neither are ignored."""
    targets: list[str] = []
    goals: list[int] = []
    for value in values:
        match = _SDG.match(unicodedata.normalize("NFKC", value).strip())
        if not match or not 1 <= int(match.group(1)) <= 17:
            continue
        if match.group(2):
            code = sdg_target_code(match.group(1), match.group(2))
            if code not in targets:
                targets.append(code)
        elif int(match.group(1)) not in goals:
            goals.append(int(match.group(1)))
    return tuple(targets), tuple(goals)


_EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(value: object) -> date | None:
    """A date from an Excel serial number (``43831``), a datetime, or ISO /
    day-first text; None when empty or unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float):
        serial = float(value)
    else:
        text = str(value).strip()
        try:
            serial = float(text)
        except ValueError:
            try:
                return date.fromisoformat(text[:10])
            except ValueError:
                pass
            for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d"):
                try:
                    return datetime.strptime(text, fmt).date()
                except ValueError:
                    continue
            return None
    if not 1 <= serial <= 2958465:  # Excel's range: 1900-01-01 to 9999-12-31
        return None
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def session_and_cycle(value: str) -> tuple[str | None, int | None]:
    """A UPR session as written (``43``, ``UPR 43``, ``43rd session``) and its cycle."""
    text = value.strip()
    if not text:
        return None, None
    match = re.search(r"\d+", text)
    if not match:
        return text, None
    return match.group(0), upr_cycle_of_session(int(match.group(0)))


_PARAGRAPH = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,4})*)(?:\s*\.(?=\D)|\s+|(?=[^\d\s.]))")


def split_paragraph(text: str) -> tuple[str | None, str]:
    """``49.The Committee recommends…`` → ("49", "The Committee recommends…");
    text without a leading number is returned whole."""
    match = _PARAGRAPH.match(text)
    if not match:
        return None, text.strip()
    rest = text[match.end() :].strip()
    if not rest:
        return None, text.strip()
    return match.group(1), rest
