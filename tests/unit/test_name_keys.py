"""The matching key of names (desktop.domain.name_keys) and the alias groups
shipped in resources/reference/name_aliases.json."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from desktop import paths
from desktop.domain.name_keys import KEY_LENGTH, alias_table, normalized_name, vocabulary_key
from desktop.store.vocabulary import affected_persons_key, alias_groups, theme_key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # "&" and "and", however spaced
        (
            "Budget & resources for human rights implementation",
            "Budget and resources (for human rights implementation)",
        ),
        (
            "Budget &resources for human rights implementation",
            "Budget & resources for human rights implementation",
        ),
        ("Equality & non-discrimination", "Equality and non-discrimination"),
        ("Equality&non-discrimination", "equality AND non discrimination"),
        # case, spacing, punctuation, dashes
        ("Institutions & policies - General", "Institutions and policies – general"),
        ("Law enforcement / police officials", "law enforcement/police officials"),
        ("minorities/ racial, ethnic", "Minorities / racial, ethnic"),
        ("  Right  to\u00a0food ", "right to food"),
        ("Children: definition; general principles", "Children definition general principles"),
        # apostrophes, straight or curly, or none
        ("Women's rights", "Women\u2019s rights"),
        ("Women's rights", "WOMENS RIGHTS"),
        # NFKC: full-width letters and spaces, ligatures
        ("\uff32\uff49\uff47\uff48\uff54\u3000to food", "Right to food"),
        ("\ufb01nancial resources", "financial resources"),
        # case folding beyond ASCII
        ("STRASSE", "Straße"),
        # invisible characters and the Arabic tatweel
        ("non\u00ad-discrimination", "non-discrimination"),
        ("human\u200b rights", "human rights"),
        ("حقـوق الإنسان", "حقوق الإنسان"),
        # French and Spanish "and" between words
        ("Égalité et non-discrimination", "Égalité & non-discrimination"),
        ("Igualdad y no discriminación", "Igualdad & no discriminación"),
        # a composed and a decomposed accent
        ("Égalité", "E\u0301galite\u0301"),
        # Chinese enumeration comma
        ("妇女、儿童", "妇女 儿童"),
    ],
)
def test_same_key(one: str, other: str) -> None:
    assert normalized_name(one) == normalized_name(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Right to education", "Right to health"),
        ("Enforced disappearances", "Enforced disappearance"),  # plurals: aliases, not rules
        ("Égalité", "Egalite"),  # accents are kept
        ("Año", "Ano"),
        ("Generation Y", "Generation and"),  # "y" at an end is a letter
        ("Et al", "And al"),
        ("Racial discrimination", "Racial discrimination 2"),
        ("Women & girls", "Women"),
        ("A12 Acceptance of international norms", "Acceptance of international norms"),
    ],
)
def test_different_keys(one: str, other: str) -> None:
    assert normalized_name(one) != normalized_name(other)


def test_key_shape() -> None:
    assert normalized_name("Budget &resources (for human rights)") == (
        "budget & resources for human rights"
    )
    assert normalized_name("-") == "-"  # punctuation only: its own key, not ""
    assert normalized_name(" — ") == "—"
    assert normalized_name("") == ""
    assert len(normalized_name("x" * 400)) == KEY_LENGTH
    assert normalized_name("ǅ") == normalized_name("ǆ")  # title-case digraph folds


def test_aliases_map_a_group_to_its_first_name() -> None:
    table = alias_table([["Right to education - general", "Right to education"]])
    assert vocabulary_key("Right to Education", table) == normalized_name(
        "Right to education - general"
    )
    assert vocabulary_key("Right to health", table) == "right to health"
    assert vocabulary_key("Right to education", None) == "right to education"
    with pytest.raises(ValueError, match="two groups"):
        alias_table([["A", "B"], ["C", "b"]])


def test_shipped_aliases() -> None:
    assert theme_key("Right to education") == theme_key("Right to education - general")
    assert theme_key("Torture and other cruel, inhuman or degrading treatment") == theme_key(
        "Prohibition of torture and cruel, inhuman or degrading treatment"
    )
    assert theme_key("Liberty and security of the person") == theme_key(
        "Liberty and security - general"
    )
    assert affected_persons_key("LGBTI persons") == affected_persons_key(
        "Lesbian, gay, bisexual, transgender and intersex persons (LGBTI)"
    )
    assert affected_persons_key("minorities") == affected_persons_key(
        "Minorities / racial, ethnic, linguistic, religious or descent-based groups"
    )
    # Aliases are per kind: "Minorities" is a group of persons and a theme's alias.
    assert theme_key("Minorities") == theme_key("Members of minorities")


def _reference(name: str) -> dict[str, object]:
    with (paths.reference_data_dir() / name).open(encoding="utf-8") as fh:
        data: dict[str, object] = json.load(fh)
    return data


def test_the_built_in_vocabulary_has_one_name_per_key() -> None:
    themes = [str(t["name"]) for t in _reference("themes.json")["themes"]]  # type: ignore[attr-defined]
    persons = [str(p) for p in _reference("affected_persons.json")["affected_persons"]]  # type: ignore[attr-defined]
    for names, key in ((themes, theme_key), (persons, affected_persons_key)):
        repeated = [k for k, n in Counter(key(name) for name in names).items() if n > 1]
        assert repeated == []


def test_every_alias_group_names_a_built_in_entry_first() -> None:
    themes = {str(t["name"]) for t in _reference("themes.json")["themes"]}  # type: ignore[attr-defined]
    persons = set(_reference("affected_persons.json")["affected_persons"])  # type: ignore[arg-type]
    mechanisms = {str(m["code"]) for m in _reference("mechanisms.json")["mechanisms"]}  # type: ignore[attr-defined]
    for kind, built_in in (
        ("themes", themes),
        ("affected_persons", persons),
        ("mechanisms", mechanisms),
    ):
        groups = alias_groups(kind)
        assert groups, kind
        for group in groups:
            assert group[0] in built_in, (kind, group[0])
            # No alias is another built-in entry: that would join two of them.
            assert not (set(group[1:]) & built_in), (kind, group)


def test_no_two_countries_share_a_key() -> None:
    seen: dict[str, str] = {}
    for country in _reference("countries.json")["countries"]:  # type: ignore[attr-defined]
        names = [country["name"], *country.get("aliases", []), country.get("iso2") or ""]
        for name in filter(None, names):
            key = vocabulary_key(name)
            assert seen.setdefault(key, country["name"]) == country["name"], name
