"""Typesetting rules of the reports, read back by position: a heading (a
theme's title with its count line, "Actions", "行动") is never the last thing
on its page, a document symbol never breaks across lines, a header cell
never breaks inside a word, and a report of one section has no contents."""

from __future__ import annotations

import dataclasses
import io
import re
from typing import Any

import pytest

from desktop.domain.vocab import ImplementationStatus
from desktop.reports import build_report
from desktop.reports.data import StatusGrouping, StatusSection
from desktop.reports.labels import Labels
from desktop.reports.textlayout import break_lines
from tests.unit import report_fixtures as fx
from tests.unit.pdf_reading import Line, nfkc, page_texts, visual_lines, words

SYMBOL = "A/HRC/59/15/Add.1"


def pdf_of(data: Any) -> bytes:
    out = io.BytesIO()
    build_report(data, out)
    return out.getvalue()


def many_sections(language: str, sections: int = 36) -> Any:
    """A status report by theme: sections of 1 to 4 recommendations of varied
    length, so that their headings fall everywhere on the pages."""
    data = fx.status_data(language, recommendations=6, grouping=StatusGrouping.THEME)
    line = data.sections[0].recommendations[0]
    out = []
    for s in range(sections):
        lines = tuple(
            dataclasses.replace(
                line,
                reference=f"T{s:02d}-{i + 1}",
                mechanism="UPR",
                source=SYMBOL,
                text=" ".join([fx.ENGLISH] * (1 + (s * 3 + i) % 5)),
                overdue_actions=(),
            )
            for i in range(1 + s % 4)
        )
        counts = {ImplementationStatus.IN_PROGRESS: len(lines)}
        out.append(StatusSection(title=f"Theme {s:02d}", counts=counts, recommendations=lines))
    return dataclasses.replace(data, sections=tuple(out))


def _below(lines: list[Line], heading: Line, text: str) -> bool:
    return any(
        ln.page == heading.page and ln.baseline < heading.baseline and text in ln.text
        for ln in lines
    )


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_a_theme_heading_is_never_alone_at_the_foot_of_a_page(language: str) -> None:
    data = many_sections(language)
    lines = visual_lines(pdf_of(data))
    pages = {ln.page for ln in lines}
    for section in data.sections:
        title = next(ln for ln in lines if ln.text.strip() == section.title)
        first = section.recommendations[0].reference
        assert _below(lines, title, first), f"{section.title}: no row under it on page {title.page}"
    assert len(pages) > 10


@pytest.mark.parametrize(("language", "word"), [("en", "Actions"), ("zh", "行动")])
def test_an_actions_heading_is_followed_by_its_table_on_its_page(language: str, word: str) -> None:
    data = fx.plan_data(language, clusters=8, per_cluster=9)
    lines = visual_lines(pdf_of(data))
    headings = [ln for ln in lines if ln.text.strip() == word]
    assert len(headings) == 8
    for heading in headings:
        assert _below(lines, heading, "Draft the anti-discrimination bill"), heading


def test_a_document_symbol_stays_on_one_line() -> None:
    data = many_sections("en", sections=6)
    rows = sum(len(s.recommendations) for s in data.sections)
    lines = visual_lines(pdf_of(data))
    assert sum(ln.text.count(SYMBOL) for ln in lines) == rows
    assert break_lines(f"UPR · {SYMBOL}", lambda s: float(len(s)), 20) == ["UPR ·", SYMBOL]


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru"])
def test_header_cells_never_break_inside_a_word(language: str) -> None:
    labels = Labels(language)
    pdf = pdf_of(fx.list_data(language, rows=3))
    found = {nfkc(w.text) for w in words(pdf)}
    for key in ("reference", "mechanism", "recommendation", "position", "status", "priority"):
        for word in re.findall(r"\w+", nfkc(labels(key))):
            assert word in found, f"{language}: header word {word!r} broken"


def test_a_report_of_one_section_has_no_contents_page() -> None:
    texts = page_texts(pdf_of(fx.list_data("en", rows=5)))
    assert not any("Contents" in text for text in texts)
    assert "Contents" in page_texts(pdf_of(fx.agency_data("en")))[1]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_counts_and_shares_are_right_aligned(language: str) -> None:
    """Issue 12: amounts were left-aligned; units now line up under units."""
    pdf = pdf_of(fx.status_data(language, recommendations=60))
    shares = [w for w in words(pdf) if re.fullmatch(r"\d{1,3}\s?[%٪]", w.text)]
    # The status table's column of shares (one per status and the total), found as
    # the largest group of shares whose right edges line up.
    by_edge: dict[int, list[Any]] = {}
    for w in shares:
        by_edge.setdefault(round(w.x1), []).append(w)
    column = max(by_edge.values(), key=len)
    assert len(column) >= 6
    assert max(w.x0 for w in column) - min(w.x0 for w in column) > 1.0  # "9%" and "100%"
