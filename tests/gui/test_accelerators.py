"""No two entries of a menu share an accelerator key, in any language (a
duplicate makes Alt+key cycle between them instead of choosing one)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.app import install_translations
from desktop.services.database import Database
from desktop.ui.main_window import MainWindow

LANGUAGES = ("en", "zh", "ar", "fr", "es", "ru")
_MNEMONIC = re.compile(r"&([^&\s])")


def accelerator(text: str) -> str | None:
    """The key after a single "&" ("&&" is a literal ampersand)."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _duplicates(texts: list[str]) -> dict[str, list[str]]:
    keys = [accelerator(t) for t in texts]
    counted = Counter(k for k in keys if k)
    return {k: [t for t in texts if accelerator(t) == k] for k, n in counted.items() if n > 1}


def test_accelerator_is_the_key_after_a_single_ampersand() -> None:
    assert accelerator("&Open database…") == "o"
    assert accelerator("导入机构进展(&A)…") == "a"
    assert accelerator("Save && close") is None
    assert _duplicates(["&Users…", "Import agency &updates…", "&Quit"]) == {
        "u": ["&Users…", "Import agency &updates…"]
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_menu_repeats_an_accelerator(
    qtbot: QtBot, qapp: QApplication, database: Database, language: str
) -> None:
    install_translations(qapp, language)
    try:
        window = MainWindow(database)
        qtbot.addWidget(window)
        bar = window.menuBar()
        titles = [a.text() for a in bar.actions()]
        assert not _duplicates(titles), (language, titles)
        for menu in bar.findChildren(QMenu):
            texts = [a.text() for a in menu.actions() if not a.isSeparator()]
            assert not _duplicates(texts), (language, menu.title(), _duplicates(texts))
    finally:
        install_translations(qapp, "en")
