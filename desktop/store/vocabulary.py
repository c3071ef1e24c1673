"""The matching keys of themes and groups of persons as stored
(``theme.name_key``, ``affected_persons.name_key``): the domain's key
(desktop.domain.name_keys) through the alias groups shipped in
``resources/reference/name_aliases.json``.

The keys are stored, and unique per kind, so that an import finds a name in
one lookup and no two themes can mean the same thing. A change of the key
rule or of the alias groups therefore comes with a migration that computes
the keys again and merges what they join (as 0009 did first)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from desktop import paths
from desktop.domain.name_keys import AliasTable, alias_table, vocabulary_key

ALIASES_FILE = "name_aliases.json"


@lru_cache(maxsize=1)
def _alias_groups() -> dict[str, list[list[str]]]:
    with (paths.reference_data_dir() / ALIASES_FILE).open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return {
        kind: [[str(name) for name in group] for group in groups]
        for kind, groups in data.items()
        if isinstance(groups, list)
    }


@lru_cache(maxsize=8)
def aliases(kind: str) -> AliasTable:
    """The alias table of ``themes``, ``affected_persons`` or ``mechanisms``."""
    return alias_table(_alias_groups().get(kind, []))


def alias_groups(kind: str) -> list[list[str]]:
    return [list(group) for group in _alias_groups().get(kind, [])]


def theme_key(name: str) -> str:
    return vocabulary_key(name, aliases("themes"))


def affected_persons_key(name: str) -> str:
    return vocabulary_key(name, aliases("affected_persons"))
