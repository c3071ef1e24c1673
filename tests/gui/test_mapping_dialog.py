"""The column-mapping dialog of the "any spreadsheet" importer."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from desktop.services.choices import filter_choices
from desktop.services.database import Database
from desktop.services.importing.fields import EXPORT_HEADERS, LOCAL_FIELDS, Field
from desktop.services.importing.mapped import (
    EXPORT_PROFILE,
    MappingProfile,
    list_profiles,
    save_profile,
)
from desktop.ui.i18n import field_label
from desktop.ui.views.mapping_dialog import MappingDialog

LONG_TEXT = (
    "Take all necessary measures to ensure that every child born on the territory is "
    "registered at birth, including children of migrants and refugees, free of charge"
)
SHEET_HEADERS = ["No.", "Recommendation", "Body", "Symbol", "Themes", "Remarks"]
SHEET_ROWS = [
    ["1", LONG_TEXT, "CRC", "CRC/C/XYZ/CO/5", "Birth registration; Children", ""],
    ["2", "Ratify the Optional Protocol", "CAT", "CAT/C/XYZ/CO/3", "Torture", "urgent"],
]


def write_xlsx(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def write_csv(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def mechanisms(database: Database) -> list[tuple[str, str]]:
    return filter_choices(database.session_factory).mechanisms


def make_dialog(
    qtbot: object, database: Database, path: Path, profile: MappingProfile | None = None
) -> MappingDialog:
    dialog = MappingDialog(path, database.session_factory, mechanisms(database), profile)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    return dialog


def choose(dialog: MappingDialog, field: Field, header: str | None) -> None:
    combo = dialog.columns[field]
    index = combo.findData(header)
    assert index >= 0, header
    combo.setCurrentIndex(index)


def click_ok(dialog: MappingDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_export_like_headers_are_guessed(qtbot: object, database: Database, tmp_path: Path) -> None:
    headers = [EXPORT_HEADERS[Field.TEXT], EXPORT_HEADERS[Field.MECHANISM], "Something else"]
    path = write_csv(tmp_path / "export.csv", [*headers, "Priority"], [["Do X", "UPR", "a", ""]])
    dialog = make_dialog(qtbot, database, path)
    profile = dialog.profile()
    assert profile.columns == {
        Field.TEXT: "Text",
        Field.MECHANISM: "Mechanism",
        Field.PRIORITY: "Priority",
    }
    assert profile.fixed == {}
    assert profile.name == "export"  # the file's name until the user names it
    assert dialog.saved.currentIndex() == -1  # a guess, not a saved mapping
    assert dialog.file_label.text().endswith("<b>export.csv</b>")
    assert dialog.ok_button.isEnabled()
    assert dialog.message.text() == ""


def test_form_preview_and_labels(qtbot: object, database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "sheet.xlsx", SHEET_HEADERS, SHEET_ROWS)
    dialog = make_dialog(qtbot, database, path)
    assert all(field_label(f) for f in Field)
    assert field_label(Field.SOURCE_SYMBOL) == "Document symbol"
    combo = dialog.columns[Field.TEXT]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(not in this file)",
        *SHEET_HEADERS,
    ]
    assert "separated by ;" in dialog.columns[Field.THEMES].toolTip()
    assert dialog.columns[Field.TEXT].toolTip() == ""
    assert set(LOCAL_FIELDS) <= set(dialog.columns)
    assert dialog.fixed_mechanism.itemText(0) == "(from the column)"
    assert dialog.fixed_mechanism.findData("CEDAW") > 0
    # the preview: the file's headers, its rows, long text elided with the full text as tooltip
    preview = dialog.preview
    assert preview.rowCount() == 2 and preview.columnCount() == len(SHEET_HEADERS)
    assert preview.horizontalHeaderItem(1).text() == "Recommendation"
    item = preview.item(0, 1)
    assert item.text() == LONG_TEXT and LONG_TEXT in item.toolTip()
    assert preview.columnWidth(1) <= 240 < preview.fontMetrics().horizontalAdvance(LONG_TEXT)
    assert preview.columnWidth(0) >= 70
    assert dialog.minimumWidth() >= 900 and dialog.minimumHeight() >= 600
    # tab order: text, mechanism, one mechanism for every row, then the other fields
    assert dialog.columns[Field.TEXT].nextInFocusChain() is dialog.columns[Field.MECHANISM]
    assert dialog.columns[Field.MECHANISM].nextInFocusChain() is dialog.fixed_mechanism


def test_choices_build_the_profile_and_highlight_columns(
    qtbot: object, database: Database, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "sheet.xlsx", SHEET_HEADERS, SHEET_ROWS)
    dialog = make_dialog(qtbot, database, path)
    assert not dialog.preview.horizontalHeaderItem(1).font().bold()
    choose(dialog, Field.TEXT, "Recommendation")
    choose(dialog, Field.REFERENCE, "No.")
    choose(dialog, Field.THEMES, "Themes")
    choose(dialog, Field.NOTES, "Remarks")
    dialog.fixed_mechanism.setCurrentIndex(dialog.fixed_mechanism.findData("CRC"))
    dialog.save_name.setText("Treaty body sheet")
    assert dialog.profile() == MappingProfile(
        "Treaty body sheet",
        {
            Field.TEXT: "Recommendation",
            Field.REFERENCE: "No.",
            Field.THEMES: "Themes",
            Field.NOTES: "Remarks",
        },
        {Field.MECHANISM: "CRC"},
    )
    header = dialog.preview.horizontalHeaderItem(1)
    assert header.font().bold() and "Text" in header.toolTip()
    assert dialog.preview.item(0, 1).background().style() != Qt.BrushStyle.NoBrush
    assert not dialog.preview.horizontalHeaderItem(2).font().bold()  # "Body" is not mapped
    choose(dialog, Field.TEXT, None)  # un-mapping takes the highlight off
    assert not dialog.preview.horizontalHeaderItem(1).font().bold()
    assert Field.TEXT not in dialog.profile().columns
    choose(dialog, Field.TEXT, "Recommendation")
    with qtbot.waitSignal(dialog.accepted):  # type: ignore[attr-defined]
        click_ok(dialog)
    assert [p.name for p in list_profiles(database.session_factory)] == [EXPORT_PROFILE]


def test_missing_text_column_keeps_the_dialog_open(
    qtbot: object, database: Database, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "sheet.xlsx", SHEET_HEADERS, SHEET_ROWS)
    dialog = make_dialog(qtbot, database, path)
    dialog.show()
    choose(dialog, Field.MECHANISM, "Body")
    choose(dialog, Field.THEMES, "Themes")
    dialog.save_name.setText("kept")
    click_ok(dialog)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.message.text().startswith("Text:")
    assert "column that holds the text" in dialog.message.text()
    assert dialog.focusWidget() is dialog.columns[Field.TEXT]
    # the input is kept; with the text column, no mechanism at all is the next problem
    assert dialog.profile().columns[Field.THEMES] == "Themes"
    assert dialog.save_name.text() == "kept"
    choose(dialog, Field.TEXT, "Recommendation")
    choose(dialog, Field.MECHANISM, None)
    click_ok(dialog)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("Mechanism:")


def test_saving_persists_and_reopening_applies(
    qtbot: object, database: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "sheet.csv", SHEET_HEADERS, SHEET_ROWS)
    dialog = make_dialog(qtbot, database, path)
    choose(dialog, Field.TEXT, "Recommendation")
    choose(dialog, Field.SOURCE_SYMBOL, "Symbol")
    dialog.fixed_mechanism.setCurrentIndex(dialog.fixed_mechanism.findData("CAT"))
    dialog.save_name.setText("Committee sheet")
    dialog.save_check.setChecked(True)
    click_ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = {p.name: p for p in list_profiles(database.session_factory)}
    assert saved["Committee sheet"] == dialog.profile()

    # a new dialog on the same kind of file: choosing the saved mapping applies it
    again = make_dialog(qtbot, database, path)
    assert again.saved.itemData(0) == EXPORT_PROFILE  # the built-in mapping comes first
    assert not again.delete_button.isEnabled()
    again.saved.setCurrentIndex(again.saved.findData("Committee sheet"))
    assert again.profile() == saved["Committee sheet"]
    assert again.save_name.text() == "Committee sheet"
    assert again.delete_button.isEnabled()
    # ... and so does opening with it
    given = make_dialog(qtbot, database, path, saved["Committee sheet"])
    assert given.saved.currentData() == "Committee sheet"
    assert given.fixed_mechanism.currentData() == "CAT"
    assert given.columns[Field.SOURCE_SYMBOL].currentData() == "Symbol"


def test_saving_under_the_built_in_name_is_refused(
    qtbot: object, database: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "sheet.csv", SHEET_HEADERS, SHEET_ROWS)
    dialog = make_dialog(qtbot, database, path)
    dialog.show()
    choose(dialog, Field.TEXT, "Recommendation")
    choose(dialog, Field.MECHANISM, "Body")
    dialog.save_name.setText(EXPORT_PROFILE)
    dialog.save_check.setChecked(True)
    click_ok(dialog)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("Save as:")
    assert "built-in" in dialog.message.text()


def test_a_mapping_naming_absent_columns_says_so(
    qtbot: object, database: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "sheet.csv", SHEET_HEADERS, SHEET_ROWS)
    profile = MappingProfile("old", {Field.TEXT: "Recommendation", Field.CYCLE: "Cycle"})
    dialog = make_dialog(qtbot, database, path, profile)
    assert dialog.profile().columns == {Field.TEXT: "Recommendation"}
    assert '"Cycle"' in dialog.message.text()


def test_deleting_a_saved_mapping(
    qtbot: object, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_profile(
        database.session_factory,
        MappingProfile("Old sheet", {Field.TEXT: "Recommendation"}, {Field.MECHANISM: "UPR"}),
    )
    path = write_csv(tmp_path / "sheet.csv", SHEET_HEADERS, SHEET_ROWS)
    dialog = make_dialog(qtbot, database, path)
    dialog.saved.setCurrentIndex(dialog.saved.findData("Old sheet"))
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(parent: QWidget, title: str, text: str) -> QMessageBox.StandardButton:
            asked.append(text)
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    dialog.delete_button.click()
    assert len(list_profiles(database.session_factory)) == 2
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    dialog.delete_button.click()
    assert '"Old sheet"' in asked[-1]
    assert [p.name for p in list_profiles(database.session_factory)] == [EXPORT_PROFILE]
    assert dialog.saved.findData("Old sheet") == -1
    assert not dialog.delete_button.isEnabled()


def test_a_damaged_file_shows_the_error_and_disables_ok(
    qtbot: object, database: Database, tmp_path: Path
) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", SHEET_HEADERS, SHEET_ROWS).read_bytes()
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(good[: len(good) // 2])
    dialog = make_dialog(qtbot, database, damaged)
    assert not dialog.ok_button.isEnabled()
    assert "damaged.xlsx" in dialog.message.text()
    assert dialog.preview.columnCount() == 0
    assert dialog.columns[Field.TEXT].count() == 1
    dialog.accept()  # even called directly, nothing is accepted
    assert dialog.result() == 0


def test_right_to_left_layout(qtbot: object, database: Database, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    path = write_xlsx(tmp_path / "sheet.xlsx", SHEET_HEADERS, SHEET_ROWS)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = make_dialog(qtbot, database, path)
        dialog.show()
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.preview.isRightToLeft()
        choose(dialog, Field.TEXT, "Recommendation")
        assert dialog.profile().columns == {Field.TEXT: "Recommendation", Field.THEMES: "Themes"}
        # the file's Latin text keeps its reading order ("No." does not show as ".No")
        assert dialog.columns[Field.TEXT].itemText(1) == "\u200eNo.\u200e"
        assert dialog.preview.horizontalHeaderItem(0).text() == "\u200eNo.\u200e"
        # the form (first in the splitter) sits on the right
        form_scroll = dialog.splitter.widget(0)
        assert form_scroll.mapTo(dialog, form_scroll.rect().topLeft()).x() > dialog.width() // 3
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
