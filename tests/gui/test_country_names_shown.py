"""Country names in the interface language: with the Chinese or Arabic
translation loaded, the register's Recommending State filter, its column and
the detail pane name the States in that language, sorted by that language's
rules, and found by typing their translated or their English name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from desktop.app import application, install_translations
from desktop.services.database import Database
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.store.models import Country
from desktop.ui.main_window import MainWindow
from desktop.ui.views.picker_dialog import PickerDialog
from desktop.ui.views.register_filters import CheckList

OWN_STATE = "Republic of Aldavia"


def _window(qtbot: QtBot, database: Database, language: str) -> Iterator[MainWindow]:
    with database.session_factory.begin() as session:
        session.add(Country(name=OWN_STATE))
    bulk_create_recommendations(
        database.session_factory,
        [
            NewRecommendation(
                "UPR", "1.1", "一。", recommending_states=("France", "Republic of Korea", "Brazil")
            ),
            NewRecommendation("UPR", "1.2", "二。", recommending_states=("Republic of Korea",)),
            NewRecommendation("UPR", "1.3", "三。", recommending_states=(OWN_STATE,)),
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


def _shown(checklist: CheckList) -> list[str]:
    items = [checklist.item(i) for i in range(checklist.count())]
    return [item.text() for item in items if not item.isHidden()]


def test_register_filter_names_states_in_chinese_pinyin_order(chinese_window: MainWindow) -> None:
    states = chinese_window.register.filters.recommending_states
    # Pinyin order (ba, da, fa), not code-point order (大 U+5927 before 巴 U+5DF4).
    assert _shown(states) == ["巴西", "大韩民国", "法国", OWN_STATE]
    states.narrow.setText("法")
    assert _shown(states) == ["法国"]
    states.narrow.setText("korea")  # the English name finds the State too
    assert _shown(states) == ["大韩民国"]
    states.narrow.setText("aldavia")
    assert _shown(states) == [OWN_STATE]
    states.narrow.clear()
    france = next(i for i in range(states.count()) if states.item(i).text() == "法国")
    states.item(france).setCheckState(Qt.CheckState.Checked)
    register = chinese_window.register
    assert register.model.rowCount() == 1


def test_register_column_and_detail_pane_name_states_in_chinese(
    chinese_window: MainWindow,
) -> None:
    register = chinese_window.register
    model = register.model
    column = {key: i for i, key in enumerate(model.columns)}
    cells = {
        model.data(model.index(row, column["reference"])): model.data(
            model.index(row, column["recommending_states"])
        )
        for row in range(model.rowCount())
    }
    # Pinyin order in a cell too: 巴西 (ba) before 大韩民国 (da).
    assert cells == {"1.1": "巴西, 大韩民国, 法国", "1.2": "大韩民国", "1.3": OWN_STATE}
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "1.1")
    register.select_row(row)
    pane = register.editor.links
    assert pane.fields["recommending_state_ids"].text() == "巴西; 大韩民国; 法国"
    options = [name for _, name in pane.options("recommending_state_ids")]
    assert len(options) == 196 and options[:3] == ["阿尔巴尼亚", "阿尔及利亚", "阿富汗"]
    assert OWN_STATE in options and "France" not in options


def test_the_picker_finds_a_state_by_its_english_name(
    chinese_window: MainWindow, qtbot: QtBot
) -> None:
    pane = chinese_window.register.editor.links
    choices = pane.options("recommending_state_ids")
    dialog = PickerDialog("States", choices, [], chinese_window, pane.choices.country_search_names)
    qtbot.addWidget(dialog)
    dialog.filter.setText("germany")
    shown = [dialog.list.item(i) for i in range(dialog.list.count())]
    assert [item.text() for item in shown if not item.isHidden()] == ["德国"]
    dialog.filter.setText("德")
    assert [item.text() for item in shown if not item.isHidden()] == ["德国"]


def test_register_filter_names_states_in_arabic(arabic_window: MainWindow) -> None:
    states = arabic_window.register.filters.recommending_states
    assert _shown(states) == ["البرازيل", "جمهورية كوريا", "فرنسا", OWN_STATE]
    assert states.layoutDirection() == Qt.LayoutDirection.RightToLeft
    states.narrow.setText("brazil")
    assert _shown(states) == ["البرازيل"]
