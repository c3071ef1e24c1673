"""The Reports page over the demo country: every report written as a real PDF,
Cancel and a failing destination leave no file, the last choices come back,
the organisation's emblem in the settings, and a right-to-left layout."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.reports.data import Paper, ScopeKind, StatusGrouping
from desktop.services.database import Database
from desktop.services.reporting import ReportType
from desktop.services.settings import (
    OrganisationSettings,
    load_emblem,
    load_settings,
    save_settings,
)
from desktop.ui.main_window import MainWindow
from desktop.ui.views.reports_page import ReportsPage, file_name_for
from desktop.ui.views.settings_dialog import SettingsDialog


def _reports(window: MainWindow, opened: list[Path] | None = None) -> ReportsPage:
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    page.open_file = (opened if opened is not None else []).append
    return page


def _pdf_text(path: Path) -> str:
    """The PDF's text with whitespace folded (a title may wrap over two lines)."""
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _folded(text: str) -> str:
    return " ".join(text.split())


def _generate(page: ReportsPage, path: Path) -> None:
    page.set_destination(path)
    page.generate()
    assert not page.is_running()


def _written(path: Path, opened: list[Path], page: ReportsPage) -> str:
    assert path.is_file(), page.message.text()
    assert path.read_bytes().startswith(b"%PDF")
    assert opened == [path]
    assert str(path) in page.message.text()
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".part")] == []
    return _pdf_text(path)


def test_plan_report_names_the_plan(demo_window: MainWindow, tmp_path: Path) -> None:
    opened: list[Path] = []
    page = _reports(demo_window, opened)
    page.options.set_report_type(ReportType.PLAN)
    plan = page.options.plan.currentText()
    assert plan
    path = tmp_path / "plan.pdf"
    _generate(page, path)
    assert _folded(plan) in _written(path, opened, page)


def test_agency_brief_names_the_agency(demo_window: MainWindow, tmp_path: Path) -> None:
    opened: list[Path] = []
    page = _reports(demo_window, opened)
    page.options.set_report_type(ReportType.AGENCY)
    assert page.options.agency.count() > 5
    page.options.agency.setCurrentIndex(2)
    agency = page.options.agency.currentText()
    path = tmp_path / "brief.pdf"
    _generate(page, path)
    assert _folded(agency) in _written(path, opened, page)


def test_status_report_of_one_mechanism_by_theme(demo_window: MainWindow, tmp_path: Path) -> None:
    opened: list[Path] = []
    page = _reports(demo_window, opened)
    form = page.options
    form.set_report_type(ReportType.STATUS)
    form.set_scope_kind(ScopeKind.MECHANISM)
    form.mechanism.setCurrentIndex(form.mechanism.findData("CEDAW"))
    form.grouping.setCurrentIndex(form.grouping.findData(StatusGrouping.THEME.value))
    request = form.request()
    assert request.register_filter.mechanisms == ("CEDAW",)
    assert request.grouping == StatusGrouping.THEME
    assert request.scope.kind == ScopeKind.MECHANISM and request.scope.value == "CEDAW"
    path = tmp_path / "status.pdf"
    _generate(page, path)
    assert "CEDAW" in _written(path, opened, page)


def test_status_report_of_what_the_register_shows(demo_window: MainWindow, tmp_path: Path) -> None:
    register = demo_window.register
    register.search.setText("torture")
    register.reload()
    shown = register.model.rowCount()
    assert 0 < shown < 100
    opened: list[Path] = []
    page = _reports(demo_window, opened)
    form = page.options
    form.set_report_type(ReportType.STATUS)
    form.set_scope_kind(ScopeKind.FILTER)
    assert f"({shown})" in form.scope.currentText()
    request = form.request()
    assert request.register_filter == register.current_filter()
    assert "torture" in request.scope.value
    path = tmp_path / "torture.pdf"
    _generate(page, path)
    _written(path, opened, page)


