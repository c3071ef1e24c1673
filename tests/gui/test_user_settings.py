"""Per-user settings come back with their types (an INI file keeps text)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from desktop.services.register import Sort
from desktop.ui import user_settings
from desktop.ui.user_settings import ReportChoices


def test_report_choices_come_back_typed() -> None:
    assert user_settings.report_choices() == ReportChoices()  # nothing saved yet
    chosen = ReportChoices(report="status", draft=True, marking="Internal", folder="/tmp")
    user_settings.set_report_choices(chosen)
    user_settings.store().sync()
    again = user_settings.report_choices()
    assert again == chosen and again.draft is True
    user_settings.set_report_choices(ReportChoices(draft=False))
    assert user_settings.report_choices().draft is False


def test_the_file_is_ini_text_and_read_back(tmp_path: Path) -> None:
    user_settings.set_ui_language("zh")
    user_settings.set_register_sort(Sort("due_date", True))
    store = user_settings.store()
    store.sync()
    text = Path(store.fileName()).read_text(encoding="utf-8")
    assert "language=zh" in text and "sort=due_date:desc" in text
    assert user_settings.ui_language() == "zh"
    assert user_settings.register_sort() == Sort("due_date", True)


def test_odd_values_fall_back_to_defaults() -> None:
    store = user_settings.store()
    store.setValue(user_settings.REGISTER_HEADER, "not a header state")
    store.setValue(user_settings.REPORT_PREFIX + "draft", "perhaps")
    assert user_settings.register_header() is None
    assert user_settings.report_choices().draft is False
    assert user_settings.register_sort() == Sort("reference", False)
    user_settings.set_register_header(QByteArray(b"\x00\xff"))
    assert user_settings.register_header() == QByteArray(b"\x00\xff")
