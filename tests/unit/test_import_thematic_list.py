"""The reader of OHCHR thematic lists of UPR recommendations (.docx), on
documents built here in the three layouts (2nd, 3rd and 4th cycles)."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import ImportFileError
from desktop.domain.vocab import Position
from desktop.services.importing.files import MAX_CELL_CHARS
from desktop.services.importing.records import ImportedRecommendation, RowProblem, ThemeName
from desktop.services.importing.thematic_cells import (
    CellError,
    parse_annotations,
    parse_recommendation_cell,
    read_document_info,
    report_symbol,
)
from desktop.services.importing.thematic_list import looks_like_thematic_list, read_thematic_list
from desktop.services.importing.values import parse_position
from tests.unit.thematic_docx import HEADER_2_3, HEADER_4, Cells, Theme, build

SOURCE = "Source of position: A/HRC/59/15/Add.1 - Para.3"


def read(path: Path) -> list[ImportedRecommendation | RowProblem]:
    return list(read_thematic_list(path))


def records(path: Path) -> list[ImportedRecommendation]:
    items = read(path)
    assert all(isinstance(item, ImportedRecommendation) for item in items), items
    return [item for item in items if isinstance(item, ImportedRecommendation)]


def problems(path: Path) -> list[RowProblem]:
    return [item for item in read(path) if isinstance(item, RowProblem)]


def by_paragraph(path: Path) -> dict[str, ImportedRecommendation]:
    return {record.paragraph or "": record for record in records(path)}


# --- the three layouts -------------------------------------------------------------


@pytest.fixture
def fourth_cycle(tmp_path: Path) -> Path:
    return build(
        tmp_path / "slovenia-4.docx",
        [
            Theme("International instruments & treaty bodies"),
            [
                "140.8 Ratify the Optional Protocol to the International Covenant on Economic, "
                "Social and Cultural Rights (Spain); Consider ratifying the Domestic Workers "
                "Convention, 2011 (No. 189) of the International Labour Organization "
                "(Venezuela (Bolivarian Republic of), Bosnia and Herzegovina);\n" + SOURCE,
                "Supported",
                "- Acceptance of international norms\n- Labour rights\n"
                "Groups of Persons:\n- domestic workers\n- migrants",
                "- 8 - DECENT WORK AND ECONOMIC GROWTH\n- 16 - PEACE, JUSTICE AND STRONG "
                "INSTITUTIONS",
            ],
            Theme("Women's rights"),
            [
                "140.22 Step up efforts to combat violence against women (Trinidad and Tobago, "
                "Iceland);\nSource of position: A/HRC/59/15/Add.1 - Para.4",
                "Supported in part",
                "- Violence against women\nGroups of Persons:\n- women & girls",
                "Goal 5 Gender equality\n5.2 Eliminate all forms of violence against women\n"
                "16.a Strengthen relevant national institutions",
            ],
            [
                "140.23 Abolish the death penalty (France)\nSource of position: "
                "A/HRC/59/15/Add.1 - Para.5",
                "Noted",
                "- Death penalty",
                "",
            ],
        ],
        header=HEADER_4,
        title=["UPR of Slovenia (4th Cycle – 45th session)", "Thematic list of recommendations"],
    )


def test_fourth_cycle_rows(fourth_cycle: Path) -> None:
    found = by_paragraph(fourth_cycle)
    assert list(found) == ["140.8", "140.22", "140.23"]
    first = found["140.8"]
    assert first.mechanism_code == "UPR"
    assert first.cycle == 4
    assert first.country == "Slovenia"
    assert first.session == "45"
    assert first.row == 3  # header row 1, theme row 2
    assert first.text == (
        "Ratify the Optional Protocol to the International Covenant on Economic, Social and "
        "Cultural Rights; Consider ratifying the Domestic Workers Convention, 2011 (No. 189) "
        "of the International Labour Organization"
    )
    assert first.recommending_states == (
        "Spain",
        "Venezuela (Bolivarian Republic of)",
        "Bosnia and Herzegovina",
    )
    assert first.response is Position.SUPPORTED
    assert first.response_symbol == "A/HRC/59/15/Add.1 - Para.3"
    assert first.source_symbol == "A/HRC/59/15"
    assert first.reference is None
    assert first.themes == (
        ThemeName("Acceptance of international norms"),
        ThemeName("Labour rights"),
    )
    assert first.affected_persons == ("domestic workers", "migrants")
    assert first.sdg_goals == (8, 16)
    assert first.sdg_targets == ()


def test_fourth_cycle_sdg_column_goals_and_targets(fourth_cycle: Path) -> None:
    found = by_paragraph(fourth_cycle)
    assert found["140.22"].recommending_states == ("Trinidad and Tobago", "Iceland")
    assert found["140.22"].response is Position.SUPPORTED_IN_PART
    assert found["140.22"].affected_persons == ("women & girls",)
    assert found["140.22"].sdg_goals == (5,)
    assert found["140.22"].sdg_targets == ("5.2", "16.a")
    assert found["140.23"].response is Position.NOTED
    assert found["140.23"].sdg_goals == ()
    assert found["140.23"].row == 6


def test_third_cycle_sdgs_and_affected_persons(tmp_path: Path) -> None:
    path = build(
        tmp_path / "angola-3.docx",
        [
            Theme("Torture and other cruel, inhuman or degrading treatment"),
            [
                "119.12 Ratify the Optional Protocol to the Convention against Torture "
                "(Denmark);\nSource of position: A/HRC/40/11/Add.1 - Para.2",
                "Supported",
                "- Torture and other cruel, inhuman or degrading treatment\n"
                "- Acceptance of international norms\nSDGs:\n"
                "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS\n"
                "Affected persons:\n- persons deprived of their liberty",
                "",
            ],
            [
                "119.40 Ensure free birth registration (Mexico);\nSource of position: "
                "A/HRC/40/11/Add.1 - Para.9",
                "Noted",
                "- Birth registration\nSDGs:\n- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS\n"
                "- 10 - REDUCED INEQUALITIES\nAffected persons:\n- children",
                "",
            ],
        ],
        header=HEADER_2_3,
        title=["UPR of Angola", "Thematic list of recommendations"],
    )
    found = by_paragraph(path)
    assert {record.cycle for record in found.values()} == {3}
    assert found["119.12"].themes == (
        ThemeName("Torture and other cruel, inhuman or degrading treatment"),
        ThemeName("Acceptance of international norms"),
    )
    assert found["119.12"].sdg_goals == (16,)
    assert found["119.12"].affected_persons == ("persons deprived of their liberty",)
    assert found["119.40"].sdg_goals == (16, 10)
    assert found["119.40"].affected_persons == ("children",)
    assert found["119.40"].source_symbol == "A/HRC/40/11"
    assert found["119.40"].country == "Angola"


@pytest.fixture
def second_cycle(tmp_path: Path) -> Path:
    return build(
        tmp_path / "slovenia-2.docx",
        [
            Theme("A12 Acceptance of international norms"),
            [
                "115.1 Ratify the International Convention for the Protection of All Persons "
                "from Enforced Disappearance (Argentina);\n"
                "Source of position: A/HRC/28/15/Add.1 - Para.5",
                "Accepted",
                "A12 Acceptance of international norms\n"
                "D32 Enforced disappearances\nAffected persons:\n- general",
                "",
            ],
            [
                "115.2 Consider ratifying the ILO Convention concerning Indigenous and Tribal "
                "Peoples (Mexico);\nSource of position: A/HRC/28/15 - Para.115",
                "Noted (considered)",
                "",
                "",
            ],
        ],
        header=HEADER_2_3,
        title=["Thematic list of recommendations: Slovenia", "A/HRC/28/15"],
    )


def test_second_cycle_theme_codes_and_affected_persons(second_cycle: Path) -> None:
    found = by_paragraph(second_cycle)
    first = found["115.1"]
    assert first.cycle == 2
    assert first.country == "Slovenia"
    assert first.response is Position.SUPPORTED
    assert first.themes == (
        ThemeName("Acceptance of international norms", "A12"),
        ThemeName("Enforced disappearances", "D32"),
    )
    assert first.affected_persons == ("general",)


def test_theme_row_is_the_theme_only_when_column_three_names_none(second_cycle: Path) -> None:
    second = by_paragraph(second_cycle)["115.2"]
    assert second.response is Position.NOTED
    assert second.themes == (ThemeName("Acceptance of international norms", "A12"),)
    # The position stands in the report itself: still its symbol.
    assert second.source_symbol == "A/HRC/28/15"


def test_cycle_from_title_when_the_cells_do_not_tell(tmp_path: Path) -> None:
    row = [f"10.1 Do something (Chile);\n{SOURCE}", "Supported", "- Some theme", ""]
    titled = build(
        tmp_path / "titled.docx",
        [row],
        header=HEADER_2_3,
        title=["UPR of Chile (3rd Cycle – 32nd session)"],
    )
    untitled = build(tmp_path / "untitled.docx", [row], header=HEADER_2_3)
    assert records(titled)[0].cycle == 3
    assert records(untitled)[0].cycle is None
    assert records(untitled)[0].country is None
    assert records(untitled)[0].session is None


# --- rows and cells ----------------------------------------------------------------


def test_theme_rows_of_four_separate_cells(tmp_path: Path) -> None:
    path = build(
        tmp_path / "t.docx",
        [
            Theme("Right to education", merged=False),
            [f"12.3 Improve access to education (Cuba);\n{SOURCE}", "Supported", "", ""],
        ],
    )
    (record,) = records(path)
    assert record.themes == (ThemeName("Right to education"),)
    assert record.row == 3


def test_merged_cells_are_read_once(tmp_path: Path) -> None:
    path = build(
        tmp_path / "t.docx",
        [
            # themes spanning the assessment column (2nd/3rd cycle matrices do this)
            Cells(
                [
                    f"12.3 Improve access to education (Cuba);\n{SOURCE}",
                    "Supported",
                    "- Education",
                    None,
                ]
            ),
            # a recommendation cell merged down over the next row, with more themes there
            Cells([f"12.4 Protect journalists (Norway);\n{SOURCE}", "Supported", "- Media", ""]),
            Cells(["", "", "- Freedom of expression", ""], merge_down=(0, 1)),
        ],
        header=HEADER_2_3,
    )
    found = by_paragraph(path)
    assert found["12.3"].themes == (ThemeName("Education"),)
    assert found["12.4"].themes == (ThemeName("Media"), ThemeName("Freedom of expression"))
    assert found["12.4"].recommending_states == ("Norway",)


def test_the_same_paragraph_under_two_themes_is_one_record(tmp_path: Path) -> None:
    text = f"140.8 Adopt a national action plan on human rights (Mongolia);\n{SOURCE}"
    path = build(
        tmp_path / "t.docx",
        [
            Theme("National human rights action plans"),
            [text, "Supported", "- National plans\nGroups of Persons:\n- general", "- 16 - PEACE"],
            Theme("Civil society"),
            [
                text,
                "Supported",
                "- Civil society\nGroups of Persons:\n- civil society",
                "- 17 - PARTNERSHIPS",
            ],
        ],
    )
    (record,) = records(path)
    assert record.row == 3
    assert record.themes == (ThemeName("National plans"), ThemeName("Civil society"))
    assert record.affected_persons == ("general", "civil society")
    assert record.sdg_goals == (16, 17)


def test_a_repeat_with_another_text_is_a_problem(tmp_path: Path) -> None:
    path = build(
        tmp_path / "t.docx",
        [
            [f"140.8 Adopt a plan (Mongolia);\n{SOURCE}", "Supported", "- Plans", ""],
            [f"140.8 Adopt another plan (Mongolia);\n{SOURCE}", "Supported", "- Plans", ""],
        ],
    )
    items = read(path)
    assert isinstance(items[0], ImportedRecommendation)
    assert items[0].text == "Adopt a plan"
    assert items[1] == RowProblem(
        row=3,
        reason="paragraph 140.8 appears twice with different texts (first at row 2)",
        column=HEADER_4[0],
    )


def test_source_of_position_missing_falls_back_to_the_title_symbol(tmp_path: Path) -> None:
    path = build(
        tmp_path / "t.docx",
        [["88.1 Combat trafficking in persons (Philippines)", "Pending", "- Trafficking", ""]],
        header=HEADER_2_3,
        page_header=["A/HRC/59/15"],
    )
    (record,) = records(path)
    assert record.response_symbol is None
    assert record.source_symbol == "A/HRC/59/15"
    assert record.response is Position.PENDING
    assert record.text == "Combat trafficking in persons"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Supported", Position.SUPPORTED),
        ("Accepted", Position.SUPPORTED),
        ("supported*", Position.SUPPORTED),
        ("Supported (already implemented)", Position.SUPPORTED),
        ("Supported in part", Position.SUPPORTED_IN_PART),
        ("Partially supported", Position.SUPPORTED_IN_PART),
        ("Supported/Noted", Position.SUPPORTED_IN_PART),
        ("Supported / Noted", Position.SUPPORTED_IN_PART),
        ("Noted", Position.NOTED),
        ("Noted (considered)", Position.NOTED),
        ("Not supported", Position.NOTED),
        ("Rejected", Position.NOTED),
        ("Pending", Position.PENDING),
        ("", Position.PENDING),
        ("Acceptée", Position.SUPPORTED),
        ("Tomada nota", Position.NOTED),
        ("Considered", None),
        ("Yes", None),
    ],
)
def test_positions(cell: str, expected: Position | None) -> None:
    assert parse_position(cell) is expected


def test_every_position_in_a_document(tmp_path: Path) -> None:
    cells = ["Supported", "Supported in part", "Supported/Noted", "Noted", "Pending", "Maybe"]
    rows = [[f"7.{i} Do thing {i} (Chile);\n{SOURCE}", c, "", ""] for i, c in enumerate(cells, 1)]
    items = read(build(tmp_path / "t.docx", rows))
    assert [getattr(item, "response", None) for item in items] == [
        Position.SUPPORTED,
        Position.SUPPORTED_IN_PART,
        Position.SUPPORTED_IN_PART,
        Position.NOTED,
        Position.PENDING,
        None,
    ]
    assert items[-1] == RowProblem(
        row=7,
        reason='the position "Maybe" is not recognised '
        "(expected Supported, Supported in part, Noted or Pending)",
        column=HEADER_4[1],
    )


def test_chinese_row_with_full_width_parentheses(tmp_path: Path) -> None:
    path = build(
        tmp_path / "zh.docx",
        [
            [
                "140.8 批准《禁止酷刑公约任择议定书》（西班牙）；"
                "考虑废除死刑（法国、意大利，巴西）。\n" + SOURCE,
                "Supported",
                "- 酷刑",
                "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS",
            ]
        ],
    )
    (record,) = records(path)
    assert record.paragraph == "140.8"
    assert record.text == "批准《禁止酷刑公约任择议定书》; 考虑废除死刑"
    assert record.recommending_states == ("西班牙", "法国", "意大利", "巴西")


def test_french_spanish_and_arabic_cells() -> None:
    french = parse_recommendation_cell(
        "99.1 Ratifier le Protocole facultatif (Espagne) ; Renforcer l'institution "
        "nationale (Côte d'Ivoire) .\nSource of position: A/HRC/59/15/Add.1 - Para.3"
    )
    assert french.text == "Ratifier le Protocole facultatif; Renforcer l'institution nationale"
    assert french.states == ("Espagne", "Côte d'Ivoire")
    spanish = parse_recommendation_cell("99.2 Adoptar una ley de igualdad (España, Uruguay);")
    assert spanish.states == ("España", "Uruguay")
    arabic = parse_recommendation_cell(
        "99.3 التصديق على البروتوكول الاختياري (إسبانيا)؛ تعزيز المؤسسة الوطنية (مصر، تونس)"
    )
    assert arabic.text == "التصديق على البروتوكول الاختياري; تعزيز المؤسسة الوطنية"
    assert arabic.states == ("إسبانيا", "مصر", "تونس")


def test_recommendation_cell_details() -> None:
    cell = parse_recommendation_cell(
        "\u00a0121.2.\u200bEnsure the rights of persons with disabilities (CRPD); "
        "and  guarantee\u00a0access  (Kenya) (Uganda);\n\nsource of Position : A/HRC/43/15/Add.1"
    )
    assert cell.paragraph == "121.2"
    assert (
        cell.text == "Ensure the rights of persons with disabilities (CRPD); and guarantee access"
    )
    assert cell.states == ("Kenya", "Uganda")
    assert cell.response_symbol == "A/HRC/43/15/Add.1"
    with pytest.raises(CellError, match="no paragraph number"):
        parse_recommendation_cell("Ratify the Convention (Spain)")
    with pytest.raises(CellError, match="no recommendation text"):
        parse_recommendation_cell("12.1 (Spain);")


@pytest.mark.parametrize(
    ("source", "symbol"),
    [
        ("A/HRC/59/15/Add.1 - Para.3", "A/HRC/59/15"),
        ("A/HRC/43/15/Add.1", "A/HRC/43/15"),
        ("A/HRC/22/15 - Para.140", "A/HRC/22/15"),
        ("A/HRC/22/15", None),
        ("oral statement", None),
        (None, None),
    ],
)
def test_report_symbol(source: str | None, symbol: str | None) -> None:
    assert report_symbol(source) == symbol


def test_annotations_cell_sections() -> None:
    cell = parse_annotations(
        "Themes: B31 Equality & non-discrimination\n- A41 Constitutional framework\n"
        "SDGs: 10 - REDUCED INEQUALITIES\n- 10.3 Ensure equal opportunity\n  and reduce\n"
        "Affected persons:\n- minorities\n- minorities"
    )
    assert cell.themes == (
        ThemeName("Equality & non-discrimination", "B31"),
        ThemeName("Constitutional framework", "A41"),
    )
    assert cell.sdg_goals == (10,)
    assert cell.sdg_targets == ("10.3",)
    assert cell.affected_persons == ("minorities",)
    assert cell.has_codes and cell.has_sdg_heading


def test_document_info() -> None:
    info = read_document_info(
        ["", "UPR of Bolivia (Plurinational State of) (4th Cycle – 48th session)", "A/HRC/57/7"]
    )
    assert (info.country, info.cycle, info.session, info.symbol) == (
        "Bolivia (Plurinational State of)",
        4,
        "48",
        "A/HRC/57/7",
    )
    assert read_document_info(["Thematic list of recommendations — Slovenia"]).country == (
        "Slovenia"
    )
    silent = read_document_info(["Thematic list of recommendations", "A/HRC/57/7/Add.1"])
    assert (silent.country, silent.cycle, silent.session, silent.symbol) == (None,) * 4


def test_row_without_paragraph_number(tmp_path: Path) -> None:
    path = build(
        tmp_path / "t.docx",
        [
            ["Ratify the Convention (Spain);\n" + SOURCE, "Supported", "", ""],
            [f"3.1 Good row (Chile);\n{SOURCE}", "Supported", "", ""],
        ],
    )
    items = read(path)
    assert items[0] == RowProblem(
        row=2,
        reason="no paragraph number at the start of the recommendation",
        column=HEADER_4[0],
    )
    assert isinstance(items[1], ImportedRecommendation)


def test_overlong_cell(tmp_path: Path) -> None:
    path = build(
        tmp_path / "t.docx",
        [[f"3.1 Text (Chile);\n{SOURCE}", "Supported", "x" * (MAX_CELL_CHARS + 1), ""]],
    )
    (problem,) = problems(path)
    assert problem.row == 2
    assert problem.column == HEADER_4[2]
    assert "characters" in problem.reason


def test_rows_numbered_from_the_table_start(tmp_path: Path) -> None:
    # A title row inside the table before the header; blank rows and the
    # header repeated on a later page are skipped but counted.
    path = build(
        tmp_path / "t.docx",
        [
            ["", "", "", ""],
            [f"3.1 First (Chile);\n{SOURCE}", "Supported", "", ""],
            list(HEADER_4),
            ["no number here", "Supported", "", ""],
        ],
        rows_before_header=["UPR of Chile – thematic list"],
    )
    items = read(path)
    assert [item.row for item in items] == [4, 6]


# --- files that are not thematic lists ----------------------------------------------


def test_wrong_header_names_the_expected_ones(tmp_path: Path) -> None:
    path = build(
        tmp_path / "t.docx",
        [["1.1 Text (Chile)", "Supported", "", ""]],
        header=("Text", "Countries Concerned", "Themes", "Sdgs"),
    )
    with pytest.raises(ImportFileError) as error:
        read(path)
    message = str(error.value)
    assert "Full list of themes" in message and "Relevant SDGs" in message
    assert "Text | Countries Concerned | Themes | Sdgs" in message
    assert not looks_like_thematic_list(path)


def test_three_columns_are_not_a_layout(tmp_path: Path) -> None:
    path = build(tmp_path / "t.docx", [], header=HEADER_2_3[:3])
    with pytest.raises(ImportFileError, match="not an OHCHR thematic list"):
        read(path)


def test_no_table(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("Thematic list of recommendations")
    path = tmp_path / "t.docx"
    document.save(str(path))
    with pytest.raises(ImportFileError, match="no table"):
        read(path)
    assert not looks_like_thematic_list(path)


def test_truncated_docx(fourth_cycle: Path) -> None:
    data = fourth_cycle.read_bytes()
    fourth_cycle.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportFileError, match="damaged or truncated"):
        read(fourth_cycle)
    assert not looks_like_thematic_list(fourth_cycle)


def test_not_a_docx(tmp_path: Path) -> None:
    text = tmp_path / "t.docx"
    text.write_text("Recommendation,Position\n1.1 Ratify,Supported\n", encoding="utf-8")
    other_zip = tmp_path / "z.docx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("notes.txt", "hello")
    old_word = tmp_path / "old.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    for path in (text, other_zip, old_word):
        with pytest.raises(ImportFileError):
            read(path)
        assert not looks_like_thematic_list(path)
    with pytest.raises(ImportFileError, match=r"\.doc file"):
        read(old_word)
    with pytest.raises(ImportFileError, match="does not exist"):
        read(tmp_path / "missing.docx")


def test_zip_bomb_is_refused(fourth_cycle: Path) -> None:
    with zipfile.ZipFile(fourth_cycle, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/padding.bin", bytes(50 * 1024 * 1024))
    with pytest.raises(ImportFileError, match="zip bomb"):
        read(fourth_cycle)
    assert not looks_like_thematic_list(fourth_cycle)


def test_looks_like_thematic_list(fourth_cycle: Path, second_cycle: Path, tmp_path: Path) -> None:
    assert looks_like_thematic_list(fourth_cycle)
    assert looks_like_thematic_list(second_cycle)
    assert looks_like_thematic_list(build(tmp_path / "empty.docx", [], header=HEADER_2_3))
    assert not looks_like_thematic_list(tmp_path / "missing.docx")
    assert not looks_like_thematic_list(tmp_path)


# --- properties -------------------------------------------------------------------


def _outcome(data: bytes) -> list[ImportedRecommendation | RowProblem] | ImportFileError:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.docx"
        path.write_bytes(data)
        looks_like_thematic_list(path)  # must not raise either
        try:
            return read(path)
        except ImportFileError as exc:
            return exc


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.binary(max_size=2048), st.binary(max_size=2048).map(b"PK\x03\x04".__add__)))
def test_random_bytes_give_records_or_import_file_error(data: bytes) -> None:
    assert isinstance(_outcome(data), ImportFileError)


_VALID: list[bytes] = []


def _valid_docx() -> bytes:
    if not _VALID:
        with tempfile.TemporaryDirectory() as folder:
            path = build(
                Path(folder) / "v.docx",
                [Theme("Torture"), [f"1.1 Ratify (Spain);\n{SOURCE}", "Supported", "- T", "- 5"]],
            )
            _VALID.append(path.read_bytes())
    return _VALID[0]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(min_value=0), st.binary(min_size=1, max_size=8)), max_size=6))
def test_damaged_docx_gives_records_or_import_file_error(edits: list[tuple[int, bytes]]) -> None:
    data = bytearray(_valid_docx())
    for at, chunk in edits:
        at %= len(data)
        data[at : at + len(chunk)] = chunk
    outcome = _outcome(bytes(data))
    assert isinstance(outcome, ImportFileError | list)


_CELL_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    max_size=80,
) | st.sampled_from(["1.1 Ratify (Spain);", "Theme: X", "SDGs:", "(", "（）；", "2.3 ((a)", ""])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_CELL_TEXT, min_size=4, max_size=4), max_size=5))
def test_any_cell_text_gives_records_or_problems(rows: list[list[str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = build(Path(folder) / "c.docx", [[f"{a}\n{SOURCE}", b, c, d] for a, b, c, d in rows])
        items = read(path)
    for item in items:
        assert isinstance(item, ImportedRecommendation | RowProblem)
        if isinstance(item, ImportedRecommendation):
            assert item.text and item.paragraph
            assert item.text == item.text.strip()


def test_zip_bomb_builder_sanity() -> None:
    # The bomb above relies on deflate reaching far past the 250:1 limit.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros", bytes(2 * 1024 * 1024))
    assert len(buffer.getvalue()) * 250 < 2 * 1024 * 1024
