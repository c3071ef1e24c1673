"""The screens of the audit trail: a record's History tab, the Activity page
(filters, reading older entries, export to XLSX) and the Users dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.actions import get_action
from desktop.services.agencies import list_agencies
from desktop.services.audit import ActivityFilter, activity
from desktop.services.database import open_database
from desktop.services.permissions import Role
from desktop.services.users import ensure_first_administrator, list_users
from desktop.store.models import Action
from desktop.ui.main_window import MainWindow
from desktop.ui.views.action_dialog import ActionDialog
from desktop.ui.views.activity_page import PAGE_SIZE, ActivityPage
from desktop.ui.views.agency_dialog import AgencyDialog
from desktop.ui.views.history_panel import HistoryPanel
from desktop.ui.views.plans_page import PlansPage


def _top_texts(panel: HistoryPanel, column: int) -> list[str]:
    tree = panel.tree
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]


def _fields(panel: HistoryPanel, entry: int) -> list[tuple[str, str, str]]:
    item = panel.tree.topLevelItem(entry)
    return [
        (item.child(i).text(2), item.child(i).text(3), item.child(i).text(4))
        for i in range(item.childCount())
    ]


def test_history_tab_shows_a_recommendation_and_follows_its_changes(
    demo_window: MainWindow,
) -> None:
    register = demo_window.register
    register.select_row(0)
    panel = register.history
    assert panel.rows == []  # read only once its tab is shown
    register.detail_tabs.setCurrentWidget(panel)
    own = [t for t in _top_texts(panel, 2) if not t.endswith(": Agency assignment")]
    assert own == ["Created"]
    mine = [r for r in panel.rows if r.entity == "recommendation"]
    assert mine[0].label.startswith(register.editor.detail.fields.reference + " ")

    register.archive_selected()  # a write through the page: its broadcast reloads the tab
    assert _top_texts(panel, 2)[0] == "Archived"
    assert [t for t in _top_texts(panel, 2) if t in ("Archived", "Created")] == [
        "Archived",
        "Created",
    ]
    assert _fields(panel, 0) == [("Archived", "No", "Yes")]
    assert panel.tree.topLevelItem(0).text(1) == panel.rows[0].login
    assert panel.tree.topLevelItem(0).text(5) == "Window"


def test_history_tab_of_an_action_and_of_a_plan(demo_window: MainWindow, qtbot: QtBot) -> None:
    database = demo_window.database
    with database.session_factory() as session:
        action_id = session.scalar(select(Action.id).order_by(Action.id).limit(1))
    assert action_id is not None
    plans = demo_window.show_page("plans")
    assert isinstance(plans, PlansPage)
    dialog = ActionDialog(database, plans.action_context(), action_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.audit_history)
    texts = _top_texts(dialog.audit_history, 2)
    assert texts[-1] == "Created" and set(texts[:-1]) <= {"Created: Agency assignment"}
    title = get_action(database.session_factory, action_id).fields.title
    assert ("Title", "—", title) in _fields(dialog.audit_history, len(texts) - 1)

    plans.tabs.setCurrentWidget(plans.history)
    assert plans.view is not None and plans.history.record_id == plans.view.id
    assert _top_texts(plans.history, 2) == ["Created"]


def test_activity_page_filters_reads_older_entries_and_exports(
    demo_window: MainWindow, tmp_path: Path
) -> None:
    page = demo_window.show_page("activity")
    assert isinstance(page, ActivityPage)
    factory = demo_window.database.session_factory
    assert len(page.model.rows) == PAGE_SIZE
    assert page.more_button.isEnabled()
    page.fetch_more()
    ids = [row.id for row in page.model.rows]
    assert len(ids) == 2 * PAGE_SIZE and ids == sorted(set(ids), reverse=True)
    assert ids == [r.id for r in activity(factory, ActivityFilter(limit=2 * PAGE_SIZE))]

    demo_window.register.select_row(0)
    demo_window.register.archive_selected()  # the page is not shown: read when it is
    demo_window.show_page("activity")
    page.action.setCurrentIndex(page.action.findData("archive"))
    page.reload()
    assert [row.action for row in page.model.rows] == ["archive"]
    assert page.complete and not page.more_button.isEnabled()
    assert page.model.index(0, 3).data() == "Archived"
    assert page.model.index(0, 6).data() == "Archived: No → Yes"
    assert "all that match" in page.status.text()

    page.action.setCurrentIndex(0)
    page.kind.setCurrentIndex(page.kind.findData("agency"))
    page.reload()
    agencies = len(page.model.rows)
    assert agencies and {row.entity for row in page.model.rows} == {"agency"}
    dest = tmp_path / "agencies-activity.xlsx"
    page.export_to(dest)
    sheet = load_workbook(dest, read_only=True).active
    lines = list(sheet.iter_rows(values_only=True))
    assert lines[0][:3] == ("Entry", "When (UTC)", "Who")
    assert {line[5] for line in lines[1:]} == {"Agency"}  # the kind as the page words it
    assert len({line[0] for line in lines[1:]}) == agencies  # one line per changed field
    assert "Written to" in page.status.text()
    newest = activity(factory, ActivityFilter(limit=1))[0]
    assert (newest.action, newest.entity) == ("export", "audit_entry")


def test_users_dialog_adds_changes_and_removes_users(demo_window: MainWindow) -> None:
    dialog = demo_window.roles.show_users()
    database = demo_window.database
    me = demo_window.roles.user.login
    assert dialog.table.rowCount() == 0  # a database without users yet
    dialog.login.setText("focal1")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.AGENCY))
    dialog.agency.setCurrentIndex(-1)
    dialog.add()
    assert dialog.error.text().startswith("Agency: ")
    assert list_users(database.session_factory) == []

    dialog.agency.setCurrentIndex(0)
    dialog.add()
    agency = dialog.agency.itemText(0)
    users = [(u.login, u.role, u.agency) for u in list_users(database.session_factory)]
    assert sorted(users) == sorted(
        [("focal1", Role.AGENCY, agency), (me, Role.ADMINISTRATOR, None)]
    )
    row = [u.login for u in dialog.users].index("focal1")
    assert dialog.table.item(row, 1).text() == "Agency focal point"
    assert demo_window.roles.user.role is Role.ADMINISTRATOR  # the first user added: me too
    dialog.login.setText("focal1")
    dialog.add()
    assert dialog.error.text().startswith("Login: focal1 is already a user")

    dialog.table.selectRow(row)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.READER))
    dialog.change_role()
    assert {u.login: u.role for u in list_users(database.session_factory)}["focal1"] is Role.READER
    assert not dialog.agency.isEnabled()
    dialog.table.selectRow([u.login for u in dialog.users].index(me))
    dialog.remove(confirm=False)  # the last administrator stays
    assert "without an administrator" in dialog.error.text()
    dialog.table.selectRow([u.login for u in dialog.users].index("focal1"))
    dialog.remove(confirm=False)
    assert [u.login for u in list_users(database.session_factory)] == [me]
    assert dialog.error.text() == "focal1 was removed."
    assert not dialog.password.isVisibleTo(dialog)  # a file has no passwords


def test_the_agency_dialog_shows_the_agencys_history(demo_window: MainWindow, qtbot: QtBot) -> None:
    factory = demo_window.database.session_factory
    info = list_agencies(factory)[0]
    dialog = AgencyDialog(factory, info)
    qtbot.addWidget(dialog)
    dialog.show()
    created = _top_texts(dialog.history, 2).index("Created")  # below: its assignments
    assert ("Name", "—", info.data.name) in _fields(dialog.history, created)
    assert not hasattr(AgencyDialog(factory, None), "history")  # a new agency has none yet


@pytest.mark.postgres
def test_users_dialog_creates_a_server_login_with_its_password(pg_server, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    import psycopg
    from sqlalchemy.engine import make_url

    url = pg_server.create_database()
    database = open_database(url, create=True)
    try:
        ensure_first_administrator(database)
        window = MainWindow(database)
        qtbot.addWidget(window)
        dialog = window.roles.show_users()
        assert dialog.password.isVisibleTo(dialog)
        dialog.login.setText("gui_newcomer")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.EDITOR))
        dialog.password.setText("s3cret-Passw0rd")
        dialog.add()
        assert dialog.error.text() == "gui_newcomer was added."
        assert dialog.password.text() == ""
        parsed = make_url(url)
        with psycopg.connect(
            host=parsed.host, port=parsed.port, user="postgres", dbname=parsed.database
        ) as conn:
            stored = conn.execute(
                "SELECT rolpassword FROM pg_authid WHERE rolname = 'gui_newcomer'"
            ).fetchone()
        assert stored is not None and str(stored[0]).startswith("SCRAM-SHA-256$")
    finally:
        database.dispose()
