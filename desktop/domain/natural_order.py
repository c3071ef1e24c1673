"""Natural order of references: ``140.2`` before ``140.10`` before ``140.100``,
``12`` before ``12(a)`` before ``12(b)`` before ``13``.

A reference is read as a sequence of tokens: runs of decimal digits (numbers,
compared by value) and runs of letters (words, compared case-insensitively
after NFKC). Everything else (spaces, ``.``, ``/``, brackets, dashes) only
separates tokens, so ``12(a)``, ``12 a`` and ``12a`` are the same place.
Numbers come before words at the same position (``CRC/C/15`` before ``CRC/C/Add``),
and a reference comes before its own continuations (``6.1`` before ``6.1 bis``
before ``6.2``). Words are alphabetical, so ``bis`` and ``ter`` take their
alphabetical place among lettered sub-paragraphs of the same number (``6.1(a)``
< ``6.1 bis`` < ``6.1(c)``); UPR reports and concluding observations do not
mix the two.

:func:`natural_key` turns that order into a string whose plain byte-wise
(code point) comparison is the same order, so that it can be stored and
indexed: SQLite compares text byte-wise; PostgreSQL must use the "C"
collation for the column (a locale collation ignores punctuation and case).
Each number becomes exactly :data:`NUMBER_WIDTH` digits (longer numbers a
``:``, their length and their digits, which sorts after every padded
number), each word its case-folded letters, and tokens are joined by ``.``,
which sorts before every digit and letter:

    ``A/HRC/59/15 para 140.2`` -> ``a.hrc.000059.000015.para.000140.000002``
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

NUMBER_WIDTH = 6
"""Digits of a padded number: paragraph numbers, years and session numbers fit."""
KEY_LENGTH = 255
"""The stored key's length; longer keys are cut, which keeps their order
(a cut key never sorts after the key it was cut from) but can tie them."""
SEPARATOR = "."
_LONG_NUMBER = ":"  # after "9", before every letter
_MAX_DIGITS = 999

Token = tuple[int, int] | tuple[int, str]
"""``(0, number)`` or ``(1, word)``: numbers before words, as in the key."""

_ASCII_TOKEN = re.compile(r"([0-9]+)|([a-z]+)")


def _is_word_char(char: str) -> bool:
    # Letters, and the marks that belong to them (Devanagari vowel signs,
    # Arabic harakat): a mark does not cut a word in two.
    return char.isalpha() or unicodedata.category(char)[0] == "M"


def _tokens(reference: str) -> list[tuple[str, str]]:
    """("digits" | "word", text) runs of a folded reference."""
    folded = unicodedata.normalize("NFKC", reference).casefold()
    if folded.isascii():
        return [
            ("digits", digits) if digits else ("word", word)
            for digits, word in _ASCII_TOKEN.findall(folded)
        ]
    runs: list[tuple[str, str]] = []
    kind, start = "", 0
    for index, char in enumerate(folded):
        here = "digits" if char.isdecimal() else "word" if _is_word_char(char) else ""
        if here != kind:
            if kind:
                runs.append((kind, folded[start:index]))
            kind, start = here, index
    if kind:
        runs.append((kind, folded[start:]))
    return runs


def _digits(run: str) -> str:
    """A run of digits in ASCII without leading zeros (``140.02`` is ``140.2``);
    a run longer than any reference is cut (it still sorts after every shorter one)."""
    if not run.isascii():  # Arabic-Indic, Devanagari… digits (NFKC keeps them)
        run = "".join(str(unicodedata.decimal(d)) for d in run)
    return (run.lstrip("0") or "0")[:_MAX_DIGITS]


def parse_reference(reference: str) -> tuple[Token, ...]:
    """The tokens of ``reference``; Python's order of these tuples is the
    natural order (:func:`natural_key` stores it as a string)."""
    return tuple(
        (0, int(_digits(text))) if kind == "digits" else (1, text)
        for kind, text in _tokens(reference)
    )


def _number(digits: str) -> str:
    if len(digits) <= NUMBER_WIDTH:
        return digits.zfill(NUMBER_WIDTH)
    return f"{_LONG_NUMBER}{len(digits):03d}{digits}"


@lru_cache(maxsize=65536)  # the same paragraph numbers recur in every document
def natural_key(reference: str) -> str:
    """A string that sorts byte-wise as ``reference`` sorts naturally (at most
    :data:`KEY_LENGTH` characters; ``""`` for a reference without letters or digits)."""
    if reference.isascii():  # almost every reference: NFKC changes nothing, one regex
        parts = [
            _number(_digits(digits)) if digits else word
            for digits, word in _ASCII_TOKEN.findall(reference.lower())
        ]
    else:
        parts = [
            _number(_digits(text)) if kind == "digits" else text
            for kind, text in _tokens(reference)
        ]
    return SEPARATOR.join(parts)[:KEY_LENGTH]
