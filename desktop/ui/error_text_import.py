"""What the errors of recommendation imports say (a file refused, a row
refused), for desktop/ui/error_text.py: templates by code in the context
"Errors", the templates whose wording follows a count, and the words some
params hold (a kind of file, a field of a recommendation), in the user's
language. A param holding what a library said (``reason``) is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop.ui.i18n import QT_TRANSLATE_NOOP

IMPORT_TEMPLATES: dict[str, str] = {
    # The file as a whole.
    "import.no_file": QT_TRANSLATE_NOOP("Errors", "the file does not exist"),
    "import.unreadable": QT_TRANSLATE_NOOP("Errors", "the file cannot be read ({reason})"),
    "import.folder": QT_TRANSLATE_NOOP("Errors", "this is a folder, not a file"),
    "import.too_large": QT_TRANSLATE_NOOP(
        "Errors", "the file is {size_mb} MB; files over {limit_mb} MB are not imported"
    ),
    "import.other_kind": QT_TRANSLATE_NOOP(
        "Errors", "this is {kind}, not a file that can be imported"
    ),
    "import.word_not_thematic": QT_TRANSLATE_NOOP(
        "Errors",
        "this Word document holds no OHCHR thematic list of recommendations (a table "
        "whose first row reads Recommendation | Position | …)",
    ),
    "import.zip_not_office": QT_TRANSLATE_NOOP(
        "Errors", "this zip file is neither an Excel workbook nor a Word document"
    ),
    "import.not_importable": QT_TRANSLATE_NOOP(
        "Errors",
        "this is neither a spreadsheet (XLSX or CSV with column headers) nor an OHCHR "
        "thematic list; it cannot be imported",
    ),
    "import.needs_mapping": QT_TRANSLATE_NOOP(
        "Errors", "this spreadsheet is in no official format: import it with a column mapping"
    ),
    "import.no_recommendations": QT_TRANSLATE_NOOP("Errors", "the file holds no recommendations"),
    "import.not_written": QT_TRANSLATE_NOOP(
        "Errors", "the import could not be written, nothing was changed ({reason})"
    ),
    # Zip packages (XLSX, DOCX).
    "import.damaged_zip": QT_TRANSLATE_NOOP(
        "Errors", "the file is damaged or truncated and cannot be opened ({reason})"
    ),
    "import.compression": QT_TRANSLATE_NOOP(
        "Errors", "the file uses an unsupported compression ({reason})"
    ),
    "import.unpacks_too_large": QT_TRANSLATE_NOOP(
        "Errors", "the file unpacks to more than {limit_gb} GB (a zip bomb?); not imported"
    ),
    "import.zip_bomb_ratio": QT_TRANSLATE_NOOP(
        "Errors", "the part {part} is compressed {ratio} to 1 (a zip bomb?); not imported"
    ),
    "import.xml_entities": QT_TRANSLATE_NOOP(
        "Errors",
        "the part {part} declares XML entities or is not XML; Office documents never do, "
        "so it is not imported",
    ),
    "import.office_not_zip": QT_TRANSLATE_NOOP(
        "Errors", "the file is not a valid Office document (it is not a zip package)"
    ),
    "import.office_not_excel": QT_TRANSLATE_NOOP(
        "Errors", "the file is an Office package but not an Excel workbook"
    ),
    # Text (CSV) files.
    "import.bad_encoding": QT_TRANSLATE_NOOP(
        "Errors", "the text is not valid {encoding} at byte {byte}"
    ),
    "import.binary": QT_TRANSLATE_NOOP("Errors", "the file holds binary data, not text"),
    "import.unknown_encoding": QT_TRANSLATE_NOOP(
        "Errors", "the file's character encoding cannot be recognised"
    ),
    "import.csv_unreadable": QT_TRANSLATE_NOOP("Errors", "the CSV cannot be read: {reason}"),
    # Sheets and their header rows.
    "import.no_rows": QT_TRANSLATE_NOOP("Errors", "the file has no rows"),
    "import.no_sheet": QT_TRANSLATE_NOOP("Errors", "the workbook has no sheet"),
    "import.no_such_sheet": QT_TRANSLATE_NOOP("Errors", 'the workbook has no sheet "{sheet}"'),
    "import.sheet_no_rows": QT_TRANSLATE_NOOP("Errors", "the sheet has no rows"),
    "import.workbook_damaged": QT_TRANSLATE_NOOP("Errors", "the workbook is damaged ({reason})"),
    "import.sheet_damaged": QT_TRANSLATE_NOOP("Errors", "the sheet is damaged ({reason})"),
    "import.no_headers": QT_TRANSLATE_NOOP("Errors", "the first row has no column headers"),
    "import.header_twice": QT_TRANSLATE_NOOP(
        "Errors", 'the column header "{header}" appears twice'
    ),
    "import.columns_missing": QT_TRANSLATE_NOOP(
        "Errors", "this is not {kind}: the columns {names} are missing"
    ),
    "import.mapping_columns_missing": QT_TRANSLATE_NOOP(
        "Errors", "the mapping names columns this file does not have: {names}"
    ),
    # What is checked before a workbook is opened.
    "import.two_kinds": QT_TRANSLATE_NOOP(
        "Errors",
        "the file is an Excel workbook and another kind of spreadsheet (OpenDocument or "
        "XLSB) at once; it is not read",
    ),
    "import.sheet_no_part": QT_TRANSLATE_NOOP(
        "Errors", 'the workbook is damaged (the sheet "{sheet}" has no part)'
    ),
    "import.part_twice": QT_TRANSLATE_NOOP(
        "Errors", "the workbook is damaged (it holds the part {part} twice)"
    ),
    "import.part_too_large": QT_TRANSLATE_NOOP(
        "Errors", "the workbook is damaged (its part {part} is over {limit_mb} MB)"
    ),
    "import.part_character_references": QT_TRANSLATE_NOOP(
        "Errors", "the workbook is damaged (its part {part} names parts with character references)"
    ),
    "import.part_not_xml": QT_TRANSLATE_NOOP(
        "Errors", "the workbook is damaged (its part {part} is not well-formed XML: {reason})"
    ),
    "import.no_package_relationships": QT_TRANSLATE_NOOP(
        "Errors", "the workbook is damaged (it has no package relationships)"
    ),
    "import.no_workbook_part": QT_TRANSLATE_NOOP(
        "Errors", "the workbook is damaged (it names no workbook part)"
    ),
    "import.no_workbook_relationships": QT_TRANSLATE_NOOP(
        "Errors", "the workbook is damaged (it has no workbook relationships)"
    ),
    "import.a_sheet_has_no_part": QT_TRANSLATE_NOOP(
        "Errors", "the workbook is damaged (a sheet has no part)"
    ),
    "import.bad_cell_reference": QT_TRANSLATE_NOOP(
        "Errors", 'the sheet "{sheet}" is damaged: "{reference}" is not a cell reference'
    ),
    "import.sheet_not_xml": QT_TRANSLATE_NOOP(
        "Errors", 'the sheet "{sheet}" is damaged (its XML is not well-formed: {reason})'
    ),
    "import.cell_too_far": QT_TRANSLATE_NOOP(
        "Errors",
        'the sheet "{sheet}" has a value in cell {cell}, beyond the last row ({rows}) or '
        "column ({column}) a spreadsheet can have",
    ),
    # Word documents (thematic lists).
    "import.old_word": QT_TRANSLATE_NOOP(
        "Errors", "this is an old Word .doc file; open it in Word and save it as .docx"
    ),
    "import.not_word": QT_TRANSLATE_NOOP(
        "Errors", "the file is not a Word document or is damaged ({reason})"
    ),
    "import.no_table": QT_TRANSLATE_NOOP(
        "Errors",
        'the document has no table; expected a table headed "{header_2_3}" (2nd and 3rd '
        'cycles) or "{header_4}" (4th cycle)',
    ),
    "import.not_thematic": QT_TRANSLATE_NOOP(
        "Errors",
        "this is not an OHCHR thematic list of recommendations: expected a table headed "
        '"{header_2_3}" (2nd and 3rd cycles) or "{header_4}" (4th cycle), not "{first}"',
    ),
    # Rows refused.
    "import.text_empty": QT_TRANSLATE_NOOP("Errors", "the recommendation text is empty"),
    "import.mechanism_empty": QT_TRANSLATE_NOOP("Errors", "the mechanism is empty"),
    "import.body_empty": QT_TRANSLATE_NOOP("Errors", "the recommending body is empty"),
    "import.not_annotation_id": QT_TRANSLATE_NOOP("Errors", '"{value}" is not an annotation id'),
    "import.annotation_twice": QT_TRANSLATE_NOOP(
        "Errors", "the same annotation id as row {first_row}"
    ),
    "import.position_unknown": QT_TRANSLATE_NOOP("Errors", 'the position "{value}" is not known'),
    "import.position_not_recognised": QT_TRANSLATE_NOOP(
        "Errors",
        'the position "{value}" is not recognised (expected Supported, Supported in part, '
        "Noted or Pending)",
    ),
    "import.response_unknown": QT_TRANSLATE_NOOP("Errors", 'the response "{value}" is not known'),
    "import.action_category": QT_TRANSLATE_NOOP(
        "Errors", 'the action category "{value}" is not 1–5'
    ),
    "import.cycle_not_number": QT_TRANSLATE_NOOP(
        "Errors", 'the cycle "{value}" is not a number 1–9'
    ),
    "import.not_one_of": QT_TRANSLATE_NOOP("Errors", '"{value}" is not one of: {choices}'),
    "import.not_yes_no": QT_TRANSLATE_NOOP("Errors", '"{value}" is neither yes nor no'),
    "import.same_as_row": QT_TRANSLATE_NOOP("Errors", "the same recommendation as row {first_row}"),
    "import.same_as_earlier": QT_TRANSLATE_NOOP(
        "Errors", "the same recommendation as an earlier row of the file"
    ),
    "import.theme_too_long": QT_TRANSLATE_NOOP("Errors", "a theme is longer than 300 characters"),
    "import.no_paragraph": QT_TRANSLATE_NOOP(
        "Errors", "no paragraph number at the start of the recommendation"
    ),
    "import.paragraph_no_text": QT_TRANSLATE_NOOP(
        "Errors", "paragraph {paragraph} has no recommendation text"
    ),
    "import.paragraph_twice": QT_TRANSLATE_NOOP(
        "Errors",
        "paragraph {paragraph} appears twice with different texts (first at row {first_row})",
    ),
    # Column mappings.
    "mapping.no_name": QT_TRANSLATE_NOOP("Errors", "give the mapping a name"),
    "mapping.no_text": QT_TRANSLATE_NOOP("Errors", "choose the column that holds the text"),
    "mapping.no_mechanism": QT_TRANSLATE_NOOP(
        "Errors", "choose the column that holds the mechanism, or one mechanism for every row"
    ),
    "mapping.built_in": QT_TRANSLATE_NOOP("Errors", "this name belongs to the built-in mapping"),
    "mapping.name_too_long": QT_TRANSLATE_NOOP("Errors", "the mapping name is too long"),
}

IMPORT_COUNT_PARAMS: dict[str, str] = {
    "import.too_many_parts": "parts",
    "import.cell_too_long": "characters",
    "import.row_cell_too_long": "characters",
    "import.cell_over_limit": "maximum",
    "import.texts_declared": "texts",
    "import.too_many_texts": "texts",
    "import.too_many_cells": "cells",
    "import.sheet_too_large": "rows",
    "import.sheet_too_large_declared": "rows",
    "import.field_too_long": "maximum",
    "import.value_too_long": "maximum",
}
"""The codes whose wording follows a count: the param that holds it."""

NUMBER_PARAMS = frozenset(
    {"size_mb", "limit_mb", "limit_gb", "ratio", "byte", "maximum", "rows", "columns", "first_row"}
)
"""Params that are numbers: written with the locale's digits and separators."""


