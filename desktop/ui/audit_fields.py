"""The fields an audit entry names, in words: each column of each audited kind
of record ("agency_id" of an assignment is "Agency"), and their old and new
values as the user reads them (codes translated, dates in the user's locale,
ids as the names of the records they point at, States in the user's language)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.services.audit import AuditRow
from desktop.services.audit_names import RecordNames, reference_table
from desktop.services.audit_states import STATE_FIELDS
from desktop.ui.audit_codes import bulk_code, coded_value
from desktop.ui.i18n import locale_digits

translate = QCoreApplication.translate


def _labels() -> dict[str, str]:
    return {
        "name": translate("AuditFields", "Name"),
        "filter_json": translate("AuditFields", "Filters"),
        "sort_column": translate("AuditFields", "Sorted by"),
        "sort_descending": translate("AuditFields", "Sorted in descending order"),
        "indicator_id": translate("AuditFields", "Indicator"),
        "indicator": translate("AuditFields", "Indicator"),
        "measured_on": translate("AuditFields", "Measured on"),
        "value": translate("AuditFields", "Value"),
        "source": translate("AuditFields", "Source"),
        "note": translate("AuditFields", "Note"),
        "source_form": translate("AuditFields", "From an agency form"),
        "source_sha256": translate("AuditFields", "Form file fingerprint (SHA-256)"),
        "name_key": translate("AuditFields", "Name as compared"),
        "builtin": translate("AuditFields", "Built in"),
        "description": translate("AuditFields", "Description"),
        "priority": translate("AuditFields", "Priority"),
        "priority_rationale": translate("AuditFields", "Priority rationale"),
        "action_id": translate("AuditFields", "Action"),
        "action": translate("AuditFields", "Action"),
        "recommendation_id": translate("AuditFields", "Recommendation"),
        "reported_on": translate("AuditFields", "Reported on"),
        "new_status": translate("AuditFields", "New status"),
        "narrative": translate("AuditFields", "Progress made"),
        "agency_id": translate("AuditFields", "Agency"),
        "agency": translate("AuditFields", "Agency"),
        "reporter": translate("AuditFields", "Reported by"),
        "key": translate("AuditFields", "Setting"),
        "code": translate("AuditFields", "Code"),
        "kind": translate("AuditFields", "Kind"),
        "name_zh": translate("AuditFields", "Name in Chinese"),
        "sort_order": translate("AuditFields", "Position in the list"),
        "goal_id": translate("AuditFields", "SDG goal"),
        "goal": translate("AuditFields", "SDG goal"),
        "title": translate("AuditFields", "Title"),
        "country_id": translate("AuditFields", "Country"),
        "country": translate("AuditFields", "Country"),
        "alias": translate("AuditFields", "Other name"),
        "email": translate("AuditFields", "E-mail"),
        "phone": translate("AuditFields", "Telephone"),
        "primary": translate("AuditFields", "Main focal point"),
        "mechanism_id": translate("AuditFields", "Mechanism"),
        "mechanism": translate("AuditFields", "Mechanism"),
        "symbol": translate("AuditFields", "Document symbol"),
        "cycle": translate("AuditFields", "UPR cycle"),
        "session": translate("AuditFields", "Session"),
        "document_date": translate("AuditFields", "Document date"),
        "language": translate("AuditFields", "Language"),
        "response_symbol": translate("AuditFields", "Source of the position"),
        "report_kind": translate("AuditFields", "Kind of report"),
        "due_date": translate("AuditFields", "Due date"),
        "submitted_on": translate("AuditFields", "Submitted on"),
        "notes": translate("AuditFields", "Notes"),
        "iso2": translate("AuditFields", "Country code"),
        "observer": translate("AuditFields", "Observer State"),
        "held_on": translate("AuditFields", "Held on"),
        "other_participants": translate("AuditFields", "Other participants"),
        "summary": translate("AuditFields", "Summary"),
        "progress_update_id": translate("AuditFields", "Progress update"),
        "progress_update": translate("AuditFields", "Progress update"),
        "consultation_id": translate("AuditFields", "Consultation"),
        "consultation": translate("AuditFields", "Consultation"),
        "file_name": translate("AuditFields", "File name"),
        "media_type": translate("AuditFields", "Type of file"),
        "size": translate("AuditFields", "Size"),
        "sha256": translate("AuditFields", "Fingerprint (SHA-256)"),
        "content": translate("AuditFields", "Content"),
        "path": translate("AuditFields", "Stored at"),
        "source_id": translate("AuditFields", "Document"),
        "reference": translate("AuditFields", "Reference"),
        "paragraph": translate("AuditFields", "Paragraph"),
        "annotation_id": translate("AuditFields", "OHCHR annotation id"),
        "annotation_type": translate("AuditFields", "Annotation type"),
        "text": translate("AuditFields", "Text"),
        "text_language": translate("AuditFields", "Language of the text"),
        "response": translate("AuditFields", "Response (position)"),
        "action_category": translate("AuditFields", "Action category"),
        "needs_parliament": translate("AuditFields", "Needs parliament"),
        "status": translate("AuditFields", "Status"),
        "cluster_id": translate("AuditFields", "Cluster"),
        "cluster": translate("AuditFields", "Cluster"),
        "clusters": translate("AuditFields", "Clusters"),
        "archived": translate("AuditFields", "Archived"),
        "sort_key": translate("AuditFields", "Reference as sorted"),
        "reference_key": translate("AuditFields", "Reference as compared"),
        "number": translate("AuditFields", "Number"),
        "title_zh": translate("AuditFields", "Title in Chinese"),
        "period_start": translate("AuditFields", "Start of the period"),
        "period_end": translate("AuditFields", "End of the period"),
        "adoption_date": translate("AuditFields", "Adopted on"),
        "decision_reference": translate("AuditFields", "Decision adopting it"),
        "national_plan_reference": translate("AuditFields", "National plan it belongs to"),
        "login": translate("AuditFields", "Login"),
        "role": translate("AuditFields", "Role"),
        "active": translate("AuditFields", "Active"),
        "focal_point_id": translate("AuditFields", "Focal point"),
        "focal_point": translate("AuditFields", "Focal point"),
        "acronym": translate("AuditFields", "Acronym"),
        "parent_id": translate("AuditFields", "Part of"),
        "parent": translate("AuditFields", "Part of"),
        "deadline": translate("AuditFields", "Deadline"),
        "sent_at": translate("AuditFields", "Sent"),
        "rows": translate("AuditFields", "Rows"),
        "returned_at": translate("AuditFields", "Returned"),
        "returned_sha256": translate("AuditFields", "Returned file fingerprint (SHA-256)"),
        "applied_json": translate("AuditFields", "Changes applied"),
        "plan_id": translate("AuditFields", "Plan"),
        "plan": translate("AuditFields", "Plan"),
        "start_date": translate("AuditFields", "Start date"),
        "estimated_cost": translate("AuditFields", "Estimated cost"),
        "currency": translate("AuditFields", "Currency"),
        "funding_source": translate("AuditFields", "Funding source"),
        "within_existing_budget": translate("AuditFields", "Within the existing budget"),
        "unit": translate("AuditFields", "Unit"),
        "baseline_value": translate("AuditFields", "Baseline"),
        "baseline_year": translate("AuditFields", "Baseline year"),
        "target_value": translate("AuditFields", "Target"),
        "target_year": translate("AuditFields", "Target year"),
        "data_source": translate("AuditFields", "Source of the data"),
        "frequency": translate("AuditFields", "Reporting frequency"),
        "data_agency_id": translate("AuditFields", "Agency providing the data"),
        "source_document": translate("AuditFields", "Document"),
        "themes": translate("AuditFields", "Themes"),
        "affected_persons": translate("AuditFields", "Affected persons"),
        "sdg_targets": translate("AuditFields", "SDG targets"),
        "sdg_goals": translate("AuditFields", "SDG goals"),
        "upr_info_issues": translate("AuditFields", "UPR Info issues"),
        "recommending_states": translate("AuditFields", "Recommending States"),
        "recommendations": translate("AuditFields", "Recommendations"),
        "format": translate("AuditFields", "File format"),
        "new": translate("AuditFields", "New records"),
        "updated": translate("AuditFields", "Records updated"),
        "rejected": translate("AuditFields", "Rows refused"),
        "items": translate("AuditFields", "Items applied"),
    }


def _entity_labels() -> dict[tuple[str, str], str]:
    """Fields whose meaning depends on the kind of record."""
    return {
        ("recommendation", "status"): translate("AuditFields", "Implementation status"),
        ("action", "status"): translate("AuditFields", "Action status"),
        ("implementation_plan", "status"): translate("AuditFields", "Plan status"),
        ("update_form", "status"): translate("AuditFields", "Form status"),
        ("agency", "kind"): translate("AuditFields", "Type of agency"),
        ("mechanism", "kind"): translate("AuditFields", "Type of mechanism"),
        ("indicator", "kind"): translate("AuditFields", "Type of indicator"),
        ("consultation", "kind"): translate("AuditFields", "Kind of consultation"),
        ("assignment", "role"): translate("AuditFields", "Lead or supporting"),
        ("app_user", "agency_id"): translate("AuditFields", "Agency of the focal point"),
        ("measurement", "source"): translate("AuditFields", "Source of the figure"),
        ("setting", "value"): translate("AuditFields", "Setting's value"),
        ("update_form", "rows"): translate("AuditFields", "Rows in the form"),
        ("update_form", "file_name"): translate("AuditFields", "Form file"),
        ("file", "rows"): translate("AuditFields", "Rows read"),
    }


def _bulk_labels() -> dict[str, str]:
    """What a bulk change's value is, by the kind of bulk change."""
    return {
        "priority": translate("AuditFields", "Priority"),
        "status": translate("AuditFields", "Implementation status"),
        "cluster": translate("AuditFields", "Cluster"),
        "archive": translate("AuditFields", "Archived"),
        "assign_agency": translate("AuditFields", "Agency"),
        "add_themes": translate("AuditFields", "Themes added"),
        "add_sdg_targets": translate("AuditFields", "SDG targets added"),
    }


