"""The text layer of Arabic reports: shaped by HarfBuzz, drawn as joined forms,
read back by pypdf, pdfplumber and pdftotext as Arabic letters (no
presentation forms, no NFKC needed) in logical order, vowel marks included,
and the marks drawn over their letters."""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from desktop.reports import build_report
from tests.unit import report_fixtures as fx
from tests.unit.pdf_reading import reader

HARAKAT = frozenset(chr(c) for c in range(0x064B, 0x0653))
VOWELLED = "مُحَمَّدٌ يُقَيِّمُ الخُطَّةَ"


def pdf_of(data: Any) -> bytes:
    out = io.BytesIO()
    build_report(data, out)
    return out.getvalue()


def raw_text(pdf: bytes) -> str:
    """pypdf's text, as it comes (no normalisation)."""
    return "\n".join(page.extract_text() or "" for page in reader(pdf).pages)


def presentation_forms(text: str) -> list[str]:
    return [c for c in text if 0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF]


@pytest.fixture(scope="module")
def plan_pdf() -> bytes:
    data = fx.plan_data("ar", clusters=2, per_cluster=7)
    first = data.clusters[0]
    lines = (dataclasses.replace(first.recommendations[0], text=VOWELLED), *first.recommendations)
    clusters = (dataclasses.replace(first, recommendations=lines), *data.clusters[1:])
    return pdf_of(dataclasses.replace(data, clusters=clusters))


def test_pypdf_reads_arabic_letters_in_logical_order(plan_pdf: bytes) -> None:
    text = raw_text(plan_pdf)
    assert "خطة" in text, "the plan's title searched as typed"
    assert "خطة تنفيذ التوصيات" in text
    assert fx.ARABIC in text, "a sentence in logical order, as entered"
    assert not presentation_forms(text)


def test_vowel_marks_are_kept_in_the_text_and_drawn(plan_pdf: bytes) -> None:
    assert VOWELLED in raw_text(plan_pdf)
    with pdfplumber.open(io.BytesIO(plan_pdf)) as document:
        chars = [c for page in document.pages for c in page.chars]
    marks = [c for c in chars if c["text"] and set(c["text"]) <= HARAKAT]
    assert len(marks) >= 6, "each vowel mark of the sentence is a drawn glyph"
    letters = [c for c in chars if c["text"] and unicodedata.bidirectional(c["text"][0]) == "AL"]
    for mark in marks:
        # Drawn over a letter: inside some letter's box, not beside it.
        middle = (mark["x0"] + mark["x1"]) / 2
        assert any(
            letter["page_number"] == mark["page_number"]
            and letter["x0"] - 1 <= middle <= letter["x1"] + 1
            and abs(letter["top"] - mark["top"]) < 8
            for letter in letters
        )


def test_pdfplumber_words_are_arabic_letters(plan_pdf: bytes) -> None:
    with pdfplumber.open(io.BytesIO(plan_pdf)) as document:
        text = "".join(c["text"] for page in document.pages for c in page.chars)
        words = [
            w["text"][::-1]  # drawn right to left: pdfplumber gives them reversed
            for page in document.pages
            for w in page.extract_words()
        ]
    assert not presentation_forms(text)
    assert "خطة" in words
    assert all(word in words for word in fx.ARABIC.split())


@pytest.mark.skipif(
    shutil.which("pdftotext") is None and os.environ.get("CI") != "true",
    reason="pdftotext (poppler-utils) absent",  # under CI it is installed (.ci/run), never skipped
)
def test_pdftotext_reads_arabic_letters_in_logical_order(plan_pdf: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.pdf"
        path.write_bytes(plan_pdf)
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    assert "خطة تنفيذ التوصيات" in text
    assert fx.ARABIC in text
    assert not presentation_forms(text)


def test_a_lam_alef_ligature_reads_as_two_letters() -> None:
    # "شاملا" ends in a lam-alef ligature; the heading "الإجراءات" has one too.
    text = raw_text(pdf_of(fx.agency_data("ar")))
    assert "شاملا" in text
    assert "الإجراءات" in text
    assert not presentation_forms(text)
