"""The import dialog in the user's language: a file refused (damaged, a cell
too long) names its file, row and column and says why in Chinese; refused
rows list their row, column and reason in Chinese, with the file in the
tooltip, and the counts with their plural forms; English reads as the
command line prints it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import install_translations
from desktop.domain.errors import ImportFileError
from desktop.services.database import Database
from desktop.services.importing.detect import detect_format
from desktop.ui.views.import_dialog import ImportDialog
from tests.unit.import_files import (
    truncated,
    upr_info_bytes,
    write_uhri_xlsx,
)

LINES = [
    "Chad,Africa,AU,Ratify the Convention against Torture,France,WEOG,EU,Accepted,5,Torture,3",
    "Chad,Africa,AU,Ratify the Convention against Torture,France,WEOG,EU,Accepted,5,Torture,3",
    "Chad,Africa,AU,Abolish the death penalty,Peru,GRULAC,,Maybe,1,Death penalty,3",
    "Chad,Africa,AU,Adopt a law on domestic violence,Chile,GRULAC,,Noted,7,Women,3",
    "Chad,Africa,AU,Protect journalists,Spain,WEOG,EU,Accepted,2,Media,3",
]


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "zh")
    try:
        yield
    finally:
        install_translations(qapp, "en")


def _dialog(qtbot: QtBot, database: Database, path: Path) -> ImportDialog:
    dialog = ImportDialog(database, [])
    qtbot.addWidget(dialog)
    dialog.set_path(path)
    dialog.next_step()
    return dialog


def _damaged(folder: Path) -> tuple[Path, ImportFileError]:
    path = truncated(folder / "cut.xlsx", write_uhri_xlsx(folder / "whole.xlsx"))
    with pytest.raises(ImportFileError) as refused:
        detect_format(path)
    return path, refused.value


def test_a_damaged_workbook_is_refused_in_chinese(
    qtbot: QtBot, chinese: None, database: Database, tmp_path: Path
) -> None:
    path, refused = _damaged(tmp_path)
    dialog = _dialog(qtbot, database, path)
    assert dialog.pages.currentIndex() == 0 and dialog.error.isVisibleTo(dialog)
    # What the zip reader said is shown as it said it, inside the Chinese sentence.
    reason = refused.params["reason"]
    assert dialog.error.text() == f"cut.xlsx：文件已损坏或不完整，无法打开（{reason}）"


def test_a_cell_too_long_and_a_header_twice_name_file_row_and_column_in_chinese(
    qtbot: QtBot, chinese: None, database: Database, tmp_path: Path
) -> None:
    long = tmp_path / "long.csv"
    too_long = LINES[3].replace("Adopt a law on domestic violence", "x" * 100_001)
    long.write_bytes(upr_info_bytes([LINES[0], too_long], "utf-8", "\n"))
    dialog = _dialog(qtbot, database, long)
    assert (
        dialog.error.text() == "long.csv，第 3 行：某个单元格有 100,001 个字符（最多 100,000 个）"
    )
    twice = tmp_path / "twice.csv"
    twice.write_text("Text,From,Text\nRatify,France,x\n", encoding="utf-8")
    dialog = _dialog(qtbot, database, twice)
    assert dialog.error.text() == "twice.csv，第 1 行，“Text”列：列标题“Text”出现了两次"


def test_refused_rows_show_their_reasons_in_chinese(
    qtbot: QtBot, chinese: None, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "upr.csv"
    path.write_bytes(upr_info_bytes(LINES))
    dialog = _dialog(qtbot, database, path)
    assert dialog.pages.currentIndex() == 1
    table = dialog.rejected_table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [
        ["3", "", "与第 2 行的建议相同"],
        ["4", "Response", "答复“Maybe”无法识别"],
        ["5", "Action", "行动类别“7”不是 1–5"],
    ]
    tips = [table.item(r, 2).toolTip() for r in range(table.rowCount())]
    assert tips == [
        "upr.csv，第 3 行：与第 2 行的建议相同",
        "upr.csv，第 4 行，“Response”列：答复“Maybe”无法识别",
        "upr.csv，第 5 行，“Action”列：行动类别“7”不是 1–5",
    ]
    assert dialog.rejected_heading.text() == "被拒绝、不导入的行：3 行。"
    heading = dialog.preview_heading.text()
    assert "已读取 5 行。" in heading and "新增 2，更新 0，未变 0，拒绝 3" in heading


def test_in_english_the_reasons_read_as_the_command_line_prints_them(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "upr.csv"
    path.write_bytes(upr_info_bytes(LINES[:3]))
    dialog = _dialog(qtbot, database, path)
    table = dialog.rejected_table
    assert table.item(1, 2).text() == 'the response "Maybe" is not known'
    assert table.item(1, 2).toolTip() == (
        'upr.csv, row 4, column "Response": the response "Maybe" is not known'
    )
    assert dialog.rejected_heading.text() == "Rejected, not imported: 2 rows."
    assert "3 rows read." in dialog.preview_heading.text()
    one = tmp_path / "one.csv"
    one.write_bytes(upr_info_bytes(LINES[:2]))
    dialog = _dialog(qtbot, database, one)
    assert dialog.rejected_heading.text() == "Rejected, not imported: 1 row."
    damaged, refused = _damaged(tmp_path)
    dialog = _dialog(qtbot, database, damaged)
    assert dialog.error.text() == str(refused)
