"""What an import frees is given back to the system (Linux, glibc), and an
import gives it back however it ends."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain.errors import ImportFileError
from desktop.services.database import Database, open_database
from desktop.services.importing import service
from desktop.services.importing.service import import_file
from tests.unit.import_files import UPR_INFO_LINES, upr_info_bytes

# Two hundred megabytes in blocks of 2,000 bytes (C's allocator, not Python's
# small-object pools), freed, one block kept after them so that the heap cannot
# shrink by itself: the process's resident memory before and after the call.
_PROBE = """
import os
from desktop.services.free_memory import give_back_free_memory
def resident():
    pages = int(open("/proc/self/statm").read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") >> 20
start = resident()
blocks = [bytes(2000) for _ in range(100_000)]
kept = bytes(2000)
del blocks
freed = resident() - start
gave = give_back_free_memory()
print(freed, resident() - start, gave)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_memory_goes_back_to_the_system() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    freed, after, gave = done.stdout.split()
    assert int(freed) >= 150  # freed, yet still the process's
    assert int(after) <= 20 and gave == "True"


def test_an_import_gives_back_what_it_freed_however_it_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def given_back() -> bool:
        calls.append("x")
        return True

    monkeypatch.setattr(service, "give_back_free_memory", given_back)
    good = tmp_path / "upr-info.csv"
    good.write_bytes(upr_info_bytes(UPR_INFO_LINES))
    bad = tmp_path / "empty.csv"
    bad.write_bytes(b"")
    database: Database = open_database(str(tmp_path / "db.sqlite3"), create=True)
    try:
        import_file(database, good)
        assert calls == ["x"]
        with pytest.raises(ImportFileError):
            import_file(database, bad)
        assert calls == ["x", "x"]
    finally:
        database.dispose()
