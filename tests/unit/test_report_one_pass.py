"""Reports of any length laid out in one pass: a long table's rows are made a
block at a time and let go of once drawn, page streams are compressed as
pages end, the numbers known only at the end (Page X of Y, the contents) are
right, and the quick line-break rules for plain ASCII text are the general
ones."""

from __future__ import annotations

import io
import random
import re
import weakref
from typing import Any

import pytest

from desktop.reports import build_report, late, tables
from desktop.reports import textlayout as tl
from tests.unit import report_fixtures as fx
from tests.unit.pdf_reading import nfkc, page_texts


def test_a_long_table_is_made_and_freed_a_few_blocks_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: weakref.WeakSet[tables.TableBlock] = weakref.WeakSet()
    blocks = {"all": 0}
    most_alive = {"n": 0}
    original_rows = tables.TableBlock.rows

    def rows(self: tables.TableBlock) -> list[list[Any]]:
        made.add(self)  # a block whose cells exist
        result: list[list[Any]] = original_rows.fget(self)  # type: ignore[attr-defined]
        return result

    original_init = tables.TableBlock.__init__

    def init(self: tables.TableBlock, *args: Any, **kwargs: Any) -> None:
        blocks["all"] += 1
        original_init(self, *args, **kwargs)

    original_show = late.LateForms.show

    def show(self: late.LateForms, canvas: Any, drawing: Any) -> None:
        # Once a page: how many blocks with their cells made are still alive.
        most_alive["n"] = max(most_alive["n"], len(made))
        original_show(self, canvas, drawing)

    monkeypatch.setattr(tables.TableBlock, "rows", property(rows))
    monkeypatch.setattr(tables.TableBlock, "__init__", init)
    monkeypatch.setattr(late.LateForms, "show", show)
    pages = build_report(fx.list_data("en", rows=1500), io.BytesIO())
    assert pages > 100 and blocks["all"] >= 1500 // tables.BLOCK_ROWS
    # Never the whole table: the block being drawn, its rest, the next one.
    assert 1 <= most_alive["n"] <= 4


def test_pages_are_compressed_as_they_end(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    original_write = late.LateForms.write

    def write(self: late.LateForms, canvas: Any) -> None:
        pages = canvas._doc.Pages.pages
        seen["pages"] = len(pages)
        seen["held"] = sum(1 for page in pages if page.stream is not None)
        original_write(self, canvas)

    monkeypatch.setattr(late.LateForms, "write", write)
    pdf = io.BytesIO()
    count = build_report(fx.status_data("en", recommendations=90), pdf)
    assert seen["pages"] == count and seen["held"] == 0
    texts = page_texts(pdf.getvalue())
    assert len(texts) == count
    for number in range(2, count + 1):
        assert f"Page {number} of {count}" in texts[number - 1]


@pytest.mark.parametrize("language", ["en", "zh", "ar"])
def test_contents_numbers_are_the_pages_of_the_headings(language: str) -> None:
    data = fx.status_data(language, recommendations=150)
    pdf = io.BytesIO()
    build_report(data, pdf)
    texts = page_texts(pdf.getvalue())
    contents = texts[1]
    for section in data.sections:
        title = nfkc(section.title)
        on = [i + 1 for i, text in enumerate(texts[2:], start=2) if title in text]
        assert on, title
        numbers = re.findall(r"\d+", contents)
        assert str(on[0]) in numbers, (title, on[0], contents)


def _general_breaks(text: str) -> list[int]:
    return [
        i
        for i in range(1, len(text))
        if tl._break_before(text[i - 1], text[i], text[i - 2] if i > 1 else " ")
    ]


def test_ascii_line_breaks_follow_the_general_rules() -> None:
    alphabet = " -/aZ09(){}[].,;:?!%'\"&@#$*+=<>_~|\\^`"
    rnd = random.Random(19)
    samples = [
        "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14))) for _ in range(30000)
    ]
    samples += [*fx.TEXTS, "state-party and/or CEDAW/C/ALD/CO/7 para. 30 (2024)", " a", "a -b"]
    for text in samples:
        if text.isascii() and text.isprintable():
            assert list(tl._break_positions(text)) == _general_breaks(text), repr(text)
