"""nmrf-desk import and export: counts, JSON, dry run, errors naming the file,
and an export imported back through the export mapping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from tests.unit.import_files import UPR_INFO_LINES, upr_info_bytes, write_uhri_xlsx


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_dry_run_then_import_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "db.sqlite3")
    assert run(capsys, "--db", db, "init")[0] == 0
    path = tmp_path / "upr.csv"
    path.write_bytes(upr_info_bytes(UPR_INFO_LINES))
    code, out, _ = run(capsys, "--db", db, "import", str(path), "--dry-run")
    assert code == 0 and "would import upr.csv (upr-info)" in out and "4 new" in out
    assert "rejected row 4: the same recommendation as row 3" in out
    code, out, _ = run(capsys, "--db", db, "import", str(path), "--json")
    counts = json.loads(out)
    assert code == 0 and (counts["new"], counts["unchanged"], counts["dry_run"]) == (4, 0, False)
    assert counts["rejected"] == [
        {"row": 4, "column": None, "reason": "the same recommendation as row 3"}
    ]
    code, out, _ = run(capsys, "--db", db, "import", str(path), "--json")
    assert json.loads(out)["unchanged"] == 4


def test_import_errors_name_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "db.sqlite3")
    assert run(capsys, "--db", db, "init")[0] == 0
    bad = tmp_path / "cut.xlsx"
    bad.write_bytes(write_uhri_xlsx(tmp_path / "whole.xlsx").read_bytes()[:700])
    code, _, err = run(capsys, "--db", db, "import", str(bad))
    assert code == 1 and err.startswith("nmrf-desk: error: cut.xlsx: ")
    code, _, err = run(
        capsys, "--db", db, "import", str(tmp_path / "whole.xlsx"), "--format", "mapped"
    )
    assert code == 1 and "column mapping" in err
    code, _, err = run(capsys, "--db", db, "import", str(bad), "--mapping", "nothing")
    assert code == 1 and "no column mapping is named 'nothing'" in err


def test_export_and_import_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "db.sqlite3")
    assert run(capsys, "--db", db, "demo")[0] == 0
    out_file = tmp_path / "cedaw.xlsx"
    code, out, _ = run(capsys, "--db", db, "export", str(out_file), "--mechanism", "CEDAW")
    assert code == 0 and out.startswith("exported ")
    exported = int(out.split()[1])
    assert exported > 0
    fresh = str(tmp_path / "fresh.sqlite3")
    assert run(capsys, "--db", fresh, "init")[0] == 0
    code, out, _ = run(
        capsys, "--db", fresh, "import", str(out_file), "--mapping", "NMRF Desk export", "--json"
    )
    assert code == 0 and json.loads(out)["new"] == exported
    code, _, err = run(capsys, "--db", db, "export", str(tmp_path / "x.xlsx"), "--view", "nope")
    assert code == 1 and "no saved view" in err
