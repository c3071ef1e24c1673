"""Every user-visible string of the interface is in the translation sources,
and the Chinese translation is complete."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import paths

ROOT = Path(__file__).resolve().parents[2]


def _messages(ts: Path) -> dict[tuple[str, str], bool]:
    """(context, source) -> translated?"""
    found = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in (
                "unfinished",
                "vanished",
                "obsolete",
            )
            found[(name, message.findtext("source") or "")] = done
    return found


def test_chinese_covers_every_string_of_the_interface(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        if found is None:
            pytest.fail("pyside6-lupdate (PySide6-Essentials) is missing")
        lupdate = Path(found)
    sources = sorted(
        str(p) for p in [*(ROOT / "desktop" / "ui").rglob("*.py"), ROOT / "desktop" / "app.py"]
    )
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120
    )
    wanted = set(_messages(fresh))
    assert len(wanted) > 150  # the extraction found the interface
    committed = _messages(paths.translations_dir() / "nmrf_zh.ts")
    missing = wanted - set(committed)
    assert not missing, f"run the lupdate commands in resources/translations/README.md: {missing}"
    untranslated = [key for key in wanted if not committed[key]]
    assert not untranslated, f"untranslated Chinese strings: {untranslated}"
    qm = paths.translations_dir() / "nmrf_zh.qm"
    assert qm.stat().st_mtime >= 0 and qm.stat().st_size > 1000


def test_english_has_both_forms_of_every_count(tmp_path: Path) -> None:
    """nmrf_en.ts holds every message with a count, each with "1 change" and
    "2 changes" forms (resources/translations/english_plurals.py makes it)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(
        str(p) for p in [*(ROOT / "desktop" / "ui").rglob("*.py"), ROOT / "desktop" / "app.py"]
    )
    fresh = tmp_path / "plurals.ts"
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh), "-pluralonly"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    wanted = set(_messages(fresh))
    assert len(wanted) > 10
    committed = _messages(paths.translations_dir() / "nmrf_en.ts")
    missing = wanted - {key for key, done in committed.items() if done}
    assert not missing, f"run resources/translations/english_plurals.py: {missing}"
    for message in ET.parse(paths.translations_dir() / "nmrf_en.ts").iter("message"):
        forms = [form.text or "" for form in message.iter("numerusform")]
        assert len(forms) == 2 and "(s)" not in forms[0] + forms[1], forms


def test_a_count_of_one_reads_singular_in_english(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    one = QCoreApplication.translate("PlanTree", "%Ln action(s)", "", 1)
    two = QCoreApplication.translate("PlanTree", "%Ln action(s)", "", 2)
    assert (one, two) == ("1 action", "2 actions")
