"""Settings that belong to the database and so are shared by all its users:
the organisation's name and emblem, the default report language."""

from __future__ import annotations

import base64
import binascii
import io
import struct
import warnings
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import ValidationError
from desktop.domain.vocab import UN_LANGUAGES
from desktop.store.models import Setting

ORGANISATION_NAME = "organisation_name"
REPORT_LANGUAGE = "report_language"
ORGANISATION_EMBLEM = "organisation_emblem"

EMBLEM_MAX_BYTES = 2 * 1024 * 1024
EMBLEM_MAX_PIXELS = 25_000_000
"""A decoded emblem's size limit (5,000 × 5,000): a small file can hold a huge
bitmap, which every report would then decode."""
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"


@dataclass(frozen=True)
class OrganisationSettings:
    organisation_name: str = ""
    report_language: str = "en"


def load_settings(session_factory: sessionmaker[Session]) -> OrganisationSettings:
    with session_factory() as session:
        rows = session.scalars(
            select(Setting).where(Setting.key.in_((ORGANISATION_NAME, REPORT_LANGUAGE)))
        )
        values = {row.key: row.value for row in rows}
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
            "the organisation name is longer than 300 characters",
            where="organisation_name",
            code="field.too_long",
            params={"limit": 300},
        )
    if settings.report_language not in UN_LANGUAGES:
        raise ValidationError(
            f"unknown report language {settings.report_language!r}; use one of "
            + ", ".join(UN_LANGUAGES),
            where="report_language",
            code="field.unknown_choice",
            params={"value": settings.report_language},
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


# --- the emblem ---------------------------------------------------------------------


def load_emblem(session_factory: sessionmaker[Session]) -> bytes | None:
    """The organisation's emblem (PNG or JPEG bytes), or None when there is none.
    A stored value that is not valid base64 (edited by hand) counts as none."""
    with session_factory() as session:
        stored = session.scalar(select(Setting.value).where(Setting.key == ORGANISATION_EMBLEM))
    if not stored:
        return None
    try:
        return base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        return None


def save_emblem(session_factory: sessionmaker[Session], data: bytes | None) -> None:
    """Store ``data`` as the emblem (checked: see check_emblem); None removes it."""
    if data is not None:
        check_emblem(data)
    with session_factory.begin() as session:
        row = session.scalars(select(Setting).where(Setting.key == ORGANISATION_EMBLEM)).first()
        if data is None:
            if row is not None:
                session.delete(row)
            return
        value = base64.b64encode(data).decode("ascii")
        if row is None:
            session.add(Setting(key=ORGANISATION_EMBLEM, value=value))
        elif row.value != value:
            row.value = value


def check_emblem(data: bytes) -> None:
    """A PNG or JPEG image of at most 2 MB that opens, else a ValidationError."""

    def refuse(message: str) -> ValidationError:
        return ValidationError(message, where="emblem")

    if not data:
        raise refuse("the file is empty")
    if len(data) > EMBLEM_MAX_BYTES:
        raise refuse(
            f"the image is {len(data) / (1024 * 1024):.1f} MB; an emblem can be at most 2 MB"
        )
    if data.startswith(_PNG_MAGIC):
        expected = "PNG"
    elif data.startswith(_JPEG_MAGIC):
        expected = "JPEG"
    else:
        raise refuse("the file is not a PNG or JPEG image")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if image.format != expected:
                    raise refuse("the file is not a PNG or JPEG image")
                if width * height > EMBLEM_MAX_PIXELS:
                    raise refuse(
                        f"the image is {width} × {height} pixels; an emblem can have at most "
                        "25 million pixels (5,000 × 5,000)"
                    )
                image.verify()
            # verify() checks the structure only; decoding finds a truncated file.
            with Image.open(io.BytesIO(data)) as image:
                image.load()
    except ValidationError:
        raise
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        EOFError,
        OSError,
        SyntaxError,
        ValueError,
        struct.error,
    ) as exc:
        raise refuse(f"the {expected} image is damaged and cannot be read") from exc
