"""The readers of each format, and the safe reading of files, without a database."""

from __future__ import annotations

import contextlib
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import ImportFileError
from desktop.domain.vocab import ImplementationStatus, Position
from desktop.services.importing import files
from desktop.services.importing.detect import detect_format
from desktop.services.importing.fields import EXPORT_HEADERS, Field
from desktop.services.importing.files import decode_text
from desktop.services.importing.mapped import MappingProfile, export_profile, read_mapped
from desktop.services.importing.records import ImportedRecommendation, ImportFormat, RowProblem
from desktop.services.importing.text_decoding import _non_ascii_sample
from desktop.services.importing.uhri import read_uhri
from desktop.services.importing.upr_info import read_upr_info
from desktop.services.importing.values import parse_date, split_paragraph
from tests.unit.import_files import (
    UHRI_ROWS,
    UPR_INFO_LINES,
    billion_laughs_xlsx,
    truncated,
    upr_info_bytes,
    write_uhri_csv,
    write_uhri_xlsx,
    zip_bomb_xlsx,
)


def records(items: object) -> list[ImportedRecommendation]:
    return [i for i in items if isinstance(i, ImportedRecommendation)]  # type: ignore[attr-defined]


def problems(items: object) -> list[RowProblem]:
    return [i for i in items if isinstance(i, RowProblem)]  # type: ignore[attr-defined]


# --- encodings -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Ratify the Convention (Côte d’Ivoire); ensure équité for São Tomé", "mac_roman"),
        ("Café déjà vu, naïve façade, São Tomé e Príncipe", "cp1252"),
        ("Zażółć gęślą jaźń, Łódź and Kraków", "cp1250"),
        ("Ратифицировать Конвенцию о правах инвалидов и обеспечить", "cp1251"),
        ("批准《残疾人权利公约》并确保财政预算", "gb18030"),
        ("Ratifier la Convention (Côte d’Ivoire)", "utf-8"),
        ("تصديق الاتفاقية وضمان الميزانية", "utf-8"),
        ("Ratify — “quoted”", "utf-16"),
    ],
)
def test_encodings_are_detected_without_mojibake(text: str, encoding: str) -> None:
    data = (text + "\n") * 5
    decoded, _ = decode_text(data.encode(encoding), "f.csv")
    assert decoded.replace("\ufeff", "") == data


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Ратифицировать Конвенцию о правах инвалидов", "cp1251"),
        ("批准《残疾人权利公约》并确保财政预算", "gb18030"),
        ("Zażółć gęślą jaźń, Łódź and Kraków", "cp1250"),
    ],
)
def test_a_legacy_encoding_is_found_past_a_megabyte_of_ascii(text: str, encoding: str) -> None:
    """The detector reads the stretches around non-ASCII bytes, wherever they are."""
    data = "To,Text\n" + "Ghana,Ratify the convention\n" * 50_000 + f"China,{text}\n" * 3
    decoded, _ = decode_text(data.encode(encoding), "f.csv")
    assert decoded == data


def test_the_detector_s_sample_cuts_no_character() -> None:
    text = "批准公约" + "a" * 30 + "并确保财政" + "b" * 200 + "预算" + "c" * 50
    sample = _non_ascii_sample((text * 3).encode("gb18030"))
    pieces = sample.split(b"\n")
    # Runs closer than twice their context (30 and 50 bytes apart) are one
    # stretch; those 200 bytes apart are two.
    assert len(pieces) == 4
    assert all(piece.decode("gb18030") for piece in pieces)  # strict: nothing cut


def test_the_sample_is_the_same_where_runs_cross_the_blocks_read_at_once() -> None:
    """Blocks of pure ASCII are passed over; a run across a block's end is
    joined again: the sample is what scanning every byte gives."""
    import re

    from desktop.services.importing import text_decoding

    block = text_decoding._BLOCK
    chinese = "批准公约并确保".encode("gb18030")  # 14 bytes, every one non-ASCII
    data = bytearray(b"a" * (4 * block))
    for at in (block - 5, 2 * block - 60, 3 * block + 10):  # across, near, after an edge
        data[at : at + len(chinese)] = chinese
    data = bytes(data)

    def every_byte(data: bytes) -> list[tuple[int, int]]:
        return [m.span() for m in re.finditer(rb"[\x80-\xff]+", data)]

    runs = [m.span() for m in text_decoding._high_byte_runs(data)]
    assert runs[0][1] == block and runs[1][0] == block  # the run across the edge, cut
    assert _non_ascii_sample(data).split(b"\n") == [
        data[max(0, a - 40) : b + 40] for a, b in every_byte(data)
    ]
    assert all(piece.decode("gb18030") for piece in _non_ascii_sample(data).split(b"\n"))


def test_binary_garbage_is_not_text() -> None:
    with pytest.raises(ImportFileError, match="binary"):
        decode_text(bytes(range(256)) * 20, "garbage.csv")


