"""Settings that belong to the database and so are shared by all its users:
the organisation's name and emblem, the default report language."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import ValidationError
from desktop.domain.vocab import UN_LANGUAGES
from desktop.store.models import Setting

ORGANISATION_NAME = "organisation_name"
REPORT_LANGUAGE = "report_language"


@dataclass(frozen=True)
class OrganisationSettings:
    organisation_name: str = ""
    report_language: str = "en"


def load_settings(session_factory: sessionmaker[Session]) -> OrganisationSettings:
    with session_factory() as session:
        values = {row.key: row.value for row in session.scalars(select(Setting))}
    return OrganisationSettings(
        organisation_name=values.get(ORGANISATION_NAME, ""),
        report_language=values.get(REPORT_LANGUAGE, "en"),
    )


def save_settings(
    session_factory: sessionmaker[Session], settings: OrganisationSettings
) -> OrganisationSettings:
    name = settings.organisation_name.strip()
    if len(name) > 300:
        raise ValidationError(
            "the organisation name is longer than 300 characters", where="organisation_name"
        )
    if settings.report_language not in UN_LANGUAGES:
        raise ValidationError(
            f"unknown report language {settings.report_language!r}; use one of "
            + ", ".join(UN_LANGUAGES),
            where="report_language",
        )
    wanted = {ORGANISATION_NAME: name, REPORT_LANGUAGE: settings.report_language}
    with session_factory.begin() as session:
        existing = {row.key: row for row in session.scalars(select(Setting))}
        for key, value in wanted.items():
            row = existing.get(key)
            if row is None:
                session.add(Setting(key=key, value=value))
            elif row.value != value:
                row.value = value
    return OrganisationSettings(organisation_name=name, report_language=settings.report_language)
