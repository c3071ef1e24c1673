"""The words a report prints around the data, in the report's language.

Reports have no Qt, so their labels live here rather than in the .ts files.
Every UN language has its catalogue (labels_<code>.py; the Chinese terms are
the interface's, from nmrf_zh.ts); a key a catalogue lacks falls back to
English, and so does a language outside the six. Data is printed as entered.
"""

from __future__ import annotations

from enum import Enum

from desktop.domain.vocab import RTL_LANGUAGES
from desktop.reports.bidi import has_rtl, isolate
from desktop.reports.labels_ar import ARABIC
from desktop.reports.labels_en import ENGLISH
from desktop.reports.labels_es import SPANISH
from desktop.reports.labels_fr import FRENCH
from desktop.reports.labels_ru import RUSSIAN
from desktop.reports.labels_zh import CHINESE

_CATALOGUES: dict[str, dict[str, str]] = {
    "en": ENGLISH,
    "fr": FRENCH,
    "es": SPANISH,
    "ru": RUSSIAN,
    "zh": CHINESE,
    "ar": ARABIC,
}

LANGUAGE_TAGS: dict[str, str] = {
    "en": "en",
    "fr": "fr",
    "es": "es",
    "ru": "ru",
    "zh": "zh-Hans",
    "ar": "ar",
}
"""The BCP 47 tag each report language declares in the PDF's /Lang."""


class Labels:
    """Label lookup for one language, falling back to English."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGE_TAGS else "en"
        self._own = _CATALOGUES.get(self.language, {})
        self._rtl = self.language in RTL_LANGUAGES

    def __call__(self, key: str, **values: object) -> str:
        text = self._own.get(key) or ENGLISH.get(key, key)
        if not values:
            return text
        return text.format(**{k: self.value(v) for k, v in values.items()})

    def value(self, value: object) -> str:
        """A value put into a sentence: isolated (FSI … PDI) where directions
        may mix, so that it keeps its own order ("CRC follow-up due." stays
        whole, full stop included, inside an Arabic sentence)."""
        text = str(value)
        return isolate(text) if self._rtl or has_rtl(text) else text

    def term(self, value: Enum | str | None) -> str:
        """A vocabulary code (a status, a position, a role…) in words."""
        if value is None or value == "":
            return ""
        code = value.value if isinstance(value, Enum) else str(value)
        return self(f"term.{code}") if f"term.{code}" in ENGLISH else code

    def field(self, key: str, value: str) -> str:
        """``Label: value``, with the language's own colon ("Portée : …", "范围：…")."""
        return f"{self(key)}{self('colon')}{self.value(value)}"

    @property
    def tag(self) -> str:
        return LANGUAGE_TAGS[self.language]
