"""Translated labels for the codes of plans, actions and progress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.status_rules import StatusSuggestion, SuggestionRule


def action_status_label(code: str) -> str:
    labels = {
        "planned": QCoreApplication.translate("Labels", "Planned"),
        "ongoing": QCoreApplication.translate("Labels", "Ongoing"),
        "completed": QCoreApplication.translate("Labels", "Completed"),
        "delayed": QCoreApplication.translate("Labels", "Delayed"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }
    return labels.get(code, code)


def plan_status_label(code: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "adopted": QCoreApplication.translate("Labels", "Adopted"),
    }
    return labels.get(code, code)


def suggestion_text(suggestion: StatusSuggestion) -> str:
    """The rule behind a suggested status, in words."""
    rules = {
        SuggestionRule.NO_ACTIONS: QCoreApplication.translate(
            "Labels", "No action addresses this recommendation: nothing to suggest."
        ),
        SuggestionRule.ALL_CANCELLED: QCoreApplication.translate(
            "Labels", "Every action was cancelled: nothing to suggest."
        ),
        SuggestionRule.ALL_COMPLETED: QCoreApplication.translate(
            "Labels", "All actions that were not cancelled are completed."
        ),
        SuggestionRule.SOME_COMPLETED: QCoreApplication.translate(
            "Labels", "Some actions are completed, others are not."
        ),
        SuggestionRule.UNDER_WAY: QCoreApplication.translate(
            "Labels", "No action is completed; at least one is ongoing or delayed."
        ),
        SuggestionRule.NONE_STARTED: QCoreApplication.translate(
            "Labels", "Every action is still planned."
        ),
    }
    return rules[suggestion.rule]
