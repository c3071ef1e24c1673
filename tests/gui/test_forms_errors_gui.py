"""The errors of agency update forms in the user's language: the rejected
rows of a returned form with their row, field and reason, a file that is not
a form or was forged, and a form that cannot be made. Screenshots of the
review in Chinese and Arabic in /tmp/shots-E when FORMS_SHOTS is set."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop import paths
from desktop.app import install_translations
from desktop.domain.vocab import ImplementationStatus
from desktop.services.agencies import list_agencies
from desktop.services.database import Database
from desktop.services.forms.labels import FormLabels
from desktop.services.forms.review import review_form
from desktop.ui.error_text import coded_text
from desktop.ui.main_window import MainWindow
from desktop.ui.views.form_import import review_returned_form
from desktop.ui.views.form_review_dialog import FormReviewDialog
from desktop.ui.views.send_forms_dialog import SendFormsDialog
from tests.unit.forms_data import TODAY, entries, make

SHOTS = Path("/tmp/shots-E")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "zh")
    try:
        yield
    finally:
        install_translations(qapp, "en")


def _slips(database: Database, folder: Path, language: str = "en") -> tuple[Path, list[int]]:
    """The Ministry of Justice's form returned with a changed read-only cell,
    a status not of the list, an over-long text and one good change."""
    form = folder / "moj.xlsx"
    make(database, "MOJ", form, language=language)
    recs = entries(form, "recommendation")
    book = openpyxl.load_workbook(form)
    sheet = book.worksheets[1]
    sheet[f"A{recs[0].row}"] = "999.9"
    sheet[f"H{recs[1].row}"] = "Done, more or less"
    sheet[f"I{recs[2].row}"] = "x" * 10_001
    sheet[f"I{recs[3].row}"] = "Draft law approved by the cabinet"
    book.save(folder / "returned.xlsx")
    return folder / "returned.xlsx", [r.row for r in recs[:3]]


def _rejected(dialog: FormReviewDialog) -> dict[str, list[str]]:
    table = dialog.rejected_table
    found = {}
    for row in range(table.rowCount()):
        cells = [table.item(row, column) for column in range(table.columnCount())]
        found[cells[1].text()] = [c.text() for c in cells] + [cells[3].toolTip()]
    return found


def test_rejected_rows_show_their_reasons_in_chinese_with_row_and_field(
    qtbot: QtBot, chinese: None, demo_window: MainWindow, tmp_path: Path
) -> None:
    returned, (read_only, status, long) = _slips(demo_window.database, tmp_path)
    review_returned_form(demo_window, returned)
    dialog = demo_window.findChild(FormReviewDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "审核机构进展"
    rejected = _rejected(dialog)
    assert set(rejected) == {str(read_only), str(status), str(long)}
    choices = "; ".join(FormLabels("en").status_names(ImplementationStatus))
    # The sheet as the form (English) names it; the field and the reason in Chinese.
    assert rejected[str(status)][:4] == [
        "Updates",
        str(status),
        "状态",
        f"“Done, more or less”不是列表中的状态（{choices}）",
    ]
    assert rejected[str(long)][2:4] == ["进展", "超过 10,000 个字符（实有 10,001 个）"]
    assert rejected[str(read_only)][2:4] == ["编号", "只读单元格被修改；该行不导入"]
    # The tooltip names the file, the row and the column as the form heads it.
    assert rejected[str(long)][4] == (
        f"returned.xlsx，第 {long} 行，“Progress since last report”列："
        "超过 10,000 个字符（实有 10,001 个）"
    )
    assert dialog.items_table.rowCount() == 1
    # The counts listed as Chinese lists them.
    summary = next(x.text() for x in dialog.findChildren(QLabel) if "returned.xlsx" in x.text())
    assert "、" in summary and ", " not in summary
    _shoot(dialog, "form-review-errors-zh")


def test_in_english_the_reasons_read_as_the_command_line_prints_them(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    returned, (read_only, status, long) = _slips(demo_db, tmp_path)
    review = review_form(demo_db.session_factory, returned, TODAY)
    dialog = FormReviewDialog(demo_db, review, TODAY)
    qtbot.addWidget(dialog)
    rejected = _rejected(dialog)
    assert rejected[str(long)][2:4] == ["Progress", "longer than 10,000 characters (it has 10,001)"]
    assert rejected[str(read_only)][3] == "a read-only cell was changed; the row is not taken in"
    by_row = {str(r.row): r.reason for r in review.rejected}
    assert rejected[str(status)][3] == by_row[str(status)].replace("'", "“", 1).replace("'", "”", 1)
    assert rejected[str(long)][4] == (
        f'returned.xlsx, row {long}, column "Progress since last report": '
        "longer than 10,000 characters (it has 10,001)"
    )


def test_a_file_that_is_not_a_form_or_was_forged_is_refused_in_chinese(
    qtbot: QtBot,
    chinese: None,
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import desktop.ui.views.form_import as form_import

    shown: list[str] = []
    monkeypatch.setattr(
        form_import.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text)
    )
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    review_returned_form(demo_window, junk)
    form = tmp_path / "moj.xlsx"
    make(demo_window.database, "MOJ", form)
    book = openpyxl.load_workbook(form)
    book["nmrf_manifest"]["D9"] = str(entries(form, "recommendation")[1].record)
    book.save(tmp_path / "forged.xlsx")
    review_returned_form(demo_window, tmp_path / "forged.xlsx")
    assert shown == [
        "junk.xlsx：这不是 Excel 工作簿（.xlsx）",
        "forged.xlsx：表格的签名不符：它由另一个数据库制作，或其隐藏清单已被修改；未从中读取任何内容",
    ]
    assert demo_window.findChild(FormReviewDialog) is None


def test_a_form_that_cannot_be_made_says_why_in_chinese(
    qtbot: QtBot, chinese: None, demo_db: Database, tmp_path: Path
) -> None:
    dialog = SendFormsDialog(demo_db, list_agencies(demo_db.session_factory))
    qtbot.addWidget(dialog)
    out = tmp_path / "forms"
    out.mkdir()
    dialog.folder.setText(str(out))
    dialog.deadline.set_value(TODAY - timedelta(days=1))
    dialog.make_button.click()
    assert dialog.message.text() == "交回期限：截止日期已过"
    assert dialog.sent == [] and list(out.iterdir()) == []


def test_the_review_with_rejected_rows_right_to_left(
    qtbot: QtBot, qapp: QApplication, demo_db: Database, tmp_path: Path
) -> None:
    returned, _ = _slips(demo_db, tmp_path, language="ar")
    install_translations(qapp, "ar")
    try:
        review = review_form(demo_db.session_factory, returned, TODAY)
        dialog = FormReviewDialog(demo_db, review, TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.isRightToLeft()
        assert dialog.rejected_table.rowCount() == 3
        # The rows in Arabic digits, as the locale writes them.
        rows = {dialog.rejected_table.item(r, 1).text() for r in range(3)}
        assert all(text and all("\u0660" <= c <= "\u0669" for c in text) for text in rows)
        summary = next(x.text() for x in dialog.findChildren(QLabel) if "returned.xlsx" in x.text())
        assert not any("0" <= c <= "9" for c in summary) and ", " not in summary
        _shoot(dialog, "form-review-errors-ar")
    finally:
        install_translations(qapp, "en")


def _shoot(dialog: FormReviewDialog, name: str) -> None:
    if not os.environ.get("FORMS_SHOTS"):
        return
    SHOTS.mkdir(exist_ok=True)
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        QFontDatabase.addApplicationFont(str(paths.resources_dir() / "fonts" / "wqy-microhei.ttc"))
    dialog.resize(1200, 600)
    QApplication.processEvents()
    dialog.grab().save(str(SHOTS / f"{name}.png"))


def test_a_count_missing_or_not_a_number_falls_back_to_the_english_message() -> None:
    english = "longer than 10,000 characters (10,001)"
    assert coded_text("form.text_too_long", {"length": 10_001}, english) == english
    params = {"limit": "many", "length": 10_001}
    assert coded_text("form.text_too_long", params, english) == english
    counted = {"limit": 1, "length": 2}
    assert (
        coded_text("form.text_too_long", counted, english) == "longer than 1 character (it has 2)"
    )
