"""What the errors of agency update forms say (making them, reading and
reviewing returned ones), for desktop/ui/error_text.py: templates by code in
the context "Errors", and the templates whose wording follows a count."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.ui.i18n import QT_TRANSLATE_NOOP

FORM_TEMPLATES: dict[str, str] = {
    "form.not_xlsx": QT_TRANSLATE_NOOP("Errors", "this is not an Excel workbook (.xlsx)"),
    "form.office_not_excel": QT_TRANSLATE_NOOP(
        "Errors", "the file is an Office package but not an Excel workbook"
    ),
    "form.no_manifest": QT_TRANSLATE_NOOP(
        "Errors", "the workbook is not an update form made by NMRF Desk (it has no manifest)"
    ),
    "form.not_a_form": QT_TRANSLATE_NOOP(
        "Errors", "the workbook is not an update form made by NMRF Desk"
    ),
    "form.manifest_damaged": QT_TRANSLATE_NOOP(
        "Errors", "the form's hidden manifest is damaged ({reason})"
    ),
    "form.damaged": QT_TRANSLATE_NOOP("Errors", "the workbook is damaged ({reason})"),
    "form.no_sheet": QT_TRANSLATE_NOOP("Errors", "the workbook has no sheet “{sheet}”"),
    "form.signature_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "the form's signature does not match: it was made from another database, or its "
        "hidden manifest was changed; nothing was read from it",
    ),
    "form.record_gone": QT_TRANSLATE_NOOP(
        "Errors", "this form's record is no longer in the database (deleted?)"
    ),
    "form.other_agency": QT_TRANSLATE_NOOP(
        "Errors", "the form names another agency than the one it was sent to"
    ),
    "form.row_added": QT_TRANSLATE_NOOP(
        "Errors", "a row the form did not have (rows cannot be added)"
    ),
    "form.read_only_changed": QT_TRANSLATE_NOOP(
        "Errors", "a read-only cell was changed; the row is not taken in"
    ),
    "form.recommendation_gone": QT_TRANSLATE_NOOP(
        "Errors", "the recommendation is no longer in the register"
    ),
    "form.action_gone": QT_TRANSLATE_NOOP("Errors", "the action is no longer in the register"),
    "form.indicator_gone": QT_TRANSLATE_NOOP(
        "Errors", "the indicator is no longer in the register"
    ),
    "form.recommendation_not_assigned": QT_TRANSLATE_NOOP(
        "Errors", "the recommendation is not assigned to {agency}"
    ),
    "form.action_not_assigned": QT_TRANSLATE_NOOP(
        "Errors", "the action is not assigned to {agency}"
    ),
    "form.indicator_not_assigned": QT_TRANSLATE_NOOP(
        "Errors", "the indicator is not assigned to {agency}"
    ),
    "form.formula_error": QT_TRANSLATE_NOOP("Errors", "the cell holds a formula error ({value})"),
    "form.not_a_status": QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a status of the list ({choices})"
    ),
    "form.not_a_number": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a number"),
    "form.number_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a number within range"
    ),
    "form.not_a_date": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date (YYYY-MM-DD)"),
    "form.date_in_future": QT_TRANSLATE_NOOP("Errors", "{date} is in the future"),
    "form.date_too_early": QT_TRANSLATE_NOOP("Errors", "{date} is too early"),
    "form.value_missing": QT_TRANSLATE_NOOP(
        "Errors", "give the value (a date or source alone is not taken in)"
    ),
    "form.date_missing": QT_TRANSLATE_NOOP("Errors", "give the date of the value"),
    "form.no_language": QT_TRANSLATE_NOOP(
        "Errors", "there is no form language {language} (one of {languages})"
    ),
    "form.deadline_past": QT_TRANSLATE_NOOP("Errors", "the deadline is already past"),
    "form.no_folder": QT_TRANSLATE_NOOP("Errors", "the folder does not exist"),
    "form.write_not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "you may not write in this folder; choose another"
    ),
    "form.disk_full": QT_TRANSLATE_NOOP(
        "Errors", "the disk is full; free some space and try again"
    ),
    "form.cannot_write": QT_TRANSLATE_NOOP("Errors", "cannot write the file: {reason}"),
}

COUNT_PARAMS: dict[str, str] = {
    "form.text_too_long": "limit",
    "form.items_not_in_review": "count",
}
"""The codes whose wording follows a count: the param that holds it."""


class Errors(QObject):
    """Words the templates with a count (the class's name is the context of
    their translations, as of the other templates)."""

    def counted(self, code: str, count: int) -> str | None:
        """The template of ``code`` for ``count`` in the user's language, the
        count written in (``%Ln``); None for a code without a count."""
        templates = {
            "form.text_too_long": self.tr(
                "longer than %Ln character(s) (it has {length})", "", count
            ),
            "form.items_not_in_review": self.tr(
                "%Ln item(s) not in the review: {items}", "", count
            ),
        }
        return templates.get(code)
