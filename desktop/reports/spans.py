"""Stretches of text that layout must treat as one thing.

Two kinds:
- *atoms* never break across lines: e-mail addresses, web addresses, telephone
  numbers, dates and ranges of dates or numbers, document symbols
  ("A/HRC/59/15"), numbers with their currency or percent sign, bracketed
  numbers ("(2024)");
- *left-to-right runs* in a right-to-left paragraph: Latin words, numbers and
  the punctuation between them ("120 places (2024)", "+000 21 555 0201"). The
  bidi layer isolates each (as if wrapped in LRI…PDI) so that it keeps its own
  order inside an Arabic line.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

Span = tuple[int, int]

_NUMBER = r"(?:[$€£¥]\s?)?\d(?:[\d,.\u00a0\u202f]*\d)?(?:\s?[%‰]|\u00a0\S+|[$€£¥])?"
_DATE = r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}"
_SLASHED = r"\d+(?:/\d+)+"  # decision 2025/14
_VALUE = rf"(?:{_DATE}|{_SLASHED}|{_NUMBER})"
_RANGE = rf"{_VALUE}\s?[–—\-]\s?{_VALUE}"
_ATOM = re.compile(
    "|".join(
        (
            r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+",  # e-mail
            r"(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]]",  # web address
            r"\+\d[\d \-().]*\d",  # telephone number
            rf"\((?:{_RANGE}|{_VALUE})\)",  # (2024), (2022–2026)
            # "para. 30", "art. 5", "No. 14/2022": the number stays with its word.
            rf"\b(?:[Pp]aras?|[Aa]rts?|[Nn]o|[Nn]os|pp?|§)\.?\s(?:{_RANGE}|{_VALUE})",
            _RANGE,
            _DATE,
            _SLASHED,
            # Document symbols (A/HRC/59/15, CEDAW/C/ALD/CO/7, E/C.12/ALD/CO/3),
            # with the paragraph they point to ("CEDAW/C/ALD/CO/7 para. 30").
            r"(?<![A-Za-z0-9/])[A-Z][A-Za-z0-9.()\-]*(?:/[A-Za-z0-9.()\-]*[A-Za-z0-9)])+"
            rf"(?:,?\s(?:[Pp]aras?\.?|§)\s(?:{_RANGE}|{_VALUE}))?",
            r"(?<![\d.,])" + _NUMBER,
        )
    )
)
_ATOM_HINT = re.compile(r"[\d@/]|www\.")

# Punctuation that continues a left-to-right run between its letters and digits.
_INNER = frozenset(" \u00a0\u202f.,:;/\\-–—+@_&'’#%‰°*=~|()[]{}$€£¥<>!?\"")
_TRAIL = frozenset("%‰°$€£¥")
_LEAD = frozenset("+-−$€£¥#")
_OPEN = {"(": ")", "[": "]", "{": "}", "<": ">"}
_CLOSE = {v: k for k, v in _OPEN.items()}


def atoms(text: str) -> list[Span]:
    """Where ``text`` must not break: (start, end) of each atom."""
    if not _ATOM_HINT.search(text):
        return []
    out: list[Span] = []
    for match in _ATOM.finditer(text):
        start, end = match.span()
        # A bracket the atom closes without opening it is the sentence's.
        while end > start and text[end - 1] in _CLOSE and _depth(text[start:end]) < 0:
            end -= 1
        if end - start > 1:
            out.append((start, end))
    return out


@cache
def _core(char: str) -> bool:
    """A character that makes a left-to-right run: a letter or digit of a
    left-to-right script."""
    return unicodedata.bidirectional(char) in ("L", "EN")


def _depth(text: str) -> int:
    """Opening minus closing brackets."""
    depth = 0
    for char in text:
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth -= 1
    return depth


def ltr_runs(text: str) -> list[Span]:
    """The left-to-right runs of a right-to-left ``text``: from a letter or
    digit to the last letter or digit before a character of another kind
    (Arabic, an Arabic comma…), with a leading sign or currency, a trailing
    percent or currency sign, and the brackets it opens and closes. A bracket
    whose partner lies outside the stretch (in the Arabic) cuts it."""
    out: list[Span] = []
    n = len(text)
    i = 0
    while i < n:
        if not _core(text[i]):
            i += 1
            continue
        j = i
        while j < n and (_core(text[j]) or text[j] in _INNER):
            j += 1
        if i > 0 and text[i - 1] in _LEAD:
            i -= 1  # "+000 21 555 0201", "-5"
        cuts = _unmatched(text, i, j)
        piece = i
        for cut in [*cuts, j]:
            span = _trim(text, piece, cut)
            if span:
                out.append(span)
            piece = cut + 1
        i = j
    return out


def _unmatched(text: str, start: int, stop: int) -> list[int]:
    """Positions of the brackets in text[start:stop] without a partner there."""
    opened: list[int] = []
    lone: list[int] = []
    for k in range(start, stop):
        char = text[k]
        if char in _OPEN:
            opened.append(k)
        elif char in _CLOSE:
            if opened and text[opened[-1]] == _CLOSE[char]:
                opened.pop()
            else:
                lone.append(k)
    return sorted(lone + opened)


def _trim(text: str, start: int, stop: int) -> Span | None:
    """text[start:stop] (brackets matched) from its first letter or digit to
    its last, with the signs and brackets that belong to it."""
    first = next((k for k in range(start, stop) if _core(text[k])), None)
    if first is None:
        return None
    last = next(k for k in range(stop - 1, first - 1, -1) if _core(text[k])) + 1
    while last < stop and text[last] in _TRAIL:
        last += 1
    if first > start and text[first - 1] in _LEAD:
        first -= 1
    depth = _depth(text[first:last])
    while depth > 0 and last < stop and text[last] in _CLOSE:
        last += 1
        depth -= 1
    while depth < 0 and first > start and text[first - 1] in _OPEN:
        first -= 1
        depth += 1
    return first, last
