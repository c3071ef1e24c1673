"""Codes an audit entry stores, in words: statuses, priorities, positions,
roles, kinds of record, languages, import formats (the words the screens use
for them, translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.audit import AuditRow
from desktop.ui.i18n import (
    LANGUAGE_NATIVE_NAMES,
    consultation_kind_label,
    frequency_label,
    indicator_kind_label,
    position_label,
    priority_label,
    report_kind_label,
    status_label,
)
from desktop.ui.planning_labels import action_status_label, plan_status_label

translate = QCoreApplication.translate


def bulk_code(row: AuditRow) -> str:
    """The kind of a bulk change ("priority", "assign_agency"), from its label."""
    code, sep, _rest = row.label.partition(":")
    return code if sep else ""


def coded_value(row: AuditRow | None, key: str, value: str) -> str | None:
    """A code in words, or None when ``value`` is not a code of field ``key``."""
    entity = row.entity if row is not None else ""
    if row is not None and row.action == "bulk":
        code = bulk_code(row)
        key = {"priority": "priority", "status": "status"}.get(code, key)
        entity = "recommendation" if key in ("priority", "status") else entity
        if key == "role":
            return _agency_role(value)
    if key == "status" or key == "new_status":
        if entity == "action":
            return action_status_label(value)
        if entity == "implementation_plan":
            return plan_status_label(value)
        if entity == "update_form":
            return {
                "sent": translate("AuditFields", "Sent"),
                "returned": translate("AuditFields", "Returned"),
            }.get(value, value)
        # A progress update's new status is a recommendation's or an action's.
        words = status_label(value)
        return action_status_label(words) if words == value else words
    if key == "priority":
        return priority_label(value)
    if key == "response":
        return position_label(value)
    if key == "frequency":
        return frequency_label(value)
    if key == "report_kind":
        return report_kind_label(value)
    if key in ("language", "text_language"):
        return LANGUAGE_NATIVE_NAMES.get(value, value)
    if key == "role":
        if entity == "app_user":
            from desktop.ui.audit_labels import role_label

            return role_label(value)
        return _agency_role(value)
    if key == "kind":
        return _kind_word(entity, value)
    if key == "format" and row is not None and row.action == "import":
        return {
            "uhri": translate("AuditFields", "UHRI export"),
            "upr-info": translate("AuditFields", "UPR Info database"),
            "thematic-list": translate("AuditFields", "OHCHR thematic list"),
            "mapped": translate("AuditFields", "Spreadsheet with chosen columns"),
        }.get(value, value)
    return None


def _agency_role(value: str) -> str:
    return {
        "lead": translate("AuditFields", "Lead"),
        "supporting": translate("AuditFields", "Supporting"),
    }.get(value, value)


def _kind_word(entity: str, value: str) -> str:
    if entity == "indicator":
        return indicator_kind_label(value)
    if entity == "consultation":
        return consultation_kind_label(value)
    if entity == "agency":
        from desktop.domain.vocab import AgencyKind
        from desktop.ui.views.agency_dialog import kind_label

        return kind_label(AgencyKind(value)) if value in set(AgencyKind) else value
    if entity == "mechanism":
        return {
            "upr": translate("AuditFields", "Universal Periodic Review"),
            "treaty_body": translate("AuditFields", "Treaty body"),
            "special_procedure": translate("AuditFields", "Special procedure"),
            "regional": translate("AuditFields", "Regional mechanism"),
            "other": translate("AuditFields", "Other"),
        }.get(value, value)
    return value
