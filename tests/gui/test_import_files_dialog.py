"""The import dialog with several files: chosen together, previewed with the
totals and a line per file (the counts the service gives), imported in one
go (one backup, all of them or none); a refused file is named and nothing is
written; one file still reads as it always did."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop import paths
from desktop.services.database import Database
from desktop.services.importing import reader_process, reader_spares
from desktop.services.importing.fields import Field
from desktop.services.importing.mapped import MappingProfile
from desktop.services.importing.records import ImportFormat
from desktop.services.importing.service import import_files
from desktop.store.models import Recommendation
from desktop.ui.views.import_dialog import ImportDialog
from desktop.ui.views.import_file_results import files_summary_html
from desktop.ui.views.import_results import preview_heading, summary_html
from tests.unit.import_files import UPR_INFO_LINES, truncated, upr_info_bytes, write_uhri_xlsx

UPR_INFO = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "upr-info"
real_data = pytest.mark.skipif(
    not UPR_INFO.is_dir(), reason="../shared/datasets/upr-info is absent"
)
ROWS = 300
OTHER_LINES = [
    "Chad,Africa,AU,Abolish the death penalty,Peru,GRULAC,,Noted,1,Death penalty,3",
    "Chad,Africa,AU,Protect journalists,Spain,WEOG,EU,Accepted,2,Media,3",
]


def count(db: Database) -> int:
    with db.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(Recommendation)) or 0)


def first_rows(name: str, folder: Path, rows: int = ROWS) -> Path:
    """The header and the first ``rows`` records of a real UPR Info file, as it is
    written (Mac Roman, lines ending with a carriage return)."""
    text = (UPR_INFO / name).read_bytes().decode("mac_roman")
    records = list(csv.reader(io.StringIO(text, newline="")))[: rows + 1]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r").writerows(records)
    path = folder / name
    path.write_bytes(out.getvalue().encode("mac_roman"))
    return path


def small_files(folder: Path) -> list[Path]:
    """Two small UPR Info files; the second repeats a recommendation of the first."""
    first, second = folder / "first.csv", folder / "second.csv"
    first.write_bytes(upr_info_bytes(UPR_INFO_LINES))
    second.write_bytes(upr_info_bytes([*OTHER_LINES, UPR_INFO_LINES[3]]))
    return [first, second]


def dialog_for(qtbot: QtBot, database: Database, files: list[Path]) -> ImportDialog:
    dialog = ImportDialog(database, [("CEDAW", "CEDAW")])
    qtbot.addWidget(dialog)
    dialog.set_paths(files)
    return dialog


def cells(table: object, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]  # type: ignore[attr-defined]


@real_data
def test_two_real_files_preview_per_file_then_import_in_one_go(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    files = [first_rows("sessions-1-5.csv", tmp_path), first_rows("sessions-6-9.csv", tmp_path)]
    dialog = dialog_for(qtbot, database, files)
    assert dialog.path_edit.text() == "2 files: sessions-1-5.csv, sessions-6-9.csv"
    assert dialog.path_edit.toolTip().splitlines() == [str(p) for p in files]
    assert not dialog.chooser.file_list.isHidden()
    assert [dialog.chooser.file_list.item(i).text() for i in range(2)] == [str(p) for p in files]
    expected = import_files(database, files, dry_run=True)
    dialog.next_step()  # the preview
    assert dialog.pages.currentIndex() == 1 and not dialog.error.isVisibleTo(dialog)
    assert [(s.file, s.new) for s in dialog.preview_summaries] == [
        (s.file, s.new) for s in expected
    ]
    heading = dialog.preview_heading.text()
    rows_read = sum(s.rows_read for s in expected)
    assert "2 files" in heading and f"{rows_read} rows read in all" in heading
    assert f"{sum(s.new for s in expected)} new" in heading
    table = dialog.files_table
    assert not table.isHidden() and table.rowCount() == 2
    for r, summary in enumerate(expected):
        assert [table.item(r, c).text() for c in range(table.columnCount())] == [
            summary.file,
            "UPR Info export",
            f"{summary.rows_read:,}",
            f"{summary.new:,}",
            f"{summary.updated:,}",
            f"{summary.unchanged:,}",
            f"{len(summary.rejected):,}",
        ]
    # The first rows of each file, each saying which file it is from.
    file_column = dialog.preview_table.columnCount() - 1
    assert not dialog.preview_table.isColumnHidden(file_column)
    assert dialog.preview_table.horizontalHeader().visualIndex(file_column) == 0
    assert set(cells(dialog.preview_table, file_column)) == {f.name for f in files}
    assert count(database) == 0  # the previews wrote nothing
    with qtbot.waitSignal(dialog.imported):
        dialog.next_step()  # the import
    assert dialog.pages.currentIndex() == 2
    assert count(database) == sum(s.new for s in expected)
    backups = {s.backup for s in dialog.import_summaries}
    assert len(backups) == 1 and None not in backups
    (backup,) = backups
    assert backup is not None and backup.is_file()
    assert database.path is not None
    assert list(paths.backups_dir_for(database.path).iterdir()) == [backup]
    summary = dialog.summary_text.text()
    assert "Imported 2 files." in summary and summary.count(str(backup)) == 1
    assert "sessions-1-5.csv" in summary and "sessions-6-9.csv" in summary


@real_data
def test_cancel_while_two_files_are_imported_leaves_nothing(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    files = [first_rows("sessions-1-5.csv", tmp_path), first_rows("sessions-6-9.csv", tmp_path)]
    dialog = dialog_for(qtbot, database, files)
    dialog.next_step()
    assert dialog.pages.currentIndex() == 1
    seen: list[int] = []

    def press_cancel(value: int) -> None:
        seen.append(value)
        dialog.cancel_button.click()  # the user presses Cancel while the bar runs

    dialog.progress.valueChanged.connect(press_cancel)
    dialog.run_import()
    assert seen and "Cancelled" in dialog.error.text()
    assert count(database) == 0 and dialog.pages.currentIndex() == 1
    assert database.path is not None
    assert not list(paths.backups_dir_for(database.path).glob("*"))


def test_a_recommendation_in_both_files_is_new_then_unchanged(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, database, small_files(tmp_path))
    dialog.next_step()
    first, second = dialog.preview_summaries
    assert (first.new, first.unchanged) == (4, 0) and len(first.rejected) == 1
    assert (second.new, second.unchanged) == (2, 1)
    assert cells(dialog.files_table, 3) == ["4", "2"] and cells(dialog.files_table, 5) == ["0", "1"]
    assert "6 new, 0 updated, 1 unchanged, 1 rejected" in dialog.preview_heading.text()
    # The rejected row says in which file, at which row, and why.
    rejected = dialog.rejected_table
    assert rejected.rowCount() == 1 and not rejected.isColumnHidden(3)
    assert [rejected.item(0, c).text() for c in (3, 0)] == ["first.csv", "4"]
    assert rejected.item(0, 0).toolTip().startswith("first.csv, row 4")
    with qtbot.waitSignal(dialog.imported):
        dialog.next_step()
    assert count(database) == 6


@pytest.mark.parametrize("kind", ["words.txt", "cut.xlsx"])
def test_a_bad_second_file_is_named_and_nothing_is_written(
    qtbot: QtBot, database: Database, tmp_path: Path, kind: str
) -> None:
    bad = tmp_path / kind
    if kind == "words.txt":
        bad.write_text("lantern orbit velvet\nmarble quietly seven\n", encoding="utf-8")
    else:
        truncated(bad, write_uhri_xlsx(tmp_path / "whole.xlsx"))
    good = small_files(tmp_path)[0]
    dialog = dialog_for(qtbot, database, [good, bad])
    dialog.next_step()
    assert dialog.pages.currentIndex() == 0 and dialog.error.isVisibleTo(dialog)
    assert dialog.error.text().startswith(f"{kind}: ") and "first.csv" not in dialog.error.text()
    assert count(database) == 0


def test_a_file_spoilt_between_preview_and_import_writes_none_of_them(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    first, second = small_files(tmp_path)
    dialog = dialog_for(qtbot, database, [first, second])
    dialog.next_step()
    assert dialog.pages.currentIndex() == 1
    second.write_text("lantern orbit velvet\nmarble quietly seven\n", encoding="utf-8")
    dialog.next_step()
    assert dialog.pages.currentIndex() == 1 and dialog.error.text().startswith("second.csv")
    assert count(database) == 0 and dialog.import_summaries == []


def test_one_file_reads_as_before(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    path = small_files(tmp_path)[0]
    dialog = dialog_for(qtbot, database, [path])
    assert dialog.path_edit.text() == str(path) and dialog.chooser.file_list.isHidden()
    dialog.next_step()
    (summary,) = dialog.preview_summaries
    assert dialog.preview_heading.text() == preview_heading(summary)
    assert dialog.files_table.isHidden()
    assert dialog.preview_table.isColumnHidden(dialog.preview_table.columnCount() - 1)
    assert dialog.rejected_table.isColumnHidden(3)
    with qtbot.waitSignal(dialog.imported):
        dialog.next_step()
    (done,) = dialog.import_summaries
    assert dialog.summary_text.text() == summary_html(done) and done.backup is not None


def test_browse_takes_several_files_and_typing_takes_one(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = small_files(tmp_path)
    asked: list[object] = []

    def get_open_file_names(*args: object, **kwargs: object) -> tuple[list[str], str]:
        asked.append(kwargs.get("options"))
        return [str(p) for p in files], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", get_open_file_names)
    dialog = ImportDialog(database, [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.chooser.browse_button.click()
    assert asked == [QFileDialog.Option.DontUseNativeDialog]
    assert dialog.chooser.paths() == files
    assert dialog.path_edit.text() == "2 files: first.csv, second.csv"
    # Typing in the field replaces the two files with the one typed.
    dialog.path_edit.selectAll()
    qtbot.keyClicks(dialog.path_edit, str(files[1]))
    assert dialog.chooser.paths() == [files[1]] and dialog.chooser.file_list.isHidden()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Delete)
    dialog.next_step()
    assert "Choose a file" in dialog.error.text()


def test_a_sheet_in_no_official_format_among_others_asks_for_its_columns(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    upr = small_files(tmp_path)[0]
    ours = tmp_path / "ours.csv"
    ours.write_text("No.,Recommendation\n7,Adopt a law on domestic violence\n", encoding="utf-8")
    dialog = dialog_for(qtbot, database, [upr, ours])
    asked: list[Path | None] = []

    def choose_columns(path: Path | None = None) -> bool:
        asked.append(path)
        dialog.mapping = MappingProfile(
            "ours",
            {Field.TEXT: "Recommendation", Field.REFERENCE: "No."},
            {Field.MECHANISM: "CEDAW"},
        )
        return True

    monkeypatch.setattr(dialog, "choose_columns", choose_columns)
    dialog.next_step()
    assert asked == [ours]  # the mapping is chosen on the file that needs one
    assert [s.format for s in dialog.preview_summaries] == [
        ImportFormat.UPR_INFO,
        ImportFormat.MAPPED,
    ]
    assert cells(dialog.files_table, 1) == ["UPR Info export", "Spreadsheet with a column mapping"]
    with qtbot.waitSignal(dialog.imported):
        dialog.next_step()  # each file read again in its own format
    assert [s.new for s in dialog.import_summaries] == [4, 1] and count(database) == 5


def test_the_lines_per_file_keep_a_right_to_left_summary_right_to_left(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, database, small_files(tmp_path))
    dialog.next_step()
    summaries = dialog.preview_summaries
    assert "\u200f" not in files_summary_html(summaries)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        # Each line starts with a Latin file name: the mark keeps the paragraph
        # right to left.
        assert "<p>\u200f<b>first.csv</b>" in files_summary_html(summaries)
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_large_files_are_read_by_processes_started_when_chosen(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files read in processes of their own: started as soon as the files are
    chosen, taken by the preview, started again for the import; those no
    import took end with the dialog."""
    monkeypatch.delenv(reader_process.ENVIRONMENT, raising=False)
    monkeypatch.setattr(reader_process, "IN_PROCESS_BELOW", 0)  # these files count as large
    paths = []
    for n in range(2):
        path = tmp_path / f"upr-{n}.csv"
        path.write_bytes(upr_info_bytes(UPR_INFO_LINES[n:]))
        paths.append(path)
    dialog = ImportDialog(database, [])
    qtbot.addWidget(dialog)
    try:
        dialog.set_paths(paths)
        chosen = reader_spares.spare_pids()
        assert len(chosen) == 2
        dialog.next_step()  # the preview takes them
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30000)
        again = reader_spares.spare_pids()
        assert len(again) == 2 and not set(again) & set(chosen)  # new ones, for the import
        dialog.reject()
        assert reader_spares.spare_pids() == []
        dialog._readers_ahead(paths)  # a preview that ends after the dialog closed
        assert reader_spares.spare_pids() == []
    finally:
        reader_process.end_spare_readers()
