"""One vocabulary: the key under which names of themes, groups of persons,
mechanisms and States match, whoever spelt them.

OHCHR's thematic lists write "Budget & resources for human rights
implementation", the built-in vocabulary "Budget and resources (for human
rights implementation)", a typist "Budget &resources…": the same theme. The key
of a name is

- its NFKC form, case-folded (full-width letters, ligatures, ``ß``/``ss``);
- its words: runs of letters, marks and digits. Everything else (spaces,
  punctuation, brackets, dashes, slashes, symbols) only separates words, so
  ``non-discrimination`` is ``non discrimination`` and ``(NHRI)`` is ``nhri``;
- with apostrophes dropped inside a word (``Women's``, ``Women’s``, ``Womens``);
- with invisible characters (zero-width spaces and joiners, soft hyphens) and the
  Arabic tatweel dropped;
- with ``&`` and ``and`` the same word, and the French ``et`` and Spanish ``y``
  too, but only between two words: there they can only mean "and" (the French
  ``y`` of "il y a" is never a theme's word), while at either end a lone ``y``
  or ``et`` may be a letter or an abbreviation (``Generation Y``) and is kept.

Accents are kept: ``année``/``annee`` or ``año``/``ano`` are not guessed at.
Plurals are not stemmed either; spellings that differ in such ways are listed
as aliases (a group of names meaning the same thing; the first names the
group), and :func:`vocabulary_key` maps a name's key through them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache


def spacing_key(name: str) -> str:
    """Names compare ignoring case and runs of spaces (``Women's rights`` is
    ``women's  Rights``): texts, clusters and column headers. (Not the
    vocabulary key below, which also ignores punctuation and accents' forms.)"""
    # (str.split splits at the very characters \s matches, in C: 4x faster)
    return " ".join(name.split()).casefold()


KEY_LENGTH = 300
"""The stored key's length (names are at most 300 characters; NFKC and case
folding can lengthen a few, which are cut)."""

AND = "&"
_AND_WORDS = frozenset({"&", "and"})
_AND_BETWEEN_WORDS = frozenset({"et", "y"})
# Dropped before NFKC (which makes the acute accent a space and a mark).
_DROPPED = str.maketrans("", "", "'\u2019\u02bc\u2018\u02b9`\u00b4\u0640")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char)[0] == "M"


def _words(folded: str) -> list[str]:
    words: list[str] = []
    current: list[str] = []
    for char in folded:
        if unicodedata.category(char) == "Cf":
            continue  # invisible: a zero-width space or joiner, a soft hyphen
        if char == "&":
            if current:
                words.append("".join(current))
                current = []
            words.append(AND)
        elif _is_word_char(char):
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


@lru_cache(maxsize=65536)  # the same themes and States recur on every row of an import
def normalized_name(name: str) -> str:
    """The key of ``name`` without aliases (see the module's docstring). A
    name of punctuation only is its own key, folded and trimmed."""
    # Apostrophes and the tatweel go first: "women's" is "womens".
    folded = unicodedata.normalize("NFKC", name.translate(_DROPPED)).casefold()
    words = _words(folded)
    last = len(words) - 1
    key = " ".join(
        AND if word in _AND_WORDS or (word in _AND_BETWEEN_WORDS and 0 < index < last) else word
        for index, word in enumerate(words)
    )
    return (key or " ".join(folded.split()))[:KEY_LENGTH]


AliasTable = Mapping[str, str]
"""The key of a name → the key of the name its group goes by."""


def alias_table(groups: Iterable[Sequence[str]]) -> dict[str, str]:
    """Groups of names that mean the same (the first names the group) as a
    table from each name's key to the first name's key. A name in two groups
    is an error: the table would depend on their order."""
    table: dict[str, str] = {}
    for group in groups:
        if not group:
            continue
        target = normalized_name(group[0])
        for name in group:
            key = normalized_name(name)
            if table.get(key, target) != target:
                raise ValueError(f"{name!r} is an alias in two groups")
            table[key] = target
    return table


def vocabulary_key(name: str, aliases: AliasTable | None = None) -> str:
    """The key ``name`` matches under: its normalised form, or the key of the
    name its alias group goes by."""
    key = normalized_name(name)
    return aliases.get(key, key) if aliases else key
