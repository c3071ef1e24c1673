"""What the person at the keyboard may do, for the screens: one place that
knows the current user, and ``permit(widget, operation, target)`` that keeps a
button or menu entry disabled, with the reason as its tooltip, while the
user's role does not allow it (services.permissions.may decides; the services
refuse such a write all the same).

A page enables and disables its buttons as its selection changes; a widget
refused here stays disabled whatever the page does, until the user changes
(another database, another role)."""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.services.permissions import Decision, Operation, Role, Target, User, may
from desktop.ui.error_text import decision_text

Controlled = QWidget | QAction
REFUSED = "permitRefused"
OWN_TOOLTIP = "permitOwnTooltip"
WANTED = "permitWanted"
"""Whether the page wants the widget enabled, as it was last set by the page."""


@dataclass(frozen=True)
class _Rule:
    operation: Operation
    target: Target | None


class Permits(QObject):
    """The current user, and the widgets and actions that depend on the role."""

    user_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        # Until a database is open, nothing is refused.
        self.user = User("", Role.ADMINISTRATOR, registered=False)
        self._rules: weakref.WeakKeyDictionary[Controlled, _Rule] = weakref.WeakKeyDictionary()
        self._guard = _EnableGuard(self)
        self._busy = False

    def set_user(self, user: User) -> None:
        self.user = user
        for controlled, rule in list(self._rules.items()):
            try:
                self.apply(controlled, rule.operation, rule.target)
            except RuntimeError:  # its window was closed and deleted
                self._rules.pop(controlled, None)
        self.user_changed.emit(user)

    def may(self, operation: Operation, target: Target | None = None) -> Decision:
        return may(self.user, operation, target)

    def permit(
        self, controlled: Controlled, operation: Operation, target: Target | None = None
    ) -> Decision:
        """Keep ``controlled`` disabled (reason as tooltip) while ``operation`` on
        ``target`` is refused to the current user; returns the decision now."""
        if controlled not in self._rules:
            if isinstance(controlled, QAction):
                controlled.changed.connect(lambda c=controlled: self._keep_refused(c))
            else:
                controlled.installEventFilter(self._guard)
        self._rules[controlled] = _Rule(operation, target)
        return self.apply(controlled, operation, target)

    def apply(
        self, controlled: Controlled, operation: Operation, target: Target | None = None
    ) -> Decision:
        decision = self.may(operation, target)
        refused = bool(controlled.property(REFUSED))
        self._busy = True
        try:
            if not decision.allowed:
                if not refused:
                    controlled.setProperty(OWN_TOOLTIP, controlled.toolTip())
                    controlled.setProperty(WANTED, controlled.isEnabled())
                controlled.setProperty(REFUSED, True)
                controlled.setEnabled(False)
                controlled.setToolTip(decision_text(decision))
                if isinstance(controlled, QAction):
                    controlled.setStatusTip(decision_text(decision))
            elif refused:
                controlled.setProperty(REFUSED, False)
                controlled.setEnabled(controlled.property(WANTED) is not False)
                controlled.setToolTip(str(controlled.property(OWN_TOOLTIP) or ""))
                if isinstance(controlled, QAction):
                    controlled.setStatusTip("")
        finally:
            self._busy = False
        return decision

    def _keep_refused(self, controlled: Controlled) -> None:
        """The page enabled or disabled a refused widget: remember what it wants
        (for when the role allows it again) and keep it disabled."""
        if self._busy or not controlled.property(REFUSED):
            return
        if isinstance(controlled, QWidget):
            controlled.setProperty(WANTED, controlled.isEnabled())
        if controlled.isEnabled():
            self._busy = True
            try:
                controlled.setEnabled(False)
            finally:
                self._busy = False


class _EnableGuard(QObject):
    """Disables again a refused widget that its page enabled."""

    def __init__(self, permits: Permits) -> None:
        super().__init__(permits)
        self.permits = permits

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget):
            self.permits._keep_refused(watched)
        return False


_permits: Permits | None = None


def permits() -> Permits:
    """The program's one Permits (made on first use, on the GUI thread)."""
    global _permits
    if _permits is None:
        _permits = Permits()
    return _permits


def permit(
    controlled: Controlled, operation: Operation, target: Target | str | None = None
) -> Decision:
    """``permits().permit``; ``target`` may be just the kind of record."""
    if isinstance(target, str):
        target = Target(target)
    return permits().permit(controlled, operation, target)


_C, _E, _D = Operation.CREATE, Operation.EDIT, Operation.DELETE
PAGE_RULES: dict[str, tuple[tuple[str, Operation, str], ...]] = {
    # A page's main buttons: an attribute path, or "#name" for a list page's
    # button named after its slot; the operation and the kind of record.
    "recommendations": (
        ("bulk_button", Operation.BULK, "recommendation"),
        ("editor.save_button", _E, "recommendation"),
        ("editor.archive_button", Operation.ARCHIVE, "recommendation"),
        ("editor.delete_button", _D, "recommendation"),
    ),
    "plans": (
        ("new_plan_button", _C, "implementation_plan"),
        ("edit_plan_button", _E, "implementation_plan"),
        ("delete_plan_button", _D, "implementation_plan"),
        ("new_action_button", _C, "action"),
        ("edit_action_button", _E, "action"),
        ("progress_button", _C, "progress_update"),
        ("delete_action_button", _D, "action"),
    ),
    "agencies": (
        ("#new_agency", _C, "agency"),
        ("#edit_selected", _E, "agency"),
        ("#merge_selected", _E, "agency"),
        ("#send_update_forms", _C, "update_form"),
    ),
    "clusters": (
        ("#new_cluster", _C, "cluster"),
        ("#rename_cluster", _E, "cluster"),
        ("#set_priority", _E, "cluster"),
        ("agencies_button", Operation.BULK, "recommendation"),
        ("#merge_selected", _E, "cluster"),
        ("#delete_selected", _D, "cluster"),
    ),
    "consultations": (
        ("#new_consultation", _C, "consultation"),
        ("#edit_selected", _E, "consultation"),
        ("#delete_selected", _D, "consultation"),
    ),
    "calendar": (
        ("#new_deadline", _C, "reporting_deadline"),
        ("#edit_selected", _E, "reporting_deadline"),
        ("#mark_selected_submitted", _E, "reporting_deadline"),
        ("#delete_selected", _D, "reporting_deadline"),
    ),
}


def permit_page(page: QObject) -> None:
    """Apply ``PAGE_RULES`` to the buttons of ``page`` (by its ``key``); a
    part the page lists in ``unbuilt`` it applies them to when it builds it."""
    unbuilt: frozenset[str] = getattr(page, "unbuilt", frozenset())
    for path, operation, kind in PAGE_RULES.get(str(getattr(page, "key", "")), ()):
        if path.split(".")[0] in unbuilt:
            continue
        found: object = page
        if path.startswith("#"):
            found = page.findChild(QWidget, path[1:])
        else:
            for name in path.split("."):
                found = getattr(found, name, None)
        if isinstance(found, QWidget | QAction):
            permit(found, operation, Target(kind))
