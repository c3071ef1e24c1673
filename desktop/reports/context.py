"""What every part of a report needs to know: its language, direction, labels,
formats and text styles."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor, white

from desktop.domain.vocab import RTL_LANGUAGES
from desktop.reports.data import ReportHeader
from desktop.reports.flowables import TextStyle
from desktop.reports.formatting import Formats
from desktop.reports.labels import Labels

INK = HexColor("#1B2631")
MUTED = HexColor("#566573")
ACCENT = HexColor("#1F4E79")
OVERDUE = HexColor("#B03A2E")


@dataclass(frozen=True)
class Styles:
    body: TextStyle
    small: TextStyle
    muted: TextStyle
    bold: TextStyle
    cell: TextStyle
    cell_bold: TextStyle
    cell_header: TextStyle
    cell_overdue: TextStyle
    heading_1: TextStyle
    heading_2: TextStyle
    heading_3: TextStyle
    contents_1: TextStyle
    contents_2: TextStyle
    cover_organisation: TextStyle
    cover_title: TextStyle
    cover_subtitle: TextStyle
    cover_line: TextStyle
    cover_marking: TextStyle
    figure: TextStyle
    figure_label: TextStyle


def make_styles(rtl: bool, chinese: bool) -> Styles:
    # Naskh is tall and Chinese needs air between lines: more leading for both.
    factor = 1.6 if rtl else 1.5 if chinese else 1.35

    def style(size: float, bold: bool = False, colour: Color = INK, **more: object) -> TextStyle:
        return TextStyle(
            size=size,
            leading=round(size * factor, 1),
            bold=bold,
            color=colour,
            rtl_default=rtl,
            **more,  # type: ignore[arg-type]
        )

    # Headings and contents line up with the report's start edge, whatever
    # script their text is in (a mechanism's English name in an Arabic report).
    edge = "right" if rtl else "left"
    return Styles(
        body=style(9.5, space_after=4),
        small=style(8),
        muted=style(8, colour=MUTED),
        bold=style(9.5, True),
        cell=style(8),
        cell_bold=style(8, True),
        cell_header=style(8, True, white),
        cell_overdue=style(8, False, OVERDUE),
        heading_1=style(
            16, True, ACCENT, space_before=4, space_after=8, align=edge, keep_with_next=True
        ),
        heading_2=style(
            12.5, True, ACCENT, space_before=10, space_after=4, align=edge, keep_with_next=True
        ),
        heading_3=style(
            10.5, True, INK, space_before=8, space_after=3, align=edge, keep_with_next=True
        ),
        contents_1=style(10, True, align=edge),
        contents_2=style(9.5, align=edge),
        cover_organisation=style(15, True, ACCENT, align="center"),
        cover_title=style(24, True, INK, align="center"),
        cover_subtitle=style(14, False, INK, align="center"),
        cover_line=style(11, False, MUTED, align="center", space_after=3),
        cover_marking=style(14, True, HexColor("#A50021"), align="center"),
        figure=style(18, True, ACCENT, align="center"),
        figure_label=style(8, False, MUTED, align="center"),
    )


@dataclass(frozen=True)
class ReportContext:
    header: ReportHeader
    labels: Labels
    formats: Formats
    styles: Styles
    rtl: bool
    title: str
    subtitle: str = ""
    subject: str = ""

    def heading_key(self, *parts: object) -> str:
        return "h-" + "-".join(str(p) for p in parts)


def make_context(
    header: ReportHeader, title_key: str, subtitle: str = "", subject: str = ""
) -> ReportContext:
    """The context of one report: the user's title if given, else the report's own."""
    from desktop.reports import fonts

    fonts.register_fonts()
    language = header.options.language
    labels = Labels(language)
    rtl = labels.language in RTL_LANGUAGES
    title = header.title.strip() or labels(title_key)
    return ReportContext(
        header=header,
        labels=labels,
        formats=Formats(labels.language),
        styles=make_styles(rtl, labels.language == "zh"),
        rtl=rtl,
        title=title,
        subtitle=subtitle,
        subject=subject or labels(title_key),
    )
