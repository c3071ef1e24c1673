"""Bulk actions from the register page, with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain.vocab import AgencyRole, ImplementationStatus
from desktop.services.bulk import BulkAction, BulkKind
from desktop.services.database import Database
from desktop.services.register import RegisterFilter, register_ids
from desktop.store.models import Agency
from desktop.ui.views.register_page import RegisterPage


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> RegisterPage:
    widget = RegisterPage()
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    widget.set_database(demo_db)
    widget.reload()
    return widget


def test_bulk_assign_to_all_matching_and_undo(
    qtbot: QtBot, page: RegisterPage, demo_db: Database
) -> None:
    with demo_db.session_factory() as session:
        nso = int(session.scalars(select(Agency.id).where(Agency.acronym == "NSO")).one())
    page.filters.mechanisms.set_checked(["CEDAW"])
    page.reload()
    cedaw = set(page.model.ids())
    page.table.selectAll()
    targets, count = page.bulk_targets()
    assert isinstance(targets, RegisterFilter) and count == len(cedaw)  # no id list built
    before = set(register_ids(demo_db.session_factory, RegisterFilter(agency_id=nso)))
    page.bulk.run(BulkAction(BulkKind.ASSIGN_AGENCY, nso, AgencyRole.LEAD))
    assert f"Changed {len(cedaw - before)} of {len(cedaw)}" in page.bulk_message.text()
    led = set(
        register_ids(
            demo_db.session_factory, RegisterFilter(agency_id=nso, agency_role=AgencyRole.LEAD)
        )
    )
    assert cedaw <= led
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Undone" in page.bulk_message.text()
    assert set(register_ids(demo_db.session_factory, RegisterFilter(agency_id=nso))) == before


def test_bulk_status_on_a_selection(page: RegisterPage, demo_db: Database) -> None:
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(2, 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    targets, count = page.bulk_targets()
    assert count == 2 and list(targets) == [page.model.id_at(0), page.model.id_at(2)]
    page.bulk.run(BulkAction(BulkKind.STATUS, ImplementationStatus.NO_LONGER_APPLICABLE))
    done = register_ids(
        demo_db.session_factory,
        RegisterFilter(statuses=(ImplementationStatus.NO_LONGER_APPLICABLE,)),
    )
    assert sorted(done) == sorted(targets)


def test_the_menu_offers_every_action(page: RegisterPage) -> None:
    titles = [a.text() for a in page.bulk.menu().actions() if a.text()]
    assert titles[:6] == [
        "Set implementation status",
        "Set priority",
        "Put in cluster",
        "Assign lead agency",
        "Assign supporting agency",
        "Archive",
    ]
    agencies = page.bulk.menu().actions()[3].menu().actions()
    assert len(agencies) == 15


def test_nothing_selected_says_so(page: RegisterPage) -> None:
    page.table.clearSelection()
    page.bulk.run(BulkAction(BulkKind.ARCHIVE))
    assert page.bulk_message.text() == "Select recommendations first."
