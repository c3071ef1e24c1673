"""The detail pane writes its codes in the locale's digits: an Arabic user
reads the action category and the SDG target codes in Arabic-Indic digits,
as every count and cycle on the screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from desktop.services.database import Database
from desktop.services.editing import load_recommendation
from desktop.ui.views.register_page import RegisterPage


@pytest.fixture
def arabic() -> Iterator[None]:
    QLocale.setDefault(QLocale("ar_EG"))
    yield
    QLocale.setDefault(QLocale("en_US"))


def _row_with_targets(page: RegisterPage, db: Database) -> int:
    for row in range(page.model.rowCount()):
        detail = load_recommendation(db.session_factory, page.model.id_at(row))
        if detail.fields.sdg_target_ids:
            return row
    raise AssertionError("the demo register has no recommendation linked to an SDG target")


def test_codes_in_arabic_digits(qtbot: QtBot, demo_db: Database, arabic: None) -> None:
    page = RegisterPage()
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    page.set_database(demo_db)
    page.reload()
    page.table.selectRow(_row_with_targets(page, demo_db))
    editor = page.editor
    categories = [editor.action_category.itemText(i) for i in range(editor.action_category.count())]
    assert categories == ["—", "١", "٢", "٣", "٤", "٥"]
    targets = editor.links.fields["sdg_target_ids"].line.text()
    assert targets and not any("0" <= c <= "9" for c in targets)
    assert any("٠" <= c <= "٩" for c in targets)
