"""Save screenshots (offscreen) of the audit trail's screens into
docs/screenshots, over the demonstration data with a few changes made by
several users, in English, Chinese and Arabic: a recommendation's History tab,
the Activity page, File › Users… and an agency's History (its assignments).

Run: QT_QPA_PLATFORM=offscreen python docs/screenshots/make_audit_screenshots.py [OUT]
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from unittest import mock

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from desktop import paths  # noqa: E402
from desktop.app import application, install_translations  # noqa: E402
from desktop.domain.vocab import (  # noqa: E402
    AgencyRole,
    ImplementationStatus,
    Position,
)
from desktop.services import bulk, editing  # noqa: E402
from desktop.services.agencies import list_agencies  # noqa: E402
from desktop.services.database import open_database  # noqa: E402
from desktop.services.demo import create_demo_data  # noqa: E402
from desktop.services.permissions import Role  # noqa: E402
from desktop.services.users import add_user, ensure_first_administrator  # noqa: E402
from desktop.store.models import Cluster, Country, Recommendation  # noqa: E402
from desktop.ui import workers  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.views.agency_dialog import AgencyDialog  # noqa: E402

LANGUAGES = ("en", "zh", "ar")


def prepare(path: Path) -> int:
    """The demonstration, its users, and a recommendation changed by two of them;
    returns that recommendation's id."""
    database = open_database(str(path), create=True)
    create_demo_data(database.session_factory)
    ensure_first_administrator(database)
    agency = list_agencies(database.session_factory)[0].data.name
    add_user(database, "amina.secretariat", Role.EDITOR)
    add_user(database, "li.focalpoint", Role.AGENCY, agency)
    add_user(database, "nhri.reader", Role.READER)
    with database.session_factory() as session:
        rec_id = session.scalars(select(Recommendation.id).order_by(Recommendation.id)).first()
    assert rec_id is not None
    database.dispose()
    with mock.patch.dict(os.environ, {"LOGNAME": "amina.secretariat", "USER": "amina.secretariat"}):
        database = open_database(str(path))
        factory = database.session_factory
        bulk.apply_bulk(factory, [rec_id], bulk.BulkAction(bulk.BulkKind.PRIORITY, "high"))
        edit_recommendation(factory, rec_id)
        agencies = [a.id for a in list_agencies(factory)]
        bulk.apply_bulk(
            factory,
            [rec_id, rec_id + 1, rec_id + 2],
            bulk.BulkAction(bulk.BulkKind.ASSIGN_AGENCY, agencies[1], AgencyRole.SUPPORTING),
        )
        bulk.apply_bulk(  # the agency's History: one row for the 40
            factory,
            list(range(rec_id + 10, rec_id + 50)),
            bulk.BulkAction(bulk.BulkKind.ASSIGN_AGENCY, agencies[1], AgencyRole.LEAD),
        )
        editing.set_archived(factory, [rec_id], True)
        editing.set_archived(factory, [rec_id], False)
        with factory() as session:  # a State's row changed: named in the reader's language
            france = session.scalars(select(Country).where(Country.iso2 == "FR")).one()
            france.observer = not france.observer
            session.commit()
        database.dispose()
    return rec_id


def edit_recommendation(factory: sessionmaker[Session], rec_id: int) -> None:
    """A recommendation's status, response, cluster, lead agency and
    recommending States changed in its editor."""
    detail = editing.load_recommendation(factory, rec_id)
    with factory() as session:
        cluster_id = session.scalars(select(Cluster.id).order_by(Cluster.id.desc())).first()
        states = tuple(
            session.scalars(select(Country.id).where(Country.iso2.in_(("FR", "DE", "BR"))))
        )
    fields = replace(
        detail.fields,
        status=ImplementationStatus.IN_PROGRESS,
        response=Position.SUPPORTED,
        cluster_id=cluster_id,
        lead_agency_ids=(list_agencies(factory)[2].id,),
        recommending_state_ids=states,
    )
    editing.save_recommendation(factory, rec_id, detail.version, fields)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    app = application()
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        QFontDatabase.addApplicationFont(str(paths.resources_dir() / "fonts" / "wqy-microhei.ttc"))
    workers.set_synchronous(True)
    folder = Path(tempfile.mkdtemp())
    for language in LANGUAGES:
        install_translations(app, language)
        path = folder / f"audit-{language}.sqlite3"
        rec_id = prepare(path)
        database = open_database(str(path))
        window = MainWindow(database)
        window.resize(1280, 800)
        window.show()
        window.load()
        register = window.register
        register.select_row(register.model.row_of(rec_id))
        register.detail_tabs.setCurrentWidget(register.history)
        QApplication.processEvents()
        window.grab().save(str(out / f"history-tab-{language}.png"))
        window.show_page("activity")
        QApplication.processEvents()
        window.grab().save(str(out / f"activity-page-{language}.png"))
        dialog = window.roles.show_users()
        dialog.table.selectRow(1)
        QApplication.processEvents()
        dialog.grab().save(str(out / f"users-dialog-{language}.png"))
        dialog.close()
        agency = list_agencies(database.session_factory)[1]
        agency_dialog = AgencyDialog(database.session_factory, agency, window)
        agency_dialog.show()
        QApplication.processEvents()
        agency_dialog.grab().save(str(out / f"agency-history-{language}.png"))
        agency_dialog.close()
        window.close()
        database.dispose()
        print(f"{out}/history-tab-{language}.png, activity-page-, users-dialog-, agency-history-")
    install_translations(app, "en")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
