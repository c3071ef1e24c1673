"""Sorting the register by its Recommending States column, in Chinese and in
Arabic: a click on the header orders the rows by the States as the column
names them, in that language's order (pinyin, the Arabic alphabet), not by
their English names; the sort runs in SQL and the header shows it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCollator, QLocale, QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.app import application, install_translations
from desktop.services.database import Database
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.ui.main_window import MainWindow
from desktop.ui.views.register_page import RegisterPage

STATES = (
    ("France",),
    ("Brazil", "Republic of Korea"),
    ("Republic of Korea",),
    (),
    ("Germany",),
    ("Brazil",),
    ("China", "Egypt"),
    ("Mexico",),
)


def _window(qtbot: QtBot, database: Database, language: str) -> Iterator[MainWindow]:
    bulk_create_recommendations(
        database.session_factory,
        [
            NewRecommendation("UPR", f"5.{n}", f"Text {n}.", recommending_states=states)
            for n, states in enumerate(STATES, start=1)
        ],
    )
    app = application()
    install_translations(app, language)
    try:
        window = MainWindow(database)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        window.load()
        yield window
    finally:
        install_translations(app, "en")
        QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def chinese_window(qtbot: QtBot, database: Database) -> Iterator[MainWindow]:
    yield from _window(qtbot, database, "zh")


@pytest.fixture
def arabic_window(qtbot: QtBot, database: Database) -> Iterator[MainWindow]:
    yield from _window(qtbot, database, "ar")


def _click_header(qtbot: QtBot, register: RegisterPage, key: str) -> None:
    header = register.table.horizontalHeader()
    section = register.model.columns.index(key)
    header.setSectionHidden(section, False)
    register.table.scrollTo(register.model.index(0, section))
    middle = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    with qtbot.waitSignal(register.loaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, 5))


def _cells(register: RegisterPage) -> list[str]:
    column = register.model.columns.index("recommending_states")
    model = register.model
    return [str(model.data(model.index(row, column))) for row in range(model.rowCount())]


def _in_locale_order(cells: list[str], locale: QLocale) -> list[str]:
    collator = QCollator(locale)
    key = collator.sortKey
    with_states = [c for c in cells if c]

    def names(cell: str) -> list[str]:
        return cell.split(", ")

    # A list of sort keys compares as the rows should: first State, then the next.
    ordered = sorted(with_states, key=lambda cell: [key(n) for n in names(cell)])
    return ordered + [c for c in cells if not c]


def test_chinese_register_sorted_by_states_in_pinyin_order(
    qtbot: QtBot, chinese_window: MainWindow
) -> None:
    register = chinese_window.register
    _click_header(qtbot, register, "recommending_states")
    cells = _cells(register)
    # 埃及 ai, 巴西 ba, 大韩民国 da, 德国 de, 法国 fa, 墨西哥 mo (中国 zhong): by
    # the English names Brazil would lead and Korea come last.
    assert cells == [
        "埃及, 中国",
        "巴西",
        "巴西, 大韩民国",
        "大韩民国",
        "德国",
        "法国",
        "墨西哥",
        "",
    ]
    assert cells == _in_locale_order(cells, QLocale("zh_CN"))
    header = register.table.horizontalHeader()
    assert header.sortIndicatorSection() == register.model.columns.index("recommending_states")
    assert register.sort.column == "recommending_states" and not register.sort.descending
    _click_header(qtbot, register, "recommending_states")  # again: the other way
    assert register.sort.descending
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _cells(register) == [*reversed(cells[:-1]), ""]


def test_arabic_register_sorted_by_states_in_arabic_order(
    qtbot: QtBot, arabic_window: MainWindow
) -> None:
    register = arabic_window.register
    assert register.table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    _click_header(qtbot, register, "recommending_states")
    cells = _cells(register)
    assert cells == _in_locale_order(cells, QLocale("ar"))
    # By the Arabic alphabet France (فرنسا) comes last; by the English names it
    # would come before Germany, Mexico and Korea.
    assert cells == [
        "البرازيل",
        "البرازيل, جمهورية كوريا",
        "الصين, مصر",
        "ألمانيا",
        "المكسيك",
        "جمهورية كوريا",
        "فرنسا",
        "",
    ]
