"""A page tested on its own hears the changes writes report, as the main
window passes them on (the page shown: it reads again at once)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from desktop.ui.changes import Changes, broadcaster
from desktop.ui.views.pages import Page


@contextmanager
def hearing(page: Page) -> Iterator[Page]:
    def tell(changes: Changes) -> None:
        page.notice_changes(changes, visible=True)

    broadcaster().changed.connect(tell)
    try:
        yield page
    finally:
        broadcaster().changed.disconnect(tell)
