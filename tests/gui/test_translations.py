"""Every user-visible string of the interface is in the translation sources,
and the Chinese translation is complete."""

from __future__ import annotations

import re
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


_PLACEHOLDER = re.compile(r"%L?n|%\d+|\{[A-Za-z_][A-Za-z0-9_]*\}")
_ACCELERATOR = re.compile(r"&([^&\s;])")


def _interface_messages(tmp_path: Path) -> set[tuple[str, str]]:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(
        str(p) for p in [*(ROOT / "desktop" / "ui").rglob("*.py"), ROOT / "desktop" / "app.py"]
    )
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120
    )
    return set(_messages(fresh))


def _translations(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> its translation, or each plural form of it."""
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found[(name, message.findtext("source") or "")] = forms or [translation.text or ""]
    return found


def _accelerator_keys(text: str) -> list[str]:
    return [k.casefold() for k in _ACCELERATOR.findall(text.replace("&&", ""))]


@pytest.mark.parametrize("language", ["zh", "ar", "fr", "es", "ru"])
def test_every_language_is_complete_and_keeps_placeholders(tmp_path: Path, language: str) -> None:
    """Every interface string translated (not empty), with exactly the
    placeholders of its source ("%n" may stand as "%Ln" and back), at most one
    accelerator, and no two strings of one context (a dialog, a page) sharing an
    accelerator key the English does not share."""
    wanted = _interface_messages(tmp_path)
    done = _translations(paths.translations_dir() / f"nmrf_{language}.ts")
    missing = sorted(key for key in wanted if key not in done)
    assert not missing, f"{language}: untranslated {missing[:10]} (of {len(missing)})"
    problems = []
    keys_by_context: dict[str, dict[str, list[str]]] = {}
    for (context, source), forms in sorted(done.items()):
        if (context, source) not in wanted:
            continue
        expected = sorted(p.replace("%Ln", "%n") for p in set(_PLACEHOLDER.findall(source)))
        for form in forms:
            if not form.strip():
                problems.append(f"empty: {context} / {source!r}")
            found = sorted(p.replace("%Ln", "%n") for p in set(_PLACEHOLDER.findall(form)))
            # A plural form for exactly one may write the word instead of %n.
            if found != expected and found != [p for p in expected if p != "%n"]:
                problems.append(f"placeholders {found} != {expected}: {context} / {source!r}")
            if len(_accelerator_keys(form)) > max(1, len(_accelerator_keys(source))):
                problems.append(f"two accelerators: {context} / {form!r}")
        for key in _accelerator_keys(forms[0]):
            keys_by_context.setdefault(context, {}).setdefault(key, []).append(source)
    for context, keys in keys_by_context.items():
        for key, sources in keys.items():
            english = {k for s in sources for k in _accelerator_keys(s)}
            if len(sources) > 1 and len(english) == len(sources):
                problems.append(f"accelerator {key!r} shared in {context}: {sources}")
    assert not problems, f"{language}: " + "\n".join(problems[:20])
