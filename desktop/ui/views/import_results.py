"""What the import dialog shows of a dry run (the preview) and of an import
(the summary): the file's format, the counts, the first rows as they will be
stored, the rejected rows with their reasons, and the names created. Its
strings keep the dialog's translation context ("ImportDialog")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.services.importing.records import ImportFormat
from desktop.services.importing.service import ImportSummary
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


def counts_text(summary: ImportSummary) -> str:
    n = QLocale().toString
    return (
        translate(
            "ImportDialog",
            "{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected",
        )
        .replace("{new}", n(summary.new))
        .replace("{updated}", n(summary.updated))
        .replace("{unchanged}", n(summary.unchanged))
        .replace("{rejected}", n(len(summary.rejected)))
    )


def preview_heading(summary: ImportSummary) -> str:
    return (
        translate("ImportDialog", "<b>{file}</b>: {format}, {rows} rows read.<br>{counts}")
        .replace("{file}", summary.file)
        .replace("{format}", format_label(summary.format))
        .replace("{rows}", QLocale().toString(summary.rows_read))
        .replace("{counts}", counts_text(summary))
    )


def rejected_heading(summary: ImportSummary) -> str:
    return translate("ImportDialog", "Rejected rows ({count}): they will not be imported.").replace(
        "{count}", QLocale().toString(len(summary.rejected))
    )


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
    return [
        [QLocale().toString(problem.row), problem.column or "", problem.reason]
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


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    """``rows`` in ``table``, each cell's whole text also its tooltip."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = QTableWidgetItem(value)
            cell.setToolTip(value)
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