def test_register_list_of_the_selected_rows(demo_window: MainWindow, tmp_path: Path) -> None:
    register = demo_window.register
    register.table.selectRow(0)
    ids = register.selected_ids()
    reference = register.model.index(0, 0).data()
    opened: list[Path] = []
    page = _reports(demo_window, opened)
    form = page.options
    form.set_report_type(ReportType.LIST)
    form.set_scope_kind(ScopeKind.SELECTION)
    assert form.scope_kind() == ScopeKind.SELECTION and "(1)" in form.scope.currentText()
    assert form.request().register_filter.recommendation_ids == tuple(ids)
    path = tmp_path / "list.pdf"
    _generate(page, path)
    assert str(reference) in _written(path, opened, page)


def test_selection_scope_needs_selected_rows(demo_window: MainWindow, tmp_path: Path) -> None:
    page = _reports(demo_window)
    page.options.set_report_type(ReportType.LIST)
    page.options.set_scope_kind(ScopeKind.SELECTION)
    _generate(page, tmp_path / "none.pdf")
    assert "No rows are selected" in page.message.text()
    assert list(tmp_path.glob("*.pdf")) == []


def test_plan_report_without_plans_says_so(window: MainWindow, tmp_path: Path) -> None:
    page = _reports(window)
    page.options.set_report_type(ReportType.PLAN)
    _generate(page, tmp_path / "plan.pdf")
    assert "Choose the implementation plan" in page.message.text()
    assert not list(tmp_path.glob("*.pdf"))


def test_cancel_leaves_no_file(demo_window: MainWindow, tmp_path: Path) -> None:
    opened: list[Path] = []
    page = _reports(demo_window, opened)
    page.options.set_report_type(ReportType.STATUS)
    # The first progress report presses Cancel (tasks run synchronously here).
    page.progress.valueChanged.connect(lambda _value: page.cancel())
    failures: list[str] = []
    page.failed.connect(failures.append)
    out = tmp_path / "out"
    out.mkdir()
    _generate(page, out / "cancelled.pdf")
    assert failures == ["Cancelled; no file was written."]
    assert page.message.text() == "Cancelled; no file was written."
    assert list(out.iterdir()) == [] and opened == []
    assert page.generate_button.isEnabled() and page.progress.isHidden()


def test_a_bare_file_name_goes_to_the_reports_folder(
    demo_window: MainWindow, tmp_path: Path
) -> None:
    opened: list[Path] = []
    page = _reports(demo_window, opened)
    page.options.set_report_type(ReportType.LIST)
    page.folder = tmp_path
    _generate(page, Path("register"))
    _written(tmp_path / "register.pdf", opened, page)


def test_missing_folder_is_refused(demo_window: MainWindow, tmp_path: Path) -> None:
    opened: list[Path] = []
    page = _reports(demo_window, opened)
    _generate(page, tmp_path / "no such folder" / "plan.pdf")
    assert "does not exist" in page.message.text() and "no such folder" in page.message.text()
    assert not (tmp_path / "no such folder").exists() and opened == []


def test_unwritable_file_name_leaves_nothing(demo_window: MainWindow, tmp_path: Path) -> None:
    """A name the file system refuses (too long, even for root) fails in the write."""
    opened: list[Path] = []
    page = _reports(demo_window, opened)
    out = tmp_path / "out"
    out.mkdir()
    failures: list[str] = []
    page.failed.connect(failures.append)
    _generate(page, out / ("x" * 300 + ".pdf"))
    assert failures and "was not written" in failures[0]
    assert list(out.iterdir()) == [] and opened == []


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder_leaves_nothing(demo_window: MainWindow, tmp_path: Path) -> None:
    opened: list[Path] = []
    page = _reports(demo_window, opened)
    out = tmp_path / "read-only"
    out.mkdir()
    out.chmod(0o500)
    try:
        _generate(page, out / "plan.pdf")
    finally:
        out.chmod(0o700)
    assert "was not written" in page.message.text()
    assert list(out.iterdir()) == [] and opened == []


