"""Register timings in a process of their own (so its memory is its own):

    python -m benchmarks.register_probe DB

prints one JSON object: search to first page, filter change, jump to the
last row, and peak resident memory after scrolling through the whole table.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.vocab import ImplementationStatus, Position
from desktop.services.database import open_database
from desktop.services.register import RegisterFilter, register_ids, register_rows
from desktop.ui.models.register_model import RegisterModel

QUERIES = ("torture", "indigenous peoples", "预算", "المرأة", "violencia", "birth registration")
FILTERS = (
    RegisterFilter(mechanisms=("UPR",), responses=(Position.NOTED,)),
    RegisterFilter(statuses=(ImplementationStatus.IN_PROGRESS,)),
    RegisterFilter(mechanisms=("CEDAW", "CRC")),
    RegisterFilter(sdg_goals=(5,)),
    RegisterFilter(cycles=(3,), needs_parliament=True),
    RegisterFilter(),
)


def _ms(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def main(path: str) -> dict[str, Any]:
    app = QApplication.instance() or QApplication([])
    database = open_database(path, create=False)
    factory = database.session_factory
    model = RegisterModel(lambda ids: register_rows(factory, ids))

    def show(filt: RegisterFilter) -> None:
        model.set_ids(register_ids(factory, filt))
        for column in range(model.columnCount()):  # what a screen of rows asks for
            for row in range(min(30, model.rowCount())):
                model.data(model.index(row, column))

    search = [_ms(lambda q=q: show(RegisterFilter(text=q))) for q in QUERIES]  # type: ignore[misc]
    filters = [_ms(lambda f=f: show(f)) for f in FILTERS]  # type: ignore[misc]
    show(RegisterFilter())
    rows = model.rowCount()

    def jump() -> None:
        model.set_ids(model.ids())  # forget cached pages
        for row in range(rows - 30, rows):
            model.data(model.index(row, 0))

    jumps = [_ms(jump) for _ in range(5)]
    started = time.perf_counter()
    for row in range(0, rows, 25):
        model.data(model.index(row, 4), Qt.ItemDataRole.DisplayRole)
    scroll_s = time.perf_counter() - started
    from desktop.services.bulk import BulkAction, BulkKind, apply_bulk, undo_bulk
    from desktop.services.choices import filter_choices

    agency_id = filter_choices(factory).agencies[0][0]
    started = time.perf_counter()
    result = apply_bulk(
        factory, model.ids()[:10_000], BulkAction(BulkKind.ASSIGN_AGENCY, agency_id)
    )
    bulk_s = time.perf_counter() - started
    started = time.perf_counter()
    undo_bulk(factory, result.undo)
    undo_s = time.perf_counter() - started
    database.dispose()
    del app
    return {
        "rows": rows,
        "search_first_page_ms": round(statistics.median(search), 1),
        "search_max_ms": round(max(search), 1),
        "filter_change_ms": round(statistics.median(filters), 1),
        "filter_max_ms": round(max(filters), 1),
        "jump_to_last_ms": round(statistics.median(jumps), 1),
        "scroll_all_s": round(scroll_s, 2),
        "bulk_assign_10k_s": round(bulk_s, 2),
        "undo_bulk_assign_10k_s": round(undo_s, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
