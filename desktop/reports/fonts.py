"""The report fonts: TrueType faces for every UN language, registered once, and
the choice of face for each character.

ReportLab draws a string in one font and has no fallback, so a text is cut into
runs, each in the first face of a chain that has its characters: Noto Sans
(Latin, Cyrillic, Greek), Noto Naskh Arabic, WenQuanYi Micro Hei (Chinese).
All are TrueType (glyf) fonts, which ReportLab embeds as subsets; CFF fonts such
as Debian's Noto Sans CJK cannot be embedded by ReportLab. The files and their
licences are in resources/fonts. The Arabic faces are shaped by HarfBuzz
(desktop.reports.shaping): their widths are those of the shaped glyphs.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resources_dir
from desktop.reports import shaping

LATIN = "NotoSans"
LATIN_BOLD = "NotoSans-Bold"
ARABIC = "NotoNaskhArabic"
ARABIC_BOLD = "NotoNaskhArabic-Bold"
CHINESE = "WenQuanYiMicroHei"

_FILES: dict[str, tuple[str, int]] = {
    LATIN: ("NotoSans-Regular.ttf", 0),
    LATIN_BOLD: ("NotoSans-Bold.ttf", 0),
    ARABIC: ("NotoNaskhArabic-Regular.ttf", 0),
    ARABIC_BOLD: ("NotoNaskhArabic-Bold.ttf", 0),
    CHINESE: ("wqy-microhei.ttc", 0),
}

REGULAR_CHAIN: tuple[str, ...] = (LATIN, ARABIC, CHINESE)
BOLD_CHAIN: tuple[str, ...] = (LATIN_BOLD, ARABIC_BOLD, CHINESE)
FAKE_BOLD: frozenset[str] = frozenset({CHINESE})
"""Faces with no bold of their own: bold is drawn by stroking the outline too."""
SHAPED: frozenset[str] = frozenset({ARABIC, ARABIC_BOLD})
"""Faces whose text is shaped by HarfBuzz before it is drawn."""

_NEUTRAL_CLASSES = frozenset({"WS", "ON", "CS", "ES", "ET", "EN", "AN", "BN", "NSM", "S", "B"})
_lock = threading.Lock()
_registered = False


@dataclass(frozen=True)
class Run:
    font: str
    text: str


def register_fonts() -> None:
    """Register the bundled faces with ReportLab (once per process)."""
    global _registered
    with _lock:
        if _registered:
            return
        folder = resources_dir() / "fonts"
        for name, (file, index) in _FILES.items():
            kind = shaping.ShapedFont if name in SHAPED else TTFont
            pdfmetrics.registerFont(kind(name, str(folder / file), subfontIndex=index))
        _registered = True


@cache
def _coverage(font: str) -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(font).face
    # Not the private-use code points the shaped glyphs are drawn under.
    return frozenset(c for c in face.charToGlyph if not 0xE000 <= c <= 0xF8FF)


def covers(font: str, char: str) -> bool:
    return ord(char) in _coverage(font)


def _chain_face(char: str, chain: tuple[str, ...]) -> str:
    code = ord(char)
    for font in chain:
        if code in _coverage(font):
            return font
    return chain[0]


@cache
def _is_neutral(char: str) -> bool:
    return unicodedata.bidirectional(char) in _NEUTRAL_CLASSES


def runs(text: str, bold: bool = False) -> tuple[Run, ...]:
    """``text`` cut into runs of one face each.

    A neutral character (space, punctuation, digit) stays in the face of the
    character before it when that face has it, so a line of Arabic with commas
    and spaces stays one run.
    """
    if text.isascii():
        return (Run(BOLD_CHAIN[0] if bold else REGULAR_CHAIN[0], text),) if text else ()
    return _runs(text, bold)


@lru_cache(maxsize=65_536)
def _runs(text: str, bold: bool) -> tuple[Run, ...]:
    chain = BOLD_CHAIN if bold else REGULAR_CHAIN
    out: list[Run] = []
    current = ""
    start = 0
    for i, char in enumerate(text):
        if current and _is_neutral(char) and ord(char) in _coverage(current):
            continue
        font = _chain_face(char, chain)
        if font != current:
            if current:
                out.append(Run(current, text[start:i]))
            current = font
            start = i
    if current:
        out.append(Run(current, text[start:]))
    return tuple(out)


def width(text: str, size: float, bold: bool = False) -> float:
    """The width of ``text`` in points, each run in its own face."""
    return _em_width(text, bold) * size


@lru_cache(maxsize=131_072)
def _em_width(text: str, bold: bool) -> float:
    """The width of ``text`` at size 1 (widths are proportional to the size)."""
    if text.isascii():
        return float(pdfmetrics.stringWidth(text, LATIN_BOLD if bold else LATIN, 1000)) / 1000
    return sum(run_width(r, 1000) for r in runs(text, bold)) / 1000


def run_width(run: Run, size: float) -> float:
    if run.font in SHAPED:
        return shaping.advance(run.text, run.font) * size / 1000
    return float(pdfmetrics.stringWidth(run.text, run.font, size))