def test_last_choices_come_back(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    page = _reports(demo_window)
    form = page.options
    form.set_report_type(ReportType.STATUS)
    form.language.setCurrentIndex(form.language.findData("fr"))
    form.paper.setCurrentIndex(form.paper.findData(Paper.LETTER.value))
    form.marking.setCurrentText("RESTRICTED")
    form.draft.setChecked(True)
    form.grouping.setCurrentIndex(form.grouping.findData(StatusGrouping.THEME.value))
    out = tmp_path / "reports"
    out.mkdir()
    _generate(page, out / "status.pdf")
    assert (out / "status.pdf").is_file(), page.message.text()

    again = ReportsPage()
    qtbot.addWidget(again)
    again.set_database(demo_window.database)
    again.reload()
    form = again.options
    assert form.report_type() == ReportType.STATUS
    assert form.language.currentData() == "fr"  # not the organisation's default
    assert form.paper.currentData() == Paper.LETTER.value
    assert form.marking.currentText() == "RESTRICTED"
    assert form.draft.isChecked()
    assert form.grouping.currentData() == StatusGrouping.THEME.value
    assert again.folder == out
    assert Path(again.destination.text()).parent == out
    request = form.request()
    assert request.options.language == "fr" and request.options.paper == Paper.LETTER
    assert request.options.marking == "RESTRICTED" and request.options.draft


def test_organisation_language_first_then_the_users(demo_window: MainWindow) -> None:
    save_settings(demo_window.database.session_factory, OrganisationSettings("NMRF", "fr"))
    form = _reports(demo_window).options
    assert form.language.currentData() == "fr"
    form.language.setCurrentIndex(form.language.findData("ar"))
    assert [form.language.itemText(i) for i in range(form.language.count())] == [
        "English",
        "Français",
        "Español",
        "Русский",
        "中文",
        "العربية",
    ]
    demo_window.show_page("dashboard")
    assert _reports(demo_window).options.language.currentData() == "ar"


def test_default_file_name_follows_the_report(demo_window: MainWindow) -> None:
    page = _reports(demo_window)
    page.options.set_report_type(ReportType.AGENCY)
    name = Path(page.destination.text()).name
    assert name == file_name_for("Agency brief", page.today())
    assert name.startswith("Agency brief ") and name.endswith(".pdf")
    page.set_destination(Path("/somewhere/mine.pdf"))
    page.options.set_report_type(ReportType.PLAN)
    assert page.destination.text() == str(Path("/somewhere/mine.pdf"))  # the user's own stays
    assert file_name_for("a/b: c?", page.today()).startswith("a b c ")


def test_own_title_marking_and_draft_reach_the_request(demo_window: MainWindow) -> None:
    form = _reports(demo_window).options
    form.title.setText("Rapport au Conseil des ministres")
    form.marking.setCurrentText("  ")
    request = form.request()
    assert request.title == "Rapport au Conseil des ministres"
    assert request.options.marking == "" and not request.options.draft
    assert request.scope.kind == ScopeKind.PLAN and request.plan_id is not None


def _png(path: Path, colour: str = "#1565c0") -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path


def test_emblem_chosen_in_settings_is_saved(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    factory = demo_window.database.session_factory
    dialog = SettingsDialog(factory, demo_window)
    qtbot.addWidget(dialog)
    assert dialog.emblem_preview.text() == "No emblem"
    assert not dialog.remove_emblem_button.isEnabled()
    emblem = _png(tmp_path / "emblem.png")
    assert dialog.choose_emblem(emblem)
    assert not dialog.emblem_preview.pixmap().isNull()
    dialog.accept()
    assert load_emblem(factory) == emblem.read_bytes()

    again = SettingsDialog(factory, demo_window)
    qtbot.addWidget(again)
    assert not again.emblem_preview.pixmap().isNull() and again.remove_emblem_button.isEnabled()
    again.remove_emblem()
    again.accept()
    assert load_emblem(factory) is None


def test_emblem_appears_on_the_report(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    dialog = SettingsDialog(demo_window.database.session_factory, demo_window)
    qtbot.addWidget(dialog)
    assert dialog.choose_emblem(_png(tmp_path / "emblem.png"))
    dialog.accept()
    opened: list[Path] = []
    page = _reports(demo_window, opened)
    path = tmp_path / "with-emblem.pdf"
    _generate(page, path)
    _written(path, opened, page)
    assert PdfReader(str(path)).pages[0].images  # the emblem on the cover


def test_bad_emblem_file_is_refused(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    factory = demo_window.database.session_factory
    dialog = SettingsDialog(factory, demo_window)
    qtbot.addWidget(dialog)
    fake = tmp_path / "emblem.png"
    fake.write_text("this is not an image")
    assert not dialog.choose_emblem(fake)
    assert len(shown) == 1
    assert shown[0].startswith("Organisation emblem: ") and "emblem.png" in shown[0]
    big = tmp_path / "huge.jpg"
    big.write_bytes(b"\xff\xd8\xff" + b"\x00" * (3 * 1024 * 1024))
    assert not dialog.choose_emblem(big)
    assert len(shown) == 2 and "2 MB" in shown[1]
    assert dialog.emblem_data is None and not dialog.emblem_changed
    dialog.accept()
    assert load_emblem(factory) is None


def test_an_invalid_emblem_is_not_saved(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should the bytes go bad before saving, the message names the field and nothing is saved."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    factory = demo_window.database.session_factory
    dialog = SettingsDialog(factory, demo_window)
    qtbot.addWidget(dialog)
    dialog.organisation_name.setText("Changed")
    dialog.emblem_data, dialog.emblem_changed = b"GIF89a", True
    dialog.accept()
    assert shown and shown[0].startswith("Organisation emblem: ")
    assert load_emblem(factory) is None and dialog.result() == 0
    assert load_settings(factory).organisation_name != "Changed"


def test_page_builds_right_to_left(qtbot: QtBot, demo_db: Database) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = MainWindow(demo_db)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        window.load()
        page = _reports(window)
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        form = page.options.form
        label = form.labelForField(page.options.report)
        assert label is not None and label.isVisible()
        # Labels stand at the right of their fields.
        assert (
            label.mapTo(page, label.rect().topLeft()).x()
            > page.options.report.mapTo(page, page.options.report.rect().topLeft()).x()
        )
        assert page.generate_button.isVisible() and page.destination.isVisible()
        page.options.set_report_type(ReportType.STATUS)
        assert page.options.scope.isVisible() and not page.options.plan.isVisible()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_rows_shown_follow_the_report(demo_window: MainWindow) -> None:
    form = _reports(demo_window).options
    form.set_report_type(ReportType.PLAN)
    assert form.plan.isVisible() and not form.scope.isVisible() and not form.agency.isVisible()
    form.set_report_type(ReportType.STATUS)
    assert form.scope.isVisible() and form.grouping.isVisible()
    assert form.scope.findData(ScopeKind.SELECTION.value) < 0  # only the list has it
    form.set_scope_kind(ScopeKind.CYCLE)
    assert form.cycle.isVisible() and not form.mechanism.isVisible()
    assert form.request().register_filter.cycles == (int(form.cycle.currentData()),)
    form.set_scope_kind(ScopeKind.REVIEW)
    assert form.source.isVisible() and form.source.count() >= 7
    assert form.request().scope.value == form.choices.sources[form.source.currentIndex()][2]
    form.set_report_type(ReportType.LIST)
    assert not form.grouping.isVisible() and form.scope_kind() == ScopeKind.REVIEW
    assert form.scope.findData(ScopeKind.SELECTION.value) >= 0
    form.set_report_type(ReportType.AGENCY)
    assert form.agency.isVisible() and not form.scope.isVisible()