class Errors(QObject):
    """Words the import templates with a count (the class's name is the
    context of their translations, as of the other templates)."""

    def counted(self, code: str, count: int) -> str | None:
        """The template of ``code`` for ``count`` in the user's language, the
        count written in (``%Ln``); None for a code without a count."""
        templates = {
            "import.too_many_parts": self.tr(
                "the file holds %Ln part(s); this is not an Office document", "", count
            ),
            "import.cell_too_long": self.tr(
                "a cell holds %Ln character(s) (at most {maximum})", "", count
            ),
            "import.row_cell_too_long": self.tr(
                "the cell holds %Ln character(s) (at most {maximum})", "", count
            ),
            "import.cell_over_limit": self.tr("a cell holds more than %Ln character(s)", "", count),
            "import.texts_declared": self.tr(
                "the workbook says it holds %Ln different text(s), more than its part for "
                "texts can hold; it is damaged or not a real workbook",
                "",
                count,
            ),
            "import.too_many_texts": self.tr(
                "the workbook holds more than %Ln different text(s); a workbook of "
                "recommendations never does",
                "",
                count,
            ),
            "import.too_many_cells": self.tr(
                'the sheet "{sheet}" holds more than %Ln cell(s); a sheet of recommendations '
                "is never that large",
                "",
                count,
            ),
            "import.sheet_too_large": self.tr(
                'the sheet "{sheet}" has values as far as cell {cell}: %Ln row(s) × {columns} '
                "columns; a sheet of recommendations is never that large",
                "",
                count,
            ),
            "import.sheet_too_large_declared": self.tr(
                'the sheet "{sheet}" has values as far as cell {cell} (it declares '
                "{dimension}): %Ln row(s) × {columns} columns; a sheet of recommendations is "
                "never that large",
                "",
                count,
            ),
            "import.field_too_long": self.tr(
                "the {field} is longer than %Ln character(s)", "", count
            ),
            "import.value_too_long": self.tr(
                "a value of {field} is longer than %Ln character(s)", "", count
            ),
        }
        return templates.get(code)


