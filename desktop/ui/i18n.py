"""Translated labels for the codes the services return, and language names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.vocab import UN_LANGUAGES
from desktop.services.importing.fields import Field
from desktop.services.reference_names import (
    mechanism_name,
    sdg_goal_title,
    sdg_target_title,
)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for translation in ``context``; translated when shown."""
    return source


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


def interface_language() -> str:
    """The interface's language ("zh", "ar"…): that of the default locale,
    which the application sets to the language it shows. Services name
    mechanisms and SDG goals and targets in it."""
    return QLocale().name().split("_")[0]


def reference_tooltip(column: str, value: str) -> str:
    """The names behind a register cell's codes, in the interface language: a
    mechanism's name, or each SDG target ("5.2") and goal ("SDG 5") of the
    cell with its title on a line of its own. Empty for other columns and for
    a mechanism the reference data does not name (one of the user's own)."""
    language = interface_language()
    if column == "mechanism":
        return mechanism_name(value, language)
    if column != "sdgs":
        return ""
    lines = []
    for code in filter(None, (part.strip() for part in value.split(","))):
        goal = code.removeprefix("SDG ").strip()
        if goal.isdigit():
            title = sdg_goal_title(int(goal), language)
        else:
            title = sdg_target_title(code, language)
        lines.append(f"{locale_digits(code)} {title}".strip())
    return "\n".join(lines)


def locale_digits(text: str, locale: QLocale | None = None) -> str:
    """``text`` with its ASCII digits in the locale's digits ("SDG 16" reads
    "SDG ١٦" in Arabic), so codes and counts share one digit system."""
    zero = (locale or QLocale()).zeroDigit()
    if not zero or zero == "0":
        return text
    base = ord(zero[0])
    return "".join(chr(base + ord(c) - 48) if "0" <= c <= "9" else c for c in text)


def code_label(label: str, locale: QLocale | None = None) -> str:
    """A "code title" label ("16.3 Promote the rule of law…") with the code's
    digits in the locale's digits; the title is left as written."""
    code, space, title = label.partition(" ")
    return locale_digits(code, locale) + space + title


def isolated(text: str) -> str:
    """Data (a name, an e-mail, a reference) isolated from the sentence around
    it (FSI…PDI), so that a Latin name keeps its order inside Arabic text."""
    return f"\u2068{text}\u2069" if text else text


def language_choices() -> list[tuple[str, str]]:
    return [(code, LANGUAGE_NATIVE_NAMES[code]) for code in UN_LANGUAGES]


def field_label(field: Field) -> str:
    """A field's name as a person reads it, in the interface language."""
    labels = {
        Field.REFERENCE: QCoreApplication.translate("Field", "Reference"),
        Field.MECHANISM: QCoreApplication.translate("Field", "Mechanism"),
        Field.SOURCE_SYMBOL: QCoreApplication.translate("Field", "Document symbol"),
        Field.SOURCE_DATE: QCoreApplication.translate("Field", "Document date"),
        Field.CYCLE: QCoreApplication.translate("Field", "UPR cycle"),
        Field.SESSION: QCoreApplication.translate("Field", "Session"),
        Field.COUNTRY: QCoreApplication.translate("Field", "State under review"),
        Field.PARAGRAPH: QCoreApplication.translate("Field", "Paragraph"),
        Field.TEXT: QCoreApplication.translate("Field", "Text"),
        Field.TEXT_LANGUAGE: QCoreApplication.translate("Field", "Language of the text"),
        Field.RESPONSE: QCoreApplication.translate("Field", "Response (position)"),
        Field.RESPONSE_SYMBOL: QCoreApplication.translate("Field", "Source of the position"),
        Field.ACTION_CATEGORY: QCoreApplication.translate("Field", "Action category"),
        Field.ANNOTATION_ID: QCoreApplication.translate("Field", "OHCHR annotation id"),
        Field.RECOMMENDING_STATES: QCoreApplication.translate("Field", "Recommending States"),
        Field.THEMES: QCoreApplication.translate("Field", "Themes"),
        Field.AFFECTED_PERSONS: QCoreApplication.translate("Field", "Affected persons"),
        Field.SDG_TARGETS: QCoreApplication.translate("Field", "SDG targets"),
        Field.SDG_GOALS: QCoreApplication.translate("Field", "SDG goals"),
        Field.UPR_INFO_ISSUES: QCoreApplication.translate("Field", "UPR Info issues"),
        Field.STATUS: QCoreApplication.translate("Field", "Implementation status"),
        Field.PRIORITY: QCoreApplication.translate("Field", "Priority"),
        Field.PRIORITY_RATIONALE: QCoreApplication.translate("Field", "Priority rationale"),
        Field.NEEDS_PARLIAMENT: QCoreApplication.translate("Field", "Needs parliament"),
        Field.CLUSTER: QCoreApplication.translate("Field", "Cluster"),
        Field.NOTES: QCoreApplication.translate("Field", "Notes"),
    }
    return labels[field]


def indicator_kind_label(code: str) -> str:
    labels = {
        "structural": QCoreApplication.translate("Labels", "Structural"),
        "process": QCoreApplication.translate("Labels", "Process"),
        "outcome": QCoreApplication.translate("Labels", "Outcome"),
    }
    return labels.get(code, code)


def frequency_label(code: str) -> str:
    labels = {
        "monthly": QCoreApplication.translate("Labels", "Monthly"),
        "quarterly": QCoreApplication.translate("Labels", "Quarterly"),
        "semi_annual": QCoreApplication.translate("Labels", "Every six months"),
        "annual": QCoreApplication.translate("Labels", "Annual"),
        "biennial": QCoreApplication.translate("Labels", "Every two years"),
        "ad_hoc": QCoreApplication.translate("Labels", "Ad hoc"),
    }
    return labels.get(code, code)


def consultation_kind_label(code: str) -> str:
    labels = {
        "nhri": QCoreApplication.translate("Labels", "National human rights institution"),
        "civil_society": QCoreApplication.translate("Labels", "Civil society"),
        "parliament": QCoreApplication.translate("Labels", "Parliament"),
        "mixed": QCoreApplication.translate("Labels", "Mixed"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
    return labels.get(code, code)


def report_kind_label(code: str) -> str:
    labels = {
        "upr_national": QCoreApplication.translate("Labels", "UPR national report"),
        "upr_midterm": QCoreApplication.translate("Labels", "UPR mid-term report"),
        "treaty_periodic": QCoreApplication.translate("Labels", "Treaty body periodic report"),
        "treaty_follow_up": QCoreApplication.translate("Labels", "Treaty body follow-up"),
        "special_procedure_reply": QCoreApplication.translate(
            "Labels", "Reply to a special procedure"
        ),
        "regional": QCoreApplication.translate("Labels", "Regional report"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
    return labels.get(code, code)
