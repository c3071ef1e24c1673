"""Mechanism, SDG goal and target, and country names in the six UN languages.

The names come from the reference data shipped in ``resources/reference``
(``mechanisms.json`` and ``countries.json``: ``name_<language>``; ``sdg.json``:
``title_<language>``) and are looked up by code: a mechanism's code, a goal's
number, a target's code, a country's ISO 3166 alpha-2 code. The database keeps
one English name per entry; an entry the reference data does not know (one a
user added, a country without a code) keeps that name in every language.
The files are read once per folder and kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.domain.vocab import UN_LANGUAGES

Names = dict[str, str]
"""One entry's names by language code."""


@dataclass(frozen=True)
class ReferenceNames:
    """Every name the reference data gives, by code, then by language."""

    mechanisms: dict[str, Names]
    goals: dict[int, Names]
    targets: dict[str, Names]
    countries: dict[str, Names]
    """By upper-case ISO code; English is the reference data's ``name``."""


def un_language(language: str) -> str:
    """The UN language a locale or language tag means ("zh_CN", "zh-Hans" →
    "zh"); English for any other language."""
    code = language.replace("-", "_").split("_")[0].lower()
    return code if code in UN_LANGUAGES else "en"


def _names(item: dict[str, Any], prefix: str) -> Names:
    return {
        language: str(item[f"{prefix}_{language}"]).strip()
        for language in UN_LANGUAGES
        if str(item.get(f"{prefix}_{language}") or "").strip()
    }


@lru_cache(maxsize=4)
def reference_names(folder: Path | None = None) -> ReferenceNames:
    """The names of ``folder``'s reference data (the installed one by default)."""
    where = folder or paths.reference_data_dir()
    with (where / "mechanisms.json").open(encoding="utf-8") as fh:
        mechanisms = json.load(fh)["mechanisms"]
    with (where / "sdg.json").open(encoding="utf-8") as fh:
        goals = json.load(fh)["goals"]
    with (where / "countries.json").open(encoding="utf-8") as fh:
        countries = [c for c in json.load(fh)["countries"] if c.get("iso2")]
    return ReferenceNames(
        mechanisms={str(m["code"]).upper(): _names(m, "name") for m in mechanisms},
        goals={int(g["number"]): _names(g, "title") for g in goals},
        targets={str(t["code"]).lower(): _names(t, "title") for g in goals for t in g["targets"]},
        countries={
            str(c["iso2"]).upper(): {**_names(c, "name"), "en": str(c["name"])} for c in countries
        },
    )


def _pick(names: Names | None, language: str, fallback: str) -> str:
    if names is None:
        return fallback
    return names.get(un_language(language)) or fallback or names.get("en", "")


def mechanism_name(code: str, language: str, fallback: str = "") -> str:
    """Mechanism ``code``'s name in ``language``; ``fallback`` (the name the
    database holds) for a mechanism the reference data does not name."""
    return _pick(reference_names().mechanisms.get(code.upper()), language, fallback)


def sdg_goal_title(number: int, language: str, fallback: str = "") -> str:
    """SDG goal ``number``'s short title in ``language``, else ``fallback``."""
    return _pick(reference_names().goals.get(number), language, fallback)


def sdg_target_title(code: str, language: str, fallback: str = "") -> str:
    """SDG target ``code``'s ("5.2", "16.a") short title in ``language``, else ``fallback``."""
    return _pick(reference_names().targets.get(code.lower()), language, fallback)


def country_name(iso2: str | None, language: str, fallback: str = "") -> str:
    """The country with ISO code ``iso2``'s name in ``language``; ``fallback``
    (the name the database holds) in English, and for a country without a code
    or one the reference data does not list."""
    names = reference_names().countries.get(iso2.upper()) if iso2 else None
    if un_language(language) == "en" and fallback:
        return fallback
    return _pick(names, language, fallback)
