"""The window follows the user's role: a banner for a login the database does
not know, what a role may not do disabled with the reason as its tooltip, and
a write refused anyway shown as the error."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.database import Database, open_database
from desktop.services.permissions import Role
from desktop.store.models import Recommendation
from desktop.ui.main_window import MainWindow
from desktop.ui.views.plans_page import PlansPage
from tests.unit.audit_world import World, build_world, opened_as


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(str(tmp_path_factory.mktemp("roles") / "roles.sqlite3"), "gui")


def _window(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.load()
    return window


@pytest.fixture
def as_login(world: World, qtbot: QtBot) -> Iterator[Any]:
    opened: list[Any] = []

    def open_as(login: str) -> MainWindow:
        context = opened_as(world, login)
        database = context.__enter__()
        opened.append(context)
        return _window(qtbot, database)

    yield open_as
    for context in opened:
        context.__exit__(None, None, None)


def test_an_unknown_login_is_told_and_may_only_read(as_login: Any) -> None:
    window: MainWindow = as_login("stranger")
    banner = window.roles.banner
    assert banner.isVisibleTo(window)
    assert banner.text() == "You (stranger) have no role in this database: you may read only."
    for action in (window.action_import, window.roles.action_users, window.action_settings):
        assert not action.isEnabled()
        assert "stranger is not a user of this database" in action.toolTip()
    assert window.action_export.isEnabled()  # reading and exporting stay open
    plans = window.show_page("plans")
    assert isinstance(plans, PlansPage)
    assert not plans.new_plan_button.isEnabled()
    plans._update_buttons()  # the page enables what its selection allows …
    assert not plans.edit_plan_button.isEnabled()  # … the role still says no
    assert "you may read only" in plans.edit_plan_button.toolTip()
    agencies = window.show_page("agencies")
    new_agency = agencies.findChild(type(plans.new_plan_button), "new_agency")
    assert new_agency is not None and not new_agency.isEnabled()
    assert not window.register.bulk_button.isEnabled()


def test_each_role_sees_its_own_buttons(as_login: Any, world: World) -> None:
    focal = as_login(world.logins[Role.AGENCY])
    assert not focal.roles.banner.isVisibleTo(focal)
    plans = focal.show_page("plans")
    assert isinstance(plans, PlansPage)
    assert not plans.new_plan_button.isEnabled()
    assert "focal points record progress" in plans.new_plan_button.toolTip()
    plans._update_buttons()
    assert plans.progress_button.property("permitRefused") is not True
    assert not focal.roles.action_users.isEnabled()

    admin = world.logins[Role.ADMINISTRATOR]
    with mock.patch.dict(os.environ, {"LOGNAME": admin, "USER": admin}):
        focal.open_database_file(world.url)  # the same file opened by its administrator
    assert focal.roles.user.login == admin
    assert focal.roles.action_users.isEnabled()
    assert focal.action_import.isEnabled()
    assert "focal points" not in focal.action_import.toolTip()
    assert plans.new_plan_button.isEnabled()  # the role's refusal is lifted
    assert plans.new_plan_button.toolTip() == ""
    focal.database.dispose()


def test_a_write_refused_anyway_shows_the_reason(
    as_login: Any, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = as_login(world.logins[Role.READER])
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.operations.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )
    register = window.register
    register.select_row(0)
    record = register.selected_ids()[0]
    register.archive_selected()  # the Delete key: not a button the role check disabled
    assert len(shown) == 1
    assert shown[0].startswith("Not allowed: gui_reader (Reader): readers may read")
    assert "nothing was changed" in shown[0]
    with window.database.session_factory() as session:
        archived = session.scalar(
            select(Recommendation.archived).where(Recommendation.id == record)
        )
    assert archived is False


def test_a_database_without_users_refuses_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "fresh.sqlite3"), create=True)
    try:
        window = _window(qtbot, database)
        assert not window.roles.banner.isVisibleTo(window)
        assert window.roles.action_users.isEnabled()
        file_menu = window.menuBar().actions()[0].menu()
        assert window.roles.action_users in file_menu.actions()
        assert window.action_import.isEnabled()
    finally:
        database.dispose()
