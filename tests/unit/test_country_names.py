"""Country names in the six UN languages: complete in the reference data,
looked up by ISO code with the database's (English) name for a country the
reference data does not list, and used by the filter and picker choices and
the register's rows in the language asked for."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import paths
from desktop.domain.vocab import UN_LANGUAGES
from desktop.services.choices import filter_choices
from desktop.services.database import Database, open_database
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.services.reference_names import country_name, reference_names
from desktop.services.register import RegisterFilter, register_ids, register_rows
from desktop.store.models import Country

SCRIPTS = {
    "zh": re.compile(r"^[\u4e00-\u9fff（）]+$"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
}
OWN_STATE = "Republic of Aldavia"  # no ISO code: keeps its name in every language


def _countries() -> list[dict[str, object]]:
    with (paths.reference_data_dir() / "countries.json").open(encoding="utf-8") as fh:
        countries: list[dict[str, object]] = json.load(fh)["countries"]
    return countries


def test_every_country_is_named_in_the_six_languages() -> None:
    countries = _countries()
    assert len(countries) == 195
    for country in countries:
        code = str(country["iso2"])
        names = reference_names().countries[code]
        assert sorted(names) == sorted(UN_LANGUAGES), code
        assert names["en"] == country["name"], "English stays the stored UN short name"
        for language, name in names.items():
            assert name and name.strip() == name, f"{code} {language}"
            # CLDR's short forms ("Congo - Kinshasa", "St. Lucia", "Antigua & Barbuda")
            # are not the UN's
            assert not re.search(r" - [A-Z]|&|\bSt\.|о-ва", name), f"{code} {language}: {name}"
            if language in SCRIPTS:
                assert SCRIPTS[language].search(name), f"{code} {language}: {name!r}"


@pytest.mark.parametrize(
    ("language", "france", "korea", "palestine", "congo"),
    [
        ("en", "France", "Republic of Korea", "State of Palestine", "Congo"),
        ("zh", "法国", "大韩民国", "巴勒斯坦国", "刚果"),
        ("ar", "فرنسا", "جمهورية كوريا", "دولة فلسطين", "الكونغو"),
        ("ru", "Франция", "Республика Корея", "Государство Палестина", "Конго"),
        ("fr", "France", "République de Corée", "État de Palestine", "Congo"),
        ("es", "Francia", "República de Corea", "Estado de Palestina", "Congo"),
    ],
)
def test_country_names_in_each_language(
    language: str, france: str, korea: str, palestine: str, congo: str
) -> None:
    assert country_name("FR", language) == france
    assert country_name("fr", language, "France") == france  # codes in any case
    assert country_name("KR", language) == korea
    assert country_name("PS", language) == palestine
    assert country_name("CG", language) == congo
    assert country_name("CD", language) != congo


def test_countries_without_a_known_code_keep_the_stored_name() -> None:
    assert country_name(None, "zh", OWN_STATE) == OWN_STATE
    assert country_name("", "ar", OWN_STATE) == OWN_STATE
    assert country_name("XA", "ru", OWN_STATE) == OWN_STATE
    assert country_name("DE", "de", "Germany") == "Germany"  # not a UN language: English
    # English shows the name the database holds, even where a user changed it.
    assert country_name("DE", "en_GB", "Germany (Federal Republic of)") == (
        "Germany (Federal Republic of)"
    )
    assert country_name("DE", "zh_CN", "Germany (Federal Republic of)") == "德国"


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """Three recommendations made by France, Brazil and a State of the user's own."""
    db = open_database(str(tmp_path_factory.mktemp("states") / "states.sqlite3"), create=True)
    with db.session_factory.begin() as session:
        session.add(Country(name=OWN_STATE))
    items = [
        NewRecommendation("UPR", "1.1", "Un.", recommending_states=("France", "Brazil")),
        NewRecommendation("UPR", "1.2", "Deux.", recommending_states=("France",)),
        NewRecommendation("UPR", "1.3", "Trois.", recommending_states=(OWN_STATE,)),
    ]
    bulk_create_recommendations(db.session_factory, items)
    yield db
    db.dispose()


def test_choices_name_countries_in_the_language_asked(states: Database) -> None:
    english = filter_choices(states.session_factory)
    assert [name for _, name in english.recommending_states] == ["Brazil", "France", OWN_STATE]
    assert english.country_search_names == {}
    chinese = filter_choices(states.session_factory, "zh")
    shown = dict(chinese.recommending_states)
    assert sorted(shown.values()) == sorted(["巴西", "法国", OWN_STATE])
    ids = {name: i for i, name in english.recommending_states}
    assert shown[ids["France"]] == "法国" and shown[ids[OWN_STATE]] == OWN_STATE
    assert len(chinese.countries) == 196 and dict(chinese.countries)[ids["Brazil"]] == "巴西"
    assert [i for i, _ in chinese.countries] == [
        i for i, _ in sorted(chinese.countries, key=lambda p: (p[1].casefold(), p[0]))
    ]
    # English names are kept for searching; the user's own State needs none.
    assert chinese.country_search_names[ids["France"]] == "France"
    assert ids[OWN_STATE] not in chinese.country_search_names
    assert len(chinese.country_search_names) == 195
    arabic = filter_choices(states.session_factory, "ar")
    assert dict(arabic.recommending_states)[ids["Brazil"]] == "البرازيل"


def test_register_rows_name_recommending_states_in_the_language_asked(
    states: Database,
) -> None:
    factory = states.session_factory
    ids = register_ids(factory, RegisterFilter())
    rows = {
        language: {row.reference: row.recommending_states for row in register_rows(*where)}
        for language, where in (
            ("en", (factory, ids)),
            ("ru", (factory, ids, "ru")),
            ("zh", (factory, ids, "zh")),
        )
    }
    assert rows["en"] == {"1.1": "Brazil, France", "1.2": "France", "1.3": OWN_STATE}
    assert rows["ru"] == {"1.1": "Бразилия, Франция", "1.2": "Франция", "1.3": OWN_STATE}
    assert rows["zh"] == {"1.1": "巴西, 法国", "1.2": "法国", "1.3": OWN_STATE}


def test_generator_writes_what_the_file_holds(tmp_path: Path) -> None:
    """The names in countries.json are the generator's output (run again, no change)."""
    script = paths.reference_data_dir() / "make_country_names.py"
    if not script.exists():
        pytest.skip("the generator ships with the source tree only")
    namespace: dict[str, object] = {"__file__": str(script), "__name__": "generator"}
    exec(compile(script.read_text(encoding="utf-8"), str(script), "exec"), namespace)
    names = namespace["country_names"]
    for country in _countries():
        wanted = {k: v for k, v in country.items() if k.startswith("name_")}
        assert names(str(country["iso2"])) == wanted, country["name"]  # type: ignore[operator]