def import_counted(code: str, count: int) -> str | None:
    """The import template of ``code`` for ``count`` in the user's language."""
    return Errors().counted(code, count)


_KINDS = {
    "a PDF document": QT_TRANSLATE_NOOP("Errors", "a PDF document"),
    "an old Office file (.xls/.doc); save it as .xlsx, .docx or .csv": QT_TRANSLATE_NOOP(
        "Errors", "an old Office file (.xls/.doc); save it as .xlsx, .docx or .csv"
    ),
    "an image": QT_TRANSLATE_NOOP("Errors", "an image"),
    "a database": QT_TRANSLATE_NOOP("Errors", "a database"),
    "an RTF document": QT_TRANSLATE_NOOP("Errors", "an RTF document"),
    "a UHRI export": QT_TRANSLATE_NOOP("Errors", "a UHRI export"),
    "a UPR Info export": QT_TRANSLATE_NOOP("Errors", "a UPR Info export"),
}
"""The kinds of file an import names (``kind``), by their English words."""

_FIELDS = {
    "reference": QT_TRANSLATE_NOOP("Errors", "reference"),
    "paragraph": QT_TRANSLATE_NOOP("Errors", "paragraph"),
    "source_symbol": QT_TRANSLATE_NOOP("Errors", "source symbol"),
    "session": QT_TRANSLATE_NOOP("Errors", "session"),
    "country": QT_TRANSLATE_NOOP("Errors", "country"),
    "text_language": QT_TRANSLATE_NOOP("Errors", "text language"),
    "annotation_id": QT_TRANSLATE_NOOP("Errors", "annotation id"),
    "annotation_type": QT_TRANSLATE_NOOP("Errors", "annotation type"),
    "mechanism_code": QT_TRANSLATE_NOOP("Errors", "mechanism code"),
    "cluster": QT_TRANSLATE_NOOP("Errors", "cluster"),
    "recommending_states": QT_TRANSLATE_NOOP("Errors", "recommending states"),
    "affected_persons": QT_TRANSLATE_NOOP("Errors", "affected persons"),
    "upr_info_issues": QT_TRANSLATE_NOOP("Errors", "UPR Info issues"),
}
"""The fields of an imported recommendation a row names (``field``)."""


def word_param(name: str, value: object) -> str | None:
    """A param that holds a word of the program (a kind of file, a field) in
    the user's language; None for any other param."""
    table = {"kind": _KINDS, "field": _FIELDS}.get(name)
    if table is None:
        return None
    source = table.get(str(value))
    return str(value) if source is None else QCoreApplication.translate("Errors", source)
