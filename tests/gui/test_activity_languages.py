"""The Activity page, the History tab and the Activity page's export in the
user's language: States named in it (a Country row, recommending States, a
document's State under review), and the export's headers, kinds of record,
fields and values as the page words them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.app import install_translations
from desktop.domain.vocab import ImplementationStatus
from desktop.services import editing
from desktop.store.models import Country, Recommendation, SourceDocument
from desktop.ui.i18n import status_label
from desktop.ui.main_window import MainWindow
from desktop.ui.views.activity_page import ActivityPage

HAN = re.compile("[\u4e00-\u9fff]")


@pytest.fixture
def edited(demo_window: MainWindow) -> int:
    """The first recommendation, its recommending States set to France and
    Germany and its status to in progress; France made an observer; a
    document's State under review set to China. Returns the recommendation."""
    factory = demo_window.database.session_factory
    with factory() as session:
        rec_id = session.scalars(select(Recommendation.id).order_by(Recommendation.id)).first()
        ids = {iso2: i for iso2, i in session.execute(select(Country.iso2, Country.id))}
    assert rec_id is not None
    detail = editing.load_recommendation(factory, rec_id)
    fields = replace(
        detail.fields,
        recommending_state_ids=(ids["FR"], ids["DE"]),
        status=ImplementationStatus.IN_PROGRESS,
    )
    editing.save_recommendation(factory, rec_id, detail.version, fields)
    with factory() as session:
        france = session.get(Country, ids["FR"])
        document = session.scalars(select(SourceDocument).order_by(SourceDocument.id)).first()
        assert france is not None and document is not None
        france.observer = True
        document.country_id = ids["CN"]
        session.commit()
    return rec_id


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the interface to a language for the test; back to English after."""
    yield lambda code: install_translations(qapp, code)
    install_translations(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


def _activity(window: MainWindow) -> ActivityPage:
    page = window.show_page("activity")
    assert isinstance(page, ActivityPage)
    page.action.setCurrentIndex(page.action.findData("edit"))
    page.reload()
    return page


def _row_of(page: ActivityPage, entity: str) -> int:
    return next(i for i, row in enumerate(page.model.rows) if row.entity == entity)


@pytest.mark.parametrize(
    ("code", "france", "germany", "china"),
    [("zh", "法国", "德国", "中国"), ("ar", "فرنسا", "ألمانيا", "الصين")],
)
def test_activity_and_history_name_states_in_the_users_language(
    demo_window: MainWindow,
    edited: int,
    language: Callable[[str], None],
    code: str,
    france: str,
    germany: str,
    china: str,
) -> None:
    page = _activity(demo_window)
    country = _row_of(page, "country")
    assert page.model.index(country, 5).data() == "France"  # English: as stored
    language(code)
    page.reload()
    country = _row_of(page, "country")
    assert page.model.index(country, 5).data() == france
    changes = page.model.index(_row_of(page, "recommendation"), 6).data()
    assert france in changes and germany in changes and "France" not in changes
    document = page.model.index(_row_of(page, "source_document"), 6).data()
    assert china in document and "China" not in document

    register = demo_window.show_page("recommendations")
    assert register is demo_window.register
    register.select_row(register.model.row_of(edited))
    register.detail_tabs.setCurrentWidget(register.history)
    panel = register.history
    panel.reload()
    newest = panel.tree.topLevelItem(0)
    values = [newest.child(i).text(4) for i in range(newest.childCount())]
    assert f"{france}, {germany}" in values
    assert not [v for v in values if "France" in v or "Germany" in v]


def test_the_export_from_the_activity_page_writes_the_pages_words(
    demo_window: MainWindow, edited: int, language: Callable[[str], None], tmp_path: Path
) -> None:
    language("zh")
    page = _activity(demo_window)
    shown = {
        page.model.rows[i].entity: (page.model.index(i, 3).data(), page.model.index(i, 4).data())
        for i in range(len(page.model.rows))
    }
    in_progress = status_label(ImplementationStatus.IN_PROGRESS)
    assert HAN.search(in_progress)
    dest = tmp_path / "活动.xlsx"
    page.export_to(dest)
    sheet = load_workbook(dest, read_only=True).worksheets[0]
    lines = list(sheet.iter_rows(values_only=True))
    assert sheet.title == page.title()
    headers = lines[0]
    assert len(headers) == 11 and all(HAN.search(str(h)) for h in headers[1:])
    assert "Entry" not in headers and "Old value" not in headers
    body = lines[1:]
    assert {(line[4], line[5]) for line in body} == set(shown.values())  # as the page words them
    country = next(line for line in body if line[7] == "法国")
    assert HAN.search(country[8]) and country[9] == "否" and country[10] == "是"
    recommendation = [line for line in body if line[10] == "法国, 德国"]
    assert len(recommendation) == 1 and HAN.search(recommendation[0][8])
    assert in_progress in [line[10] for line in body]
    assert "中国" in [line[10] for line in body]
    assert not [c for line in body for c in line if c in ("in_progress", "country_id")]
    assert str(dest) in page.status.text() and "Written" not in page.status.text()
