"""Agency update forms in the window: Agencies › Send update forms… writes the
workbooks; File › Import agency updates… reviews a returned one (changes
ticked, conflicts left to choose, rejected rows with row and column) and
takes in what is ticked. Screenshots of the review in /tmp/shots-C when
FORMS_SHOTS is set."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.forms.review import review_form
from desktop.store.models import Recommendation
from desktop.ui.main_window import MainWindow
from desktop.ui.views.agencies_page import AgenciesPage
from desktop.ui.views.dashboard_page import DashboardPage
from desktop.ui.views.form_import import review_returned_form
from desktop.ui.views.form_review_dialog import FormReviewDialog
from desktop.ui.views.send_forms_dialog import SendFormsDialog
from tests.unit.forms_data import counts, entries, fill, make

TODAY = date.today()


def _returned_form(window: MainWindow, tmp_path: Path) -> tuple[Path, list[int]]:
    """A form of the Ministry of Justice returned with two changes, one of them
    on a record changed since (a conflict), and one slip (rejected)."""
    form = tmp_path / "moj.xlsx"
    make(window.database, "MOJ", form)
    recs = entries(form, "recommendation")
    with window.database.session_factory.begin() as session:
        changed = session.scalars(
            select(Recommendation).where(Recommendation.uuid == recs[1].record)
        ).one()
        changed.notes = "edited at the secretariat"
    filled = fill(
        form,
        tmp_path / "returned.xlsx",
        {
            f"I{recs[0].row}": "Draft law approved by the cabinet",
            f"I{recs[1].row}": "Consultation held with the NHRI",
            f"A{recs[2].row}": "999",
        },
    )
    return filled, [r.row for r in recs[:3]]


def test_review_takes_in_the_ticked_changes_only(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    returned, rows = _returned_form(demo_window, tmp_path)
    assert demo_window.action_import_forms.text() == "Import &agency updates…"
    before = counts(demo_window.database)
    review_returned_form(demo_window, returned)
    dialog = demo_window.findChild(FormReviewDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    items, rejected = dialog.items_table, dialog.rejected_table
    assert items.rowCount() == 2 and rejected.rowCount() == 1
    kinds = {items.item(r, 3).text(): items.item(r, 0).checkState() for r in range(2)}
    assert kinds == {"Change": Qt.CheckState.Checked, "Conflict": Qt.CheckState.Unchecked}
    assert "Draft law approved" in items.item(0, 4).text() and "→" in items.item(0, 4).text()
    assert [rejected.item(0, c).text() for c in range(3)] == ["Updates", str(rows[2]), "Reference"]
    _shoot(dialog, "form-review-en")
    dialog.apply_button.click()
    assert dialog.applied is not None and dialog.applied.progress_updates == 1
    assert counts(demo_window.database) == (before[0] + 1, before[1])
    assert "1 progress update" in demo_window.statusBar().currentMessage()
    # The conflict is shown again next time, for the officer to choose.
    again = review_form(demo_window.database.session_factory, returned, TODAY)
    assert [i.kind.value for i in again.items] == ["conflict"]


def test_review_refuses_a_file_that_is_not_a_form(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: object
) -> None:
    shown: list[str] = []
    import desktop.ui.views.form_import as form_import

    monkeypatch.setattr(  # type: ignore[attr-defined]
        form_import.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text)
    )
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    review_returned_form(demo_window, junk)
    assert shown and "junk.xlsx" in shown[0] and "not an Excel workbook" in shown[0]
    assert demo_window.findChild(FormReviewDialog) is None


def test_send_update_forms_from_the_agencies_page(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    page = demo_window.show_page("agencies")
    assert isinstance(page, AgenciesPage)
    page.reload()
    page.send_update_forms()
    dialog = page.findChild(SendFormsDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.make()
    assert "Choose a folder" in dialog.message.text()
    out = tmp_path / "forms"
    out.mkdir()
    dialog.folder.setText(str(out))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.make_button.click()
    assert len(dialog.sent) >= 5 and "forms written" in dialog.message.text()
    assert len(list(out.glob("*.xlsx"))) == len(dialog.sent)
    assert len(list(out.glob("*.pdf"))) == len(dialog.sent)
    one = dialog.agency.findText("Ministry of Justice")
    dialog.agency.setCurrentIndex(one)
    dialog.make_button.click()
    assert [s.agency for s in dialog.sent] == ["Ministry of Justice"]
    assert "1 form written" in dialog.message.text()
    # The dashboard counts the forms not yet returned.
    dashboard = demo_window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    dashboard.reload()
    assert dashboard.figures["forms"].value.text() == str(len(list(out.glob("*.xlsx"))))


def _shoot(dialog: FormReviewDialog, name: str) -> None:
    if not os.environ.get("FORMS_SHOTS"):
        return
    folder = Path("/tmp/shots-C")
    folder.mkdir(exist_ok=True)
    dialog.resize(1200, 600)
    QApplication.processEvents()
    dialog.grab().save(str(folder / f"{name}.png"))
