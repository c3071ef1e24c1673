"""The short letter that goes with an agency's update form: one A4 page from
the secretariat to the agency's focal point. Its words come already in the
letter's language (services/forms/letter.py); this lays them out, right to
left where the language is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from desktop.domain.vocab import RTL_LANGUAGES
from desktop.reports import fonts
from desktop.reports.context import make_styles
from desktop.reports.flowables import TextBlock
from desktop.reports.formatting import Formats
from desktop.reports.labels import LANGUAGE_TAGS


@dataclass(frozen=True)
class CoverLetterData:
    language: str
    organisation: str
    dated: date
    recipient: tuple[str, ...]
    """The focal point, the agency, its e-mail: one line each."""
    subject: str
    paragraphs: tuple[str, ...]
    closing: str


def build(data: CoverLetterData, fp: BinaryIO) -> int:
    """Write the letter to ``fp``; returns the number of pages."""
    fonts.register_fonts()
    rtl = data.language in RTL_LANGUAGES
    styles = make_styles(rtl, data.language == "zh")
    edge = "right" if rtl else "left"
    end = "left" if rtl else "right"
    body = styles.body.with_(size=10.5, leading=16, space_after=8, align=edge)
    story = [TextBlock(data.organisation, styles.heading_2.with_(align=edge))]
    story = story if data.organisation else []
    dated = Formats(data.language).date(data.dated, long=True)
    story += [TextBlock(dated, body.with_(align=end)), Spacer(1, 6 * mm)]
    story += [TextBlock(line, body.with_(space_after=0)) for line in data.recipient if line]
    story += [Spacer(1, 6 * mm), TextBlock(data.subject, styles.heading_3.with_(align=edge))]
    story += [TextBlock(text, body) for text in data.paragraphs]
    story += [Spacer(1, 4 * mm), TextBlock(data.closing, body)]
    story += [TextBlock(data.organisation, body)] if data.organisation else []
    document = SimpleDocTemplate(
        fp,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=25 * mm,
        bottomMargin=25 * mm,
        title=data.subject,
        author=data.organisation,
        lang=LANGUAGE_TAGS.get(data.language, "en"),
        initialFontName=fonts.LATIN,
    )
    document.build(story)
    return int(document.page)
