"""The register's filter panel (issue 12): recommending State, cycle, SDG
target and the other vocabulary filters, searchable lists that stay quick
with hundreds of values, on SQLite."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.register import RegisterFilter, register_ids
from desktop.store.models import SdgTarget
from desktop.ui.views.register_filters import CheckList
from desktop.ui.views.register_page import RegisterPage
from tests.unit.states_import import NETHERLANDS, import_states


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(str(tmp_path_factory.mktemp("gui-filters") / "demo.sqlite3"), create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()


def register_page(qtbot: QtBot, database: Database) -> RegisterPage:
    widget = RegisterPage()
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.set_database(database)
    widget.reload()
    return widget


def shown_references(page: RegisterPage) -> list[str]:
    column = page.model.columns.index("reference")
    return [page.model.data(page.model.index(r, column)) for r in range(page.model.rowCount())]


def test_typing_netherlands_finds_the_recommendations_it_made(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    import_states(database, tmp_path)
    page = register_page(qtbot, database)
    states = page.filters.recommending_states
    assert [states.item(i).text() for i in range(states.count())] == [
        "France",
        "Netherlands (Kingdom of the)",
        "Spain",
    ]
    assert states.narrow.isVisible()
    qtbot.keyClicks(states.narrow, "Netherlands")
    assert [states.item(i).isHidden() for i in range(states.count())] == [True, False, True]
    with qtbot.waitSignal(page.loaded, timeout=3000):
        qtbot.keyClick(states.narrow, Qt.Key.Key_Return)  # ticks what the box shows
    assert shown_references(page) == list(NETHERLANDS)
    assert page.count_label.text() == "Matching: 3"
    box = states.parentWidget()
    assert box is not None and box.title() == "Recommending State · 1 ticked"
    filt = page.current_filter()
    assert page.model.ids() == register_ids(database.session_factory, filt)
    page.filters.clear()
    assert states.narrow.text() == "" and box.title() == "Recommending State"
    assert page.model.rowCount() == 6
    # Affected persons (the demo country has none): the import's "Children".
    narrow_and_tick(qtbot, page, page.filters.affected_persons, "children")
    assert shown_references(page) == ["121.1", "121.2", "121.3", "121.4", "121.5"]


def narrow_and_tick(qtbot: QtBot, page: RegisterPage, checklist: CheckList, typed: str) -> None:
    page.filters.clear()
    checklist.narrow.setText(typed)
    with qtbot.waitSignal(page.loaded, timeout=3000):
        checklist.tick_shown()


def test_the_vocabulary_filters_match_the_service(qtbot: QtBot, demo_db: Database) -> None:
    page = register_page(qtbot, demo_db)
    filters = page.filters
    factory = demo_db.session_factory
    with factory() as session:
        target = session.scalars(select(SdgTarget.id).where(SdgTarget.code == "16.3")).one()
    assert filters.sdg_targets.count() == 169 and filters.sdg_targets.narrow.isVisible()
    narrow_and_tick(qtbot, page, filters.sdg_targets, "16.3 ")
    assert filters.sdg_targets.checked() == [target]
    assert page.model.ids() == register_ids(factory, RegisterFilter(sdg_target_ids=(target,)))
    assert page.model.rowCount() > 0

    cycles = [filters.cycles.item(i).text() for i in range(filters.cycles.count())]
    assert "Cycle 3" in cycles and not filters.cycles.narrow.isVisible()  # a short list
    page.filters.clear()
    filters.cycles.set_checked([3])
    page.reload()
    assert page.model.ids() == register_ids(factory, RegisterFilter(cycles=(3,)))
    assert 0 < page.model.rowCount() < len(register_ids(factory, RegisterFilter()))

    for checklist, typed, field in (
        (filters.sources, "CEDAW", "source_ids"),
        (filters.themes, "death penalty", "theme_ids"),
        (filters.recommending_states, "netherlands", "recommending_state_ids"),
    ):
        narrow_and_tick(qtbot, page, checklist, typed)
        ticked = tuple(int(str(v)) for v in checklist.checked())
        assert ticked, field
        expected = register_ids(factory, RegisterFilter(**{field: ticked}))
        assert expected and page.model.ids() == expected, field


def test_a_view_with_the_new_filters_shows_them_in_the_panel(
    qtbot: QtBot, demo_db: Database
) -> None:
    page = register_page(qtbot, demo_db)
    state = int(str(page.filters.recommending_states.item(0).data(Qt.ItemDataRole.UserRole)))
    filt = RegisterFilter(recommending_state_ids=(state,), cycles=(3,))
    page.show_filter(filt)
    assert page.filters.recommending_states.checked() == [state]
    assert page.filters.cycles.checked() == [3]
    assert page.current_filter() == filt
    assert page.model.ids() == register_ids(demo_db.session_factory, filt)


def test_long_lists_stay_quick(qtbot: QtBot) -> None:
    checklist = CheckList(searchable=True)
    qtbot.addWidget(checklist)
    values = [(i, f"Value {i:04d} of a long vocabulary") for i in range(3000)]
    started = time.perf_counter()
    checklist.set_values(values)
    checklist.narrow.setText("0042")
    assert time.perf_counter() - started < 1.0
    assert [checklist.item(i).isHidden() for i in (41, 42, 43)] == [True, False, True]
    first = checklist.item(0)
    checklist.set_values(list(values))  # offered again on a reload: nothing rebuilt
    assert checklist.item(0) is first
    checklist.narrow.clear()
    checklist.set_checked([7])
    checklist.set_values(values[:10])  # a tick survives a rebuild when still offered
    assert checklist.checked() == [7]
