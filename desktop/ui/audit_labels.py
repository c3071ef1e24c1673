"""Translated words for the audit trail: what was done, to what kind of record,
which field, from where, and when (local time, the user's locale)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt
from PySide6.QtGui import QGuiApplication

from desktop.services.audit import AuditRow
from desktop.services.audit_export import ExportWords
from desktop.services.audit_names import RecordNames, subject_of
from desktop.services.permissions import Operation, Role
from desktop.ui.audit_codes import bulk_code
from desktop.ui.audit_fields import field_label, field_value
from desktop.ui.i18n import interface_language, isolated

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
    "focal_point",
    "assignment",
    "cluster",
    "indicator",
    "measurement",
    "progress_update",
    "attachment",
    "consultation",
    "reporting_deadline",
    "source_document",
    "theme",
    "update_form",
    "setting",
    "app_user",
    "file",
    "database",
)
"""The kinds of record the Activity page offers to filter on."""


def entity_label(kind: str, action: str = "") -> str:
    """A kind of record in words; for a report (``action`` "report"), the kind of report."""
    if action == Operation.REPORT:
        reports = {
            "plan": translate("AuditLabels", "Implementation plan report"),
            "status": translate("AuditLabels", "Consolidated status report"),
            "agency": translate("AuditLabels", "Agency brief"),
            "list": translate("AuditLabels", "Register list"),
        }
        if kind in reports:
            return reports[kind]
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
        "source_document": translate("AuditLabels", "Document"),
        "context_paragraph": translate("AuditLabels", "Document context paragraph"),
        "mechanism": translate("AuditLabels", "Mechanism"),
        "country": translate("AuditLabels", "Country"),
        "country_alias": translate("AuditLabels", "Other name of a country"),
        "sdg_goal": translate("AuditLabels", "SDG goal"),
        "sdg_target": translate("AuditLabels", "SDG target"),
        "affected_persons": translate("AuditLabels", "Affected persons"),
        "upr_info_issue": translate("AuditLabels", "UPR Info issue"),
        "saved_view": translate("AuditLabels", "Saved view"),
        "signing_key": translate("AuditLabels", "Form signing key"),
        "file": translate("AuditLabels", "File"),
        "database": translate("AuditLabels", "Database"),
        "audit_entry": translate("AuditLabels", "Activity"),
        "action_cluster": translate("AuditLabels", "Cluster of an action"),
        "action_recommendation": translate("AuditLabels", "Recommendation of an action"),
        "consultation_agency": translate("AuditLabels", "Agency at a consultation"),
        "consultation_recommendation": translate(
            "AuditLabels", "Recommendation discussed at a consultation"
        ),
        "deadline_recommendation": translate("AuditLabels", "Recommendation of a report"),
        "plan_recommendation": translate("AuditLabels", "Recommendation in a plan"),
        "recommendation_affected_persons": translate(
            "AuditLabels", "Affected persons of a recommendation"
        ),
        "recommendation_recommending_state": translate(
            "AuditLabels", "Recommending State of a recommendation"
        ),
        "recommendation_sdg_goal": translate("AuditLabels", "SDG goal of a recommendation"),
        "recommendation_sdg_target": translate("AuditLabels", "SDG target of a recommendation"),
        "recommendation_theme": translate("AuditLabels", "Theme of a recommendation"),
        "recommendation_upr_info_issue": translate(
            "AuditLabels", "UPR Info issue of a recommendation"
        ),
    }
    return labels.get(kind, kind.replace("_", " "))


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


def local_time(at: datetime) -> str:
    """``at`` (UTC) in the computer's time zone, in the user's locale."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    moment = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def field_changes(
    row: AuditRow, names: RecordNames | None = None, empty: str = "—"
) -> list[tuple[str, str, str]]:
    """(field, old, new) of each field the entry names, in the user's words
    (``empty`` for no value)."""
    found = []
    changes = row.changes or {}
    if row.action == Operation.BULK:  # what was set first, then how
        changes = dict(sorted(changes.items(), key=lambda item: item[0] != "value"))
    for key, pair in changes.items():
        if row.action == Operation.BULK and key == "role" and bulk_code(row) != "assign_agency":
            continue  # a bulk change other than an assignment records a role it does not use
        old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
        found.append(
            (
                field_label(row, key),
                field_value(row, key, old, names, empty),
                field_value(row, key, new, names, empty),
            )
        )
    return found