def field_label(row: AuditRow | None, key: str) -> str:
    """Field ``key`` of the entry ``row`` in words (``row`` None: any kind of record)."""
    if row is not None:
        if row.action == "bulk" and key == "value":
            return _words().bulk.get(bulk_code(row), translate("AuditFields", "Value"))
        if row.action == "bulk" and key == "role":
            return translate("AuditFields", "Lead or supporting")
        found = _words().by_entity.get((row.entity, key))
        if found:
            return found
    return _words().by_key.get(key) or key.replace("_", " ").capitalize()


class _Words(NamedTuple):
    by_key: dict[str, str]
    by_entity: dict[tuple[str, str], str]
    bulk: dict[str, str]


@lru_cache(maxsize=8)
def _words_in(_locale: str, _probe: str) -> _Words:
    return _Words(_labels(), _entity_labels(), _bulk_labels())


def _words() -> _Words:
    """The field labels in the interface language: built once per language
    (an export words thousands of fields) and again when the translations
    change (``_probe``, a translated word, tells)."""
    return _words_in(QLocale().name(), translate("AuditFields", "Name"))


def labelled_fields() -> frozenset[str]:
    """Every field that has a label of its own (the others fall back to the key)."""
    return frozenset(_labels())


DATE_FIELDS = frozenset(
    {
        "measured_on",
        "reported_on",
        "document_date",
        "due_date",
        "submitted_on",
        "held_on",
        "period_start",
        "period_end",
        "adoption_date",
        "deadline",
        "start_date",
    }
)
MOMENT_FIELDS = frozenset({"sent_at", "returned_at"})
YEAR_FIELDS = frozenset({"baseline_year", "target_year", "cycle", "session", "number"})
_BYTES = re.compile(r"^<(\d+) bytes>$")


