"""Import and export timings, each run in its own process by benchmarks.scenarios
so that its peak memory is its own. Prints one line of JSON.

python -m benchmarks.transfer_probe upr-info DIR
python -m benchmarks.transfer_probe uhri FILE.xlsx
python -m benchmarks.transfer_probe export DB OUT.xlsx
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from desktop.services.database import open_database
from desktop.services.importing.service import import_file

UPR_INFO_FILES = (
    "sessions-1-5.csv",
    "sessions-6-9.csv",
    "sessions-10-13.csv",
    "sessions-14-17.csv",
)


def _import_twice(files: list[Path]) -> dict[str, Any]:
    """Import ``files`` into a fresh database, then again (nothing changed)."""
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(str(Path(tmp) / "import.sqlite3"), create=True)
        try:
            started = time.perf_counter()
            new = sum(import_file(database, f).new for f in files)
            first = time.perf_counter() - started
            started = time.perf_counter()
            unchanged = sum(import_file(database, f).unchanged for f in files)
            again = time.perf_counter() - started
        finally:
            database.dispose()
    return {
        "new": new,
        "import_s": round(first, 2),
        "unchanged": unchanged,
        "reimport_s": round(again, 2),
        "reimport_ratio": round(again / first, 2),
    }


def _export(db: Path, out: Path) -> dict[str, Any]:
    from desktop.services.exporting import export_recommendations

    database = open_database(str(db), create=False)
    try:
        started = time.perf_counter()
        result = export_recommendations(database.session_factory, out)
        seconds = time.perf_counter() - started
    finally:
        database.dispose()
    return {
        "recommendations": result.recommendations,
        "export_s": round(seconds, 2),
        "bytes": out.stat().st_size,
    }


def main(argv: list[str]) -> int:
    command = argv[0]
    if command == "upr-info":
        folder = Path(argv[1])
        result = _import_twice([folder / name for name in UPR_INFO_FILES])
    elif command == "uhri":
        result = _import_twice([Path(argv[1])])
    elif command == "export":
        result = _export(Path(argv[1]), Path(argv[2]))
    else:
        print(f"unknown command {command}", file=sys.stderr)
        return 2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
