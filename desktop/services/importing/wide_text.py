"""Text in UTF-16 or UTF-32 without a byte-order mark (read as text, not
refused as binary), told from where its zero bytes fall.

Most characters of a CSV file (letters of Latin scripts, digits, delimiters,
line ends) are below U+0100, so in UTF-16 every other byte is zero, and in
UTF-32 three of every four. Binary data has zeros anywhere. A guess is only
taken when the first 64 KB decode strictly to plausible text."""

from __future__ import annotations

import codecs
import unicodedata

_SAMPLE_BYTES = 65536
_MIN_TEXT_SHARE = 0.97
"""Share of plain characters a decoding must reach to be taken."""
_TEXT_CATEGORIES = frozenset("LMNPSZ")
_TEXT_CONTROLS = frozenset("\t\n\r")


def sniff_wide_encoding(data: bytes) -> str | None:
    """``utf-32-le``, ``utf-32-be``, ``utf-16-le`` or ``utf-16-be`` when ``data``
    (without a BOM) is text in that encoding; None otherwise."""
    sample = data[:_SAMPLE_BYTES]
    if b"\x00" not in sample:
        return None
    best: tuple[bool, float, str] | None = None
    for encoding in _candidates(sample):
        unit = 4 if encoding.startswith("utf-32") else 2
        try:
            text = codecs.getincrementaldecoder(encoding)("strict").decode(
                sample[: len(sample) - len(sample) % unit], final=False
            )
        except UnicodeDecodeError:
            continue
        # Read in the wrong byte order, line ends and digits become unassigned
        # characters: the order that gives more plain characters wins.
        score = ("\n" in text or "\r" in text, _plain_share(text), encoding)
        if score[1] >= _MIN_TEXT_SHARE and (best is None or score[:2] > best[:2]):
            best = score
    return best[2] if best is not None else None


def _candidates(sample: bytes) -> list[str]:
    """The wide encodings ``sample`` could be in, the likelier first."""
    candidates: list[str] = []
    whole = len(sample) - len(sample) % 4
    if whole:
        # A code point is at most 0x10FFFF: one byte of four is always zero and
        # the next one at most 0x10.
        if not sample[3:whole:4].strip(b"\x00") and max(sample[2:whole:4]) <= 0x10:
            candidates.append("utf-32-le")
        if not sample[0:whole:4].strip(b"\x00") and max(sample[1:whole:4]) <= 0x10:
            candidates.append("utf-32-be")
    pairs = len(sample) // 2
    even = sample[0 : pairs * 2 : 2].count(0)
    odd = sample[1 : pairs * 2 : 2].count(0)
    # Characters below U+0100 (delimiters, line ends, Latin letters) have a
    # zero high byte: odd positions in little-endian order, even in big-endian.
    candidates.extend(("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le"))
    return candidates


def _plain_share(text: str) -> float:
    """The share of letters, marks, digits, punctuation, symbols, spaces and
    line ends (not unassigned, private or control characters); 0 with a NUL."""
    if not text or "\x00" in text:
        return 0.0
    plain = sum(
        1
        for char in text
        if char in _TEXT_CONTROLS or unicodedata.category(char)[0] in _TEXT_CATEGORIES
    )
    return plain / len(text)


def decode_wide(data: bytes, encoding: str, *, partial: bool) -> str:
    """``data`` decoded strictly; with ``partial``, an incomplete character at
    the end (the file was read only in part) is left out. Raises UnicodeDecodeError."""
    return codecs.getincrementaldecoder(encoding)("strict").decode(data, final=not partial)