def value_text(value: Any) -> str:
    """A stored old or new value as a cell shows it."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return translate("AuditLabels", "Yes") if value else translate("AuditLabels", "No")
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, float | int):
        return QLocale().toString(value)
    return str(value)


def field_value(
    row: AuditRow | None,
    key: str,
    value: Any,
    names: RecordNames | None = None,
    empty: str = "—",
) -> str:
    """Old or new ``value`` of field ``key`` of ``row`` in the user's words
    (``empty`` for no value); States as ``names`` name them."""
    if value is None or value == "" or value == []:
        return empty
    if key in STATE_FIELDS and names is not None and isinstance(value, str | list):
        values = value if isinstance(value, list) else [value]
        return ", ".join(names.state(v) if isinstance(v, str) else value_text(v) for v in values)
    table = reference_table(row, key) if row is not None else None
    if table is not None and names is not None:
        values = value if isinstance(value, list) else [value]
        shown = []
        for one in values:
            name = names.of(table, one)
            shown.append(name if name else _gone(one))
        return ", ".join(shown)
    if isinstance(value, str):
        coded = coded_value(row, key, value)
        if coded is not None:
            return coded
        if key in DATE_FIELDS:
            return _local_date(value)
        if key in MOMENT_FIELDS:
            return _local_moment(value)
        if found := _BYTES.match(value):
            return _size(int(found[1]))
    if key == "size" and isinstance(value, int):
        return _size(value)
    if key in YEAR_FIELDS and isinstance(value, int) and not isinstance(value, bool):
        return locale_digits(str(value))
    return value_text(value)


def _gone(record_id: Any) -> str:
    """A record that no longer exists, by the number it had."""
    return translate("AuditFields", "no. %1 (since deleted)").replace(
        "%1", locale_digits(str(record_id))
    )


def _size(count: int) -> str:
    return QLocale().formattedDataSize(count)


def _local_date(text: str) -> str:
    day = QDate.fromString(text[:10], "yyyy-MM-dd")
    if not day.isValid():
        return text
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


def _local_moment(text: str) -> str:
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        return text
    from desktop.ui.audit_labels import local_time

    return local_time(at if at.tzinfo else at.replace(tzinfo=UTC))
