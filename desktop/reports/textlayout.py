"""Text laid out for the page in any UN language: Arabic joined, lines broken
by measured width (Chinese between characters, never a closing punctuation
mark at a line's start), each line put in visual order.

The order matters: letters are joined on the whole paragraph in logical order
(arabic-reshaper), lines are broken in logical order, and only then is each
line reordered for display (python-bidi's ``bidi.algorithm.get_display``, which
also mirrors brackets), so a wrapped right-to-left paragraph reads from the
first line's right edge down.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import arabic_reshaper
from bidi.algorithm import get_display

# Kinsoku: characters a line must not start with, and ones it must not end with.
NO_LINE_START = frozenset(
    "、。，．：；？！）］｝〕〉》」』】〙〗〟’”｠»ゝゞー々…‥・﹐﹑﹒﹔﹕﹖﹗,.:;?!)]}%‰"
)
NO_LINE_END = frozenset("（［｛〔〈《「『【〘〖〝‘“｟«([{")

_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={"delete_harakat": True, "support_ligatures": True}
)


@cache
def _bidi_class(char: str) -> str:
    return unicodedata.bidirectional(char)


def _is_rtl_char(char: str) -> bool:
    return _bidi_class(char) in ("R", "AL")


def has_rtl(text: str) -> bool:
    return not text.isascii() and any(_is_rtl_char(c) for c in text)


def is_rtl_text(text: str, default: bool = False) -> bool:
    """The paragraph direction: that of its first strong character."""
    if text.isascii():
        return default if not any(c.isalpha() for c in text) else False
    for char in text:
        kind = _bidi_class(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return default


def shape(text: str) -> str:
    """Arabic letters in their joined (presentation) forms; other text unchanged."""
    if not has_rtl(text):
        return text
    return str(_RESHAPER.reshape(text))


def visual(line: str, rtl: bool) -> str:
    """One laid-out line in the order it is drawn, left to right."""
    if not rtl and not has_rtl(line):
        return line
    return str(get_display(line, base_dir="R" if rtl else "L"))


def _ideographic(char: str) -> bool:
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def _latin_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _break_before(prev: str, char: str, before_prev: str) -> bool:
    if char.isspace():
        return False
    if prev.isspace():
        return char not in NO_LINE_START and before_prev not in NO_LINE_END
    if char in NO_LINE_START or prev in NO_LINE_END:
        return False
    if _ideographic(prev) or _ideographic(char):
        # Not between a Chinese character and a Latin letter or digit beside
        # it: "2023年6月10日" and "第26条" stay whole.
        return not (_latin_alnum(prev) or _latin_alnum(char))
    # After the hyphen of a compound word ("state-party"), not of a number range,
    # and after the slashes of a document symbol ("CEDAW/C/ALD/CO/7").
    if prev == "/" and char.isalnum():
        return True
    return prev in "-\u2010" and char.isalpha() and before_prev.isalpha()


def segments(text: str) -> list[str]:
    """``text`` cut at every place a line may break; each piece keeps the
    spaces that follow it."""
    if not text:
        return []
    out: list[str] = []
    start = 0
    for i in range(1, len(text)):
        if _break_before(text[i - 1], text[i], text[i - 2] if i > 1 else " "):
            out.append(text[start:i])
            start = i
    out.append(text[start:])
    return out


def _split_long(piece: str, measure: Callable[[str], float], width: float) -> list[str]:
    """A piece wider than the line (a long URL, a symbol): cut between characters."""
    parts: list[str] = []
    current = ""
    for char in piece:
        if current and measure(current + char) > width:
            parts.append(current)
            current = char
        else:
            current += char
    if current:
        parts.append(current)
    return parts


def break_lines(text: str, measure: Callable[[str], float], width: float) -> list[str]:
    """The lines of ``text`` (already shaped) for ``width`` points, in logical order.

    Newlines in the text are kept as line breaks; trailing spaces of a line are
    dropped.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        line_width = 0.0
        for piece in segments(paragraph):
            piece_width = measure(piece)
            stripped = piece.rstrip()
            if line and line_width + measure(stripped) > width:
                lines.append(line.rstrip())
                line, line_width = "", 0.0
            if not line and measure(stripped) > width:
                parts = _split_long(stripped, measure, width)
                lines.extend(parts[:-1])
                line = parts[-1] + piece[len(stripped) :]
                line_width = measure(line)
                continue
            line += piece
            line_width += piece_width
        lines.append(line.rstrip())
    return lines


@dataclass(frozen=True)
class LaidLine:
    text: str
    """The line in visual order (drawn left to right)."""
    width: float
    rtl: bool = False
    """The direction of the line's paragraph (its alignment follows it)."""


# Drawn as nothing: controls (but newlines), and the invisible format marks
# that only steer the bidi order or joining (fonts have no glyph for them).
_INVISIBLE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\u061c]"
)


def printable(text: str) -> str:
    """``text`` with its line ends made newlines, tabs spaces, and controls and
    invisible format characters removed."""
    if text.isascii() and text.isprintable():
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _INVISIBLE.sub("", text)


def lay_out(text: str, measure: Callable[[str], float], width: float, rtl: bool) -> list[LaidLine]:
    """``text`` as lines ready to draw: shaped, broken, reordered.

    Each line of the text (between newlines) takes the direction of its own
    first strong character, ``rtl`` for a line without one.
    """
    out = []
    for paragraph in printable(text).split("\n"):
        direction = is_rtl_text(paragraph, rtl)
        for line in break_lines(shape(paragraph), measure, width):
            drawn = visual(line, direction)
            out.append(LaidLine(drawn, measure(drawn), direction))
    return out


def one_line(
    text: str, measure: Callable[[str], float], width: float, rtl: bool
) -> LaidLine | None:
    """``text`` on a single line of at most ``width`` points, cut with "…"
    where it is longer (running headers, chart labels)."""
    text = " ".join(printable(text).split())
    if not text:
        return None
    if measure(shape(text)) > width:
        while len(text) > 1 and measure(shape(text + "…")) > width:
            text = text[:-1]
        text = text.rstrip() + "…"
    direction = is_rtl_text(text, rtl)
    drawn = visual(shape(text), direction)
    return LaidLine(drawn, measure(drawn), direction)
