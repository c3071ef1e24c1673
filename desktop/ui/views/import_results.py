"""What the import dialog shows of a dry run (the preview) and of an import
(the summary): the file's format, the counts, the first rows as they will be
stored, the rejected rows with their reasons (in the user's language, each
with its file, row and column), and the names created. Its strings keep the
dialog's translation context ("ImportDialog"), those with a count are in
"ImportCounts"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.services.importing.records import ImportFormat
from desktop.services.importing.service import ImportSummary
from desktop.ui.error_text import coded_text, file_location, located
from desktop.ui.i18n import position_label
from desktop.ui.views.import_types import types_html

# (lupdate reads calls of ``translate`` as well as ``QCoreApplication.translate``)
translate = QCoreApplication.translate
CREATED_SHOWN = 12


def format_label(fmt: ImportFormat) -> str:
    labels = {
        ImportFormat.UHRI: translate("ImportFormat", "UHRI export"),
        ImportFormat.THEMATIC_LIST: translate(
            "ImportFormat", "OHCHR thematic list of recommendations"
        ),
        ImportFormat.UPR_INFO: translate("ImportFormat", "UPR Info export"),
        ImportFormat.MAPPED: translate("ImportFormat", "Spreadsheet with a column mapping"),
    }
    return labels[fmt]


def created_label(kind: str) -> str:
    labels = {
        "mechanisms": translate("ImportDialog", "New mechanisms"),
        "documents": translate("ImportDialog", "New source documents"),
        "States": translate("ImportDialog", "New States"),
        "themes": translate("ImportDialog", "New themes"),
        "affected persons": translate("ImportDialog", "New affected persons"),
        "UPR Info issues": translate("ImportDialog", "New UPR Info issues"),
        "SDG targets": translate("ImportDialog", "New SDG targets"),
        "clusters": translate("ImportDialog", "New clusters"),
    }
    return labels.get(kind, kind)


class ImportCounts(QObject):
    """The counts of an import, as a QObject so that their plural forms go
    through tr() (Qt Linguist finds plural forms there)."""

    def tally(self, new: int, updated: int, unchanged: int, rejected: int) -> str:
        """``4 new, 0 updated, 1 unchanged, 1 rejected``."""
        return (
            translate("ImportDialog", "{new}, {updated}, {unchanged}, {rejected}")
            .replace("{new}", self.tr("%Ln new", "", new))
            .replace("{updated}", self.tr("%Ln updated", "", updated))
            .replace("{unchanged}", self.tr("%Ln unchanged", "", unchanged))
            .replace("{rejected}", self.tr("%Ln rejected", "", rejected))
        )

    def rows_read(self, rows: int) -> str:
        """The preview's heading: ``{file}``, ``{format}`` and ``{counts}`` to fill."""
        return self.tr("<b>{file}</b>: {format}, %Ln row(s) read.<br>{counts}", "", rows)

    def rejected(self, count: int) -> str:
        return self.tr("Rejected, not imported: %Ln row(s).", "", count)


def counts_text(summary: ImportSummary) -> str:
    return ImportCounts().tally(
        summary.new, summary.updated, summary.unchanged, len(summary.rejected)
    )


def preview_heading(summary: ImportSummary) -> str:
    return (
        ImportCounts()
        .rows_read(summary.rows_read)
        .replace("{file}", summary.file)
        .replace("{format}", format_label(summary.format))
        .replace("{counts}", counts_text(summary))
    )


def rejected_heading(summary: ImportSummary) -> str:
    return ImportCounts().rejected(len(summary.rejected))


def preview_rows(summary: ImportSummary) -> list[list[str]]:
    """The first rows as they will be stored, one cell per preview column."""
    return [
        [
            QLocale().toString(item.row),
            item.reference or item.paragraph or "",
            item.mechanism_code,
            item.source_symbol or "",
            item.text,
            position_label(item.response),
            ", ".join(item.recommending_states),
        ]
        for item in summary.preview
    ]


def rejected_rows(summary: ImportSummary) -> list[list[str]]:
    """Row, column and reason of each rejected row, the reason in the user's language."""
    return [
        [
            QLocale().toString(problem.row),
            problem.column or "",
            coded_text(problem.code, problem.params, problem.reason),
        ]
        for problem in summary.rejected
    ]


def rejected_tooltips(summary: ImportSummary) -> list[str]:
    """The whole of each rejection: the file, row and column, then the reason."""
    return [
        located(
            file_location(summary.file, problem.row, problem.column),
            coded_text(problem.code, problem.params, problem.reason),
        )
        for problem in summary.rejected
    ]


def results_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    table.setColumnWidth(0, 60)
    return table


def fill_table(
    table: QTableWidget, rows: list[list[str]], tooltips: list[str] | None = None
) -> None:
    """``rows`` in ``table``; each cell's tooltip is its row's in ``tooltips``,
    or else the cell's whole text."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = QTableWidgetItem(value)
            cell.setToolTip(value if tooltips is None else tooltips[r])
            table.setItem(r, c, cell)


def created_html(summary: ImportSummary) -> str:
    lines = []
    for kind, names in summary.created.items():
        shown = "; ".join(names[:CREATED_SHOWN]) + (" …" if len(names) > CREATED_SHOWN else "")
        lines.append(f"<b>{created_label(kind)} ({QLocale().toString(len(names))}):</b> {shown}")
    return "<br>".join(lines)


def summary_html(summary: ImportSummary) -> str:
    text = (
        translate("ImportDialog", "<p><b>Imported {file}.</b></p><p>{counts}</p>")
        .replace("{file}", summary.file)
        .replace("{counts}", counts_text(summary))
    )
    types = types_html(summary, done=True)
    if types:
        text += f"<p>{types}</p>"
    created = created_html(summary)
    if created:
        text += f"<p>{created}</p>"
    if summary.backup is not None:
        text += (
            "<p>"
            + translate("ImportDialog", "A verified backup was taken first: {path}").replace(
                "{path}", str(summary.backup)
            )
            + "</p>"
        )
    return text