# --- UPR Info ----------------------------------------------------------------------


def test_upr_info_in_mac_roman_with_carriage_returns(tmp_path: Path) -> None:
    path = tmp_path / "upr.csv"
    path.write_bytes(upr_info_bytes(UPR_INFO_LINES))
    assert detect_format(path) is ImportFormat.UPR_INFO
    items = list(read_upr_info(path))
    found = records(items)
    assert len(items) == 5 and len(found) == 4
    first = found[0]
    assert first.text == 'Ratify the Convention, as Tomé asked "quickly"'
    assert first.country == "Sao Tome and Principe" and first.recommending_states == ("France",)
    assert first.response is Position.SUPPORTED and first.action_category == 5
    assert first.upr_info_issues == ("International instruments", "Women's rights")
    assert first.session == "3" and first.cycle == 1 and first.row == 2
    assert "área" in found[1].text
    assert found[1].response is Position.NOTED
    assert found[2].recommending_states == ("Chile",)
    assert found[3].recommending_states == ()  # "&#40;Unknown&#41;"
    (duplicate,) = problems(items)
    assert duplicate.row == 4 and "row 3" in duplicate.reason


def test_upr_info_missing_columns_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "upr.csv"
    path.write_bytes(b"To,Text,From,Session,Action\rX,Y,Z,1,2\r")
    with pytest.raises(ImportFileError, match='"Response"') as error:
        list(read_upr_info(path))
    assert error.value.where == "upr.csv, row 1"


# --- UHRI --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["xlsx", "csv", "csv-cp1252"])
def test_uhri_export_every_column(tmp_path: Path, kind: str) -> None:
    if kind == "xlsx":
        path = write_uhri_xlsx(tmp_path / "uhri.xlsx")
    else:
        path = write_uhri_csv(tmp_path / "uhri.csv", encoding=kind[4:] or "utf-8")
    assert detect_format(path) is ImportFormat.UHRI
    cedaw, torture, death = records(read_uhri(path))
    assert cedaw.paragraph == "49" and cedaw.text.startswith("The Committee recommends")
    assert "indígenas" in cedaw.text
    assert cedaw.mechanism_code == "Committee on the Elimination of Discrimination against Women"
    assert cedaw.source_symbol == "CEDAW/C/SVN/CO/7" and cedaw.source_date == date(2020, 1, 1)
    assert [t.name for t in cedaw.themes] == ["Women's rights", "Equality & non-discrimination"]
    assert cedaw.affected_persons == ("Women & girls", "Indigenous peoples")
    assert cedaw.sdg_targets == ("5.1", "10.3") and cedaw.country == "Slovenia"
    assert cedaw.annotation_id == "6a0e7f38-1d2c-4b43-9a8e-2f5c3b7d9e01"
    assert cedaw.response is Position.PENDING
    assert torture.mechanism_code == "UPR" and torture.paragraph == "121.2"
    assert torture.recommending_states == ("Spain", "Holy See")
    assert torture.country == "SI" and torture.session == "43" and torture.cycle == 4
    assert torture.sdg_targets == ("16.a",) and torture.response is Position.SUPPORTED
    assert death.response is Position.NOTED


def test_uhri_rows_with_problems_are_listed_with_row_and_column(tmp_path: Path) -> None:
    base = ["x"] * 16
    rows = [
        ["", *base[1:15], "6a0e7f38-1d2c-4b43-9a8e-2f5c3b7d9e01"],  # no text
        ["12. Do it", *base[1:14], "Maybe", "7a0e7f38-1d2c-4b43-9a8e-2f5c3b7d9e01"],
        ["13. Do it", *base[1:15], "not-a-uuid"],
        ["14. Do it", *base[1:14], "Noted", "8a0e7f38-1d2c-4b43-9a8e-2f5c3b7d9e01"],
        ["15. Do it", *base[1:14], "Noted", "8a0e7f38-1d2c-4b43-9a8e-2f5c3b7d9e01"],
    ]
    items = list(read_uhri(write_uhri_xlsx(tmp_path / "bad.xlsx", rows)))
    found = [(p.row, p.column) for p in problems(items)]
    assert found == [
        (2, "Text"),
        (3, "UPR Position"),
        (4, "OHCHR Annotation Id"),
        (6, "OHCHR Annotation Id"),
    ]
    assert len(records(items)) == 1


def test_paragraph_numbers_and_excel_dates() -> None:
    assert split_paragraph("49.The Committee") == ("49", "The Committee")
    assert split_paragraph("121.2 Ratify") == ("121.2", "Ratify")
    assert split_paragraph("2030 Agenda for development") == (None, "2030 Agenda for development")
    assert parse_date(44197) == date(2021, 1, 1)
    assert parse_date("44197") == date(2021, 1, 1)
    assert parse_date("2021-01-01") == date(2021, 1, 1)
    assert parse_date("soon") is None


