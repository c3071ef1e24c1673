"""One State's OHCHR thematic lists of the 2nd, 3rd and 4th UPR cycles and a
UHRI export of its treaty-body observations, naming themes and groups of
persons as those files do: UHRI codes in the 2nd cycle, "&" for "and" in the
later ones, "Budget &resources" once, the UHRI's newer short names ("Right to
education", "Liberty and security of the person"), curly apostrophes, lower
case groups of persons. Imported together into a new database they must
add only the names the built-in vocabulary does not have (:data:`NEW_THEMES`,
:data:`NEW_PERSONS`)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import cycle
from pathlib import Path

from tests.unit.import_files import write_uhri_xlsx
from tests.unit.thematic_docx import HEADER_2_3, HEADER_4, Row, Theme, build

SECOND_CYCLE_THEMES = (
    "A12 Acceptance of international norms",
    "A41 Constitutional and legislative framework",
    "A45 National Human Rights Institution (NHRI)",
    "A63 Budget and resources (for human rights implementation)",
    "B31 Equality & non-discrimination",
    "B32 Racial discrimination",
    "D25 Prohibition of torture and cruel, inhuman or degrading treatment",
    "D27 Prohibition of slavery, trafficking",
    "D29 Domestic violence",
    "D32 Enforced disappearances",
    "D43 Freedom of opinion and expression",
    "D51 Administration of justice & fair trial",
    "E1 Economic, social & cultural rights - general measures of implementation",
    "E51 Right to education",  # the code names E51 "Right to education - general"
    "F12 Discrimination against women",
    "F13 Violence against women",
    "F31 Children: definition; general principles; protection",
    "G3 Indigenous peoples",
    "G4 Migrants",
)
SECOND_CYCLE_PERSONS = (
    "general",
    "women",
    "children",
    "persons with disabilities",
    "minorities/ racial, ethnic, linguistic, religious or descent-based groups",
    "Roma, Gypsies, Sinti and Travellers",
    "migrants",
    "persons deprived of their liberty",
    "Lesbian, gay, bisexual, transgender and intersex persons",
)
THIRD_CYCLE_THEMES = (
    "Equality & non-discrimination",
    "Budget & resources for human rights implementation",
    "Constitutional & legislative framework",
    "Institutions & policies - General",
    "National Human Rights Institution (NHRI)",
    "Human rights education & training",  # not in the built-in vocabulary
    "Right to education",
    "Right to health",
    "Economic, social & cultural rights - general measures of implementation",
    "Civil & political rights - general measures of implementation",
    "Prohibition of torture & cruel, inhuman or degrading treatment",
    "Administration of justice & fair trial",
    "Freedom of opinion & expression",
    "Women's rights",  # not in the built-in vocabulary
    "Gender-based violence",
    "Domestic violence",
    "Children: protection against exploitation",
    "Members of minorities",
    "Racial discrimination",
    "Hate speech & incitement to hatred",
    "Human rights & counter-terrorism",
    "Business & human rights",
    "Human rights & the environment",
    "Migrants",
    "Refugees & asylum seekers",
    "Liberty and security of the person",
)
THIRD_CYCLE_PERSONS = (
    "women",
    "girls",
    "children",
    "persons with disabilities",
    "minorities",
    "Roma, Gypsies, Sinti & Travellers",
    "migrants",
    "refugees & asylum seekers",
    "Lesbian, gay, bisexual, transgender and intersex persons",
    "persons deprived of their liberty",
    "judges, lawyers & prosecutors",
    "law enforcement/police officials",
)
FOURTH_CYCLE_THEMES = (
    "Equality & non-discrimination",
    "Budget &resources for human rights implementation",
    "Constitutional & legislative framework",
    "National Human Rights Institution (NHRI)",
    "Right to health",
    "Sexual & reproductive health and rights",
    "Right to education",
    "Right to an adequate standard of living",
    "Right to social security",
    "Gender-based violence",
    "Women\u2019s rights",
    "Participation of women in political & public life",
    "Human rights & the environment",
    "Human rights & climate change",
    "Prohibition of slavery, trafficking",
    "Conditions of detention",
    "Juvenile justice",
    "Hate speech & incitement to hatred",
    "Cooperation with treaty bodies",
    "Acceptance of international norms",
    "Inter-State cooperation & development assistance",
    "Human rights education & training",
)
FOURTH_CYCLE_PERSONS = (
    "Women & girls",
    "women",
    "girls",
    "children",
    "Persons with disabilities",
    "LGBTI persons",
    "minorities",
    "Roma, Gypsies, Sinti and Travellers",
    "Refugees and asylum-seekers",
    "Internally displaced persons",
    "older persons",
    "Persons living with HIV/AIDS",
    "Human rights defenders",
)
UHRI_THEMES = (
    "Equality & non-discrimination",
    "Right to education",
    "Torture and other cruel, inhuman or degrading treatment",
    "Women's rights",
    "Budget & resources for human rights implementation",
    "Gender-based violence",
    "Right to health",
)
UHRI_PERSONS = (
    "Women & girls",
    "Minorities",
    "Indigenous peoples",
    "Persons deprived of liberty",
    "Girls",
)

NEW_THEMES = {"Human rights education & training", "Women's rights"}
"""The themes of these files that the built-in vocabulary lacks (as first spelt)."""
NEW_PERSONS = {"women"}
"""The groups of persons these files name that the built-in vocabulary lacks."""

SDG_LINES = (
    "- 5 - GENDER EQUALITY",
    "- 10 - REDUCED INEQUALITIES",
    "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS",
)


def _chunks(values: Sequence[str], size: int) -> list[list[str]]:
    return [list(values[i : i + size]) for i in range(0, len(values), size)]


def _lines(values: Sequence[str]) -> str:
    return "\n".join(f"- {v}" for v in values)


def second_cycle(folder: Path) -> Path:
    persons = cycle(SECOND_CYCLE_PERSONS)
    rows: list[Row] = []
    for n, themes in enumerate(_chunks(SECOND_CYCLE_THEMES, 2), 1):
        rows.append(Theme(themes[0]))
        rows.append(
            [
                f"115.{n} Take measures number {n} (Spain, Chile);\n"
                f"Source of position: A/HRC/28/15/Add.1 - Para.{n}",
                "Accepted",
                "\n".join(themes) + f"\nAffected persons:\n- {next(persons)}\n- {next(persons)}",
                "",
            ]
        )
    return build(
        folder / "slovenia-2.docx",
        rows,
        header=HEADER_2_3,
        title=["Thematic list of recommendations: Slovenia", "A/HRC/28/15"],
    )


def third_cycle(folder: Path) -> Path:
    persons = cycle(THIRD_CYCLE_PERSONS)
    rows: list[Row] = []
    for n, themes in enumerate(_chunks(THIRD_CYCLE_THEMES, 3), 1):
        rows.append(Theme(themes[0]))
        rows.append(
            [
                f"119.{n} Adopt measures number {n} (Mexico, Bosnia & Herzegovina);\n"
                f"Source of position: A/HRC/43/15/Add.1 - Para.{n}",
                "Supported",
                f"{_lines(themes)}\nSDGs:\n{SDG_LINES[n % 3]}\n"
                f"Affected persons:\n- {next(persons)}\n- {next(persons)}",
                "",
            ]
        )
    return build(
        folder / "slovenia-3.docx",
        rows,
        header=HEADER_2_3,
        title=["UPR of Slovenia (3rd Cycle – 34th session)", "Thematic list of recommendations"],
    )


def fourth_cycle(folder: Path) -> Path:
    persons = cycle(FOURTH_CYCLE_PERSONS)
    rows: list[Row] = []
    for n, themes in enumerate(_chunks(FOURTH_CYCLE_THEMES, 3), 1):
        rows.append(Theme(themes[0]))
        rows.append(
            [
                f"140.{n} Strengthen measures number {n} (Trinidad and Tobago, Iceland);\n"
                f"Source of position: A/HRC/59/15/Add.1 - Para.{n}",
                "Supported",
                f"{_lines(themes)}\nGroups of Persons:\n- {next(persons)}\n- {next(persons)}",
                f"{SDG_LINES[n % 3]}\n{SDG_LINES[(n + 1) % 3]}",
            ]
        )
    return build(
        folder / "slovenia-4.docx",
        rows,
        header=HEADER_4,
        title=["UPR of Slovenia (4th Cycle – 45th session)", "Thematic list of recommendations"],
    )


def uhri_export(folder: Path) -> Path:
    persons = cycle(UHRI_PERSONS)
    rows: list[list[object]] = []
    for n, themes in enumerate(_chunks(UHRI_THEMES, 2), 1):
        rows.append(
            [
                f"{20 + n}.The Committee recommends that the State party take step {n}.",
                "- Slovenia",
                "- Eastern European States",
                "- Committee on the Elimination of Discrimination against Women",
                "",
                "CEDAW/C/SVN/CO/7",
                43831,
                43900,
                "Recommendation",
                _lines(themes),
                f"- {next(persons)}\n- {next(persons)}",
                "- 5.1 - End all forms of discrimination against all women and girls everywhere",
                "",
                "",
                "",
                f"6a0e7f38-1d2c-4b43-9a8e-2f5c3b7d9e{n:02d}",
            ]
        )
    return write_uhri_xlsx(folder / "uhri-slovenia.xlsx", rows)


def all_files(folder: Path) -> list[Path]:
    return [second_cycle(folder), third_cycle(folder), fourth_cycle(folder), uhri_export(folder)]
