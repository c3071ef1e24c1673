"""The agency dialog's History shows the agency's assignments a row per
change: a bulk assignment as one row with how many and the first few by name,
its undoing as another, one made alone naming its recommendation; in English
and in Chinese (plural forms through the translations)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app import install_translations
from desktop.domain.vocab import AgencyRole
from desktop.services.agencies import list_agencies
from desktop.services.audit_log import audit_source
from desktop.services.bulk import BulkAction, BulkKind, apply_bulk, undo_bulk
from desktop.services.database import Database
from desktop.store.models import Agency, Recommendation
from desktop.ui.views.agency_dialog import AgencyDialog


def _agency_with_changes(db: Database) -> int:
    """A new agency assigned in bulk as supporting to 25 recommendations, then
    as lead to 12 more (undone), then as lead to one alone."""
    factory = db.session_factory
    with factory.begin() as session:
        agency = Agency(name="Ministry of Shown History")
        session.add(agency)
        session.flush()
        agency_id = agency.id
    with factory() as session:
        ids = list(session.scalars(select(Recommendation.id).order_by(Recommendation.id).limit(38)))
    with audit_source("cli one"):
        apply_bulk(
            factory, ids[:25], BulkAction(BulkKind.ASSIGN_AGENCY, agency_id, AgencyRole.SUPPORTING)
        )
    with audit_source("cli two"):
        done = apply_bulk(
            factory, ids[25:37], BulkAction(BulkKind.ASSIGN_AGENCY, agency_id, AgencyRole.LEAD)
        )
    with audit_source("cli three"):
        undo_bulk(factory, done.undo)
    with audit_source("gui"):
        apply_bulk(factory, [ids[37]], BulkAction(BulkKind.ASSIGN_AGENCY, agency_id))
    return agency_id


def _rows(dialog: AgencyDialog) -> list[tuple[str, ...]]:
    tree = dialog.history.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [tuple(item.text(c) for c in (2, 3, 4)) for item in items]


def _children(item: QTreeWidgetItem) -> list[tuple[str, ...]]:
    return [tuple(item.child(i).text(c) for c in (2, 3, 4)) for i in range(item.childCount())]


@pytest.fixture
def dialog(demo_db: Database, qtbot: QtBot) -> Iterator[AgencyDialog]:
    agency_id = _agency_with_changes(demo_db)
    info = next(a for a in list_agencies(demo_db.session_factory) if a.id == agency_id)
    shown = AgencyDialog(demo_db.session_factory, info)
    qtbot.addWidget(shown)
    shown.show()
    yield shown


def test_the_agency_history_shows_each_bulk_change_as_one_row(
    dialog: AgencyDialog, demo_db: Database
) -> None:
    rows = _rows(dialog)
    with demo_db.session_factory() as session:
        references = list(
            session.scalars(select(Recommendation.reference).order_by(Recommendation.id).limit(38))
        )
    first, last = references[0], references[-1]
    assert rows[0][0] == "Assigned as lead" and rows[0][2].startswith(f"{last} ")  # newest first
    assert rows[1] == ("Taken off as lead", "12 recommendations", "")
    assert rows[2] == ("Assigned as lead", "", "12 recommendations")
    assert rows[3] == ("Assigned as supporting", "", "25 recommendations")
    assert rows[-1][0] == "Created"  # the agency itself
    taken_off = _children(dialog.history.tree.topLevelItem(1))
    assert taken_off[-1] == ("Lead or supporting", "Lead", "—")
    assert taken_off[-2] == ("", "and 9 more", "")
    assert [name for kind, name, _ in taken_off[:3]] and all(
        kind == "Recommendation" for kind, _, _ in taken_off[:3]
    )
    assert _children(dialog.history.tree.topLevelItem(3))[0][2].startswith(f"{first} ")


def test_the_counts_read_in_the_interface_language(
    dialog: AgencyDialog, qapp: QApplication
) -> None:
    install_translations(qapp, "zh")
    try:
        dialog.history.reload()
        rows = _rows(dialog)
        assert rows[3][2] == "25 条建议"
        assert ("", "另有 9 条", "") in _children(dialog.history.tree.topLevelItem(1))
        assert rows[1][0] == "不再担任牵头机构"
    finally:
        install_translations(qapp, "en")
