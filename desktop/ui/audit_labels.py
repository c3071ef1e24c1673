"""Translated words for the audit trail: what was done, to what kind of record,
which field, from where, and when (local time, the user's locale)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop.services.audit import AuditRow
from desktop.services.permissions import Operation, Role
from desktop.ui.i18n import position_label, priority_label, status_label
from desktop.ui.planning_labels import action_status_label

translate = QCoreApplication.translate


def action_label(code: str) -> str:
    labels: dict[str, str] = {
        Operation.CREATE: translate("AuditLabels", "Created"),
        Operation.EDIT: translate("AuditLabels", "Changed"),
        Operation.ARCHIVE: translate("AuditLabels", "Archived"),
        Operation.RESTORE: translate("AuditLabels", "Restored"),
        Operation.DELETE: translate("AuditLabels", "Deleted"),
        Operation.BULK: translate("AuditLabels", "Bulk change"),
        Operation.IMPORT: translate("AuditLabels", "Import"),
        Operation.EXPORT: translate("AuditLabels", "Export"),
        Operation.REPORT: translate("AuditLabels", "Report"),
        Operation.RESTORE_BACKUP: translate("AuditLabels", "Restore from backup"),
        Operation.SETTINGS: translate("AuditLabels", "Settings"),
        Operation.USERS: translate("AuditLabels", "Users"),
    }
    return labels.get(code, code)


ENTITY_KINDS = (
    "recommendation",
    "action",
    "implementation_plan",
    "agency",
    "cluster",
    "indicator",
    "measurement",
    "progress_update",
    "attachment",
    "consultation",
    "reporting_deadline",
    "theme",
    "update_form",
    "setting",
    "app_user",
)
"""The kinds of record the Activity page offers to filter on."""


def entity_label(kind: str) -> str:
    labels = {
        "recommendation": translate("AuditLabels", "Recommendation"),
        "action": translate("AuditLabels", "Action"),
        "implementation_plan": translate("AuditLabels", "Plan"),
        "agency": translate("AuditLabels", "Agency"),
        "cluster": translate("AuditLabels", "Cluster"),
        "indicator": translate("AuditLabels", "Indicator"),
        "measurement": translate("AuditLabels", "Measurement"),
        "progress_update": translate("AuditLabels", "Progress update"),
        "attachment": translate("AuditLabels", "Evidence"),
        "consultation": translate("AuditLabels", "Consultation"),
        "reporting_deadline": translate("AuditLabels", "Reporting deadline"),
        "theme": translate("AuditLabels", "Theme"),
        "update_form": translate("AuditLabels", "Agency form"),
        "setting": translate("AuditLabels", "Setting"),
        "app_user": translate("AuditLabels", "User"),
        "assignment": translate("AuditLabels", "Agency assignment"),
        "focal_point": translate("AuditLabels", "Focal point"),
    }
    return labels.get(kind, kind.replace("_", " "))


def field_label(key: str) -> str:
    labels = {
        "text": translate("AuditLabels", "Text"),
        "reference": translate("AuditLabels", "Reference"),
        "status": translate("AuditLabels", "Status"),
        "title": translate("AuditLabels", "Title"),
        "name": translate("AuditLabels", "Name"),
        "description": translate("AuditLabels", "Description"),
        "notes": translate("AuditLabels", "Notes"),
        "archived": translate("AuditLabels", "Archived", "field: whether archived"),
        "start_date": translate("AuditLabels", "Start date"),
        "due_date": translate("AuditLabels", "Due date"),
        "response": translate("AuditLabels", "Response"),
        "priority": translate("AuditLabels", "Priority"),
        "role": translate("AuditLabels", "Role"),
        "login": translate("AuditLabels", "Login"),
        "value": translate("AuditLabels", "Value"),
    }
    return labels.get(key, key.replace("_", " "))


def source_label(source: str) -> str:
    """``gui``/``cli`` in words; an import's file name as it is."""
    if source == "gui":
        return translate("AuditLabels", "Window")
    if source == "cli":
        return translate("AuditLabels", "Command line")
    return source


def role_label(role: Role | str) -> str:
    labels = {
        Role.ADMINISTRATOR: translate("AuditLabels", "Administrator"),
        Role.EDITOR: translate("AuditLabels", "Editor"),
        Role.AGENCY: translate("AuditLabels", "Agency focal point"),
        Role.READER: translate("AuditLabels", "Reader"),
    }
    return labels.get(Role(role), str(role))


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


def local_time(at: datetime) -> str:
    """``at`` (UTC) in the computer's time zone, in the user's locale."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    moment = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def _coded(key: str, value: Any) -> str:
    """A value in words: the codes of status, priority and response translated."""
    if isinstance(value, str):
        if key == "priority":
            return priority_label(value)
        if key == "status":
            return action_status_label(status_label(value))
        if key == "response":
            return position_label(value)
    return value_text(value)


def field_changes(row: AuditRow) -> list[tuple[str, str, str]]:
    """(field, old, new) of each field the entry names, in the user's words."""
    found = []
    for key, pair in (row.changes or {}).items():
        old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
        found.append((field_label(key), _coded(key, old), _coded(key, new)))
    return found


def change_summary(row: AuditRow, limit: int = 3) -> str:
    """``Field: old → new; …`` for at most ``limit`` fields."""
    changes = field_changes(row)
    parts = [f"{name}: {old} → {new}" for name, old, new in changes[:limit]]
    if len(changes) > limit:
        parts.append("…")
    return "; ".join(parts)
