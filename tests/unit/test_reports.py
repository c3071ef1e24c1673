"""The four PDF reports built into memory from plain data and read back: their
headings, references and texts in every script (Arabic after NFKC), the
order of right-to-left words from their positions, page count and contents,
every font embedded and subset, metadata, marking, watermark, empty scopes,
paper sizes, progress and cancel."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

import pytest
from PIL import Image

from desktop.reports import ReportCancelled, build_report
from desktop.reports.data import Paper, ReportOptions, Scope, ScopeKind, StatusGrouping
from desktop.reports.labels import Labels
from desktop.reports.labels_ar import ARABIC as ARABIC_LABELS
from desktop.reports.textlayout import NO_LINE_START
from tests.unit import report_fixtures as fx
from tests.unit.pdf_reading import (
    SUBSET_TAG,
    all_text,
    fonts,
    nfkc,
    outline_titles,
    page_texts,
    reader,
    words,
)


def pdf_of(data: Any, **kwargs: Any) -> bytes:
    out = io.BytesIO()
    build_report(data, out, **kwargs)
    return out.getvalue()


ALL_REPORTS: dict[str, Callable[[str], Any]] = {
    "plan": lambda lang: fx.plan_data(lang),
    "status": lambda lang: fx.status_data(lang),
    "agency": lambda lang: fx.agency_data(lang),
    "list": lambda lang: fx.list_data(lang),
}
TITLE_KEYS = {
    "plan": "title.plan",
    "status": "title.status",
    "agency": "title.agency",
    "list": "title.list",
}


@pytest.mark.parametrize("report", sorted(ALL_REPORTS))
@pytest.mark.parametrize("language", ["en", "zh", "ar", "fr"])
def test_every_report_embeds_every_font_and_prints_its_title(report: str, language: str) -> None:
    pdf = pdf_of(ALL_REPORTS[report](language))
    assert pdf.startswith(b"%PDF")
    used = fonts(pdf)
    assert used, "no font at all"
    for name, embedded in used:
        assert embedded, f"{name} is not embedded"
        assert SUBSET_TAG.match(name), f"{name} is not a subset"
        assert "Helvetica" not in name and "Times" not in name and "Courier" not in name
    title = nfkc(Labels(language)(TITLE_KEYS[report]))
    text = all_text(pdf)
    assert title in text.replace("\n", " ") or title.replace(" ", "") in text.replace(" ", "")


def test_the_plan_prints_clusters_references_actions_costs_and_indicators() -> None:
    data = fx.plan_data("en", clusters=3)
    pdf = pdf_of(data)
    text = all_text(pdf)
    for heading in ("Summary", "Thematic clusters", "Estimated costs by lead agency"):
        assert heading in text
    for cluster in data.clusters:
        for r in cluster.recommendations:
            assert r.reference in text
    assert "Draft the anti-discrimination bill 1" in text
    assert "培训执法人员" in text
    assert "$125,000.50" in text and "$375,001.50" in text
    flat = text.replace("\n", " ")
    assert "Baseline: 12.5 % (2023)" in flat and "Target: 40 % (2027)" in flat
    assert nfkc(fx.CHINESE)[:10] in text.replace("\n", "")
    assert "overdue" in text
    # Landscape pages.
    box = reader(pdf).pages[0].mediabox
    assert float(box.width) > float(box.height)


def test_contents_and_outline_list_the_headings_with_their_pages() -> None:
    data = fx.plan_data("en", clusters=3, per_cluster=12)
    pdf = pdf_of(data)
    titles = outline_titles(pdf)
    assert titles[:2] == ["Summary", "Thematic clusters"]
    assert [c.name for c in data.clusters] == titles[2:5]
    texts = page_texts(pdf)
    contents = texts[1]
    assert "Contents" in contents
    # Each cluster's contents line names the page its heading is on.
    for cluster in data.clusters:
        match = re.search(re.escape(nfkc(cluster.name)) + r"\s*(\d+)", contents)
        assert match, f"{cluster.name} missing from the contents"
        page = int(match.group(1))
        assert nfkc(cluster.name) in texts[page - 1]


def test_page_x_of_y_counts_every_page() -> None:
    pdf = pdf_of(fx.list_data("en", rows=120))
    texts = page_texts(pdf)
    pages = len(texts)
    assert pages > 4
    for number in range(2, pages + 1):
        assert f"Page {number} of {pages}" in texts[number - 1]
    assert "第 3 页,共" in page_texts(pdf_of(fx.list_data("zh", rows=120)))[2]


def test_metadata_language_marking_and_watermark() -> None:
    data = fx.status_data("zh")
    data = type(data)(
        **{**data.__dict__, "header": fx.header("zh", marking="Cabinet in confidence", draft=True)}
    )
    pdf = pdf_of(data)
    meta = reader(pdf).metadata
    assert meta is not None
    assert meta.title == "执行情况综合报告"
    assert meta.author == "National Mechanism Secretariat"
    assert meta.subject == "执行情况综合报告"
    assert str(reader(pdf).trailer["/Root"]["/Lang"]) == "zh-Hans"
    for text in page_texts(pdf):
        assert text.count("CABINET IN CONFIDENCE") >= 2, (
            "marking at the top and bottom of every page"
        )
        assert "草稿" in text
    plain = pdf_of(fx.status_data("zh"))
    assert "草稿" not in all_text(plain) and "CABINET" not in all_text(plain)


def test_paper_size_follows_the_choice() -> None:
    a4 = reader(pdf_of(fx.agency_data())).pages[0].mediabox
    data = fx.agency_data()
    letter_data = type(data)(**{**data.__dict__, "header": fx.header(paper=Paper.LETTER)})
    letter = reader(pdf_of(letter_data)).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def test_chinese_and_arabic_texts_extract_as_entered() -> None:
    text = all_text(pdf_of(fx.list_data("ar"))).replace("\n", " ")
    flat = text.replace(" ", "")
    assert fx.CHINESE.replace("，", ",").replace("。", "")[:20] in flat.replace("，", ",")
    assert nfkc(fx.ARABIC) in text
    assert nfkc(fx.RUSSIAN) in text.replace("  ", " ")
    assert "Roms" in text and "indígenas" in text


def _line_words(found: list[Any], first: str) -> list[Any]:
    anchor = next(w for w in found if w.text == first)
    # Faces differ in ascent, so words of one line differ a little in top.
    return [w for w in found if w.page == anchor.page and abs(w.top - anchor.top) < 5]


def test_arabic_words_run_right_to_left_and_wrap_from_the_right_edge() -> None:
    long = " ".join([fx.ARABIC] * 4)
    data = fx.list_data("ar", rows=1)
    row = type(data.rows[0])(**{**data.rows[0].__dict__, "text": long})
    pdf = pdf_of(type(data)(header=data.header, rows=(row,), total=1))
    found = words(pdf)
    logical = nfkc(long).split()
    line = [w for w in _line_words(found, logical[0]) if w.text in logical]
    ordered = [w.text for w in sorted(line, key=lambda w: -w.x1)]
    assert ordered == logical[: len(ordered)], "first line, read from the right, in logical order"
    assert len(ordered) < len(logical), "the paragraph wraps"
    last = [w for w in found if w.text == logical[-1]]
    assert last and last[-1].top > line[0].top, "the paragraph's end is on a lower line"
    # Every line is right-aligned: they end at the same right edge.
    tops = sorted({round(w.top) for w in found if w.text in logical and w.page == line[0].page})
    rights = [max(w.x1 for w in found if round(w.top) == t and w.text in logical) for t in tops]
    assert max(rights) - min(rights) < 2


def test_a_mixed_arabic_latin_line_keeps_its_runs_in_order() -> None:
    pdf = pdf_of(fx.list_data("ar", rows=7))
    found = words(pdf)
    line = _line_words(found, "تعزيز")
    x = {w.text: w.x0 for w in line}
    # Right to left between the runs, left to right within the Latin one.
    assert x["Principles"] > x["Paris"]
    assert x["تعزيز"] > x["لمبادئ"] > x["Paris"] > x["في"] > x["2025"]


def test_arabic_report_is_right_aligned_and_mirrored() -> None:
    pdf = pdf_of(fx.list_data("ar", rows=3))
    found = words(pdf)
    heading = [w for w in found if w.text == nfkc("السجل")] or [
        w for w in found if "التوصيات" in w.text
    ]
    reference = next(w for w in found if w.text == nfkc(ARABIC_LABELS["reference"]))
    recommendation = next(w for w in found if w.text == nfkc(ARABIC_LABELS["recommendation"]))
    assert reference.x0 > recommendation.x0, "the first column is the rightmost"
    width = float(reader(pdf).pages[0].mediabox.width)
    assert reference.x1 > width * 0.85
    assert heading


def test_chinese_never_starts_a_line_with_closing_punctuation() -> None:
    text = "，".join([fx.CHINESE] * 6) + "。"
    data = fx.list_data("zh", rows=1)
    row = type(data.rows[0])(**{**data.rows[0].__dict__, "text": text})
    pdf = pdf_of(type(data)(header=data.header, rows=(row,), total=1))
    lines = [line for page in page_texts(pdf) for line in page.splitlines()]
    han_lines = [line for line in lines if "缔约国" in line or "补救" in line]
    assert len(han_lines) > 3
    for line in lines:
        stripped = line.strip()
        if stripped:
            assert stripped[0] not in NO_LINE_START, line


@pytest.mark.parametrize("report", ["status", "list"])
def test_an_empty_scope_gives_a_valid_report_that_says_so(report: str) -> None:
    data = (
        fx.status_data("en", recommendations=0)
        if report == "status"
        else fx.list_data("en", rows=0)
    )
    pdf = pdf_of(data)
    text = all_text(pdf)
    assert "No recommendations fall within the scope of this report." in text
    assert len(reader(pdf).pages) >= 2


def test_an_agency_with_nothing_gets_a_brief_that_says_so() -> None:
    text = all_text(pdf_of(fx.agency_data("en", empty=True)))
    assert "No focal point recorded." in text
    assert "No recommendation is assigned to this agency." in text
    assert "This agency reports no indicator." in text


def test_status_report_sections_charts_and_progress() -> None:
    data = fx.status_data("en", recommendations=60)
    pdf = pdf_of(data)
    text = all_text(pdf)
    assert "Executive summary" in text and "Status by mechanism" in text
    assert "Recommendations by mechanism" in text
    for section in data.sections:
        assert section.title in text
        for line in section.recommendations:
            assert line.reference in text
    assert "Bill tabled in Parliament; 法案已提交议会。" in text.replace("\n", " ")
    assert "No progress recorded." in text
    titles = outline_titles(pdf)
    assert "Status by SDG goal" in titles and data.sections[0].title in titles
    by_theme = fx.status_data("en", recommendations=6, grouping=StatusGrouping.THEME)
    assert "Recommendations by theme" in all_text(pdf_of(by_theme))


def test_cover_names_the_scope_organisation_and_emblem() -> None:
    emblem = io.BytesIO()
    Image.new("RGB", (60, 80), (20, 60, 120)).save(emblem, format="PNG")
    data = fx.list_data("en", scope=Scope(ScopeKind.MECHANISM, "CEDAW"))
    data = type(data)(
        **{**data.__dict__, "header": fx.header(scope=data.header.scope, emblem=emblem.getvalue())}
    )
    pdf = pdf_of(data)
    cover = page_texts(pdf)[0]
    assert "Ministry of Foreign Affairs of Aldavia" in cover
    assert "Scope: Mechanism: CEDAW" in cover
    assert "Generated on December 2, 2026" in cover
    images = reader(pdf).pages[0].images
    assert len(images) == 1


def test_progress_reaches_the_end_and_cancel_stops_the_build() -> None:
    seen: list[tuple[int, int]] = []
    pdf_of(fx.list_data("en", rows=60), progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(d <= t for d, t in seen)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 20

    with pytest.raises(ReportCancelled):
        pdf_of(fx.list_data("en", rows=200), cancelled=cancelled)


def test_french_spanish_and_russian_reports_have_their_own_labels() -> None:
    for language, title, colon_label in (
        ("fr", "Registre des recommandations", "Portée : "),
        ("es", "Registro de recomendaciones", "Alcance: "),
        ("ru", "Реестр рекомендаций", "Охват: "),
    ):
        data = fx.list_data(language)
        pdf = pdf_of(data)
        text = all_text(pdf)
        assert nfkc(title) in text, language
        assert nfkc(colon_label) in text, language
        assert str(reader(pdf).trailer["/Root"]["/Lang"]) == language


def test_a_language_without_labels_falls_back_to_english() -> None:
    labels = Labels("de")
    assert labels.language == "en" and labels("title.list") == "Register of recommendations"
    assert Labels("zh").field("scope", "全部") == "范围：全部"


def test_the_users_title_replaces_the_reports_own() -> None:
    data = fx.agency_data()
    header = type(data.header)(**{**data.header.__dict__, "title": "Brief for the Minister"})
    pdf = pdf_of(type(data)(**{**data.__dict__, "header": header}))
    meta = reader(pdf).metadata
    assert meta is not None and meta.title == "Brief for the Minister"
    assert "Brief for the Minister" in page_texts(pdf)[0]


def test_options_default_to_english_a4() -> None:
    assert ReportOptions() == ReportOptions(language="en", paper=Paper.A4, marking="", draft=False)


def test_a_long_table_prints_its_header_once_a_page() -> None:
    # Rows move to the next page whole; the header row repeats at the top of
    # every page a table runs onto, and nowhere else.
    data = fx.status_data("en", recommendations=150)
    texts = page_texts(pdf_of(data))
    body = texts[2:]
    assert len(body) > 5
    for number, text in enumerate(body, start=3):
        headers = text.count("Latest progress")
        sections = len(re.findall(r"\d+ recommendations — ", text))
        tables_started = sections + 1  # a table goes on from the page before
        assert headers <= tables_started, f"page {number}: {headers} header rows"
        if "Recommendation" in text and number > 3:
            assert headers >= 1, f"page {number} continues a table without its header"
