"""Translated labels for the codes the services return, and language names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.vocab import UN_LANGUAGES


def position_label(code: str) -> str:
    labels = {
        "supported": QCoreApplication.translate("Labels", "Supported"),
        "supported_in_part": QCoreApplication.translate("Labels", "Supported in part"),
        "noted": QCoreApplication.translate("Labels", "Noted"),
        "pending": QCoreApplication.translate("Labels", "Pending"),
        "not_applicable": QCoreApplication.translate("Labels", "Not applicable"),
    }
    return labels.get(code, code)


def status_label(code: str) -> str:
    labels = {
        "not_assessed": QCoreApplication.translate("Labels", "Not assessed"),
        "not_started": QCoreApplication.translate("Labels", "Not started"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "partially_implemented": QCoreApplication.translate("Labels", "Partially implemented"),
        "fully_implemented": QCoreApplication.translate("Labels", "Fully implemented"),
        "no_longer_applicable": QCoreApplication.translate("Labels", "No longer applicable"),
    }
    return labels.get(code, code)


def priority_label(code: str) -> str:
    labels = {
        "high": QCoreApplication.translate("Labels", "High"),
        "medium": QCoreApplication.translate("Labels", "Medium"),
        "low": QCoreApplication.translate("Labels", "Low"),
    }
    return labels.get(code, code)


# Each language named in itself, as a user looking for it expects to read it.
LANGUAGE_NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "zh": "中文",
    "ar": "العربية",
}


def language_choices() -> list[tuple[str, str]]:
    return [(code, LANGUAGE_NATIVE_NAMES[code]) for code in UN_LANGUAGES]
