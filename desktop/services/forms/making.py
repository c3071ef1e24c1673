"""Making update forms: one agency's workbook, or one for every agency with
work assigned, each recorded as sent (agency, language, deadline) in the same
transaction that takes the signing key; a summary of who got what."""

from __future__ import annotations

import csv
import errno
import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NmrfError, NotFoundError, ValidationError
from desktop.services.forms.content import FormContent, form_content
from desktop.services.forms.labels import form_languages
from desktop.services.forms.letter import letter_data, write_letter
from desktop.services.forms.signing import signing_key
from desktop.services.forms.workbook import FormHeader, write_form
from desktop.services.settings import load_settings
from desktop.store.base import utcnow
from desktop.store.models import Agency, UpdateForm

SUMMARY_NAME = "update-forms-summary.csv"


@dataclass(frozen=True)
class FormRequest:
    language: str = "en"
    deadline: date | None = None
    period: str = ""
    contact: str = ""
    """The secretariat's contact; default: the organisation's name."""


@dataclass(frozen=True)
class SentForm:
    form: uuid.UUID
    agency: str
    focal_point: str
    path: Path
    rows: int
    deadline: date | None
    letter: Path | None = None
    """The cover letter (PDF) beside the form, when one was written."""


def _check(request: FormRequest, today: date) -> None:
    if request.language not in form_languages():
        languages = ", ".join(form_languages())
        raise ValidationError(
            f"no form language {request.language!r} (one of {languages})",
            where="--lang",
            code="form.no_language",
            params={"language": request.language, "languages": languages},
        )
    if request.deadline is not None and request.deadline < today:
        raise ValidationError(
            "the deadline is already past", where="--deadline", code="form.deadline_past"
        )


def _no_folder(folder: Path) -> ValidationError:
    return ValidationError("the folder does not exist", where=str(folder), code="form.no_folder")


def _write_error(path: Path, exc: OSError) -> NmrfError:
    """A form or letter that could not be written, naming the file."""
    if isinstance(exc, PermissionError):
        return NmrfError(
            f"cannot write the file: {exc.strerror or exc}",
            where=str(path),
            code="form.write_not_allowed",
        )
    if exc.errno == errno.ENOSPC:
        return NmrfError(
            f"cannot write the file: {exc.strerror or exc}", where=str(path), code="form.disk_full"
        )
    return NmrfError(
        f"cannot write the file: {exc.strerror or exc}",
        where=str(path),
        code="form.cannot_write",
        params={"reason": exc.strerror or str(exc)},
    )


def make_form(
    session_factory: sessionmaker[Session],
    agency_id: int,
    path: Path,
    request: FormRequest,
    today: date,
    *,
    letter: bool = False,
) -> SentForm:
    """Write the agency's form to ``path`` (and, with ``letter``, its cover
    letter beside it) and record it as sent."""
    _check(request, today)
    if not path.parent.is_dir():
        raise _no_folder(path.parent)
    contact = request.contact or load_settings(session_factory).organisation_name
    with session_factory.begin() as session:
        agency = session.get(Agency, agency_id)
        if agency is None:
            raise NotFoundError(
                f"there is no agency #{agency_id}", where="--agency", code="record.not_found"
            )
        return _make(session, agency, path, request, contact, None, today if letter else None)


def _make(
    session: Session,
    agency: Agency,
    path: Path,
    request: FormRequest,
    contact: str,
    content: FormContent | None = None,
    letter_on: date | None = None,
) -> SentForm:
    """Write the form (and, given ``letter_on``, its cover letter dated so)
    and record it as sent, in the caller's transaction."""
    key = signing_key(session)
    content = content or form_content(session, agency)
    now = utcnow()
    record = UpdateForm(
        uuid=uuid.uuid4(),
        agency_id=agency.id,
        language=request.language,
        deadline=request.deadline,
        sent_at=now,
        file_name=path.name[:255],
        rows=content.row_count,
        status="sent",
        applied_json="{}",
    )
    session.add(record)
    # Written to the database first: a database that refuses it (read-only,
    # busy) leaves no form on disk that it has no record of.
    session.flush()
    header = FormHeader(
        form=record.uuid,
        language=request.language,
        deadline=request.deadline,
        period=request.period,
        contact=contact,
        made_at=now.replace(microsecond=0),
    )
    try:
        _, rows = write_form(content, header, key, path)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    letter = None
    if letter_on is not None:
        data = letter_data(
            content, request.language, path.name, request.deadline, contact, letter_on
        )
        try:
            letter = write_letter(data, path.with_suffix(".pdf"))
        except OSError as exc:
            # The form's record is rolled back: no form is left without one.
            path.unlink(missing_ok=True)
            path.with_suffix(".pdf").unlink(missing_ok=True)
            raise _write_error(path.with_suffix(".pdf"), exc) from exc
    return SentForm(
        record.uuid, agency.name, content.focal_point, path, rows, request.deadline, letter
    )


def make_all_forms(
    session_factory: sessionmaker[Session],
    folder: Path,
    request: FormRequest,
    today: date,
    progress: Callable[[int, int], None] | None = None,
) -> list[SentForm]:
    """A form for every agency (not archived) with something to report, in
    ``folder``, each with its cover letter (PDF), and the summary
    ``update-forms-summary.csv`` beside them."""
    _check(request, today)
    if not folder.is_dir():
        raise _no_folder(folder)
    contact = request.contact or load_settings(session_factory).organisation_name
    with session_factory() as session:
        agencies = session.execute(
            select(Agency.id, Agency.name, Agency.acronym)
            .where(Agency.archived.is_(False))
            .order_by(Agency.name)
        ).all()
    sent: list[SentForm] = []
    used: set[str] = set()
    for done, (agency_id, name, acronym) in enumerate(agencies, start=1):
        with session_factory.begin() as session:
            agency = session.get(Agency, agency_id)
            if agency is None:
                continue
            content = form_content(session, agency)
            if content.row_count:
                path = folder / form_file_name(acronym or name, used)
                sent.append(_make(session, agency, path, request, contact, content, today))
        if progress is not None:
            progress(done, len(agencies))
    try:
        _write_summary(folder / SUMMARY_NAME, sent)
    except OSError as exc:
        raise _write_error(folder / SUMMARY_NAME, exc) from exc
    return sent


def form_file_name(name: str, used: set[str] | None = None) -> str:
    """A file name for an agency's form (ASCII, unique among ``used``)."""
    used = used if used is not None else set()
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_name).strip("-").lower()[:60] or "agency"
    candidate, n = f"update-form-{slug}.xlsx", 1
    while candidate in used:
        n += 1
        candidate = f"update-form-{slug}-{n}.xlsx"
    used.add(candidate)
    return candidate


def _write_summary(path: Path, sent: list[SentForm]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["agency", "focal point", "file", "letter", "rows", "deadline", "form"])
        for form in sent:
            deadline = form.deadline.isoformat() if form.deadline else ""
            letter = form.letter.name if form.letter else ""
            writer.writerow(
                [
                    form.agency,
                    form.focal_point,
                    form.path.name,
                    letter,
                    form.rows,
                    deadline,
                    form.form,
                ]
            )
