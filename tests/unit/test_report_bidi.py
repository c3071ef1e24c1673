"""Bidi in Arabic reports, read back by position: numbers, dates and ranges,
telephone numbers, e-mails, document symbols, amounts and Latin runs keep
their own left-to-right order inside Arabic lines (the characters drawn from
left to right spell them in logical order) and each stays on one line, however
the paragraph wraps."""

from __future__ import annotations

import dataclasses
import io
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from desktop.reports import build_report
from desktop.reports.textlayout import lay_out
from tests.unit import report_fixtures as fx
from tests.unit.pdf_reading import visual_lines

RUNS = {
    "e-mail": "(g.mensah@justice.example)",
    "telephone": "+000 21 555 0201",
    "date range": "15/01/2026 – 31/12/2027",
    "symbol": "A/HRC/59/15",
    "amount": "125,000.50 US$",
    "latin": "baseline: 120 places (2024); target: 300 places (2027)",
    "reference": "CEDAW/C/ALD/CO/7 para. 30",
}
SENTENCE = (
    "للاستفسار {e-mail} أو الهاتف {telephone} خلال الفترة {date range} وفق الوثيقة "
    "{symbol} بتكلفة {amount} والمؤشر {latin}، انظر {reference} حسب الخطة."
)
FILLER = "توصي اللجنة "


def arabic_sentence(prefix_words: int = 0) -> str:
    text = SENTENCE
    for name, run in RUNS.items():
        text = text.replace("{" + name + "}", run)
    return FILLER * prefix_words + text


def pdf_of(data: Any) -> bytes:
    out = io.BytesIO()
    build_report(data, out)
    return out.getvalue()


def list_with_texts(texts: list[str]) -> Any:
    data = fx.list_data("ar", rows=len(texts))
    rows = tuple(
        dataclasses.replace(row, text=text, source="")
        for row, text in zip(data.rows, texts, strict=True)
    )
    return dataclasses.replace(data, rows=rows, total=len(rows))


def test_runs_keep_their_order_inside_wrapped_arabic_lines() -> None:
    # The same sentence after 0…9 words: its runs fall at every place of a line.
    texts = [arabic_sentence(k) for k in range(10)]
    lines = visual_lines(pdf_of(list_with_texts(texts)))
    for name, run in RUNS.items():
        found = sum(line.text.count(run) for line in lines)
        assert found == len(texts), f"{name}: {run!r} whole on a line {found} times of {len(texts)}"


def test_a_long_latin_run_wraps_at_its_spaces_in_order() -> None:
    latin = " ".join(["monitoring"] * 40)
    pdf = pdf_of(list_with_texts([f"المؤشر {latin} حسب الخطة"]))
    parts = [ln.text.strip() for ln in visual_lines(pdf) if "monitoring" in ln.text]
    assert len(parts) > 1
    for part in parts:
        pieces = [w for w in part.split() if set(w) <= set("monitrg")]
        assert pieces and set(pieces) == {"monitoring"}, part


def _plan_with_dates() -> Any:
    data = fx.plan_data("ar", clusters=1, per_cluster=2)
    cluster = data.clusters[0]
    action = dataclasses.replace(
        cluster.actions[0],
        start_date=date(2026, 1, 15),
        due_date=date(2027, 12, 31),
        estimated_cost=Decimal("125000.50"),
        indicators=(
            dataclasses.replace(
                fx.indicator(),
                unit="places",
                baseline=Decimal(120),
                baseline_year=2024,
                target=Decimal(300),
                target_year=2027,
            ),
        ),
    )
    cluster = dataclasses.replace(cluster, actions=(action,))
    return dataclasses.replace(data, clusters=(cluster,))


def test_plan_dates_amounts_and_indicator_values_read_left_to_right() -> None:
    lines = [ln.text for ln in visual_lines(pdf_of(_plan_with_dates()))]
    assert any("15/01/2026 – 31/12/2027" in line for line in lines), "timeline"
    assert any("125,000.50 US$" in line for line in lines), "cost"
    assert any("120 places (2024)" in line for line in lines), "baseline"
    assert any("300 places (2027)" in line for line in lines), "target"
    assert any("01/01/2025 – 31/12/2028" in line for line in lines), "the plan's period"


def test_agency_brief_telephone_and_email_read_left_to_right() -> None:
    lines = [ln.text for ln in visual_lines(pdf_of(fx.agency_data("ar")))]
    assert any("+000 21 555 0201" in line for line in lines)
    assert any("g.mensah@justice.example" in line for line in lines)


@pytest.mark.parametrize("name", sorted(RUNS))
def test_layout_keeps_each_run_in_logical_order(name: str) -> None:
    text = arabic_sentence(3)
    for width in (25, 40, 70, 400):
        visual = [line.visual for line in lay_out(text, lambda s: float(len(s)), width, True)]
        run = RUNS[name]
        if len(run) <= width:
            assert sum(v.count(run) for v in visual) == 1, (width, visual)
