"""Translated labels for the codes the services return, and language names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.vocab import UN_LANGUAGES


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def position_label(code: str) -> str:
    labels = {
        "supported": _t("Supported"),
        "supported_in_part": _t("Supported in part"),
        "noted": _t("Noted"),
        "pending": _t("Pending"),
        "not_applicable": _t("Not applicable"),
    }
    return labels.get(code, code)


def status_label(code: str) -> str:
    labels = {
        "not_assessed": _t("Not assessed"),
        "not_started": _t("Not started"),
        "in_progress": _t("In progress"),
        "partially_implemented": _t("Partially implemented"),
        "fully_implemented": _t("Fully implemented"),
        "no_longer_applicable": _t("No longer applicable"),
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