def change_summary(row: AuditRow, names: RecordNames | None = None, limit: int = 3) -> str:
    """``Field: old → new; …`` for at most ``limit`` fields (an event's
    figures, with no old value, as ``Field: value``)."""
    changes = field_changes(row, names)
    arrow = "←" if _right_to_left() else "→"
    parts = [
        f"{name}: {_kept(new)}"
        if old == "—" and _event(row)
        else f"{name}: {_kept(old)} {arrow} {_kept(new)}"
        for name, old, new in changes[:limit]
    ]
    if len(changes) > limit:
        parts.append("…")
    return "; ".join(parts)


def _right_to_left() -> bool:
    return QGuiApplication.layoutDirection() is Qt.LayoutDirection.RightToLeft


def _kept(text: str) -> str:
    """A value kept in its own order inside right-to-left text (a Latin name,
    a date); as it is in left-to-right text."""
    return isolated(text) if _right_to_left() else text


def _event(row: AuditRow) -> bool:
    """An entry for something done as a whole (an import, a bulk change): its
    figures have no old value."""
    return row.action in (Operation.BULK, Operation.IMPORT, Operation.EXPORT)


def subject_text(row: AuditRow, names: RecordNames | None = None) -> str:
    """What the entry is about, in words: the record's label, or for rows
    without a name, a bulk change or an export, a sentence saying so."""
    subject = subject_of(row, names)
    count, words = subject.count or 0, AuditLabels()
    if subject.kind == "rows":
        return words.rows(count)
    if subject.kind == "bulk":
        text = words.bulk(subject.code, count)
        total = subject.total or 0
        if total != count:
            text += " · " + words.selected(total)
        return text
    if subject.kind == "file":
        return words.file(row.entity, count).replace("%1", _kept(subject.text))
    if subject.kind == "unnamed":
        return subject.text or _named_by_changes(row, names) or entity_label(row.entity)
    return subject.text


class AuditLabels(QObject):
    """The counted words of the trail (plural forms: Qt Linguist finds them in tr())."""

    def rows(self, count: int) -> str:
        return self.tr("%Ln row(s)", "", count)

    def selected(self, count: int) -> str:
        return self.tr("%Ln selected", "", count)

    def file(self, entity: str, count: int) -> str:
        """An exported file ``%1`` and what it holds."""
        if entity == "audit_entry":
            return self.tr("%1 (%Ln entries)", "", count)
        return self.tr("%1 (%Ln row(s))", "", count)

    def bulk(self, code: str, count: int) -> str:
        """A bulk change of kind ``code`` made to ``count`` recommendations."""
        sentences = {
            "priority": self.tr("Priority set on %Ln recommendation(s)", "", count),
            "status": self.tr("Implementation status set on %Ln recommendation(s)", "", count),
            "cluster": self.tr("Cluster set on %Ln recommendation(s)", "", count),
            "archive": self.tr("%Ln recommendation(s) archived or restored", "", count),
            "assign_agency": self.tr("Agency assigned to %Ln recommendation(s)", "", count),
            "add_themes": self.tr("Themes added to %Ln recommendation(s)", "", count),
            "add_sdg_targets": self.tr("SDG targets added to %Ln recommendation(s)", "", count),
        }
        return sentences.get(code) or self.tr("%Ln recommendation(s) changed", "", count)


WORK_FIELDS = ("agency_id", "action_id", "recommendation_id", "cluster_id", "indicator_id")


def _named_by_changes(row: AuditRow, names: RecordNames | None) -> str:
    """A record without a name of its own, deleted since, named by the records
    its entry says it belonged to ("Ministry of Health · 118.1 A/HRC/32/9")."""
    if names is None or not row.changes:
        return ""
    parts = []
    for key in WORK_FIELDS:
        pair = row.changes.get(key)
        values = pair if isinstance(pair, list) and len(pair) == 2 else [pair]
        found = next((v for v in values if v is not None), None)
        if found is not None:
            name = field_value(row, key, found, names)
            parts.append(name)
    return " · ".join(parts)


def export_words(headers: Sequence[str], sheet: str) -> ExportWords:
    """The words of an export of the trail as the Activity page shows them,
    in the interface language: ``headers`` and the ``sheet``'s name, actions,
    kinds of record, labels, fields and values (ids as names, States in the
    user's language; no value is an empty cell)."""
    return ExportWords(
        headers=tuple(headers),
        sheet=sheet,
        named=True,
        language=interface_language(),
        source=source_label,
        action=lambda row: action_label(row.action),
        kind=lambda row: entity_label(row.entity, row.action) if row.entity else "",
        subject=subject_text,
        changes=lambda row, names: list(field_changes(row, names, empty="")),
    )
