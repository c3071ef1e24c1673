"""The import dialog and UHRI annotation types: the preview counts each type
and says what becomes of the others; the officer keeps them as context or
skips them; only recommendations enter the register."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.services.database import Database
from desktop.services.importing.records import OtherTypes
from desktop.store.models import ContextParagraph, Recommendation
from desktop.ui.views.import_dialog import ImportDialog
from tests.unit.import_files import write_uhri_xlsx
from tests.unit.uhri_types_files import CONCERNS, POSITIVE, export_rows

SHOTS = Path("/tmp/shots-B")


def counts(db: Database) -> tuple[int, int]:
    with db.session_factory() as session:
        recommendations = session.scalar(select(func.count()).select_from(Recommendation))
        context = session.scalar(select(func.count()).select_from(ContextParagraph))
    return int(recommendations or 0), int(context or 0)


def _dialog(qtbot: QtBot, database: Database, path: Path, choice: OtherTypes) -> ImportDialog:
    dialog = ImportDialog(database, [])
    qtbot.addWidget(dialog)
    dialog.set_path(path)
    combo = dialog.other_types_combo
    combo.setCurrentIndex(combo.findData(choice))
    dialog.show()
    dialog.next_step()  # the preview (a dry run)
    assert dialog.pages.currentIndex() == 1
    return dialog


def test_the_preview_counts_types_and_keeps_the_others_as_context(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    path = write_uhri_xlsx(tmp_path / "crc.xlsx", export_rows())
    dialog = _dialog(qtbot, database, path, OtherTypes.KEEP)
    assert dialog.types_text.isVisibleTo(dialog)
    types = dialog.types_text.text()
    assert f"{CONCERNS}: 1" in types and f"{POSITIVE}: 1" in types
    assert "Recommendation: 2" in types and "Recommendations: 1" in types
    assert "2 paragraphs of other types will be kept as context" in types
    assert "3 new" in dialog.preview_heading.text()
    assert dialog.preview_table.rowCount() == 3  # recommendations only
    SHOTS.mkdir(exist_ok=True)
    dialog.resize(1000, 640)
    dialog.grab().save(str(SHOTS / "import-preview-types.png"))
    assert counts(database) == (0, 0)
    with qtbot.waitSignal(dialog.imported):
        dialog.next_step()
    assert "2 paragraphs of other types kept as context" in dialog.summary_text.text()
    assert counts(database) == (3, 2)


def test_skipping_the_other_types(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    path = write_uhri_xlsx(tmp_path / "crc.xlsx", export_rows())
    dialog = _dialog(qtbot, database, path, OtherTypes.SKIP)
    assert "2 paragraphs of other types will be skipped" in dialog.types_text.text()
    with qtbot.waitSignal(dialog.imported):
        dialog.next_step()
    assert counts(database) == (3, 0)


def test_recommendations_that_change_type_are_reported(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    everything = export_rows({"4": "Recommendation", "12": "Recommendation"})
    first = _dialog(
        qtbot, database, write_uhri_xlsx(tmp_path / "old.xlsx", everything), OtherTypes.KEEP
    )
    with qtbot.waitSignal(first.imported):
        first.next_step()
    assert counts(database) == (5, 0)
    path = write_uhri_xlsx(tmp_path / "crc.xlsx", export_rows())
    dialog = _dialog(qtbot, database, path, OtherTypes.KEEP)
    assert "2 recommendations will leave the register" in dialog.types_text.text()
    with qtbot.waitSignal(dialog.imported):
        dialog.next_step()
    assert counts(database) == (3, 2)


def test_other_formats_show_no_types(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    path = tmp_path / "ours.csv"
    from tests.unit.import_files import UPR_INFO_LINES, upr_info_bytes

    path.write_bytes(upr_info_bytes(UPR_INFO_LINES))
    dialog = _dialog(qtbot, database, path, OtherTypes.KEEP)
    assert not dialog.types_text.isVisibleTo(dialog)


def test_the_register_shows_the_document_context_beside_a_recommendation(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    from desktop.services.importing.service import import_file
    from desktop.ui.main_window import MainWindow

    import_file(database, write_uhri_xlsx(tmp_path / "crc.xlsx", export_rows()))
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.load()
    register = window.register
    assert register.model.rowCount() == 3  # the concern and the positive aspect are not there
    register.detail_tabs.setCurrentWidget(register.document_context)
    register.table.setCurrentIndex(register.model.index(0, 0))
    panel = register.document_context
    assert [(i.reference, i.annotation_type) for i in panel.items] == [
        ("4", POSITIVE),
        ("12", CONCERNS),
    ]
    shown = panel.paragraphs.toPlainText()
    assert f"4 · {POSITIVE}" in shown and f"12 · {CONCERNS}" in shown
    assert "The Committee is concerned that corporal punishment" in shown
    assert "2 paragraphs of the same document" in panel.heading.text()
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "register-document-context.png"))
    # Nothing selected: the panel empties.
    register.document_context.load(None)
    assert panel.paragraphs.toPlainText() == "" and "no other paragraphs" in panel.heading.text()
