"""A search of more different words than a search takes says so beside the
count, keeps the list as it was and is not read as a damaged database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.search import MAX_SEARCH_TERMS
from desktop.ui.views.register_page import RegisterPage

SHOTS = Path("/tmp/shots-J")


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "demo.sqlite3"), create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()


def test_a_search_of_too_many_words_says_the_limit(qtbot: QtBot, demo_db: Database) -> None:
    page = RegisterPage()
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.set_database(demo_db)
    page.reload()
    listed = page.model.ids()
    failures: list[str] = []
    page.load_failed.connect(failures.append)
    page.search.setText(" ".join(f"word{n}" for n in range(3000)))
    page.reload()
    assert page.count_label.text() == f"At most {MAX_SEARCH_TERMS} words per search"
    assert failures == []
    assert page.model.ids() == listed
    qtbot.wait(20)  # the layout gives the longer label its room
    assert page.count_label.width() >= page.count_label.sizeHint().width()
    if SHOTS.is_dir():
        page.grab().save(str(SHOTS / "register-long-search.png"))
    # The same words, repeated, are each looked for once: the search answers.
    page.search.setText(" ".join(["torture"] * 3000))
    page.reload()
    assert page.count_label.text().startswith("Matching: ")
    assert 0 < page.model.rowCount() < len(listed)
