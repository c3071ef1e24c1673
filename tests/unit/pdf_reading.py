"""Reading a report back: its text, outline, fonts and the positions of words."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import pdfplumber
from pypdf import PdfReader

SUBSET_TAG = re.compile(r"^/?[A-Z]{6}\+")


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [nfkc(page.extract_text() or "") for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def outline_titles(pdf: bytes) -> list[str]:
    out: list[str] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append(str(item.title))

    walk(reader(pdf).outline)
    return out


def fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font every page uses."""
    found: dict[str, bool] = {}
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        if resources is None or "/Font" not in resources.get_object():
            continue
        for ref in resources.get_object()["/Font"].values():
            font = ref.get_object()
            descriptors = []
            if "/DescendantFonts" in font:
                for descendant in font["/DescendantFonts"]:
                    descriptors.append(descendant.get_object().get("/FontDescriptor"))
            else:
                descriptors.append(font.get("/FontDescriptor"))
            embedded = all(
                d is not None
                and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in descriptors
            )
            found[str(font["/BaseFont"])] = embedded
    return sorted(found.items())


@dataclass(frozen=True)
class Word:
    text: str
    """In logical order (right-to-left words reversed back) and NFKC."""
    x0: float
    x1: float
    top: float
    page: int


def _logical(text: str) -> str:
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        text = text[::-1]
    return nfkc(text)


def words(pdf: bytes) -> list[Word]:
    out: list[Word] = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            for w in page.extract_words(keep_blank_chars=False, use_text_flow=True):
                out.append(Word(_logical(w["text"]), w["x0"], w["x1"], w["top"], number))
    return out


@dataclass(frozen=True)
class Line:
    text: str
    """The characters of one line, left to right as drawn (visual order),
    no-break spaces as spaces."""
    page: int
    baseline: float
    x0: float
    x1: float


def visual_lines(pdf: bytes, *, x_min: float = 0.0, x_max: float = 1e9) -> list[Line]:
    """Every line of every page (characters on one baseline between ``x_min``
    and ``x_max``, a table cell's lines when they are given) in the order they
    are drawn from left to right."""
    out: list[Line] = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            rows: dict[float, list[dict[str, Any]]] = {}
            for char in page.chars:
                if not x_min <= char["x0"] <= x_max:
                    continue
                baseline = round(float(char["matrix"][5]) * 2) / 2
                key = next((k for k in rows if abs(k - baseline) <= 1.0), baseline)
                rows.setdefault(key, []).append(char)
            for baseline, chars in sorted(rows.items(), key=lambda kv: -kv[0]):
                chars.sort(key=lambda c: c["x0"])
                text = "".join(c["text"] for c in chars).replace("\u00a0", " ")
                out.append(Line(text, number, baseline, chars[0]["x0"], chars[-1]["x1"]))
    return out
