"""Seeding the editable taxonomies from the reference data shipped in
``resources/reference``. Seeding adds what is missing and never changes or
removes what a user has edited."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop import paths
from desktop.domain.vocab import MechanismKind
from desktop.store.models import (
    AffectedPersons,
    Country,
    CountryAlias,
    Mechanism,
    SdgGoal,
    SdgTarget,
    Theme,
    UprInfoIssue,
)
from desktop.store.vocabulary import affected_persons_key, theme_key


@dataclass
class SeedCounts:
    added: dict[str, int] = field(default_factory=dict)


def _load(name: str, folder: Path | None) -> dict[str, Any]:
    path = (folder or paths.reference_data_dir()) / name
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def seed_reference_data(
    session_factory: sessionmaker[Session], folder: Path | None = None
) -> SeedCounts:
    counts = SeedCounts()
    with session_factory.begin() as session:
        counts.added["mechanism"] = _seed_mechanisms(session, _load("mechanisms.json", folder))
        counts.added["sdg_target"] = _seed_sdgs(session, _load("sdg.json", folder))
        counts.added["theme"] = _seed_themes(session, _load("themes.json", folder))
        counts.added["affected_persons"] = _seed_names(
            session, AffectedPersons, _load("affected_persons.json", folder)["affected_persons"]
        )
        counts.added["upr_info_issue"] = _seed_names(
            session, UprInfoIssue, _load("upr_info_issues.json", folder)["issues"]
        )
        counts.added["country"] = _seed_countries(session, _load("countries.json", folder))
    return counts


def _seed_mechanisms(session: Session, data: dict[str, Any]) -> int:
    existing = set(session.scalars(select(Mechanism.code)))
    added = 0
    for order, item in enumerate(data["mechanisms"]):
        if item["code"] in existing:
            continue
        session.add(
            Mechanism(
                code=item["code"],
                kind=MechanismKind(item["kind"]),
                name=item["name_en"],
                name_zh=item.get("name_zh"),
                builtin=True,
                sort_order=order,
            )
        )
        added += 1
    return added


def _seed_sdgs(session: Session, data: dict[str, Any]) -> int:
    goals = {goal.number: goal for goal in session.scalars(select(SdgGoal))}
    targets = set(session.scalars(select(SdgTarget.code)))
    added = 0
    for item in data["goals"]:
        goal = goals.get(item["number"])
        if goal is None:
            goal = SdgGoal(
                number=item["number"], title=item["title_en"], title_zh=item.get("title_zh")
            )
            session.add(goal)
        for order, target in enumerate(item["targets"]):
            if target["code"] in targets:
                continue
            session.add(
                SdgTarget(
                    goal=goal, code=target["code"], title=target["title_en"], sort_order=order
                )
            )
            added += 1
    return added


def _seed_themes(session: Session, data: dict[str, Any]) -> int:
    # By matching key: a theme already there under another spelling is the same theme.
    existing = set(session.scalars(select(Theme.name_key)))
    added = 0
    for item in data["themes"]:
        if theme_key(item["name"]) in existing:
            continue
        session.add(Theme(code=item.get("code"), name=item["name"], builtin=True))
        existing.add(theme_key(item["name"]))
        added += 1
    return added


def _seed_names(
    session: Session, model: type[AffectedPersons] | type[UprInfoIssue], names: list[str]
) -> int:
    if model is AffectedPersons:
        key: Callable[[str], str] = affected_persons_key
        existing = set(session.scalars(select(AffectedPersons.name_key)))
    else:
        key = str
        existing = set(session.scalars(select(model.name)))
    added = 0
    for name in names:
        if key(name) in existing:
            continue
        session.add(model(name=name, builtin=True))
        existing.add(key(name))
        added += 1
    return added


def _seed_countries(session: Session, data: dict[str, Any]) -> int:
    existing = {country.name: country for country in session.scalars(select(Country))}
    aliases = set(session.scalars(select(CountryAlias.alias)))
    added = 0
    for item in data["countries"]:
        country = existing.get(item["name"])
        if country is None:
            country = Country(
                name=item["name"], iso2=item.get("iso2"), observer=bool(item.get("observer"))
            )
            session.add(country)
            existing[item["name"]] = country
            added += 1
        for alias in item.get("aliases", []):
            if alias not in aliases and alias not in existing:
                session.add(CountryAlias(country=country, alias=alias))
                aliases.add(alias)
    return added
