"""The import dialog: choose, preview with counts and rejected rows, confirm,
summary; errors shown with the file and row; cancel changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.services.database import Database
from desktop.services.importing.fields import Field
from desktop.services.importing.mapped import MappingProfile
from desktop.store.models import Recommendation
from desktop.ui.main_window import MainWindow
from desktop.ui.views.import_dialog import ImportDialog
from tests.unit.import_files import UPR_INFO_LINES, upr_info_bytes, write_uhri_xlsx


def count(db: Database) -> int:
    with db.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(Recommendation)) or 0)


def test_preview_then_import_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "upr.csv"
    path.write_bytes(upr_info_bytes(UPR_INFO_LINES))
    dialog = window.show_import(path)
    qtbot.addWidget(dialog)
    dialog.next_step()  # preview (a dry run)
    assert dialog.pages.currentIndex() == 1
    heading = dialog.preview_heading.text()
    assert "UPR Info export" in heading and "4 new" in heading and "1 rejected" in heading
    assert dialog.preview_table.rowCount() == 4
    assert dialog.preview_table.item(0, 4).text().startswith("Ratify the Convention")
    assert dialog.rejected_table.item(0, 0).text() == "4"
    assert "row 3" in dialog.rejected_table.item(0, 2).text()
    assert count(database) == 0  # the preview wrote nothing
    with qtbot.waitSignal(dialog.imported):
        dialog.next_step()  # import
    assert dialog.pages.currentIndex() == 2
    assert "4 new" in dialog.summary_text.text() and "backup" in dialog.summary_text.text()
    assert count(database) == 4
    assert window.register.model.rowCount() == 4  # the register reloaded
    dialog.next_step()
    assert not dialog.isVisible()


def test_a_bad_file_shows_where_and_changes_nothing(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(write_uhri_xlsx(tmp_path / "whole.xlsx").read_bytes()[:900])
    dialog = ImportDialog(database, [])
    qtbot.addWidget(dialog)
    dialog.set_path(path)
    dialog.next_step()
    assert dialog.pages.currentIndex() == 0
    assert dialog.error.isVisibleTo(dialog)
    assert "cut.xlsx" in dialog.error.text() and "damaged or truncated" in dialog.error.text()
    assert count(database) == 0


def test_no_file_chosen(qtbot: QtBot, database: Database) -> None:
    dialog = ImportDialog(database, [])
    qtbot.addWidget(dialog)
    dialog.next_step()
    assert "Choose a file" in dialog.error.text()


def test_cancel_during_the_import_changes_nothing(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    dialog = ImportDialog(database, [])
    qtbot.addWidget(dialog)
    dialog.set_path(write_uhri_xlsx(tmp_path / "uhri.xlsx"))
    dialog.next_step()
    assert dialog.pages.currentIndex() == 1
    # The user presses Cancel while the bar runs.
    dialog.progress.valueChanged.connect(lambda _value: dialog.cancel_button.click())
    dialog.run_import()
    assert "Cancelled" in dialog.error.text()
    assert count(database) == 0


def test_a_sheet_in_no_official_format_asks_for_columns(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ours.csv"
    path.write_text("No.,Recommendation\n7,Adopt a law on domestic violence\n", encoding="utf-8")
    dialog = ImportDialog(database, [("CEDAW", "CEDAW")])
    qtbot.addWidget(dialog)
    dialog.set_path(path)
    asked: list[bool] = []

    def choose_columns(for_path: Path | None = None) -> bool:
        asked.append(for_path == path)
        dialog.mapping = MappingProfile(
            "ours",
            {Field.TEXT: "Recommendation", Field.REFERENCE: "No."},
            {Field.MECHANISM: "CEDAW"},
        )
        return True

    monkeypatch.setattr(dialog, "choose_columns", choose_columns)
    dialog.next_step()
    assert asked == [True]
    assert dialog.pages.currentIndex() == 1 and "1 new" in dialog.preview_heading.text()
