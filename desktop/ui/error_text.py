"""Errors in the user's language.

The services raise errors with an English ``message`` (what the command line
and the logs show) and, for the errors users meet most, a ``code`` and
``params``. ``error_text(exc)`` words a coded error from the template of its
code, translated in the context "Errors", filling its ``{placeholders}`` from
the params; a field the error names is shown as the screen labels it. An error
without a known code is shown in English, as it was raised. The templates of
agency update forms are in error_text_forms.py, those of imports in
error_text_import.py, each with those whose wording follows a count. A
file's error names the file, row and column in the user's language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.errors import ImportFileError, NmrfError
from desktop.services.permissions import Decision, PermissionDeniedError
from desktop.ui.error_text_forms import COUNT_PARAMS, FORM_TEMPLATES, Errors
from desktop.ui.error_text_import import (
    IMPORT_COUNT_PARAMS,
    IMPORT_TEMPLATES,
    NUMBER_PARAMS,
    import_counted,
    word_param,
)
from desktop.ui.i18n import QT_TRANSLATE_NOOP

# What each code says, with the placeholders its params fill (English source
# text; the translation is looked up when the error is shown).
TEMPLATES: dict[str, str] = {
    "field.required": QT_TRANSLATE_NOOP("Errors", "a value is required"),
    "field.too_long": QT_TRANSLATE_NOOP("Errors", "longer than {limit} characters"),
    "field.not_a_number": QT_TRANSLATE_NOOP("Errors", "not a number"),
    "field.out_of_range": QT_TRANSLATE_NOOP("Errors", "a number from {low} to {high}"),
    "field.unknown_choice": QT_TRANSLATE_NOOP("Errors", "{value} is not one of the choices"),
    "field.choice_gone": QT_TRANSLATE_NOOP(
        "Errors", "a value chosen no longer exists (deleted or merged meanwhile); choose again"
    ),
    "date.end_before_start": QT_TRANSLATE_NOOP("Errors", "ends before it starts"),
    "number.negative": QT_TRANSLATE_NOOP("Errors", "must be zero or more"),
    "number.too_large": QT_TRANSLATE_NOOP("Errors", "the number is too large"),
    "number.decimals": QT_TRANSLATE_NOOP("Errors", "has more than two decimals"),
    "currency.not_iso": QT_TRANSLATE_NOOP(
        "Errors", "the currency must be a three-letter ISO code (e.g. USD)"
    ),
    "plan.action_needs_lead": QT_TRANSLATE_NOOP(
        "Errors", "an action of an adopted plan needs a lead agency"
    ),
    "agency.name_taken": QT_TRANSLATE_NOOP("Errors", "there is already an agency called {name}"),
    "cluster.name_taken": QT_TRANSLATE_NOOP("Errors", "there is already a cluster called {name}"),
    "cluster.agencies_changed": QT_TRANSLATE_NOOP(
        "Errors", "someone else changed this cluster's agencies; reopen them"
    ),
    "field.title_taken": QT_TRANSLATE_NOOP("Errors", "another plan already has this title"),
    "field.listed_twice": QT_TRANSLATE_NOOP("Errors", "an agency is listed twice"),
    "field.named_twice": QT_TRANSLATE_NOOP("Errors", "{name} is listed twice"),
    "field.not_an_email": QT_TRANSLATE_NOOP("Errors", "{value} is not an e-mail address"),
    "agency.focal_point_elsewhere": QT_TRANSLATE_NOOP(
        "Errors", "the focal point chosen does not belong to that agency"
    ),
    "merge.choose_other": QT_TRANSLATE_NOOP(
        "Errors", "choose at least one other to merge into this one"
    ),
    "file.empty": QT_TRANSLATE_NOOP("Errors", "the file is empty"),
    "file.not_a_file": QT_TRANSLATE_NOOP("Errors", "not a file"),
    "file.too_large": QT_TRANSLATE_NOOP(
        "Errors", "the file is too large; evidence files may be at most {limit} MB"
    ),
    "file.unreadable": QT_TRANSLATE_NOOP("Errors", "cannot read the file: {reason}"),
    "date.in_future": QT_TRANSLATE_NOOP("Errors", "the date cannot be in the future"),
    "date.submitted_in_future": QT_TRANSLATE_NOOP(
        "Errors",
        "the submission date is in the future; mark the report submitted once it is sent",
    ),
    "date.submitted_too_early": QT_TRANSLATE_NOOP(
        "Errors",
        "the submission date is more than {years} years before the due date; check the year",
    ),
    "date.year_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "the year must be from {first} to {last}"
    ),
    "number.not_finite": QT_TRANSLATE_NOOP("Errors", "the value must be a finite number"),
    "number.too_many_digits": QT_TRANSLATE_NOOP(
        "Errors", "the value has more than 16 digits before the point"
    ),
    "number.too_many_decimals": QT_TRANSLATE_NOOP(
        "Errors", "the value has more than 4 decimal places"
    ),
    "indicator.target_before_baseline": QT_TRANSLATE_NOOP(
        "Errors", "the target year is before the baseline year"
    ),
    "progress.nothing_said": QT_TRANSLATE_NOOP(
        "Errors", "say what happened, change the status or attach evidence"
    ),
    "record.not_found": QT_TRANSLATE_NOOP(
        "Errors", "this record no longer exists; someone else deleted or merged it"
    ),
    "record.conflict": QT_TRANSLATE_NOOP(
        "Errors", "someone else changed this since you opened it; your changes were not saved"
    ),
    "form.changed_since_review": QT_TRANSLATE_NOOP(
        "Errors",
        "a record was changed in the database since the form was reviewed; nothing was "
        "applied. Review the file again",
    ),
    "form.row_changed_since_review": QT_TRANSLATE_NOOP(
        "Errors",
        "{reference} (row {row}) was changed in the database since the form was reviewed; "
        "nothing was applied. Review the file again",
    ),
    "merge.undo_impossible": QT_TRANSLATE_NOOP(
        "Errors", "the merge cannot be undone: the names were changed since"
    ),
    "recommendation.duplicate_reference": QT_TRANSLATE_NOOP(
        "Errors", "another recommendation of this document already has the reference {reference}"
    ),
    "recommendation.lead_and_support": QT_TRANSLATE_NOOP(
        "Errors", "an agency cannot both lead and support the same recommendation"
    ),
    "recommendation.source_of_other_mechanism": QT_TRANSLATE_NOOP(
        "Errors", "this document is not one of that mechanism's"
    ),
    "recommendation.delete_unarchived": QT_TRANSLATE_NOOP(
        "Errors", "only archived recommendations can be deleted; archive it first"
    ),
    "database.busy": QT_TRANSLATE_NOOP(
        "Errors",
        "another program is writing to this database; nothing was changed. Try again in a moment",
    ),
    "database.busy_conflict": QT_TRANSLATE_NOOP(
        "Errors",
        "another user changed the same records at the same moment; nothing was changed. Try again",
    ),
    "database.in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "another program has this database open; close NMRF Desk everywhere it uses this "
        "database, then restore. Nothing was changed",
    ),
    "database.read_only": QT_TRANSLATE_NOOP(
        "Errors", "the database is open read-only; nothing was changed"
    ),
    "database.folder_read_only": QT_TRANSLATE_NOOP(
        "Errors", "the database's folder is read-only; nothing was changed"
    ),
    "database.read_only_needs_upgrade": QT_TRANSLATE_NOOP(
        "Errors",
        "this database is read-only and was made by an earlier version of NMRF Desk: it "
        "must be upgraded, which cannot be done here. Copy it to a folder you can write "
        "to, or ask for write access",
    ),
    "database.read_only_wal": QT_TRANSLATE_NOOP(
        "Errors",
        "the database is read-only, and changes not yet folded into the file cannot be "
        "read here; copy the folder somewhere you can write to",
    ),
    "database.disk_full": QT_TRANSLATE_NOOP(
        "Errors", "the disk is full; nothing was changed. Free some space and try again"
    ),
    "permission.not_a_user": QT_TRANSLATE_NOOP(
        "Errors", "{login} is not a user of this database: you may read only"
    ),
    "permission.administrator_only": QT_TRANSLATE_NOOP(
        "Errors", "{login} ({role}): only an administrator may do this"
    ),
    "permission.archive_instead": QT_TRANSLATE_NOOP(
        "Errors", "{login} ({role}): only an administrator may delete for good; archive it instead"
    ),
    "permission.reader": QT_TRANSLATE_NOOP(
        "Errors", "{login} ({role}): readers may read, search, export and make reports"
    ),
    "permission.agency_scope": QT_TRANSLATE_NOOP(
        "Errors",
        "{login} ({role}): focal points record progress, evidence, measurements and the "
        "status and dates of their agency's actions and recommendations",
    ),
    "permission.agency_fields": QT_TRANSLATE_NOOP(
        "Errors",
        "{login} ({role}): focal points record progress, evidence, measurements and the "
        "status and dates of their agency's actions and recommendations (not {fields})",
    ),
    "permission.other_agency": QT_TRANSLATE_NOOP(
        "Errors", "{login} ({role}): this is not the work of their agency"
    ),
}
TEMPLATES.update(FORM_TEMPLATES)
TEMPLATES.update(IMPORT_TEMPLATES)
_COUNTED = {**COUNT_PARAMS, **IMPORT_COUNT_PARAMS}

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def placeholders(template: str) -> set[str]:
    """The names between braces in ``template``."""
    return set(_PLACEHOLDER.findall(template))


# Params that are counts or row numbers: written with the locale's digits and separators.
_NUMBERS = {"length", "row"} | NUMBER_PARAMS


def _param_text(name: str, value: object) -> str:
    if name == "role":
        # Imported here: the audit's labels are not needed before a role is named.
        from desktop.ui.audit_labels import role_label

        return role_label(str(value))
    word = word_param(name, value)
    if word is not None:
        return word
    if name in _NUMBERS and isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    return str(value)


def _counted(code: str, params: Mapping[str, object]) -> str | None:
    """The template of a code whose wording follows a count, filled in."""
    name = _COUNTED[code]
    count = params.get(name)
    if not isinstance(count, int) or isinstance(count, bool):
        return None
    translated = Errors().counted(code, count) or import_counted(code, count)
    others = set(params) - {name}
    if translated is None or placeholders(translated) != others:
        return None  # a broken translation: the English message is better than a gap
    return _PLACEHOLDER.sub(lambda m: _param_text(m.group(1), params[m.group(1)]), translated)


def _translated(code: str | None, params: Mapping[str, object]) -> str | None:
    if code in _COUNTED:
        return _counted(code, params)
    template = TEMPLATES.get(code or "")
    if template is None:
        return None
    wanted = placeholders(template)
    if not wanted <= set(params):
        return None
    translated = QCoreApplication.translate("Errors", template)
    if placeholders(translated) != wanted:
        translated = template  # a broken translation: the English is better than a gap
    return _PLACEHOLDER.sub(lambda m: _param_text(m.group(1), params[m.group(1)]), translated)


def coded_text(code: str | None, params: Mapping[str, object], fallback: str) -> str:
    """The template of ``code`` in the user's language with ``params`` filled
    in; ``fallback`` when the code is unknown or a placeholder has no param."""
    text = _translated(code, params)
    return fallback if text is None else text


def error_message(exc: Exception) -> str:
    """What is wrong, without the place: the code's template when known."""
    if not isinstance(exc, NmrfError):
        return str(exc) or type(exc).__name__
    text = _translated(exc.code, exc.params)
    if text is None:
        return exc.message
    if isinstance(exc, PermissionDeniedError):
        return (
            QCoreApplication.translate("Errors", "Not allowed: {reason}; nothing was changed")
        ).replace("{reason}", text)
    return text


