"""Text laid out for the page in any UN language: lines broken by measured
width (Chinese between characters, never a closing punctuation mark at a
line's start, never inside a date, number, telephone number, e-mail or
document symbol), each line cut into runs in visual order.

The order matters: a paragraph's bidi levels are resolved once, in logical
order (desktop.reports.bidi, with isolates); lines are broken in logical
order; then each line's runs are put in visual order. A run keeps its text
in logical order: the drawing shapes it (Arabic through HarfBuzz, which
joins the letters, places the vowel marks and lays the run out right to
left), so a wrapped right-to-left paragraph reads from the first line's
right edge down.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from desktop.reports import bidi
from desktop.reports.spans import atoms

# Kinsoku: characters a line must not start with, and ones it must not end with.
NO_LINE_START = frozenset(
    "、。，．：；？！）］｝〕〉》」』】〙〗〟’”｠»ゝゞー々…‥・﹐﹑﹒﹔﹕﹖﹗,.:;?!)]}%‰"
)
NO_LINE_END = frozenset("（［｛〔〈《「『【〘〖〝‘“｟«([{")
NO_BREAK_SPACES = frozenset("\u00a0\u202f\u2007\u2060")

has_rtl = bidi.has_rtl


def is_rtl_text(text: str, default: bool = False) -> bool:
    """The paragraph direction: that of its first strong character outside
    isolates."""
    if text.isascii():
        return default if not any(c.isalpha() for c in text) else False
    return bidi.first_strong(text, 1 if default else 0) == 1


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
        return (
            prev not in NO_BREAK_SPACES
            and char not in NO_LINE_START
            and before_prev not in NO_LINE_END
        )
    if char in NO_LINE_START or prev in NO_LINE_END:
        return False
    if _ideographic(prev) or _ideographic(char):
        # Not between a Chinese character and a Latin letter or digit beside
        # it: "2023年6月10日" and "第26条" stay whole.
        return not (_latin_alnum(prev) or _latin_alnum(char))
    # After the hyphen of a compound word ("state-party"), not of a number
    # range, and after a slash between words ("and/or"; document symbols are
    # atoms, never broken).
    if prev == "/" and char.isalnum():
        return True
    return prev in "-\u2010" and char.isalpha() and before_prev.isalpha()


def segments(text: str) -> list[str]:
    """``text`` cut at every place a line may break; each piece keeps the
    spaces that follow it."""
    return [text[s:e] for s, e in _segment_spans(text)]


def _ascii_class(chars: frozenset[str]) -> str:
    return re.escape("".join(sorted(c for c in chars if c.isascii())))


# _break_before's rules for printable ASCII text, where the only space is " "
# and nothing is ideographic: after spaces (not after an opening bracket,
# not before a closing mark), after a slash before a letter or digit, after
# the hyphen of a compound word.
_ASCII_BREAKS = re.compile(
    rf"(?:(?<=^ )|(?<=[^{_ascii_class(NO_LINE_END)}] ))(?=[^ {_ascii_class(NO_LINE_START)}])"
    r"|(?<=/)(?=[A-Za-z0-9])"
    r"|(?<=[A-Za-z]-)(?=[A-Za-z])"
)


def _break_positions(text: str) -> Iterator[int]:
    """Every i where a line may break before text[i] (atoms aside)."""
    if text.isascii() and text.isprintable():
        return (m.start() for m in _ASCII_BREAKS.finditer(text))
    return (
        i
        for i in range(1, len(text))
        if _break_before(text[i - 1], text[i], text[i - 2] if i > 1 else " ")
    )


def _segment_spans(text: str, extra: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    if not text:
        return []
    kept = atoms(text)
    if extra:
        kept = _merge([*kept, *extra])
    out: list[tuple[int, int]] = []
    start = 0
    atom = 0
    for i in _break_positions(text):
        while atom < len(kept) and kept[atom][1] <= i:
            atom += 1
        if atom < len(kept) and kept[atom][0] < i < kept[atom][1]:
            continue  # inside an atom
        out.append((start, i))
        start = i
    out.append((start, len(text)))
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _pieces(
    text: str, measure: Callable[[str], float], width: float, keep: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The unbreakable pieces of ``text``: between break opportunities, with
    the runs of ``keep`` whole where they fit on a line (else broken as any
    text)."""
    if not keep:
        return _segment_spans(text)
    out: list[tuple[int, int]] = []
    for start, end in _segment_spans(text, keep):
        if end - start > 1 and measure(text[start:end].rstrip()) > width:
            out += [(start + s, start + e) for s, e in _segment_spans(text[start:end])]
        else:
            out.append((start, end))
    return out


