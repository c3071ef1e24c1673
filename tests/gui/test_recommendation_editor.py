"""The register's detail pane: show, edit and save, conflicts, validation, archive."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.vocab import ImplementationStatus
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.editing import load_recommendation, save_recommendation
from desktop.store import engine as engine_module
from desktop.ui.views.register_page import RegisterPage


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> RegisterPage:
    widget = RegisterPage()
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    widget.set_database(demo_db)
    widget.reload()
    widget.table.selectRow(0)
    return widget


def test_selecting_a_row_shows_it(page: RegisterPage) -> None:
    editor = page.editor
    assert editor.detail is not None and editor.detail.id == page.model.id_at(0)
    assert editor.detail.fields.reference in editor.title.text()
    assert editor.text.toPlainText() == editor.detail.fields.text
    assert not editor.dirty and not editor.save_button.isEnabled()


def test_edit_and_save_updates_the_register(page: RegisterPage, demo_db: Database) -> None:
    editor = page.editor
    editor.status.setCurrentIndex(editor.status.findData(ImplementationStatus.FULLY_IMPLEMENTED))
    editor.notes.setPlainText("Law adopted on 3 March 2026")
    assert editor.dirty and editor.save_button.isEnabled()
    editor.save_button.click()
    assert not editor.dirty
    stored = load_recommendation(demo_db.session_factory, page.model.id_at(0))
    assert stored.fields.status == ImplementationStatus.FULLY_IMPLEMENTED
    assert stored.fields.notes == "Law adopted on 3 March 2026"
    status_column = page.model.columns.index("status")
    assert page.model.data(page.model.index(0, status_column)) == "Fully implemented"


@pytest.mark.parametrize("choice", ["take", "keep", "edit"])
def test_a_conflicting_edit_is_detected_and_the_user_chooses(
    page: RegisterPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    editor = page.editor
    assert editor.detail is not None
    opened = editor.detail
    # Someone else saves the same recommendation meanwhile.
    save_recommendation(
        demo_db.session_factory,
        opened.id,
        opened.version,
        replace(opened.fields, notes="their note"),
    )
    asked: list[str] = []
    monkeypatch.setattr(editor, "ask_conflict_choice", lambda exc: asked.append(str(exc)) or choice)
    editor.notes.setPlainText("my note")
    saved = editor.save()
    assert asked and "someone else saved" in asked[0]
    stored = load_recommendation(demo_db.session_factory, opened.id)
    if choice == "take":
        assert saved and stored.fields.notes == "their note"
        assert editor.notes.toPlainText() == "their note"
    elif choice == "keep":
        assert saved and stored.fields.notes == "my note"
        assert stored.version == opened.version + 2
    else:
        assert not saved and stored.fields.notes == "their note"
        assert editor.notes.toPlainText() == "my note" and editor.dirty


def test_invalid_edit_names_the_field_and_saves_nothing(
    page: RegisterPage, demo_db: Database
) -> None:
    editor = page.editor
    assert editor.detail is not None
    before = load_recommendation(demo_db.session_factory, editor.detail.id)
    editor.text.setPlainText("   ")
    assert not editor.save()
    assert editor.message.text() == "Text: a value is required"
    assert load_recommendation(demo_db.session_factory, before.id) == before
    editor.revert_button.click()
    assert editor.text.toPlainText() == before.fields.text and not editor.dirty


def test_delete_key_archives_and_the_archive_restores(qtbot: QtBot, page: RegisterPage) -> None:
    first = page.model.id_at(0)
    total = page.model.rowCount()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == total - 1 and first not in page.model.ids()
    page.filters.archived.setChecked(True)
    assert page.model.ids() == [first]
    page.table.selectRow(0)
    assert page.editor.archive_button.text() == "Restore"
    page.editor.archive_button.click()
    assert page.model.rowCount() == 0
    page.filters.archived.setChecked(False)
    assert page.model.rowCount() == total


def test_search_matches_are_highlighted(page: RegisterPage) -> None:
    page.search.setText("torture")
    page.reload()
    page.table.selectRow(0)
    assert page.editor.highlighted >= 1


def test_new_recommendation_by_hand(
    qtbot: QtBot, page: RegisterPage, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    from desktop.ui.views.new_recommendation_dialog import NewRecommendationDialog

    def fill_and_save(dialog: NewRecommendationDialog) -> int:
        dialog.mechanism.setCurrentIndex(dialog.mechanism.findData("CEDAW"))
        assert dialog.source.findText("CEDAW/C/ALD/CO/7") > 0  # its documents are offered
        dialog.source.setCurrentIndex(dialog.source.findText("CEDAW/C/ALD/CO/7"))
        dialog.reference.setText("CEDAW/C/ALD/CO/7 para. 10")  # already used in that document
        dialog.text.setPlainText("Adopt a gender-responsive budget.")
        dialog.accept()
        assert "already has the reference" in dialog.message.text()
        dialog.reference.setText("CEDAW/C/ALD/CO/7 para. 99")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(NewRecommendationDialog, "exec", fill_and_save)
    created = page.new_recommendation()
    assert created is not None
    assert page.editor.detail is not None and page.editor.detail.id == created
    assert page.editor.detail.source == "CEDAW/C/ALD/CO/7"


def test_permanent_delete_only_from_the_archive(
    page: RegisterPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    editor = page.editor
    assert editor.delete_button.isHidden()
    first = page.model.id_at(0)
    editor.archive_button.click()
    page.filters.archived.setChecked(True)
    page.table.selectRow(0)
    assert editor.detail is not None and editor.detail.id == first
    assert not editor.delete_button.isHidden()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    editor.delete_button.click()
    assert page.model.rowCount() == 0
    from desktop.domain.errors import NotFoundError

    with pytest.raises(NotFoundError):
        load_recommendation(demo_db.session_factory, first)


def test_saving_keeps_themes_and_agencies_it_did_not_touch(
    page: RegisterPage, demo_db: Database
) -> None:
    editor = page.editor
    assert editor.detail is not None
    before = load_recommendation(demo_db.session_factory, editor.detail.id)
    assert before.fields.theme_ids  # the demo gives every recommendation themes
    editor.notes.setPlainText("only the notes change")
    assert editor.save()
    after = load_recommendation(demo_db.session_factory, before.id)
    for key in ("theme_ids", "sdg_target_ids", "lead_agency_ids", "supporting_agency_ids"):
        assert getattr(after.fields, key) == getattr(before.fields, key), key


def test_pickers_set_themes_sdgs_and_agencies(
    page: RegisterPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.views.picker_dialog import PickerDialog

    editor = page.editor
    assert editor.detail is not None
    choices = editor.choices
    theme = choices.themes[0][0]
    target = next(i for i, label in choices.sdg_targets if label.startswith("16.3 "))
    lead, support = choices.agencies[0][0], choices.agencies[1][0]
    answers = {
        "Themes": (theme,),
        "SDG targets": (target,),
        "Lead agencies": (lead,),
        "Supporting agencies": (support,),
    }
    monkeypatch.setattr(
        PickerDialog,
        "pick",
        classmethod(lambda cls, parent, title, options, checked, *_: answers[title]),
    )
    for key in ("theme_ids", "sdg_target_ids", "lead_agency_ids", "supporting_agency_ids"):
        editor.pick_links(key)
    assert editor.dirty and choices.themes[0][1] in editor.themes.text()  # type: ignore[attr-defined]
    assert editor.save()
    saved = load_recommendation(demo_db.session_factory, editor.detail.id)
    assert saved.fields.theme_ids == (theme,) and saved.fields.sdg_target_ids == (target,)
    assert saved.fields.lead_agency_ids == (lead,)
    assert saved.fields.supporting_agency_ids == (support,)
    # The same agency cannot lead and support.
    answers["Supporting agencies"] = (lead,)
    editor.pick_links("supporting_agency_ids")
    assert not editor.save() and "both lead and support" in editor.message.text()


def test_picker_dialog_narrows_and_returns_ticks(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt as QtCore_Qt

    from desktop.ui.views.picker_dialog import PickerDialog

    dialog = PickerDialog("Themes", [(1, "Death penalty"), (2, "Right to food")], [2])
    qtbot.addWidget(dialog)
    dialog.filter.setText("death")
    assert dialog.list.item(1).isHidden() and not dialog.list.item(0).isHidden()
    dialog.list.item(0).setCheckState(QtCore_Qt.CheckState.Checked)
    assert dialog.checked() == (1, 2)


def test_the_cluster_is_chosen_in_the_pane(page: RegisterPage, demo_db: Database) -> None:
    editor = page.editor
    assert editor.detail is not None
    other = next(i for i, _ in editor.choices.clusters if i != editor.detail.fields.cluster_id)
    editor.cluster.setCurrentIndex(editor.cluster.findData(other))
    assert editor.dirty and editor.save()
    assert load_recommendation(demo_db.session_factory, editor.detail.id).fields.cluster_id == other
    editor.cluster.setCurrentIndex(editor.cluster.findData(0))
    assert editor.save()
    assert load_recommendation(demo_db.session_factory, editor.detail.id).fields.cluster_id is None


def test_a_database_another_program_is_writing_to_is_reported_and_the_edit_kept(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13: the save used to escape unhandled with a raw 'database is locked'."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    path = tmp_path / "office.sqlite3"
    database = open_database(str(path), create=True)
    create_demo_data(database.session_factory)
    widget = RegisterPage()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_database(database)
    widget.reload()
    widget.table.selectRow(0)
    editor = widget.editor
    assert editor.detail is not None
    before = load_recommendation(database.session_factory, editor.detail.id)
    editor.notes.setPlainText("my note")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('locked', flush=True)\n"
            "sys.stdin.readline()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert not editor.save()
        assert "another program is writing to this database" in editor.message.text()
        assert editor.dirty and editor.notes.toPlainText() == "my note"
    finally:
        holder.communicate("\n", timeout=30)
    assert load_recommendation(database.session_factory, before.id).fields == before.fields
    assert editor.save()  # the other program is done: the same edit now saves
    database.dispose()
