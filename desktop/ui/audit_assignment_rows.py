"""An agency's assignments in its History: one row for each change that
assigned it (as lead or supporting agency), took it off, or changed its role
on recommendations, actions or clusters, with how many and the first few by
name."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTreeWidgetItem

from desktop.services.audit_agency import AssignmentGroup
from desktop.services.audit_names import RecordNames
from desktop.ui.audit_codes import coded_value
from desktop.ui.audit_fields import field_label, field_value
from desktop.ui.audit_labels import entity_label, field_changes, local_time, source_label
from desktop.ui.i18n import isolated


class AssignmentWords(QObject):
    """The words of an agency's assignment rows (plural forms through tr())."""

    def change(self, group: AssignmentGroup) -> str:
        """What the change did: "Assigned as lead", "Made supporting"…"""
        lead = group.role == "lead"
        supporting = group.role == "supporting"
        if group.change == "assigned":
            if lead:
                return self.tr("Assigned as lead")
            return self.tr("Assigned as supporting") if supporting else self.tr("Assigned")
        if group.change == "removed":
            if lead:
                return self.tr("Taken off as lead")
            return self.tr("Taken off as supporting") if supporting else self.tr("Taken off")
        if group.change == "role" and (lead or supporting):
            return self.tr("Made lead") if lead else self.tr("Made supporting")
        return self.tr("Assignment changed")

    def counted(self, target: str, count: int) -> str:
        """``count`` records of kind ``target``: "2,000 recommendations"."""
        if target == "recommendation":
            return self.tr("%Ln recommendation(s)", "", count)
        if target == "action":
            return self.tr("%Ln action(s)", "", count)
        if target == "cluster":
            return self.tr("%Ln cluster(s)", "", count)
        return self.tr("%Ln record(s)", "", count)

    def more(self, count: int) -> str:
        """The records of a group beyond those it names."""
        return self.tr("and %Ln more", "", count)


def assignment_item(group: AssignmentGroup, names: RecordNames) -> QTreeWidgetItem:
    """The History row of ``group``: when, who, what it did to how many (or to
    which record), from where; below it, the records it names and the role."""
    words = AssignmentWords()
    first = group.sample[0] if group.sample else None
    if group.count == 1 and first is not None:
        subject = _name(group, first, names)
    else:
        subject = words.counted(group.target, group.count)
    taken_off = group.change == "removed"
    item = QTreeWidgetItem(
        [
            local_time(group.at),
            group.login,
            words.change(group),
            subject if taken_off else "",
            "" if taken_off else subject,
            source_label(group.source),
        ]
    )
    item.setToolTip(2, words.change(group))
    item.setToolTip(3 if taken_off else 4, subject)
    item.setToolTip(5, group.source)
    for child in _children(group, names, words):
        for column in (3, 4):
            child.setToolTip(column, child.text(column))
        item.addChild(child)
    return item


def _children(
    group: AssignmentGroup, names: RecordNames, words: AssignmentWords
) -> list[QTreeWidgetItem]:
    if group.count == 1 and group.changes:  # the entry's own fields, but the agency
        own = {k: v for k, v in group.changes.items() if k != "agency_id"}
        return [
            QTreeWidgetItem(["", "", name, old, new, ""])
            for name, old, new in field_changes(replace(group, changes=own), names)
        ]
    taken_off = group.change == "removed"
    kind = entity_label(group.target) if group.target else entity_label("assignment")
    children = []
    for record_id in group.sample if group.count > 1 else ():
        name = _name(group, record_id, names)
        values = [name, ""] if taken_off else ["", name]
        children.append(QTreeWidgetItem(["", "", kind, *values, ""]))
    if group.count > len(group.sample) and group.count > 1:
        rest = words.more(group.count - len(group.sample))
        children.append(
            QTreeWidgetItem(["", "", "", *([rest, ""] if taken_off else ["", rest]), ""])
        )
    if group.role is not None:
        role = coded_value(group, "role", group.role) or group.role
        was = (coded_value(group, "role", group.was) or group.was) if group.was else "—"
        pair = [role, "—"] if taken_off else [was, role]
        children.append(QTreeWidgetItem(["", "", field_label(group, "role"), *pair, ""]))
    return children


def _name(group: AssignmentGroup, record_id: int, names: RecordNames) -> str:
    """The record's name ("118.41 A/HRC/32/9"), or its number if deleted since;
    kept in its own order in a right-to-left layout."""
    name = field_value(group, f"{group.target}_id", record_id, names)
    right_to_left = QGuiApplication.layoutDirection() is Qt.LayoutDirection.RightToLeft
    return isolated(name) if right_to_left else name