def _split_long(
    text: str, start: int, end: int, measure: Callable[[str], float], width: float
) -> Iterator[tuple[int, int]]:
    """A piece wider than the line (a long URL, a symbol): cut between
    characters. Yields (start, end) of each part."""
    part = start
    for i in range(start + 1, end):
        if measure(text[part : i + 1]) > width:
            yield part, i
            part = i
    yield part, end


def break_spans(
    text: str,
    measure: Callable[[str], float],
    width: float,
    keep: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """Where the lines of ``text`` (one paragraph) start and end for
    ``width`` points, in logical order; a line's trailing spaces are left
    out. The runs of ``keep`` (start, end) stay on one line where they fit."""
    lines: list[tuple[int, int]] = []
    line_start = line_end = -1  # line_end: after its last character (spaces included)
    line_width = 0.0
    for start, end in _pieces(text, measure, width, keep):
        piece = text[start:end]
        stripped = piece.rstrip()
        stripped_width = measure(stripped)
        if line_start >= 0 and line_width + stripped_width > width:
            lines.append((line_start, line_start + len(text[line_start:line_end].rstrip())))
            line_start = -1
            line_width = 0.0
        if line_start < 0 and stripped_width > width:
            parts = list(_split_long(text, start, start + len(stripped), measure, width))
            lines.extend(parts[:-1])
            line_start, line_end = parts[-1][0], end
            line_width = measure(text[line_start:end])
            continue
        if line_start < 0:
            line_start = start
        line_end = end
        line_width += stripped_width if piece == stripped else measure(piece)
    if line_start >= 0:
        lines.append((line_start, line_start + len(text[line_start:line_end].rstrip())))
    return lines or [(0, 0)]


def break_lines(text: str, measure: Callable[[str], float], width: float) -> list[str]:
    """The lines of ``text`` for ``width`` points, in logical order. Newlines
    in the text are kept as line breaks; trailing spaces of a line are
    dropped."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        out += [paragraph[s:e] for s, e in break_spans(paragraph, measure, width)]
    return out


@dataclass(frozen=True)
class LaidLine:
    text: str
    """The line in logical order."""
    width: float
    rtl: bool = False
    """The direction of the line's paragraph (its alignment follows it)."""
    runs: tuple[tuple[str, bool], ...] = ()
    """Its runs in visual order, left to right: (text in logical order,
    right to left?)."""

    @property
    def visual(self) -> str:
        """The characters in the order they are drawn, left to right
        (brackets of right-to-left runs mirrored)."""
        return "".join(bidi.mirror(t[::-1]) if rtl else t for t, rtl in self.runs)


# Drawn as nothing: controls (but newlines), and the invisible format marks
# that only steer the bidi order or joining (fonts have no glyph for them);
# the isolate marks stay until the bidi layer has read them.
_INVISIBLE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2061-\u2065\u206a-\u206f\ufeff\u061c]"
)


def printable(text: str) -> str:
    """``text`` with its line ends made newlines, tabs spaces, and controls and
    invisible format characters removed."""
    if text.isascii() and text.isprintable():
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _INVISIBLE.sub("", text)


def _line(
    paragraph: bidi.Paragraph, start: int, end: int, measure: Callable[[str], float]
) -> LaidLine:
    runs = tuple(paragraph.runs(start, end))
    width = sum(measure(text) for text, _ in runs)
    return LaidLine(paragraph.text[start:end], width, paragraph.base == 1, runs)


def lay_out(text: str, measure: Callable[[str], float], width: float, rtl: bool) -> list[LaidLine]:
    """``text`` as lines ready to draw: broken and ordered.

    Each line of the text (between newlines) takes the direction of its own
    first strong character, ``rtl`` for a line without one.
    """
    out = []
    for part in printable(text).split("\n"):
        paragraph = bidi.paragraph(part, rtl)
        for start, end in break_spans(paragraph.text, measure, width, paragraph.kept):
            out.append(_line(paragraph, start, end, measure))
    return out


def one_line(
    text: str, measure: Callable[[str], float], width: float, rtl: bool
) -> LaidLine | None:
    """``text`` on a single line of at most ``width`` points, cut with "…"
    where it is longer (running headers, chart labels)."""
    text = " ".join(printable(text).split())
    if not bidi.strip_isolates(text):
        return None
    if measure(bidi.strip_isolates(text)) > width:
        low, high = 0, len(text)  # the longest start that fits with "…"
        while low < high:
            middle = (low + high + 1) // 2
            if measure(bidi.strip_isolates(text[:middle].rstrip() + "…")) <= width:
                low = middle
            else:
                high = middle - 1
        text = text[:low].rstrip() + "…"
    paragraph = bidi.paragraph(text, rtl)
    return _line(paragraph, 0, len(paragraph.text), measure)
