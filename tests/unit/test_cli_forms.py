"""``nmrf-desk forms``: make (one agency, --all), import (review, dry run,
JSON, apply), list; on both engines."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from desktop.cli import main
from tests.unit.forms_data import TODAY, entries, fill
from tests.unit.pdf_reading import all_text, nfkc, page_texts


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_forms_make_import_list(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", db_url, "demo")[0] == 0
    form = tmp_path / "moj.xlsx"
    code, out, _ = run(
        capsys, "--db", db_url, "forms", "make", "--agency", "Ministry of Justice",
        "--out", str(form), "--deadline", "2099-01-31", "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)[0]["agency"] == "Ministry of Justice"
    rec = entries(form, "recommendation")[0]
    filled = fill(form, tmp_path / "back.xlsx", {f"I{rec.row}": "Draft law sent to cabinet"})

    code, out, _ = run(
        capsys, "--db", db_url, "forms", "import", str(filled), "--dry-run", "--json"
    )
    payload = json.loads(out)
    assert code == 0 and payload["dry_run"] and payload["applied"] is None
    assert (payload["changes"], payload["conflicts"], payload["rejected"]) == (1, 0, 0)
    change = payload["details"]["changes"][0]
    assert change["row"] == rec.row and change["changes"][0]["new"] == "Draft law sent to cabinet"

    code, out, _ = run(capsys, "--db", db_url, "forms", "import", str(filled))
    assert code == 0 and "1 changes" in out and "applied 1 items: 1 progress updates" in out
    code, out, _ = run(capsys, "--db", db_url, "forms", "import", str(filled), "--json")
    assert json.loads(out)["changes"] == 0  # the same file again

    code, out, _ = run(capsys, "--db", db_url, "forms", "list", "--today", "2099-02-01")
    assert code == 0 and "returned\tMinistry of Justice" in out
    assert "1 forms: 0 outstanding, 0 overdue" in out


def test_forms_make_all_writes_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "nmrf.sqlite3")
    run(capsys, "--db", db, "demo")
    out_dir = tmp_path / "forms"
    out_dir.mkdir()
    code, out, _ = run(
        capsys, "--db", db, "forms", "make", "--all", "--out", str(out_dir), "--lang", "zh"
    )
    assert code == 0
    with (out_dir / "update-forms-summary.csv").open(encoding="utf-8-sig") as fh:
        summary = list(csv.DictReader(fh))
    files = sorted(p.name for p in out_dir.glob("*.xlsx"))
    assert files == sorted(row["file"] for row in summary) and len(files) >= 5
    assert all(int(row["rows"]) > 0 for row in summary)
    # A cover letter beside each form, in the form's language, to its focal point.
    for row in summary:
        letter = (out_dir / row["letter"]).read_bytes()
        assert letter.startswith(b"%PDF") and len(page_texts(letter)) == 1
    moj = next(row for row in summary if row["agency"] == "Ministry of Justice")
    text = nfkc(all_text((out_dir / moj["letter"]).read_bytes()))
    assert moj["focal point"] in text and moj["file"] in text and "请填写白色列" in text
    code, out, _ = run(capsys, "--db", db, "forms", "list", "--json")
    assert len(json.loads(out)) == len(files)
    assert TODAY.isoformat() in json.loads(out)[0]["sent_at"]


def test_forms_errors_name_the_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "nmrf.sqlite3")
    run(capsys, "--db", db, "demo")
    code, _, err = run(
        capsys, "--db", db, "forms", "make", "--agency", "Nobody", "--out", str(tmp_path / "x.xlsx")
    )
    assert code == 1 and "Nobody" in err
    code, _, err = run(
        capsys, "--db", db, "forms", "make", "--agency", "MOJ",
        "--out", str(tmp_path / "x.xlsx"), "--deadline", "2001-01-01",
    )  # fmt: skip
    assert code == 1 and "--deadline: the deadline is already past" in err
    (tmp_path / "junk.xlsx").write_bytes(b"PK\x03\x04 not really")
    code, _, err = run(capsys, "--db", db, "forms", "import", str(tmp_path / "junk.xlsx"))
    assert code == 1 and "junk.xlsx" in err
    assert not (tmp_path / "x.xlsx").exists()
