"""Right-to-left and locale details: cells elided at the end of their own
text's direction, one digit system per locale for codes, counts and amounts."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QScrollArea, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.app import install_translations
from desktop.services.dashboard import BreakdownKind
from desktop.services.database import Database
from desktop.ui.i18n import code_label, isolated, locale_digits, reference_tooltip
from desktop.ui.main_window import MainWindow
from desktop.ui.views.amounts import format_amount
from desktop.ui.views.dashboard_page import DashboardPage
from desktop.ui.views.numbers import parse_number
from desktop.ui.views.text_delegate import TextDirectionDelegate

ARABIC_DIGITS = set("٠١٢٣٤٥٦٧٨٩")
LATIN = "Consider the possibility to adopt a human rights-based approach"
ARABIC = "النظر في إمكانية اعتماد نهج قائم على حقوق الإنسان"


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    QLocale.setDefault(QLocale("ar"))
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale("en_US"))


def _option(text: str, direction: Qt.LayoutDirection) -> QStyleOptionViewItem:
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem(text))
    option = QStyleOptionViewItem()
    option.direction = direction
    option.textElideMode = Qt.TextElideMode.ElideLeft
    TextDirectionDelegate().initStyleOption(option, model.index(0, 0))
    return option


def test_latin_cell_in_arabic_window_reads_and_elides_left_to_right() -> None:
    option = _option(LATIN, Qt.LayoutDirection.RightToLeft)
    assert option.direction == Qt.LayoutDirection.LeftToRight
    assert option.textElideMode == Qt.TextElideMode.ElideRight
    # Still on the interface's leading (right) side of the cell.
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
    assert option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute


def test_arabic_cell_keeps_its_direction_in_both_windows() -> None:
    assert _option(ARABIC, Qt.LayoutDirection.RightToLeft).direction == (
        Qt.LayoutDirection.RightToLeft
    )
    in_english = _option(ARABIC, Qt.LayoutDirection.LeftToRight)
    assert in_english.direction == Qt.LayoutDirection.RightToLeft
    assert in_english.displayAlignment & Qt.AlignmentFlag.AlignLeft


def test_register_uses_the_direction_delegate(demo_window: MainWindow) -> None:
    assert isinstance(demo_window.register.table.itemDelegate(), TextDirectionDelegate)


def test_digits_follow_the_locale(arabic: None) -> None:
    assert locale_digits("SDG 16, 5.2") == "SDG ١٦, ٥.٢"
    assert code_label("16 Peace, justice, 2030") == "١٦ Peace, justice, 2030"
    assert locale_digits("SDG 16", QLocale("fr")) == "SDG 16"
    assert isolated("a.b@example.org") == "\u2068a.b@example.org\u2069"
    amount = format_amount(Decimal("1234567.50"))
    assert set(amount) & ARABIC_DIGITS and not set(amount) & set("0123456789")
    assert parse_number(amount) == Decimal("1234567.50")


def test_arabic_register_cells_share_one_digit_system(
    demo_window: MainWindow, arabic: None
) -> None:
    model = demo_window.register.model
    column = model.columns.index("sdgs")
    cells = [model.index(row, column).data() for row in range(model.rowCount())]
    with_sdgs = [cell for cell in cells if cell]
    assert with_sdgs
    for cell in with_sdgs:
        assert not set(cell) & set("0123456789"), cell
    header = model.headerData(0, Qt.Orientation.Vertical)
    assert header == "١"
    row = cells.index(with_sdgs[0])
    tooltip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    raw = model.record(row).sdgs
    assert tooltip == reference_tooltip("sdgs", raw) and len(tooltip) > len(raw)


def test_arabic_dashboard_and_filters_number_sdg_goals_in_arabic_digits(
    qtbot: QtBot, demo_window: MainWindow, arabic: None
) -> None:
    page = demo_window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    page.breakdowns.clear()
    page.breakdown.setCurrentIndex(page.breakdown.findData(BreakdownKind.SDG_GOAL))
    page._breakdown_chosen()
    rows = page.shown_rows()
    assert rows
    for r, row in enumerate(rows):
        code = row.label.split(" ")[0]
        assert code == locale_digits(str(row.key)) and set(code) <= ARABIC_DIGITS
        name, total = page.table.item(r, 0), page.table.item(r, page.table.columnCount() - 1)
        assert name is not None and total is not None
        assert name.text() == row.label and set(total.text()) <= ARABIC_DIGITS
    demo_window.register.reload()
    goals = demo_window.register.filters.sdg_goals
    labels = [goals.item(i).text() for i in range(goals.count())]
    assert labels and all(set(label.split(" ")[0]) <= ARABIC_DIGITS for label in labels)


def test_plan_rows_leave_room_for_accented_capitals(demo_window: MainWindow) -> None:
    page = demo_window.show_page("plans")
    tree = page.tree  # type: ignore[attr-defined]
    first = tree.topLevelItem(0)
    assert first is not None
    font = first.font(0)
    assert font.bold()  # a cluster's row: "… priorité : Élevée" in French
    needed = QFontMetrics(font).boundingRect("É").height()
    assert tree.visualItemRect(first).height() >= needed + 2
    assert demo_window.register.table.rowHeight(0) >= needed + 2


def test_file_names_are_isolated_inside_translated_text(demo_window: MainWindow) -> None:
    label = demo_window.status_line.database_label.text()
    name = demo_window.database.display_name
    assert f"\u2068{name}\u2069" in label


@pytest.mark.parametrize("language", ["ru", "fr", "es"])
def test_register_filters_fit_their_column_in_long_languages(
    qtbot: QtBot, demo_db: Database, qapp: QApplication, language: str
) -> None:
    install_translations(qapp, language)
    try:
        window = MainWindow(demo_db)
        qtbot.addWidget(window)
        window.resize(1100, 700)
        window.show()
        window.load()
        QApplication.processEvents()
        panel = window.register.filters
        viewport = panel.parentWidget()
        assert viewport is not None
        scroll = viewport.parentWidget()
        assert isinstance(scroll, QScrollArea)
        assert scroll.horizontalScrollBar().maximum() == 0
        assert panel.width() >= panel.minimumSizeHint().width()
    finally:
        install_translations(qapp, "en")
