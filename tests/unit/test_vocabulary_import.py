"""One vocabulary on import, on both engines: the thematic lists of the 2nd,
3rd and 4th cycles and a UHRI export, imported together, add no name that
means one already there (themes, groups of persons, mechanisms, States)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.name_keys import normalized_name
from desktop.services.database import Database, open_database
from desktop.services.importing.service import import_file
from desktop.services.themes import VocabularyKind, list_entries
from desktop.store.models import (
    AffectedPersons,
    Country,
    Mechanism,
    Recommendation,
    SourceDocument,
    Theme,
)
from desktop.store.vocabulary import affected_persons_key, theme_key
from tests.unit import vocabulary_files as files
from tests.unit.import_files import UHRI_ROWS, write_uhri_xlsx

THEMES = VocabularyKind.THEMES


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, create=True)
    yield database
    database.dispose()


def _names(db: Database, model: type[Theme] | type[AffectedPersons]) -> list[str]:
    with db.session_factory() as session:
        return [str(n) for n in session.scalars(select(model.name))]


def _linked(db: Database, paragraph: str) -> tuple[set[str], set[str]]:
    with db.session_factory() as session:
        rec = session.scalars(
            select(Recommendation).where(Recommendation.paragraph == paragraph)
        ).one()
        return {t.name for t in rec.themes}, {p.name for p in rec.affected_persons}


def test_three_cycles_and_a_uhri_export_add_no_near_duplicates(
    db: Database, tmp_path: Path
) -> None:
    built_in = len(_names(db, Theme)), len(_names(db, AffectedPersons))
    summaries = [import_file(db, path) for path in files.all_files(tmp_path)]
    assert [s.new for s in summaries] == [10, 9, 8, 4]
    themes, persons = _names(db, Theme), _names(db, AffectedPersons)
    # Nothing but the genuinely new names was added…
    assert len(themes) == built_in[0] + len(files.NEW_THEMES)
    assert len(persons) == built_in[1] + len(files.NEW_PERSONS)
    created = {n for s in summaries for n in s.created.get("themes", [])}
    assert created == files.NEW_THEMES
    assert {n for s in summaries for n in s.created.get("affected persons", [])} == (
        files.NEW_PERSONS
    )
    # …so no two names share a key, with or without the alias groups.
    for names in (themes, persons):
        assert [k for k, n in Counter(map(normalized_name, names)).items() if n > 1] == []
    assert len(set(map(theme_key, themes))) == len(themes)
    assert len(set(map(affected_persons_key, persons))) == len(persons)
    # The built-in names carry the recommendations (before: none, and 26 near-duplicates did).
    counts = {e.name: e.recommendations for e in list_entries(db.session_factory, THEMES)}
    assert counts["Budget and resources (for human rights implementation)"] == 4
    assert counts["Equality and non-discrimination"] == 4
    assert counts["Right to education - general"] == 4


def test_each_spelling_links_to_the_one_theme(db: Database, tmp_path: Path) -> None:
    for path in files.all_files(tmp_path):
        import_file(db, path)
    budget = "Budget and resources (for human rights implementation)"
    # 2nd cycle with its code, 3rd with "&", 4th with "&resources".
    assert budget in _linked(db, "115.2")[0]  # A63 Budget and resources (…)
    assert budget in _linked(db, "119.1")[0]  # Budget & resources for …
    assert budget in _linked(db, "140.1")[0]  # Budget &resources for …
    # "E51 Right to education": the alias, and the code, name E51.
    assert "Right to education - general" in _linked(db, "115.7")[0]
    torture = "Prohibition of torture and cruel, inhuman or degrading treatment"
    assert torture in _linked(db, "115.4")[0] and torture in _linked(db, "119.4")[0]
    assert _linked(db, "115.3")[1] == {
        "Minorities / racial, ethnic, linguistic, religious or descent-based groups",
        "Roma, Gypsies, Sinti and Travellers",
    }
    women_and_girls = {"Women & girls", "women"}
    assert _linked(db, "140.1")[1] == women_and_girls
    with db.session_factory() as session:
        uhri = {
            t.name
            for rec in session.scalars(
                select(Recommendation)
                .join(SourceDocument)
                .where(SourceDocument.symbol == "CEDAW/C/SVN/CO/7")
            )
            for t in rec.themes
        }
    assert {"Women's rights", "Equality and non-discrimination", torture, budget} <= uhri


def test_reimport_changes_nothing(db: Database, tmp_path: Path) -> None:
    paths = files.all_files(tmp_path)
    for path in paths:
        import_file(db, path)
    themes = sorted(_names(db, Theme))
    summaries = [import_file(db, path) for path in paths]
    assert [(s.new, s.updated) for s in summaries] == [(0, 0)] * 4
    assert sorted(_names(db, Theme)) == themes


def test_a_theme_known_only_by_its_code(db: Database, tmp_path: Path) -> None:
    from tests.unit.thematic_docx import HEADER_2_3, build

    path = build(
        tmp_path / "coded.docx",
        [
            [
                "9.1 Do it (Chile);\nSource of position: A/HRC/28/15/Add.1 - Para.1",
                "Accepted",
                "D51 Fair trial and the administration of justice\nAffected persons:\n- general",
                "",
            ]
        ],
        header=HEADER_2_3,
    )
    summary = import_file(db, path)
    assert "themes" not in summary.created
    assert _linked(db, "9.1")[0] == {"Administration of justice and fair trial"}


def test_mechanisms_and_states_match_on_the_key(db: Database, tmp_path: Path) -> None:
    rows = [list(UHRI_ROWS[1]), list(UHRI_ROWS[1]), list(UHRI_ROWS[1])]
    rows[0][3] = "- Universal Periodic Review"
    rows[0][13] = "- Bosnia & Herzegovina\n- Trinidad & Tobago"
    rows[1][0] = "121.4 Ratify it"
    rows[1][3] = "- Human Rights Council – UPR"
    rows[1][5] = "A/HRC/43/15"
    rows[1][13] = "- Venezuela, Bolivarian Republic of"
    rows[1][15] = "1b2c3d4e-0000-4000-8000-000000000001"
    rows[2][0] = "12. The Committee recommends"
    rows[2][3] = "- Committee against Torture (CAT)"
    rows[2][5] = "CAT/C/SVN/CO/4"
    rows[2][15] = "1b2c3d4e-0000-4000-8000-000000000002"
    summary = import_file(db, write_uhri_xlsx(tmp_path / "bodies.xlsx", rows))
    assert "mechanisms" not in summary.created and "States" not in summary.created
    with db.session_factory() as session:
        codes = {
            rec.reference: (rec.mechanism.code, sorted(s.name for s in rec.recommending_states))
            for rec in session.scalars(select(Recommendation))
        }
        assert session.scalar(select(func.count()).select_from(Mechanism)) == session.scalar(
            select(func.count()).select_from(Mechanism).where(Mechanism.builtin.is_(True))
        )
        assert (
            session.scalar(
                select(func.count()).select_from(Country).where(Country.name.like("%&%"))
            )
            == 0
        )
    assert codes["121.2"] == ("UPR", ["Bosnia and Herzegovina", "Trinidad and Tobago"])
    assert codes["121.4"] == ("UPR", ["Venezuela (Bolivarian Republic of)"])
    assert codes["12"][0] == "CAT"


def test_sdg_targets_and_goals_match_by_code() -> None:
    from desktop.services.importing.thematic_cells import parse_annotations
    from desktop.services.importing.values import sdg_codes

    lines = [
        "- 16.A - Strengthen institutions",
        "05.02 Violence",
        "SDG 17.10",
        "Goal 5",
        "\uff11\uff16.\uff41 full width",
    ]
    assert sdg_codes([line.removeprefix("- ") for line in lines]) == (
        ("16.a", "5.2", "17.10"),
        (5,),
    )
    cell = parse_annotations("SDGs:\n" + "\n".join(lines))
    assert cell.sdg_targets == ("16.a", "5.2", "17.10")
    assert cell.sdg_goals == (5,)
