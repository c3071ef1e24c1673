"""A synthetic UHRI export (XLSX) of any size, shaped like the real ones:
the 16 columns, paragraph numbers leading the text, ``- `` lists, Excel
serial dates, annotation ids. Deterministic for a seed; streamed to disk."""

from __future__ import annotations

import random
import uuid
from pathlib import Path

from openpyxl import Workbook

from benchmarks.generate import LANGUAGES
from benchmarks.texts import make_text
from desktop.services.importing.uhri import EXPORT_HEADERS

HEADERS = list(EXPORT_HEADERS)
BODIES = (
    ("UPR", "UPR"),
    ("CEDAW", "Committee on the Elimination of Discrimination against Women"),
    ("CRC", "Committee on the Rights of the Child"),
    ("CAT", "Committee against Torture"),
    ("CCPR", "Human Rights Committee"),
)
COUNTRIES = ("Slovenia", "Chile", "Kenya", "Nepal", "Jordan", "Fiji", "Peru", "Ghana")
STATES = ("Spain", "France", "Brazil", "Japan", "Egypt", "Canada", "India", "Mexico", "Norway")
THEMES = ("Women's rights", "Right to education", "Torture", "Death penalty", "Right to health")
PERSONS = ("Women & girls", "Children", "Persons with disabilities", "Migrants")
SDGS = (
    "- 5.1 - End all forms of discrimination",
    "- 16.3 - Promote the rule of law",
    "- 4.1 - Free education",
)
POSITIONS = ("Supported", "Noted", "Supported")


def write_uhri_xlsx(path: Path, count: int, seed: int = 3) -> Path:
    rng = random.Random(seed)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Export")
    sheet.append(HEADERS)
    per_document = 400
    for n in range(count):
        document = n // per_document
        code, body = BODIES[document % len(BODIES)]
        country = COUNTRIES[document % len(COUNTRIES)]
        language = rng.choice(LANGUAGES)
        text, _ = make_text(rng, language, treaty=code != "UPR")
        upr = code == "UPR"
        paragraph = (
            f"{100 + document % 50}.{n % per_document + 1}" if upr else str(n % per_document + 1)
        )
        symbol = f"A/HRC/{20 + document}/15" if upr else f"{code}/C/X{document:04d}/CO/1"
        sheet.append(
            [
                f"{paragraph}.{text}" if not upr else f"{paragraph} {text}",
                f"- {country}",
                "",
                f"- {body}",
                "",
                symbol,
                40000 + document,
                40100 + document,
                "Recommendation" if upr else str(uuid.UUID(int=rng.getrandbits(128))),
                "\n".join(f"- {t}" for t in rng.sample(THEMES, rng.choice((1, 2, 3)))),
                "\n".join(f"- {p}" for p in rng.sample(PERSONS, rng.choice((0, 1, 2)))),
                "\n".join(rng.sample(SDGS, rng.choice((0, 1, 2)))),
                str(1 + document % 45) if upr else "",
                "\n".join(f"- {s}" for s in rng.sample(STATES, rng.choice((1, 2)))) if upr else "",
                rng.choice(POSITIONS) if upr else "",
                str(uuid.UUID(int=rng.getrandbits(128))),
            ]
        )
    workbook.save(path)
    return path
