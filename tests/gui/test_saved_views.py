"""Saved views in the register: save, reopen (also with filters the panel does
not show), delete."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain.vocab import Position
from desktop.services.database import Database
from desktop.services.register import RegisterFilter, Sort, register_ids
from desktop.services.saved_views import list_views, save_view
from desktop.store.models import Theme
from desktop.ui.views.register_page import RegisterPage


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> RegisterPage:
    widget = RegisterPage()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_database(demo_db)
    widget.reload()
    return widget


def choose(page: RegisterPage, name: str) -> None:
    index = page.views.combo.findText(name)
    page.views.combo.setCurrentIndex(index)
    page.views.combo.activated.emit(index)


def test_save_and_reopen_a_view(
    page: RegisterPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.filters.mechanisms.set_checked(["UPR"])
    page.filters.responses.set_checked([Position.NOTED])
    page.search.setText("torture")
    page.reload()
    wanted = page.model.ids()
    assert wanted
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Noted on torture", True))
    page.views.save_current()
    assert [v.name for v in list_views(demo_db.session_factory)] == ["Noted on torture"]
    page.filters.clear()
    page.search.clear()
    page.reload()
    assert len(page.model.ids()) > len(wanted)
    choose(page, "Noted on torture")
    assert page.model.ids() == wanted
    assert page.search.text() == "torture"
    assert page.filters.mechanisms.checked() == ["UPR"]


def test_a_view_keeps_filters_the_panel_does_not_show(
    page: RegisterPage, demo_db: Database
) -> None:
    with demo_db.session_factory() as session:
        theme = int(session.scalars(select(Theme.id).where(Theme.name == "Death penalty")).one())
    some = tuple(register_ids(demo_db.session_factory, RegisterFilter(theme_ids=(theme,)))[:2])
    # An explicit set of recommendations (a drill-down) has no widget in the panel.
    filt = RegisterFilter(theme_ids=(theme,), recommendation_ids=some)
    save_view(demo_db.session_factory, "Death penalty", filt, Sort("mechanism", True))
    page.reload()
    choose(page, "Death penalty")
    assert page.model.ids() == register_ids(demo_db.session_factory, filt, Sort("mechanism", True))
    assert page.sort == Sort("mechanism", True)
    page.filters.clear()  # clearing the filters clears the hidden ones too
    assert len(page.model.ids()) == len(register_ids(demo_db.session_factory, RegisterFilter()))


def test_delete_a_view(page: RegisterPage, demo_db: Database) -> None:
    save_view(demo_db.session_factory, "Temporary", RegisterFilter(), Sort())
    page.reload()
    choose(page, "Temporary")
    page.views.delete_current()
    assert list_views(demo_db.session_factory) == []
    assert page.views.combo.count() == 1
