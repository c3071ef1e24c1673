"""Every refusal of the importers (a file, a row) carries a code and params
whose template, filled in English, is exactly the English message the command
line prints: a screen can word it in the user's language and say the same."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.domain.errors import ImportFileError
from desktop.services.database import Database, open_database
from desktop.services.importing.detect import detect_format
from desktop.services.importing.fields import Field
from desktop.services.importing.mapped import MappingProfile, read_mapped
from desktop.services.importing.records import ImportFormat, RowProblem
from desktop.services.importing.service import import_file
from desktop.services.importing.tables import open_table
from desktop.services.importing.thematic_list import read_thematic_list
from desktop.services.importing.uhri import read_uhri
from tests.unit.import_files import (
    UHRI_ROWS,
    UPR_INFO_LINES,
    billion_laughs_xlsx,
    truncated,
    upr_info_bytes,
    write_uhri_xlsx,
    zip_bomb_xlsx,
)
from tests.unit.test_error_codes import PACKAGE, PLACEHOLDER, _counted, _raised, _templates
from tests.unit.thematic_docx import HEADER_4, build
from tests.unit.xlsx_parts import inline, sheet_xml, write_issue_file, write_xlsx

IMPORTING = PACKAGE / "services" / "importing"
# Calls that refuse a file or a row, and the position of their code when given positionally.
REFUSALS = {"ImportFileError": None, "RowProblem": 3, "_RowError": None, "CellError": None}
METHODS = {"damaged": None, "problem": 3}


# Numbers the English messages write without thousands separators.
PLAIN_NUMBERS = {"ratio", "byte", "size_mb", "limit_mb", "limit_gb", "parts", "first_row"}


def _number(name: str, value: int) -> str:
    return str(value) if name in PLAIN_NUMBERS else f"{value:,}"


def _english(code: str, params: dict[str, object]) -> str:
    """The English template of ``code`` filled as the English messages are
    written (numbers with or without separators, fields with spaces)."""
    counted = {**_counted(), **_counted("error_text_import.py", "IMPORT_COUNT_PARAMS")}
    values = {
        k: (
            _number(k, v) if isinstance(v, int) else str(v).replace("_", " ") if k == "field" else v
        )
        for k, v in params.items()
    }
    if code in counted:
        template, count_param = counted[code].rsplit(" {", 1)
        name = count_param.rstrip("}")
        count = params[name]
        assert isinstance(count, int)
        template = template.replace("%Ln", _number(name, count))
        template = template.replace("(s)", "" if count == 1 else "s")
    else:
        template = _templates()[code]
    return PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), template)


def test_every_refusal_in_the_importers_carries_a_code() -> None:
    uncoded = []
    for path in sorted(IMPORTING.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None)
            method = getattr(node.func, "attr", None)
            if name in REFUSALS:
                index = REFUSALS[name]
            elif method in METHODS and getattr(node.func.value, "id", "") == "self":  # type: ignore[attr-defined]
                index = METHODS[method]
            else:
                continue
            keywords = {k.arg for k in node.keywords}
            if "code" not in keywords and (index is None or len(node.args) <= index):
                uncoded.append(f"{path.name}:{node.lineno}")
    assert uncoded == []


def test_every_code_of_the_importers_has_a_template_with_its_params() -> None:
    templates = _templates()
    raised = {
        code: sites
        for code, sites in _raised().items()
        if any(
            where.split(":")[0] in {p.name for p in IMPORTING.glob("*.py")} for where, _ in sites
        )
    }
    assert len(raised) >= 80, sorted(raised)
    for code, sites in raised.items():
        assert code in templates, f"{code} ({sites[0][0]}) has no template"
        wanted = set(PLACEHOLDER.findall(templates[code]))
        for where, keys in sites:
            assert keys is not None, f"{where}: {code} has params that are not a literal dict"
            assert keys == wanted, f"{where}: {code} gives {sorted(keys)}, wants {wanted}"


def _refusal(read: Callable[[], object]) -> ImportFileError:
    with pytest.raises(ImportFileError) as refused:
        result = read()
        if result is not None and not isinstance(result, ImportFormat):
            list(result)  # type: ignore[call-overload]
    return refused.value


def _bad_files(folder: Path) -> dict[str, Callable[[], object]]:
    """Files each refused for another reason, by the code expected."""
    (folder / "folder.csv").mkdir()
    (folder / "empty.csv").write_bytes(b"")
    (folder / "report.pdf").write_bytes(b"%PDF-1.7 not a list of recommendations")
    (folder / "binary.csv").write_bytes(bytes(range(256)) * 20)
    (folder / "twice.csv").write_text("Text,Text\nRatify,Ratify\n")
    (folder / "fake.xlsx").write_text("not a zip package")
    (folder / "no-columns.csv").write_text("Text,Country\nRatify,Slovenia\n")
    other = build(
        folder / "other.docx", [["Ratify", "Supported", "", ""]], header=["A", "B", "C", "D"]
    )
    far = write_xlsx(folder / "far.xlsx", sheet_xml(f'<row r="9">{inline("A9", "x")}</row>'))
    beyond = sheet_xml(f'<row r="1">{inline("XFE1", "x")}</row>')
    return {
        "import.no_file": lambda: detect_format(folder / "missing.csv"),
        "import.folder": lambda: detect_format(folder / "folder.csv"),
        "file.empty": lambda: detect_format(folder / "empty.csv"),
        "import.other_kind": lambda: detect_format(folder / "report.pdf"),
        "import.binary": lambda: detect_format(folder / "binary.csv"),
        "import.header_twice": lambda: open_table(folder / "twice.csv"),
        "import.office_not_zip": lambda: open_table(folder / "fake.xlsx"),
        "import.columns_missing": lambda: read_uhri(folder / "no-columns.csv"),
        "import.damaged_zip": lambda: detect_format(
            truncated(folder / "cut.xlsx", write_uhri_xlsx(folder / "whole.xlsx"))
        ),
        "import.zip_bomb_ratio": lambda: detect_format(zip_bomb_xlsx(folder / "bomb.xlsx")),
        "import.xml_entities": lambda: detect_format(billion_laughs_xlsx(folder / "lol.xlsx")),
        "import.cell_too_far": lambda: open_table(write_xlsx(folder / "beyond.xlsx", beyond)),
        "import.sheet_too_large_declared": lambda: detect_format(
            write_issue_file(folder / "issue.xlsx")
        ),
        "import.not_thematic": lambda: read_thematic_list(other),
        "import.mapping_columns_missing": lambda: read_mapped(
            far,
            MappingProfile(name="m", columns={Field.TEXT: "Text"}, fixed={Field.MECHANISM: "UPR"}),
        ),
    }


def test_refused_files_carry_codes_whose_english_template_is_the_message(
    tmp_path: Path,
) -> None:
    for code, read in _bad_files(tmp_path).items():
        refused = _refusal(read)
        assert refused.code == code, (code, refused.message)
        assert _english(code, refused.params) == refused.message, code


@pytest.fixture
def database(new_sqlite: Callable[[str], str]) -> Database:
    return open_database(new_sqlite("codes"), create=True)


def test_refused_rows_carry_codes_whose_english_template_is_the_reason(
    database: Database, tmp_path: Path
) -> None:
    upr = tmp_path / "upr.csv"
    upr.write_bytes(upr_info_bytes([*UPR_INFO_LINES, "Chad,Africa,AU,Act,Peru,,,Maybe,1,X,3"]))
    rows = [list(row) for row in UHRI_ROWS]
    rows[0][0] = ""  # no text
    rows[1][14] = "Perhaps"  # no such position
    rows[2][15] = "not-a-uuid"
    uhri = write_uhri_xlsx(tmp_path / "uhri.xlsx", rows)
    thematic = build(
        tmp_path / "list.docx",
        [
            ["Adopt a plan (Mongolia)", "Supported", "- Plans", ""],
            ["140.8 Adopt a plan (Mongolia)", "Maybe", "- Plans", ""],
        ],
    )
    problems: list[RowProblem] = []
    for path in (upr, uhri):
        problems += import_file(database, path, dry_run=True).rejected
    problems += [p for p in read_thematic_list(thematic) if isinstance(p, RowProblem)]
    codes = {p.code for p in problems}
    assert {
        "import.same_as_row",
        "import.response_unknown",
        "import.text_empty",
        "import.position_unknown",
        "import.not_annotation_id",
        "import.no_paragraph",
        "import.position_not_recognised",
    } <= codes, codes
    for problem in problems:
        assert problem.code is not None, problem
        assert _english(problem.code, problem.params) == problem.reason, problem
    assert HEADER_4[0] in {p.column for p in problems}
    assert re.search(r"row \d+", next(p.reason for p in problems if p.code == "import.same_as_row"))