def error_text(exc: Exception, field_names: Mapping[str, str] | None = None) -> str:
    """``Field: what is wrong``: the field, row or file the error names (as the
    screen labels it, when ``field_names`` has it), then the message in the
    user's language."""
    message = error_message(exc)
    if not isinstance(exc, NmrfError):
        return message
    where = exc.where or ""
    label = (field_names or {}).get(where)
    if label is None and isinstance(exc, ImportFileError):
        label = file_location(exc.file, exc.row, exc.column)
    return located(where if label is None else label, message)


def file_location(file: str, row: int | None = None, column: str | None = None) -> str:
    """``file, row 12, column "Text"`` in the user's language."""
    if row is None and column is None:
        return file
    if column is None:
        template = QCoreApplication.translate("Errors", "{file}, row {row}")
    elif row is None:
        template = QCoreApplication.translate("Errors", '{file}, column "{column}"')
    else:
        template = QCoreApplication.translate("Errors", '{file}, row {row}, column "{column}"')
    values = {"file": file, "row": "" if row is None else QLocale().toString(row)}
    values["column"] = column or ""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def located(place: str | None, message: str) -> str:
    """``place: message`` with the punctuation of the user's language."""
    if not place:
        return message
    joined = QCoreApplication.translate("Errors", "{place}: {message}")
    if placeholders(joined) != {"place", "message"}:
        joined = "{place}: {message}"
    return joined.replace("{place}", place).replace("{message}", message)


def decision_text(decision: Decision) -> str:
    """Why a role may not do something, in the user's language."""
    return coded_text(decision.code, decision.params, decision.reason)
