"""Line breaking and ordering of the report text, without ReportLab: Chinese
between characters with its punctuation rules, Latin at spaces and compound
hyphens, never inside a date, number, symbol or e-mail; right-to-left
paragraphs resolved once and each wrapped line put in visual order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.reports.textlayout import (
    NO_LINE_END,
    NO_LINE_START,
    break_lines,
    is_rtl_text,
    lay_out,
    segments,
)


def by_chars(text: str) -> float:
    return float(len(text))


def test_latin_breaks_at_spaces_and_after_a_compound_hyphen() -> None:
    assert segments("state-party report") == ["state-", "party ", "report"]
    assert segments("2010-2015") == ["2010-2015"]
    assert break_lines("the quick brown fox", by_chars, 10) == ["the quick", "brown fox"]


def test_a_word_longer_than_the_line_is_cut() -> None:
    assert break_lines("abcdefghij", by_chars, 4) == ["abcd", "efgh", "ij"]


def test_chinese_breaks_between_characters_but_not_before_closing_marks() -> None:
    # "当，" stays together: the comma may not start a line.
    assert break_lines("缔约国应当，确保。", by_chars, 5) == ["缔约国应", "当，确保。"]
    assert break_lines("委员会（建议）缔约国", by_chars, 4) == ["委员会", "（建议）", "缔约国"]


def test_chinese_keeps_numbers_with_their_characters() -> None:
    assert segments("截止2023年6月10日") == ["截", "止2023年6月10日"]


@given(
    st.text(
        alphabet="委员会建议缔约国通过法律，。、；：？！）（《》“”ab 12", min_size=1, max_size=80
    ),
    st.integers(min_value=2, max_value=12),
)
def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(
    text: str, width: int
) -> None:
    lines = break_lines(text, by_chars, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    if max(len(s.rstrip()) for s in segments(text)) > width:
        return  # a piece wider than the line is cut anywhere (tested above)
    for i, line in enumerate(lines):
        assert len(line) <= width
        if i > 0 and line:
            assert line[0] not in NO_LINE_START
        if i < len(lines) - 1 and line:
            assert line[-1] not in NO_LINE_END


def test_direction_of_a_paragraph_is_its_first_strong_character() -> None:
    assert is_rtl_text("121.3 توصي اللجنة")
    assert not is_rtl_text("The Committee توصي")
    assert is_rtl_text("2025", default=True) and not is_rtl_text("2025")


def test_each_wrapped_line_of_arabic_reads_right_to_left() -> None:
    text = "توصي اللجنة الدولة الطرف بأن تعتمد قانونا"
    lines = lay_out(text, by_chars, 16, rtl=True)
    assert len(lines) > 1
    assert " ".join(line.text for line in lines) == text, "lines in logical order"
    first_words = lines[0].visual[::-1].split()
    assert first_words == text.split()[: len(first_words)]
    assert all(line.rtl for line in lines)


def test_brackets_are_mirrored_in_right_to_left_lines() -> None:
    # Logical "(أ) ب": the bracketed letter is read first, so drawn rightmost,
    # and its brackets still open towards it.
    assert lay_out("(أ) ب", by_chars, 40, rtl=True)[0].visual == "ب (أ)"


def test_each_line_of_a_cell_takes_its_own_direction() -> None:
    lines = lay_out("Ministry of Justice\nوزارة العدل", by_chars, 40, rtl=False)
    assert [line.rtl for line in lines] == [False, True]


def test_controls_and_invisible_marks_are_not_drawn() -> None:
    lines = lay_out("a\tb\r\nc\x00d\u200f\x07", by_chars, 40, rtl=False)
    assert [line.text for line in lines] == ["a b", "cd"]
