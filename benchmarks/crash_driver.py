"""The crash benchmark's operations that the command line has no command for,
run through the program's own services in a process of their own, to be
killed (benchmarks/crash_probe.py):

    python -m benchmarks.crash_driver bulk DB
    python -m benchmarks.crash_driver edit DB REC_ID THEME_ID SAVES

``bulk`` sets the status of every recommendation of the register (not
archived) to "no longer applicable" in one bulk change and prints
``applied N`` once it has returned. ``edit`` saves recommendation REC_ID
SAVES times, each save an ordinary edit with its version check: the notes
hold ``crash counter N`` and theme THEME_ID is linked when N is odd, unlinked
when even; ``ack N`` is printed (and flushed) after each save has returned.
"""

from __future__ import annotations

import sys
from dataclasses import replace

from desktop.domain.vocab import ImplementationStatus
from desktop.services.bulk import BulkAction, BulkKind, apply_bulk
from desktop.services.database import open_database
from desktop.services.editing import load_recommendation, save_recommendation
from desktop.services.register import RegisterFilter

BULK_STATUS = ImplementationStatus.NO_LONGER_APPLICABLE
COUNTER_PREFIX = "crash counter "


def bulk(db: str) -> None:
    database = open_database(db, create=False)
    try:
        result = apply_bulk(
            database.session_factory, RegisterFilter(), BulkAction(BulkKind.STATUS, BULK_STATUS)
        )
    finally:
        database.dispose()
    print(f"applied {result.changed}", flush=True)


def edit(db: str, rec_id: int, theme_id: int, saves: int) -> None:
    database = open_database(db, create=False)
    factory = database.session_factory
    try:
        detail = load_recommendation(factory, rec_id)
        others = tuple(t for t in detail.fields.theme_ids if t != theme_id)
        for counter in range(1, saves + 1):
            themes = tuple(sorted((*others, theme_id))) if counter % 2 else others
            fields = replace(detail.fields, notes=f"{COUNTER_PREFIX}{counter}", theme_ids=themes)
            detail = save_recommendation(factory, rec_id, detail.version, fields)
            print(f"ack {counter}", flush=True)
    finally:
        database.dispose()


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "bulk":
        bulk(argv[1])
    elif len(argv) == 5 and argv[0] == "edit":
        edit(argv[1], int(argv[2]), int(argv[3]), int(argv[4]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
