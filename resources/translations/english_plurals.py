"""Make nmrf_en.ts / nmrf_en.qm: the English plural forms of the interface.

English is the source language, so only messages with a count need an English
file: "%n change(s)" becomes "1 change" / "2 changes". Run after changing
user-visible strings (resources/translations/README.md):

    .venv/bin/python resources/translations/english_plurals.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = Path(__file__).resolve().parent / "nmrf_en.ts"

# Words that follow a count and change with it, for the singular form.
SINGULAR_FIXES = [
    ("of “{cluster}” now have", "of “{cluster}” now has"),
    ("already have its agencies", "already has its agencies"),
    ("have their agencies back", "has its agencies back"),
    ("recommendation stay in", "recommendation stays in"),
    ("worked on them", "worked on it"),
    ("document that are not recommendations", "document that is not a recommendation"),
    ("They are not counted anywhere", "It is not counted anywhere"),
    ("became recommendations", "became a recommendation"),
    ("will become recommendations", "will become a recommendation"),
    ("paragraph of other types", "paragraph of another type"),
    ("action, their indicators", "action, its indicators"),
    ("context of their document", "context of its document"),
    ("never as recommendations", "never as a recommendation"),
    ("%Ln entries", "%Ln entry"),
]


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of a source written with "(s)"."""
    singular = source.replace("(s)", "")
    for old, new in SINGULAR_FIXES:
        singular = singular.replace(old, new)
    return singular, source.replace("(s)", "s")


def fill(ts: Path) -> int:
    """Give every plural message of ``ts`` its two English forms."""
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "en")
    root.set("sourcelanguage", "en")
    count = 0
    for message in root.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for text in english_forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = text
        count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def main() -> int:
    tools = Path(sys.executable).parent
    sources = sorted(
        str(p) for p in [*(ROOT / "desktop" / "ui").rglob("*.py"), ROOT / "desktop" / "app.py"]
    )
    TS.unlink(missing_ok=True)
    subprocess.run(
        [str(tools / "pyside6-lupdate"), *sources, "-ts", str(TS), "-pluralonly"],
        check=True,
        capture_output=True,
    )
    print(f"{fill(TS)} plural messages in {TS.name}")
    subprocess.run(
        [str(tools / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
