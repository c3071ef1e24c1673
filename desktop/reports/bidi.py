"""The Unicode bidirectional algorithm (UAX #9) for the report text, with
isolates.

A paragraph is resolved once, in logical order, into one embedding level per
character; lines are broken in logical order; each line is then cut into runs
of one level and the runs put in visual order (rule L2). A run keeps its text
in logical order and says whether it reads right to left: the drawing shapes
it (HarfBuzz lays an Arabic run out right to left itself).

Isolates (LRI, RLI, FSI … PDI) come from two places: the labels wrap every
value they insert in FSI … PDI, so a value keeps its own direction inside a
sentence of another; and in a right-to-left paragraph every left-to-right run
(spans.ltr_runs: dates, telephone numbers, e-mails, symbols, Latin words) is
isolated, so "15/01/2026 – 31/12/2027" and "+000 21 555 0201" read left to
right inside an Arabic line. An isolate is resolved as the standard says: as
one neutral character outside, as a paragraph of its own direction inside.

No explicit embeddings or overrides (LRE, RLO…): the text is cleaned of them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from bidi.mirror import MIRRORED

from desktop.reports.spans import ltr_runs

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_INITIATORS = {LRI: 0, RLI: 1, FSI: -1}
_MARKS = frozenset("\u2066\u2067\u2068\u2069")
_PLACEHOLDER = "\ufffc"  # an isolate, seen from outside: a neutral
_STRONG = {"L": 0, "R": 1, "AL": 1}
_NEUTRAL = frozenset({"B", "S", "WS", "ON", "BN", "LRI", "RLI", "FSI", "PDI"})


def isolate(text: str) -> str:
    """``text`` as a first-strong isolate: it takes the direction of its first
    strong character, whatever the sentence around it."""
    return f"{FSI}{text}{PDI}" if text else text


def strip_isolates(text: str) -> str:
    return text.translate(_STRIP) if any(c in _MARKS for c in text) else text


_STRIP = {ord(c): None for c in _MARKS}


@cache
def bidi_class(char: str) -> str:
    return unicodedata.bidirectional(char) or "L"


def is_rtl_char(char: str) -> bool:
    return bidi_class(char) in ("R", "AL")


def has_rtl(text: str) -> bool:
    return not text.isascii() and any(is_rtl_char(c) for c in text)


def first_strong(text: str, default: int) -> int:
    """0 (left to right) or 1: the direction of the first strong character
    outside isolates (rule P2), ``default`` without one."""
    depth = 0
    for char in text:
        if char in _INITIATORS:
            depth += 1
        elif char == PDI:
            depth = max(depth - 1, 0)
        elif depth == 0:
            strong = _STRONG.get(bidi_class(char))
            if strong is not None:
                return strong
    return default


@dataclass(frozen=True)
class Paragraph:
    text: str
    """The text without isolate marks."""
    base: int
    """0: left to right, 1: right to left."""
    levels: tuple[int, ...] | None
    """One embedding level per character; None when all are at level 0."""
    kept: tuple[tuple[int, int], ...] = ()
    """The left-to-right runs found in right-to-left text (start, end):
    lines break around them where they fit on one."""

    def runs(self, start: int, end: int) -> list[tuple[str, bool]]:
        """Characters start…end (a line) as runs in visual order, left to
        right: (text in logical order, right to left?)."""
        if self.levels is None:
            return [(self.text[start:end], False)] if end > start else []
        levels = self.levels
        pieces: list[tuple[int, int, int]] = []  # (start, end, level)
        k = start
        while k < end:
            level = levels[k]
            m = k + 1
            while m < end and levels[m] == level:
                m += 1
            pieces.append((k, m, level))
            k = m
        if not pieces:
            return []
        highest = max(p[2] for p in pieces)
        lowest_odd = min((p[2] for p in pieces if p[2] % 2), default=highest + 1)
        for level in range(highest, lowest_odd - 1, -1):  # rule L2
            i = 0
            while i < len(pieces):
                if pieces[i][2] >= level:
                    j = i
                    while j < len(pieces) and pieces[j][2] >= level:
                        j += 1
                    pieces[i:j] = pieces[i:j][::-1]
                    i = j
                else:
                    i += 1
        return [(self.text[s:e], level % 2 == 1) for s, e, level in pieces]


def paragraph(text: str, rtl_default: bool) -> Paragraph:
    """``text`` (one paragraph, no newlines) resolved into levels."""
    base = first_strong(text, 1 if rtl_default else 0)
    if base == 0 and not has_rtl(text) and not any(c in _MARKS for c in text):
        return Paragraph(strip_isolates(text), 0, None)
    chars: list[str] = []
    levels: list[int] = []
    kept: list[tuple[int, int]] = []
    _resolve(text, base, 0, chars, levels, kept)
    return Paragraph("".join(chars), base, tuple(levels), tuple(kept))


@dataclass(frozen=True)
class _Isolate:
    content: str
    rtl: int  # 0 or 1
    found: bool = False  # a left-to-right run found in the text, not marked


def _items(text: str, base: int) -> list[str | _Isolate]:
    """``text`` cut into plain text and isolates: the explicit ones, and in a
    right-to-left paragraph its left-to-right runs."""
    items: list[str | _Isolate] = []
    plain = 0
    k = 0
    n = len(text)
    while k < n:
        char = text[k]
        if char in _INITIATORS:
            depth, m = 1, k + 1
            while m < n and depth:
                if text[m] in _INITIATORS:
                    depth += 1
                elif text[m] == PDI:
                    depth -= 1
                m += 1
            content = text[k + 1 : m - 1] if depth == 0 else text[k + 1 : m]
            kind = _INITIATORS[char]
            direction = first_strong(content, 0) if kind < 0 else kind
            items += [*_plain(text[plain:k], base), _Isolate(content, direction)]
            plain = k = m
        elif char == PDI:  # without its initiator: dropped
            items += _plain(text[plain:k], base)
            plain = k = k + 1
        else:
            k += 1
    items += _plain(text[plain:], base)
    return items


def _plain(text: str, base: int) -> list[str | _Isolate]:
    if not text:
        return []
    if base == 0:
        return [text]
    out: list[str | _Isolate] = []
    last = 0
    for start, end in ltr_runs(text):
        if start > last:
            out.append(text[last:start])
        out.append(_Isolate(text[start:end], 0, found=True))
        last = end
    if last < len(text):
        out.append(text[last:])
    return out


def _resolve(
    text: str,
    base: int,
    shift: int,
    chars: list[str],
    levels: list[int],
    kept: list[tuple[int, int]],
) -> None:
    """Append the characters of ``text`` (a paragraph of direction ``base``)
    and their levels (plus ``shift``) to ``chars`` and ``levels``, and where
    its left-to-right runs are to ``kept``."""
    items = _items(text, base)
    outer = "".join(i if isinstance(i, str) else _PLACEHOLDER for i in items)
    resolved = _levels(outer, base)
    k = 0
    for item in items:
        if isinstance(item, str):
            chars.append(item)
            levels.extend(level + shift for level in resolved[k : k + len(item)])
            k += len(item)
        else:
            # The isolate's content: a paragraph of its own direction, at the
            # least level above this one with that direction's parity.
            inner = base + 1 if (base + 1) % 2 == item.rtl else base + 2
            if item.rtl == 0 and base == 0:
                inner = 0 if not has_rtl(item.content) else 2
            start = len(levels)
            _resolve(item.content, item.rtl, shift + inner - item.rtl, chars, levels, kept)
            if item.found:
                kept.append((start, len(levels)))
            k += 1


def _levels(text: str, base: int) -> list[int]:
    """Rules W1–W7, N1–N2 and I1–I2 over one isolating run sequence."""
    sos = "R" if base else "L"
    types = [bidi_class(c) for c in text]
    n = len(types)
    previous = sos
    for i, kind in enumerate(types):  # W1
        if kind == "NSM":
            types[i] = previous
        else:
            previous = "ON" if kind in _NEUTRAL and kind != "WS" else kind
    last_strong = sos
    for i, kind in enumerate(types):  # W2, W3
        if kind in _STRONG:
            last_strong = kind
            if kind == "AL":
                types[i] = "R"
        elif kind == "EN" and last_strong == "AL":
            types[i] = "AN"
    for i in range(1, n - 1):  # W4
        kind, before, after = types[i], types[i - 1], types[i + 1]
        if (kind == "ES" and before == after == "EN") or (
            kind == "CS" and before == after and before in ("EN", "AN")
        ):
            types[i] = before
    for i, kind in enumerate(types):  # W5
        if kind == "ET":
            m = i
            while m < n and types[m] == "ET":
                m += 1
            if (i > 0 and types[i - 1] == "EN") or (m < n and types[m] == "EN"):
                types[i:m] = ["EN"] * (m - i)
    last_strong = sos
    for i, kind in enumerate(types):  # W6, W7
        if kind in ("ES", "ET", "CS"):
            types[i] = "ON"
        elif kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":
            types[i] = "L"
    i = 0
    while i < n:  # N1, N2
        if types[i] in _NEUTRAL:
            m = i
            while m < n and types[m] in _NEUTRAL:
                m += 1
            before = _direction(types[i - 1]) if i > 0 else sos
            after = _direction(types[m]) if m < n else sos
            fill = before if before == after else sos
            types[i:m] = [fill] * (m - i)
            i = m
        else:
            i += 1
    if base == 0:  # I1
        return [0 if t == "L" else 1 if t == "R" else 2 for t in types]
    return [1 if t == "R" else 2 for t in types]  # I2


def _direction(kind: str) -> str:
    return "L" if kind == "L" else "R"


def mirror(text: str) -> str:
    """``text`` with its brackets and other paired signs mirrored (rule L4)."""
    return "".join(MIRRORED.get(c, c) for c in text)
