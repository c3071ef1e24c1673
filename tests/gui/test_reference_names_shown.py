"""Mechanism names and SDG titles in the interface language: with the Chinese
translation loaded, the register's filters, its cells' tooltips, the detail
pane's SDG field and the dashboard's SDG breakdown show the Chinese names; a
mechanism of the user's own keeps its name in the filter and the dashboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import application, install_translations
from desktop.domain.vocab import MechanismKind
from desktop.services.dashboard import BreakdownKind
from desktop.services.database import Database
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.store.models import Mechanism
from desktop.ui.main_window import MainWindow
from desktop.ui.views.dashboard_page import DashboardPage


@pytest.fixture
def chinese_window(qtbot: QtBot, database: Database) -> Iterator[MainWindow]:
    with database.session_factory.begin() as session:
        session.add(Mechanism(code="NHRC-X", kind=MechanismKind.OTHER, name="Own commission"))
    bulk_create_recommendations(
        database.session_factory,
        [
            NewRecommendation("CEDAW", "20", "建议一。", sdg_targets=("5.2",)),
            NewRecommendation("CRC", "12", "建议二。", sdg_goals=(16,)),
            NewRecommendation("NHRC-X", "1", "建议三。"),
        ],
    )
    app = application()
    install_translations(app, "zh")
    try:
        window = MainWindow(database)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        window.load()
        yield window
    finally:
        install_translations(app, "en")


def _labels(widget: object) -> dict[object, tuple[str, str]]:
    count = widget.count()  # type: ignore[attr-defined]
    items = [widget.item(i) for i in range(count)]  # type: ignore[attr-defined]
    return {i.data(Qt.ItemDataRole.UserRole): (i.text(), i.toolTip()) for i in items}


def test_register_names_mechanisms_and_sdgs_in_chinese(chinese_window: MainWindow) -> None:
    register = chinese_window.register
    mechanisms = _labels(register.filters.mechanisms)
    assert mechanisms["CEDAW"] == ("CEDAW", "消除对妇女歧视委员会")
    assert mechanisms["NHRC-X"] == ("NHRC-X", "Own commission")
    goals = _labels(register.filters.sdg_goals)
    assert goals[16][0] == "16 和平、正义与强大机构"
    targets = {text for text, _ in _labels(register.filters.sdg_targets).values()}
    assert "5.2 消除对妇女和女童的暴力行为" in targets
    model = register.model
    column = {key: i for i, key in enumerate(model.columns)}
    tips = {
        model.data(model.index(row, column["reference"])): (
            model.data(model.index(row, column["mechanism"]), Qt.ItemDataRole.ToolTipRole),
            model.data(model.index(row, column["sdgs"]), Qt.ItemDataRole.ToolTipRole),
        )
        for row in range(model.rowCount())
    }
    assert tips["20"] == ("消除对妇女歧视委员会", "5.2 消除对妇女和女童的暴力行为")
    assert tips["12"] == ("儿童权利委员会", "SDG 16 和平、正义与强大机构")
    assert tips["1"][0] is None, "no reference name for a mechanism of the user's own"
    pane = register.editor.links
    assert "sdg_target_ids" in pane.fields
    options = dict(pane.options("sdg_goal_ids"))
    assert "5 性别平等" in options.values()


def _names_column(page: DashboardPage) -> list[tuple[str, str]]:
    """The breakdown table's first column: (text, tooltip) of each row."""
    cells = [page.table.item(row, 0) for row in range(page.table.rowCount())]
    return [(cell.text(), cell.toolTip()) for cell in cells if cell is not None]


def test_dashboard_sdg_breakdown_in_chinese(chinese_window: MainWindow) -> None:
    page = chinese_window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    page.breakdown.setCurrentIndex(page.breakdown.findData(BreakdownKind.SDG_GOAL))
    names = [text for text, _ in _names_column(page)]
    assert names == ["5 性别平等", "16 和平、正义与强大机构"]
    page.breakdown.setCurrentIndex(page.breakdown.findData(BreakdownKind.MECHANISM))
    tips = dict(_names_column(page))
    assert tips == {
        "CEDAW": "消除对妇女歧视委员会",
        "CRC": "儿童权利委员会",
        "NHRC-X": "Own commission",
    }
