"""Decoding an imported text file: a byte-order mark or UTF-16/32 without
one, then UTF-8, then the legacy codepage that reads most plausibly.

Everything here raises only :class:`ImportFileError`."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from desktop.domain.errors import ImportFileError
from desktop.services.importing.wide_text import decode_wide, sniff_wide_encoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),  # before UTF-16, whose BOM it starts with
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# Single-byte codepages a detector confuses with each other (Mac Roman among them).
_WESTERN = (
    "cp1252",
    "cp1250",
    "cp1257",
    "cp1254",
    "cp775",
    "cp850",
    "cp852",
    "cp858",
    "latin_1",
    "iso8859_15",
    "iso8859_2",
    "cp1006",
    "cp437",
    "mac_roman",
    "mac_iceland",
    "mac_latin2",
    "mac_turkish",
)
_CYRILLIC = ("cp1251", "mac_cyrillic", "koi8_r", "koi8_u", "cp866", "iso8859_5", "cp855")
_FAMILIES = (_WESTERN, _CYRILLIC)


def decode_text(data: bytes, file: str, *, partial: bool = False) -> tuple[str, str]:
    """Decode a text file: (text, encoding). A BOM decides; else zero bytes in
    the pattern of UTF-16 or UTF-32; else strict UTF-8; else the detected
    encoding, where Mac Roman competes with the Windows and DOS codepages on
    how plausible its accented letters are. Binary data is refused.

    ``partial``: ``data`` is the start of the file, cut at a line-end byte,
    so a UTF-16 or UTF-32 character may be cut short at its end."""
    wide = next((e for bom, e in _BOMS if data.startswith(bom)), None)
    if wide is None:
        wide = sniff_wide_encoding(data)
    if wide is not None:
        try:
            return decode_wide(data, wide, partial=partial), wide
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                f"the text is not valid {wide} at byte {exc.start}",
                file=file,
                code="import.bad_encoding",
                params={"encoding": wide, "byte": exc.start},
            ) from None
    if b"\x00" in data[:65536]:
        raise ImportFileError(
            "the file holds binary data, not text", file=file, code="import.binary"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # deferred: only legacy-encoded files need it

    # Candidates are scored on a sample of the file's non-ASCII stretches; the
    # detector reads the first of them (ASCII tells it nothing: on the whole
    # file it costs a tenth of a second a megabyte, on its stretches a little).
    sample = _non_ascii_sample(data)
    best = from_bytes(sample[:_DETECTOR_BYTES]).best()
    if best is None:
        candidates = ["cp1252", "cp1250", "cp1251", "mac_roman"]
    else:
        # Single-byte codepages of one script look alike to a detector: let the
        # family compete on how plausible the decoded letters are.
        family = next((f for f in _FAMILIES if best.encoding in f), (best.encoding,))
        candidates = [*dict.fromkeys([best.encoding, *family])]
    lone_cr = b"\r" in data and b"\n" not in data
    # The winner decodes the whole file (the first that can, in order of score).
    scored: list[tuple[float, int, str]] = []
    for order, encoding in enumerate(candidates):
        try:
            text = sample.decode(encoding, errors="replace")
        except LookupError:
            continue
        scored.append((_plausibility(text, lone_cr=lone_cr, encoding=encoding), -order, encoding))
    for _, _, encoding in sorted(scored, reverse=True):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ImportFileError(
            "the file's character encoding cannot be recognised",
            file=file,
            code="import.unknown_encoding",
        )
    if _control_share(text) > 0.01:
        raise ImportFileError(
            "the file holds binary data, not text", file=file, code="import.binary"
        )
    return text, encoding


def warm_detector() -> None:
    """Load what the encoding detector's first call loads: each codec it
    tries (about 25 ms; a spare reader process does it while it waits)."""
    from charset_normalizer import from_bytes

    from_bytes("Café crème brûlée, naïve façade".encode("cp1252")).best()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


_HIGH_BYTES = re.compile(rb"[\x80-\xff]+")


_DETECTOR_BYTES = 64 * 1024
_AROUND = 40
"""Bytes of context kept on each side of a stretch of non-ASCII bytes."""


def _non_ascii_sample(data: bytes, limit: int = 256 * 1024) -> bytes:
    """Up to about ``limit`` bytes of the stretches around non-ASCII bytes, one
    per line. Stretches closer than their context join, so that a stretch
    ends in ASCII and no multi-byte character is cut at its edge."""
    pieces: list[bytes] = []
    size = 0
    start = end = -1
    for match in _high_byte_runs(data):
        if end >= 0 and match.start() - _AROUND <= end:
            end = match.end() + _AROUND  # the same stretch goes on
            continue
        if end >= 0:
            pieces.append(data[start:end])
            size += end - start
            if size >= limit:
                return b"\n".join(pieces)
        start, end = max(0, match.start() - _AROUND), match.end() + _AROUND
    if end >= 0:
        pieces.append(data[start:end])
    return b"\n".join(pieces)


_BLOCK = 1 << 16


def _high_byte_runs(data: bytes) -> Iterator[re.Match[bytes]]:
    """The runs of non-ASCII bytes in order, blocks of ASCII passed over in C
    (a run across a block's end comes as two, which the sample joins)."""
    for block in range(0, len(data), _BLOCK):
        if not data[block : block + _BLOCK].isascii():
            yield from _HIGH_BYTES.finditer(data, block, block + _BLOCK)


def _plausibility(text: str, *, lone_cr: bool, encoding: str) -> float:
    """How much ``text`` looks like a correct decoding: accented lower-case
    letters inside words count for it; upper-case letters, symbols and
    control characters inside words count against it."""
    score = 0.0
    for match in _NON_ASCII.finditer(text):
        i, char = match.start(), match.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        in_word = before.isalpha() and after.isalpha()
        category = unicodedata.category(char)
        if category == "Ll":
            score += 1 if in_word or before.isalpha() else 0.5
            if "\u00c0" <= char <= "\u00ff":
                score += 0.5  # Western accents are far more common than Latin Extended-A
        elif category == "Lu":
            score += -1 if in_word else 0.2
        elif category.startswith("C"):
            score -= 2
        elif category == "Zs" or (category[0] in "PS" and after.isalpha() and not before.isalpha()):
            score -= 1  # odd spaces, or a symbol glued to the start of a word
        elif in_word and char not in "\u2019\u00b4":
            score -= 1
    if lone_cr and encoding == "mac_roman":
        score += 1  # classic Mac files end lines with a lone carriage return
    return score


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _control_share(text: str) -> float:
    sample = text[:65536]
    if not sample:
        return 0.0
    bad = len(_CONTROL.findall(sample))
    return bad / len(sample)
