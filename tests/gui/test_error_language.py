"""Errors raised below the interface are shown in the user's language, naming
the field or record; an error without a known code is shown as raised."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import install_translations
from desktop.domain.errors import NmrfError, ValidationError
from desktop.services.database import Database
from desktop.services.editing import load_recommendation, save_recommendation
from desktop.services.permissions import Operation, Role, Target, User, may
from desktop.ui.error_text import decision_text, error_text
from desktop.ui.views.register_page import RegisterPage

SHOTS = Path(os.environ.get("NMRF_SHOTS", "/tmp/shots-O"))


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "zh")
    try:
        yield
    finally:
        install_translations(qapp, "en")


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, chinese: None) -> RegisterPage:
    widget = RegisterPage()
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    widget.set_database(demo_db)
    widget.reload()
    widget.table.selectRow(0)
    return widget


def _shot(page: RegisterPage, name: str) -> None:
    if os.environ.get("NMRF_SHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(SHOTS / name))


def test_a_validation_error_is_shown_in_chinese_naming_the_field(
    page: RegisterPage, demo_db: Database
) -> None:
    editor = page.editor
    assert editor.detail is not None
    before = load_recommendation(demo_db.session_factory, editor.detail.id)
    editor.reference.setText("R" * 101)
    assert not editor.save()
    assert editor.message.text() == "编号：超过 100 个字符"
    _shot(page, "validation-zh.png")
    assert load_recommendation(demo_db.session_factory, before.id) == before


def test_a_conflict_is_shown_in_chinese_naming_the_record(
    page: RegisterPage, demo_db: Database
) -> None:
    editor = page.editor
    assert editor.detail is not None
    opened = editor.detail
    save_recommendation(
        demo_db.session_factory, opened.id, opened.version, replace(opened.fields, notes="theirs")
    )
    asked: list[str] = []

    def go_on_editing() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        if os.environ.get("NMRF_SHOTS"):
            SHOTS.mkdir(parents=True, exist_ok=True)
            box.grab().save(str(SHOTS / "conflict-box-zh.png"))
        rejecting = [
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole
        ]
        rejecting[0].click()

    QTimer.singleShot(0, go_on_editing)
    editor.notes.setPlainText("mine")
    assert not editor.save()
    conflict = f"{opened.fields.reference}：自您打开以来，其他人已修改此内容；您的更改未保存"
    assert asked == [conflict]
    assert editor.message.text() == conflict
    _shot(page, "conflict-zh.png")
    assert load_recommendation(demo_db.session_factory, opened.id).fields.notes == "theirs"


def test_refusals_and_store_errors_in_chinese(chinese: None) -> None:
    decision = may(User("ann", Role.READER), Operation.EDIT, Target("recommendation"))
    assert decision_text(decision) == "ann（读者）：读者可以阅读、搜索、导出和生成报告"
    too_long = ValidationError(
        "longer than 300 characters", where="title", code="field.too_long", params={"limit": 300}
    )
    assert error_text(too_long, {"title": "标题"}) == "标题：超过 300 个字符"


def test_an_error_without_a_code_or_params_is_shown_as_raised(chinese: None) -> None:
    plain = NmrfError("no saved view is named 'x'", where="--view")
    assert error_text(plain) == "--view：no saved view is named 'x'"
    missing = ValidationError("too long", where="title", code="field.too_long")
    assert error_text(missing) == "title：too long"
    unknown = ValidationError("odd", code="no.such.code")
    assert error_text(unknown) == "odd"


def test_in_english_the_templates_read_as_english() -> None:
    too_long = ValidationError(
        "the reference is longer than 100 characters",
        where="reference",
        code="field.too_long",
        params={"limit": 100},
    )
    assert error_text(too_long, {"reference": "Reference"}) == (
        "Reference: longer than 100 characters"
    )
