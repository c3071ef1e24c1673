"""Arabic shaped by HarfBuzz, with a text layer that reads back as Arabic.

HarfBuzz (uharfbuzz) picks each letter's joined form, the lam-alef
ligatures and the place of every vowel mark (GPOS), and returns glyphs in
visual order with their advances and offsets. They are drawn through
ReportLab's own support for shaped strings (a ShapedStr with one ShapeData a
glyph: TJ adjustments and text rise).

A PDF text layer maps each drawn code to text through the font's ToUnicode
map. A joined form has no code point of its own (or only a presentation-form
one, U+FExx, which searches for "خطة" do not match), so each glyph is drawn
under a private-use code point that stands for the exact letters it shows
(glyph, letters); the ToUnicode map written for the subset maps that code
point back to those letters: base letters, vowel marks included, in logical
order. A glyph that is its letter's own (a digit, a space) keeps its code.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, ShapeData, ShapedStr, TTFont

_PRIVATE_FIRST, _PRIVATE_LAST = 0xE000, 0xF8FF
# No discretionary ligatures ("الله" as one glyph): an extractor that reverses
# a right-to-left glyph's letters would read it "اهلل". The required ones
# (lam-alef) stay.
_FEATURES: dict[str, bool] = {"liga": False, "dlig": False}


class ShapedFont(TTFont):  # type: ignore[misc]
    """A TrueType font drawn glyph by glyph from HarfBuzz's output, whose
    ToUnicode maps each glyph back to the letters it shows."""

    def __init__(self, name: str, filename: str, subfontIndex: int = 0) -> None:
        super().__init__(name, filename, subfontIndex=subfontIndex)
        self.hb_font = hb.Font(hb.Face(hb.Blob(self.face._ttf_data), subfontIndex))
        self.units = 1000 / self.hb_font.face.upem
        self._codes: dict[tuple[int, str], int] = {}
        self._texts: dict[int, str] = {}
        self._next = _PRIVATE_FIRST
        self._lock = threading.Lock()

    def code_for(self, glyph: int, text: str) -> int:
        """The code point to draw ``glyph`` under when it shows ``text``."""
        face = self.face
        if len(text) == 1 and face.charToGlyph.get(ord(text)) == glyph:
            return ord(text)
        key = (glyph, text)
        code = self._codes.get(key)
        if code is not None:
            return code
        with self._lock:
            code = self._codes.get(key)
            if code is None:
                while self._next in face.charToGlyph:
                    self._next += 1
                if self._next > _PRIVATE_LAST:
                    raise RuntimeError(f"{self.fontName}: no private code point left")
                code = self._next
                face.charToGlyph[code] = glyph
                face.glyphToChar.setdefault(glyph, []).append(code)
                face.charWidths[code] = face._pdfScale(face.hmetrics[glyph][0])
                self._texts[code] = text
                self._codes[key] = code
        return code

    def addObjects(self, doc: object) -> None:
        """ReportLab's objects, then each subset's ToUnicode map rewritten so
        that private-use codes read as the letters they stand for."""
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        names = [
            b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            for n in range(len(subsets))
        ]
        super().addObjects(doc)
        objects = doc.idToObject  # type: ignore[attr-defined]
        for name, subset in zip(names, subsets, strict=True):
            stream = objects.get("toUnicodeCMap:" + name)
            if stream is not None:
                stream.content = self._to_unicode(name, subset)

    def _to_unicode(self, name: str, subset: list[int]) -> str:
        def target(code: int) -> str:
            text = self._texts.get(code, chr(code))
            return text.encode("utf-16-be").hex().upper()

        entries = [f"<{i:02X}> <{target(code)}>" for i, code in enumerate(subset)]
        head = [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
        ]
        body: list[str] = []
        for first in range(0, len(entries), 100):  # at most 100 a block
            chunk = entries[first : first + 100]
            body += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
        tail = ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return "\n".join(head + body + tail)


@lru_cache(maxsize=50_000)
def shape(text: str, font_name: str, rtl: bool) -> tuple[str, float]:
    """``text`` (logical order) shaped in ``font_name``: the string to draw
    (glyphs in visual order; a ShapedStr where glyphs are moved from where
    their widths put them) and its advance in thousandths of the size."""
    font: ShapedFont = pdfmetrics.getFont(font_name)
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    # Marks keep clusters of their own, so each glyph maps to its own letters.
    buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(font.hb_font, buffer, _FEATURES)
    infos, positions = buffer.glyph_infos, buffer.glyph_positions
    letters = _letters(font, text, [i.codepoint for i in infos], [i.cluster for i in infos])
    units = font.units
    codes: list[str] = []
    data: list[ShapeData] = []
    advance = 0.0
    for info, position, shown in zip(infos, positions, letters, strict=True):
        cluster = info.cluster
        code = font.code_for(info.codepoint, shown)
        codes.append(chr(code))
        x_advance = position.x_advance * units
        data.append(
            ShapeData(
                cluster,
                x_advance,
                position.y_advance * units,
                position.x_offset * units,
                position.y_offset * units,
                font.face.charWidths[code],
            )
        )
        advance += x_advance
    drawn = "".join(codes)
    if all(d.x_offset == d.y_offset == 0 and abs(d.x_advance - d.width) < 0.01 for d in data):
        # Every glyph where its own width puts it: drawn as plain text, cheaper.
        return drawn, advance
    return ShapedStr(drawn, shapeData=data), advance


def _letters(font: ShapedFont, text: str, glyphs: list[int], clusters: list[int]) -> list[str]:
    """The letters each glyph stands for. A cluster of one glyph: all its
    letters. A cluster of several (a letter and its vowel mark): each glyph
    the letter the font maps to it, the rest to the cluster's widest glyph, so
    that a glyph stands for several letters only where it is a ligature
    (extractors reverse a right-to-left glyph's letters, some of them)."""
    starts = sorted(set(clusters))
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    members: dict[int, list[int]] = {}
    for index, cluster in enumerate(clusters):
        members.setdefault(cluster, []).append(index)
    out = [""] * len(glyphs)
    face = font.face
    for cluster, indexes in members.items():
        chars = text[cluster : ends[cluster]]
        if len(indexes) == 1:
            out[indexes[0]] = chars
            continue
        left = list(chars)
        for index in indexes:
            own = face.glyphToChar.get(glyphs[index], ())
            match = next((c for c in left if ord(c) in own), None)
            if match is not None:
                out[index] = match
                left.remove(match)
        if left:
            widest = max(indexes, key=lambda i: (face.hmetrics[glyphs[i]][0], -i))
            out[widest] += "".join(left)
    return out


def advance(text: str, font_name: str) -> float:
    """The advance of ``text`` in ``font_name``, in thousandths of the size."""
    return shape(text, font_name, True)[1]
