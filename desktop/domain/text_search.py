"""How text is folded for search, in every UN language, and how a user's query
becomes search terms. Plain Python: both search backends build on it.

- Diacritics are folded (``indígenas`` ~ ``indigenas``; Arabic short vowels and
  hamza marks too), case is folded.
- Han characters are indexed one by one, so a Chinese word of any length is
  found as a phrase of characters (``预算`` in ``财政预算``): word-based
  tokenizers see a run of Han characters as one token, and trigram indexes
  miss queries under three characters.
- Other words match by prefix (``discrim`` finds ``discrimination``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

# CJK Unified Ideographs, Extension A, Compatibility Ideographs, and the
# supplementary planes' extensions; kana are indexed the same way.
_HAN = (
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3400-\u4dbf"
    "\u4e00-\u9fff"
    "\uf900-\ufaff"
    "\U00020000-\U0002fa1f"
)
_HAN_CHAR = re.compile(f"([{_HAN}])")
_HAN_RUN = re.compile(f"[{_HAN}]+")
_WORD = re.compile(r"\w+")
_ASCII_WORDS = bytes(
    (code | 0x20 if chr(code).isupper() else code)
    if code < 128 and (chr(code).isalnum() or code == ord("_"))
    else ord(" ")
    for code in range(256)
)


def fold(text: str | None) -> str:
    """Text as the search index stores it: folded, Han characters spaced out."""
    if not text:
        return ""
    if text.isascii():  # most texts: nothing to decompose, no Han (imports of 250,000 rows)
        # The bytes made lower case and every byte outside a word a space (what
        # \w finds in ASCII text), then the words joined: a third of the regex's time.
        return b" ".join(text.encode("ascii").translate(_ASCII_WORDS).split()).decode("ascii")
    bare = unicodedata.normalize("NFKD", text).translate(_nonspacing_marks())
    spaced = _HAN_CHAR.sub(r" \1 ", bare.casefold())
    return " ".join(_WORD.findall(spaced))


@cache
def _nonspacing_marks() -> dict[int, None]:
    """Every combining mark (category Mn) to delete with str.translate; they
    all lie in planes 0, 1 and 14. Built on first use (~40 ms), not at start-up."""
    planes = (range(0x20000), range(0xE0000, 0xE1000))
    return {cp: None for r in planes for cp in r if unicodedata.category(chr(cp)) == "Mn"}


def search_document(*parts: str | None) -> str:
    """The folded text of everything searchable about one record."""
    return folded_document(*(fold(part) for part in parts))


def folded_document(*folded: str) -> str:
    """search_document of parts already folded (some folded elsewhere: the
    reader process of a large import folds the texts it reads)."""
    return " ".join([part for part in folded if part])


@dataclass(frozen=True)
class Term:
    """Tokens that must stand next to each other, in order; the last one may
    be a prefix of a longer word."""

    tokens: tuple[str, ...]
    prefix: bool


def parse_query(query: str) -> list[Term]:
    """Every term must match (AND). A chunk of the query between spaces with
    punctuation inside (``121.2``, ``CEDAW/C/ALD``) is a phrase; a Han run is a
    phrase of its characters (no prefix)."""
    terms: list[Term] = []
    for chunk in query.split():
        decomposed = unicodedata.normalize("NFKD", chunk)
        bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").casefold()
        pieces: list[tuple[str, bool]] = []  # (text, is_han)
        position = 0
        for run in _HAN_RUN.finditer(bare):
            pieces.append((bare[position : run.start()], False))
            pieces.append((run.group(), True))
            position = run.end()
        pieces.append((bare[position:], False))
        for text, is_han in pieces:
            if is_han:
                terms.append(Term(tuple(text), prefix=False))
            else:
                words = tuple(_WORD.findall(text))
                if words:
                    terms.append(Term(words, prefix=True))
    return terms
