"""The cover letter of an agency's form, in the form's language: to its
focal point, saying what the form holds, by when to return it and how."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.reports.cover_letter import CoverLetterData, build
from desktop.reports.formatting import Formats
from desktop.services.forms.content import FormContent
from desktop.services.forms.labels import FormLabels


def letter_data(
    content: FormContent,
    language: str,
    form_file: str,
    deadline: date | None,
    organisation: str,
    today: date,
) -> CoverLetterData:
    t = FormLabels(language)
    agency = content.agency_name + (f" ({content.acronym})" if content.acronym else "")
    greeting = (
        t("letter.greeting", name=content.focal_point)
        if content.focal_point
        else t("letter.greeting_plain")
    )
    formats = Formats(t.language)
    back = (
        t("letter.return", deadline=formats.date(deadline, long=True))
        if deadline
        else t("letter.return_soon")
    )
    return CoverLetterData(
        language=t.language,
        organisation=organisation,
        dated=today,
        recipient=(content.focal_point, agency, content.focal_email),
        subject=t("title", agency=agency),
        paragraphs=(
            greeting,
            t("letter.body", file=form_file, rows=content.row_count, agency=agency),
            back,
            t("letter.how"),
        ),
        closing=t("letter.closing"),
    )


def write_letter(data: CoverLetterData, path: Path) -> Path:
    with path.open("wb") as fp:
        build(data, fp)
    return path
