"""The export dialog: scope (selection, current filter, everything), the file
written in the background, a cancelled export leaves no file."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow


def test_export_the_current_filter_to_xlsx(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    register = demo_window.register
    register.search.setText("torture")
    register.reload()
    shown = register.model.rowCount()
    assert 0 < shown < 412
    dialog = demo_window.show_export()
    qtbot.addWidget(dialog)
    assert dialog.scope_filter.isChecked() and str(shown) in dialog.scope_filter.text()
    out = tmp_path / "torture.xlsx"
    dialog.set_path(out)
    dialog.export_button.click()
    assert dialog.export_result is not None and dialog.export_result.recommendations == shown
    assert "Exported" in dialog.message.text()
    workbook = openpyxl.load_workbook(out, read_only=True)
    assert workbook["Recommendations"].max_row == shown + 1


def test_export_the_selection_to_csv(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    register = demo_window.register
    register.table.selectRow(0)
    selection = register.table.selectionModel()
    index = register.model.index(1, 0)
    selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    assert len(register.selected_ids()) == 2
    dialog = demo_window.show_export()
    qtbot.addWidget(dialog)
    assert dialog.scope_selection.isChecked()
    out = tmp_path / "two.csv"
    dialog.set_path(out)
    dialog.export_button.click()
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) == 3


def test_wrong_name_and_cancel_leave_no_file(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    dialog = demo_window.show_export()
    qtbot.addWidget(dialog)
    dialog.set_path(tmp_path / "out.pdf")
    dialog.export_button.click()
    assert ".xlsx or .csv" in dialog.message.text()
    dialog.scope_all.setChecked(True)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "all.xlsx"
    dialog.set_path(out)
    dialog.progress.valueChanged.connect(lambda _v: dialog.close_button.click())
    dialog.export_button.click()
    assert "Cancelled" in dialog.message.text()
    assert list((tmp_path / "out").iterdir()) == []  # no file, no temporary file
