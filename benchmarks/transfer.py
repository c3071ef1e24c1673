"""Issue 4's scenarios: importing the UPR Info files and a large UHRI export,
re-importing them unchanged, exporting a large database to XLSX. Each runs in
a child process (benchmarks/transfer_probe.py) whose peak memory is read with
wait4()."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.uhri_file import write_uhri_xlsx

REPO = Path(__file__).resolve().parent.parent
UPR_INFO = REPO.parent / "shared" / "datasets" / "upr-info"


def _probe(*args: str) -> dict[str, Any]:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.transfer_probe", *args],
            stdout=out,
            stderr=err,
            cwd=REPO,
        )
        _, status, usage = os.wait4(process.pid, 0)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        return {"status": "error", "error": stderr[-2000:]}
    result: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
    return {"status": "ok", "peak_rss_mb": round(usage.ru_maxrss / 1024), **result}


def upr_info() -> dict[str, Any]:
    if not UPR_INFO.is_dir():
        return {"scenario": "import_upr_info", "status": "skipped", "error": "no ../shared"}
    return {"scenario": "import_upr_info", **_probe("upr-info", str(UPR_INFO))}


def uhri(count: int, data: Path) -> dict[str, Any]:
    path = data / f"uhri-{count}.xlsx"
    generated = None
    if not path.exists():
        print(f"writing a UHRI export of {count:,} rows…", file=sys.stderr)
        started = time.perf_counter()
        write_uhri_xlsx(path, count)
        generated = round(time.perf_counter() - started, 1)
    return {
        "scenario": "import_uhri",
        "count": count,
        "file_mb": round(path.stat().st_size / 1024 / 1024, 1),
        "generated_s": generated,
        **_probe("uhri", str(path)),
    }


def export(db: Path, label: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        return {
            "scenario": "export_xlsx",
            "database": label,
            **_probe("export", str(db), f"{tmp}/out.xlsx"),
        }