# --- mapped sheets -------------------------------------------------------------------


def test_a_mapped_sheet_with_fixed_mechanism(tmp_path: Path) -> None:
    path = tmp_path / "ours.csv"
    path.write_text(
        "Ref;Recommandation;Position;Statut;Thèmes\n"
        "1;Ratifier la Convention;acceptée;in progress;Femmes; Enfants\n"
        "2;;Noted;;\n"
        "3;Réviser le code;Noted;unknown status;\n",
        encoding="cp1252",
    )
    assert detect_format(path) is ImportFormat.MAPPED
    profile = MappingProfile(
        "ours",
        {
            Field.REFERENCE: "Ref",
            Field.TEXT: "Recommandation",
            Field.RESPONSE: "Position",
            Field.STATUS: "Statut",
        },
        {Field.MECHANISM: "CEDAW"},
    )
    items = list(read_mapped(path, profile))
    (first,) = records(items)
    assert first.text == "Ratifier la Convention" and first.mechanism_code == "CEDAW"
    assert first.status is ImplementationStatus.IN_PROGRESS
    assert [(p.row, p.column) for p in problems(items)] == [(3, "Recommandation"), (4, "Statut")]


def test_the_export_profile_reads_every_export_header(tmp_path: Path) -> None:
    profile = export_profile()
    assert set(profile.columns) == set(Field)
    path = tmp_path / "export.csv"
    header = ",".join(f'"{EXPORT_HEADERS[f]}"' for f in Field)
    values = {f: "" for f in Field}
    values.update(
        {
            Field.TEXT: "'=HYPERLINK(1)",
            Field.MECHANISM: "UPR",
            Field.REFERENCE: "1.1",
            Field.THEMES: "'- Women\n- Children",  # the export escapes the cell's start
            Field.NEEDS_PARLIAMENT: "yes",
        }
    )
    path.write_text(header + "\n" + ",".join(f'"{values[f]}"' for f in Field) + "\n")
    (record,) = records(read_mapped(path, profile))
    assert record.text == "=HYPERLINK(1)"  # the export's apostrophe taken off
    assert [t.name for t in record.themes] == ["Women", "Children"]
    assert record.needs_parliament is True


# --- hostile files -------------------------------------------------------------------


def test_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="zip bomb"):
        detect_format(zip_bomb_xlsx(tmp_path / "bomb.xlsx"))


def test_entity_expansion_is_refused(tmp_path: Path) -> None:
    path = billion_laughs_xlsx(tmp_path / "laughs.xlsx")
    with pytest.raises(ImportFileError, match="entities"):
        list(read_uhri(path))


def test_truncated_workbook(tmp_path: Path) -> None:
    path = truncated(tmp_path / "cut.xlsx", write_uhri_xlsx(tmp_path / "whole.xlsx"))
    with pytest.raises(ImportFileError, match="damaged or truncated") as error:
        detect_format(path)
    assert error.value.where == "cut.xlsx"


def test_empty_too_large_and_other_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError, match="empty"):
        detect_format(empty)
    pdf = tmp_path / "report.csv"
    pdf.write_bytes(b"%PDF-1.7\n...")
    with pytest.raises(ImportFileError, match="PDF"):
        detect_format(pdf)
    big = write_uhri_csv(tmp_path / "big.csv")
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 100)
    with pytest.raises(ImportFileError, match="are not imported"):
        detect_format(big)


def test_a_cell_of_megabytes_names_its_row(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_bytes(
        upr_info_bytes(["X,A,B," + "y" * 2_000_000 + ",F,W,E,Accepted,1,I,1"], "utf-8")
    )
    with pytest.raises(ImportFileError, match="characters") as error:
        list(read_upr_info(path))
    assert error.value.row == 2


def test_word_document_that_is_no_thematic_list(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(ImportFileError, match="thematic list"):
        detect_format(path)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx", ".docx", ""]))
def test_any_bytes_give_records_or_the_projects_error(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"any{suffix}"
    path.write_bytes(data)
    for read in (read_uhri, read_upr_info):
        with contextlib.suppress(ImportFileError):
            list(read(path))
    with contextlib.suppress(ImportFileError):
        detect_format(path)


def test_formula_cells_are_never_evaluated(tmp_path: Path) -> None:
    """A workbook whose cells hold formulas: the reader sees at most the value
    Excel stored, never runs anything; a formula with no stored value is empty."""
    rows = [list(r) for r in UHRI_ROWS[:2]]
    rows[0][0] = '=HYPERLINK("http://example.invalid","click")'
    rows[1][13] = "=cmd|' /C calc'!A0"
    path = write_uhri_xlsx(tmp_path / "formulas.xlsx", rows)
    items = list(read_uhri(path))
    (empty,) = problems(items)
    assert empty.row == 2 and "empty" in empty.reason
    (record,) = records(items)
    assert record.recommending_states == ()
