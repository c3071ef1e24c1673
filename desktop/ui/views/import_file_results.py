"""What the import dialog shows of several files imported together: the
totals, a line per file (format and counts), the first rows and the rejected
rows each with its file, the names created by all, and the one backup. With
one file everything reads as it does for that file alone (import_results)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QGuiApplication

from desktop.services.importing.context_rows import ContextCounts
from desktop.services.importing.service import ImportSummary
from desktop.ui.views.import_results import (
    counts_text,
    created_html,
    format_label,
    preview_heading,
    preview_rows,
    rejected_rows,
    rejected_tooltips,
    summary_html,
)
from desktop.ui.views.import_types import types_html

translate = QCoreApplication.translate


class FileTotals(QObject):
    """The counts of several files, as a QObject so that their plural forms go through tr()."""

    def heading(self, files: int) -> str:
        """The preview's heading: ``{rows}`` and ``{counts}`` to fill."""
        return self.tr("<b>%Ln file(s)</b>: {rows}.<br>{counts}", "", files)

    def rows_read(self, rows: int) -> str:
        return self.tr("%Ln row(s) read in all", "", rows)

    def imported(self, files: int) -> str:
        return self.tr("Imported %Ln file(s).", "", files)


def combined(summaries: Sequence[ImportSummary]) -> ImportSummary:
    """The totals of ``summaries`` as one summary (named after the first file)."""
    first = summaries[0]
    if len(summaries) == 1:
        return first
    total = ImportSummary(
        file=first.file,
        format=first.format,
        dry_run=first.dry_run,
        other_types=first.other_types,
        backup=first.backup,
        context=ContextCounts(),
    )
    for summary in summaries:
        total.rows_read += summary.rows_read
        total.new += summary.new
        total.updated += summary.updated
        total.unchanged += summary.unchanged
        total.rejected += summary.rejected
        total.preview += summary.preview
        total.responses.update(summary.responses)
        total.types.update(summary.types)
        for kind, names in summary.created.items():
            known = total.created.setdefault(kind, [])
            known += [name for name in names if name not in known]
        total.context.add(summary.context)
    return total


def files_heading(summaries: Sequence[ImportSummary]) -> str:
    """The preview's heading: the file, its format and counts; for several, the totals."""
    if len(summaries) == 1:
        return preview_heading(summaries[0])
    total = combined(summaries)
    texts = FileTotals()
    return (
        texts.heading(len(summaries))
        .replace("{rows}", texts.rows_read(total.rows_read))
        .replace("{counts}", counts_text(total))
    )


def per_file_rows(summaries: Sequence[ImportSummary]) -> list[list[str]]:
    """File, format, rows read, new, updated, unchanged, rejected: a row per file."""
    n = QLocale().toString
    return [
        [
            s.file,
            format_label(s.format),
            n(s.rows_read),
            n(s.new),
            n(s.updated),
            n(s.unchanged),
            n(len(s.rejected)),
        ]
        for s in summaries
    ]


def per_file_headers() -> list[str]:
    return [
        translate("ImportDialog", "File"),
        translate("ImportDialog", "Format"),
        translate("ImportDialog", "Rows read"),
        translate("ImportDialog", "New"),
        translate("ImportDialog", "Updated"),
        translate("ImportDialog", "Unchanged"),
        translate("ImportDialog", "Rejected"),
    ]


def files_preview_rows(summaries: Sequence[ImportSummary]) -> list[list[str]]:
    """Each file's first rows as they will be stored, its name in a last cell."""
    return [[*row, s.file] for s in summaries for row in preview_rows(s)]


def files_rejected_rows(summaries: Sequence[ImportSummary]) -> list[list[str]]:
    """Row, column and reason of each rejected row, its file in a last cell."""
    return [[*row, s.file] for s in summaries for row in rejected_rows(s)]


def files_rejected_tooltips(summaries: Sequence[ImportSummary]) -> list[str]:
    return [tip for s in summaries for tip in rejected_tooltips(s)]


def files_summary_html(summaries: Sequence[ImportSummary]) -> str:
    """The summary page: the totals, a line per file, the names created and the backup."""
    if len(summaries) == 1:
        return summary_html(summaries[0])
    total = combined(summaries)
    lines = [
        translate("ImportDialog", "<b>{file}</b> ({format}): {counts}")
        .replace("{file}", escape(s.file))
        .replace("{format}", format_label(s.format))
        .replace("{counts}", counts_text(s))
        for s in summaries
    ]
    # The lines start with a file's name: a right-to-left mark keeps the
    # paragraph in the interface's direction.
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    mark = "\u200f" if rtl else ""
    text = (
        f"<p><b>{escape(FileTotals().imported(len(summaries)))}</b></p>"
        f"<p>{counts_text(total)}</p><p>{mark}{'<br>'.join(lines)}</p>"
    )
    types = types_html(total, done=True)
    if types:
        text += f"<p>{types}</p>"
    created = created_html(total)
    if created:
        text += f"<p>{created}</p>"
    if total.backup is not None:
        text += (
            "<p>"
            + translate(
                "ImportDialog", "One verified backup was taken first, for all the files: {path}"
            ).replace("{path}", escape(str(total.backup)))
            + "</p>"
        )
    return text
