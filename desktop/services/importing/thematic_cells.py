"""The cells of an OHCHR thematic list of UPR recommendations, read as text:
the recommendation cell (paragraph number, texts, recommending States,
source of position), the position, the themes cell, the SDG cell, and the
title lines above the table. Pure functions on strings; the walk through
the Word document is in :mod:`desktop.services.importing.thematic_list`."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from desktop.services.importing.records import ThemeName
from desktop.services.importing.values import sdg_target_code

# Zero-width space, BOM and soft hyphen: invisible, yet they break matching.
# ZWJ/ZWNJ stay: they carry meaning in Arabic and Persian script.
_INVISIBLE = str.maketrans("", "", "\u200b\ufeff\u00ad\x00")


def clean_line(text: str) -> str:
    """One line of text: NFC, invisible characters dropped, any run of
    whitespace (no-break and ideographic spaces, line breaks) made one space."""
    return " ".join(unicodedata.normalize("NFC", text).translate(_INVISIBLE).split())


def clean_lines(text: str) -> list[str]:
    """The non-blank lines of a cell (Word paragraphs and line breaks), cleaned."""
    return [line for line in (clean_line(part) for part in text.splitlines()) if line]


_T = TypeVar("_T")


def unique(values: Iterable[_T]) -> tuple[_T, ...]:
    """The values without repeats, in their first order."""
    return tuple(dict.fromkeys(values))


# --- the recommendation cell (column 1) -------------------------------------------


class CellError(ValueError):
    """A cell that cannot be read; the message says why, for a RowProblem,
    and ``code`` and ``params`` say the same for a screen."""

    def __init__(self, message: str, *, code: str, params: dict[str, object] | None = None):
        super().__init__(message)
        self.code = code
        self.params = params or {}


@dataclass(frozen=True)
class RecommendationCell:
    paragraph: str
    text: str
    """The recommendations of the cell without their States, joined by ``; ``."""
    states: tuple[str, ...]
    response_symbol: str | None


_SOURCE = re.compile(r"source\s+of\s+(?:the\s+)?position\s*[:：]?", re.IGNORECASE)
# 140.8, with an optional trailing dot; the number may touch the text (split runs).
_PARAGRAPH = re.compile(r"(\d{1,4}(?:\.\d{1,4})+)\.?(?!\d)\s*")
# A parenthesis holding States, one level of nesting allowed for UN short
# names such as "Venezuela (Bolivarian Republic of)". Full-width ones are Chinese.
_GROUP = r"[(（](?:[^()（）]|[(（][^()（）]*[)）])*[)）]"
_GROUP_RE = re.compile(r"[(（]((?:[^()（）]|[(（][^()（）]*[)）])*)[)）]")
# States end a recommendation: before its ";" (Chinese and Arabic ones too) or
# at the end of the cell.
_STATES_END = re.compile(rf"((?:\s*{_GROUP})+)\s*(?:[;；؛]|[.。]?\s*$)")
_STATE_SEPARATORS = re.compile(r"[,;，；、،؛]")
_TRAILING_PUNCTUATION = " ;；؛,，،"


def parse_recommendation_cell(text: str) -> RecommendationCell:
    """``140.8 Ratify … (Spain); Consider … (France, Italy)`` and a
    ``Source of position: …`` line, read apart. Raises CellError."""
    cell = clean_line(text)
    response_symbol: str | None = None
    source = _SOURCE.search(cell)
    if source:
        response_symbol = cell[source.end() :].strip(_TRAILING_PUNCTUATION + ".") or None
        cell = cell[: source.start()].strip()
    number = _PARAGRAPH.match(cell)
    if number is None:
        raise CellError(
            "no paragraph number at the start of the recommendation", code="import.no_paragraph"
        )
    body = cell[number.end() :]
    sentences: list[str] = []
    states: list[str] = []
    start = 0
    for match in _STATES_END.finditer(body):
        found = _states_of(match)
        if found is None:
            continue  # a parenthesis of the text itself ("(No. 189);"), not States
        split_at, names = found
        sentence = body[start:split_at].strip(_TRAILING_PUNCTUATION)
        if sentence:
            sentences.append(sentence)
        states.extend(names)
        start = match.end()
    tail = body[start:].strip(_TRAILING_PUNCTUATION)
    if tail.strip(".。"):
        sentences.append(tail)
    if not sentences:
        raise CellError(
            f"paragraph {number.group(1)} has no recommendation text",
            code="import.paragraph_no_text",
            params={"paragraph": number.group(1)},
        )
    return RecommendationCell(
        paragraph=number.group(1),
        text="; ".join(sentences),
        states=unique(states),
        response_symbol=response_symbol,
    )


def _states_of(match: re.Match[str]) -> tuple[int, list[str]] | None:
    """Where the States of a match start, and their names: the trailing run of
    parentheses that can be States. Digits (``No. 189``) or an acronym
    (``CRPD``) mark a parenthesis of the text."""
    groups = list(_GROUP_RE.finditer(match.string, match.start(1), match.end(1)))
    kept: list[re.Match[str]] = []
    for group in reversed(groups):
        inner = group.group(1)
        if any(c.isdigit() for c in inner) or inner.isupper() or not inner.strip():
            break
        kept.insert(0, group)
    if not kept:
        return None
    names = [
        clean_line(name)
        for group in kept
        for name in _STATE_SEPARATORS.split(group.group(1))
        if clean_line(name)
    ]
    return kept[0].start(), names


_SOURCE_SYMBOL = re.compile(
    r"^(?P<symbol>[A-Z]+(?:/[\w.]+)+?)(?P<add>/Add\.\s*\d+)?"
    r"(?P<para>\s*[-–—,]?\s*para(?:graph)?\b.*)?$",
    re.IGNORECASE,
)


def report_symbol(response_symbol: str | None) -> str | None:
    """The Working Group report a position stands in or is an addendum to:
    ``A/HRC/59/15/Add.1 - Para.3`` → ``A/HRC/59/15``, and ``A/HRC/22/15 -
    Para.140`` → ``A/HRC/22/15``; None when the source is no such reference."""
    match = _SOURCE_SYMBOL.match(response_symbol or "")
    if match is None or not (match.group("add") or match.group("para")):
        return None
    return match.group("symbol")


# --- the position (column 2) ------------------------------------------------------

# --- themes, persons and SDGs (columns 3 and 4) -----------------------------------


@dataclass(frozen=True)
class AnnotationsCell:
    themes: tuple[ThemeName, ...] = ()
    affected_persons: tuple[str, ...] = ()
    sdg_goals: tuple[int, ...] = ()
    sdg_targets: tuple[str, ...] = ()
    has_codes: bool = False
    """A theme carried a UHRI code (``A12 …``): a 2nd-cycle list."""
    has_sdg_heading: bool = False
    """An ``SDGs:`` heading stood in the themes cell: a 3rd-cycle list."""


_HEADING = re.compile(r"^(?P<label>[^:：]{2,40})[:：]\s*(?P<rest>.*)$")
_SECTIONS: dict[str, str] = {
    "themes": "themes",
    "theme": "themes",
    "human rights themes": "themes",
    "affected persons": "persons",
    "persons affected": "persons",
    "groups of persons": "persons",
    "group of persons": "persons",
    "personnes concernées": "persons",
    "personas afectadas": "persons",
    "sdgs": "sdgs",
    "sdg": "sdgs",
    "relevant sdgs": "sdgs",
    "odd": "sdgs",
    "ods": "sdgs",
}
_BULLET = re.compile(r"^[-–—•·*▪]\s*")
_CODED_THEME = re.compile(r"^(?P<code>[A-Z]\d{1,2})(?:\s*[-–:]\s*|\s+)(?P<name>\S.*)$")
_SDG = re.compile(
    r"^(?:(?:sdgs?|goal|objectif|objetivo)\s*)?(?P<goal>\d{1,2})(?:\.(?P<target>\d{1,2}|[a-z])\b)?(?!\d)",
    re.IGNORECASE,
)


def theme_name(text: str) -> ThemeName:
    """``A12 Acceptance of international norms`` → name and code; a name alone otherwise."""
    value = _BULLET.sub("", clean_line(text))
    coded = _CODED_THEME.match(value)
    if coded:
        return ThemeName(name=coded.group("name"), code=coded.group("code"))
    return ThemeName(name=value)


def parse_annotations(text: str, *, section: str = "themes") -> AnnotationsCell:
    """A cell listing themes, then ``Affected persons:`` / ``Groups of persons:``
    and ``SDGs:`` sections, one value a line. ``section`` is where a cell without
    headings starts (the 4th cycle's SDG column starts in ``sdgs``).
    SDG lines without a goal number (a wrapped name) are skipped."""
    themes: list[ThemeName] = []
    persons: list[str] = []
    goals: list[int] = []
    targets: list[str] = []
    has_sdg_heading = False
    for line in clean_lines(text):
        heading = _HEADING.match(line)
        label = heading.group("label").strip().casefold() if heading else ""
        if heading and label in _SECTIONS:
            section = _SECTIONS[label]
            has_sdg_heading = has_sdg_heading or section == "sdgs"
            line = heading.group("rest")
        item = _BULLET.sub("", line).strip()
        if not item:
            continue
        if section == "persons":
            persons.append(item)
        elif section == "sdgs":
            sdg = _SDG.match(unicodedata.normalize("NFKC", item))
            if sdg and 1 <= int(sdg.group("goal")) <= 17:
                if sdg.group("target"):
                    targets.append(sdg_target_code(sdg.group("goal"), sdg.group("target")))
                else:
                    goals.append(int(sdg.group("goal")))
        else:
            themes.append(theme_name(item))
    return AnnotationsCell(
        themes=unique(themes),
        affected_persons=unique(persons),
        sdg_goals=unique(goals),
        sdg_targets=unique(targets),
        has_codes=any(theme.code for theme in themes),
        has_sdg_heading=has_sdg_heading,
    )


# --- the lines above the table ----------------------------------------------------


@dataclass(frozen=True)
class DocumentInfo:
    """What the title lines tell; None where they are silent."""

    country: str | None = None
    cycle: int | None = None
    session: str | None = None
    symbol: str | None = None


_COUNTRY_PATTERNS = (
    re.compile(r"\bUPR\s+of\s+(?P<country>.+)$", re.IGNORECASE),
    re.compile(
        r"thematic\s+list\s+of\s+(?:UPR\s+)?recommendations\s*(?:[—–:-]\s*|(?:for|on)\s+)"
        r"(?P<country>.+)$",
        re.IGNORECASE,
    ),
    re.compile(r"State\s+under\s+review\s*[:：]\s*(?P<country>.+)$", re.IGNORECASE),
)
# "(4th Cycle – 45th session)" after the name; the name's own parentheses
# ("Bolivia (Plurinational State of)") hold no digit and stay.
_AFTER_COUNTRY = re.compile(r"\s*[(（][^()（）]*\d[^()（）]*[)）].*$|\s+[—–-]\s.*$")
_CYCLE = re.compile(r"\b(?P<n>[1-4])(?:st|nd|rd|th)\s+(?:UPR\s+)?cycle\b", re.IGNORECASE)
_SESSION = re.compile(r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)\s+session\b", re.IGNORECASE)
_SYMBOL = re.compile(r"\bA/HRC/\d+/\d+\b(?!/)")


def read_document_info(lines: Iterable[str]) -> DocumentInfo:
    """The State under review, cycle, session and report symbol from title
    lines such as ``UPR of Slovenia (4th Cycle – 45th session)`` or
    ``Thematic list of recommendations — Slovenia``."""
    country: str | None = None
    cycle: int | None = None
    session: str | None = None
    symbol: str | None = None
    for raw in lines:
        line = clean_line(raw)
        for pattern in _COUNTRY_PATTERNS:
            found = pattern.search(line) if country is None else None
            if found:
                name = _AFTER_COUNTRY.sub("", found.group("country")).strip(" .,;:–—-")
                if 0 < len(name) <= 80 and not any(c.isdigit() for c in name):
                    country = name
        if cycle is None and (match := _CYCLE.search(line)):
            cycle = int(match.group("n"))
        if session is None and (match := _SESSION.search(line)):
            session = str(int(match.group("n")))
        if symbol is None and (match := _SYMBOL.search(line)):
            symbol = match.group(0)
    return DocumentInfo(country=country, cycle=cycle, session=session, symbol=symbol)
