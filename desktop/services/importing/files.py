"""Reading an imported file safely: size limits, zip containers checked before
any parser sees them (zip bombs, entity declarations), encodings detected
rather than assumed, CSV rows with any line ending and common delimiter.

Everything here raises only :class:`ImportFileError`."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from desktop.domain.errors import ImportFileError
from desktop.services.importing.wide_text import decode_wide, sniff_wide_encoding

MAX_FILE_BYTES = 200 * 1024 * 1024
"""Files over 200 MB are refused before they are read."""
MAX_UNPACKED_BYTES = 3 * 1024 * 1024 * 1024
"""What all members of an XLSX or DOCX may unpack to together."""
MAX_MEMBER_RATIO = 250
"""Deflate can reach ~1000:1; real spreadsheets and documents stay far below 100:1."""
RATIO_CHECKED_ABOVE = 1024 * 1024
"""Small members may compress very well (an empty sheet); only large ones are checked."""
MAX_MEMBERS = 10_000
MAX_CELL_CHARS = 100_000
"""No recommendation is longer; a cell of megabytes is refused."""

_SNIFF_BYTES = 4096


def check_file(path: Path) -> int:
    """The file's size, after checking that it exists, is not empty and not too large."""
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportFileError("the file does not exist", file=name) from None
    except OSError as exc:
        raise ImportFileError(f"the file cannot be read ({exc.strerror})", file=name) from None
    if not path.is_file():
        raise ImportFileError("this is a folder, not a file", file=name)
    if size == 0:
        raise ImportFileError("the file is empty", file=name)
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            f"the file is {size / 1024 / 1024:.0f} MB; files over "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB are not imported",
            file=name,
        )
    return size


def read_head(path: Path, size: int = _SNIFF_BYTES) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except OSError as exc:
        raise ImportFileError(f"the file cannot be read ({exc.strerror})", file=path.name) from None


def is_zip(path: Path) -> bool:
    return read_head(path, 4) == b"PK\x03\x04"


def check_zip_container(path: Path) -> list[str]:
    """Check an XLSX or DOCX before parsing it; returns its member names.

    Refuses a damaged or truncated zip, too many members, members that unpack
    to too much or at a suspicious ratio (zip bombs), and XML members that
    declare a DOCTYPE (entity expansion: Office files never have one)."""
    name = path.name
    check_file(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_MEMBERS:
                raise ImportFileError(
                    f"the file holds {len(infos)} parts; this is not an Office document",
                    file=name,
                )
            total = 0
            for info in infos:
                total += info.file_size
                if total > MAX_UNPACKED_BYTES:
                    raise ImportFileError(
                        "the file unpacks to more than "
                        f"{MAX_UNPACKED_BYTES // 1024**3} GB (a zip bomb?); not imported",
                        file=name,
                    )
                if info.file_size > RATIO_CHECKED_ABOVE and info.file_size > MAX_MEMBER_RATIO * max(
                    info.compress_size, 1
                ):
                    raise ImportFileError(
                        f"the part {info.filename} is compressed "
                        f"{info.file_size // max(info.compress_size, 1)} to 1 (a zip bomb?); "
                        "not imported",
                        file=name,
                    )
            for info in infos:
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    with archive.open(info) as member:
                        prolog = _prolog(member.read(_PROLOG_BYTES))
                    if prolog is None or b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
                        raise ImportFileError(
                            f"the part {info.filename} declares XML entities or is not XML; "
                            "Office documents never do, so it is not imported",
                            file=name,
                        )
            return [info.filename for info in infos]
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, zlib.error) as exc:
        raise ImportFileError(
            f"the file is damaged or truncated and cannot be opened ({exc})", file=name
        ) from None
    except NotImplementedError as exc:
        raise ImportFileError(
            f"the file uses an unsupported compression ({exc})", file=name
        ) from None
    except OSError as exc:
        raise ImportFileError(f"the file cannot be read ({exc})", file=name) from None


_PROLOG_BYTES = 256 * 1024


def _prolog(head: bytes) -> bytes | None:
    """What stands before the root element of an XML part: the declaration,
    comments, processing instructions and a DOCTYPE (the only place entities
    can be declared). None when no root element starts within ``head``."""
    position = 0
    while True:
        while position < len(head) and head[position : position + 1] in b" \t\r\n\xef\xbb\xbf":
            position += 1
        rest = head[position:]
        if rest.startswith(b"<?"):
            terminator = b"?>"
        elif rest.startswith(b"<!--"):
            terminator = b"-->"
        elif rest[:1] == b"<" and (rest[1:2].isalpha() or rest[1:2] in (b"_", b":")):
            return head[:position]
        elif rest.startswith(b"<!"):
            return head[: position + 9]  # a DOCTYPE (or worse): its start is enough to refuse
        else:
            return None
        end = head.find(terminator, position + 2)
        if end < 0:
            return None
        position = end + len(terminator)


# --- text files ------------------------------------------------------------------

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
                f"the text is not valid {wide} at byte {exc.start}", file=file
            ) from None
    if b"\x00" in data[:65536]:
        raise ImportFileError("the file holds binary data, not text", file=file)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # deferred: only legacy-encoded files need it

    best = from_bytes(data[: 1024 * 1024]).best()
    if best is None:
        candidates = ["cp1252", "cp1250", "cp1251", "mac_roman"]
    else:
        # Single-byte codepages of one script look alike to a detector: let the
        # family compete on how plausible the decoded letters are.
        family = next((f for f in _FAMILIES if best.encoding in f), (best.encoding,))
        candidates = [*dict.fromkeys([best.encoding, *family])]
    lone_cr = b"\r" in data and b"\n" not in data
    # Candidates are scored on a sample of the file's non-ASCII stretches; the
    # winner decodes the whole file (the first that can, in order of score).
    sample = _non_ascii_sample(data)
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
        raise ImportFileError("the file's character encoding cannot be recognised", file=file)
    if _control_share(text) > 0.01:
        raise ImportFileError("the file holds binary data, not text", file=file)
    return text, encoding


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


_HIGH_BYTES = re.compile(rb"[\x80-\xff]+")


def _non_ascii_sample(data: bytes, limit: int = 256 * 1024) -> bytes:
    """Up to ``limit`` bytes of the stretches around non-ASCII bytes, one per line
    (a multi-byte character cut at a stretch's edge decodes as a replacement
    character in every candidate alike)."""
    pieces: list[bytes] = []
    size = 0
    end = 0
    for match in _HIGH_BYTES.finditer(data):
        if match.start() < end:
            continue  # already inside the previous stretch
        start, end = max(0, match.start() - 40), match.end() + 40
        pieces.append(data[start:end])
        size += end - start
        if size >= limit:
            break
    return b"\n".join(pieces)


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


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV text among comma, semicolon, tab and bar."""
    sample = text[: _SNIFF_BYTES * 4]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        first_line = sample.splitlines()[0] if sample else ""
        counts = {d: first_line.count(d) for d in ",;\t|"}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def csv_rows(text: str, file: str, delimiter: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) for every non-blank row; any line ending works
    (a lone carriage return included). The row number is the line the row starts on."""
    delimiter = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            reason = (
                f"a cell holds more than {MAX_CELL_CHARS:,} characters"
                if "field limit" in str(exc)
                else f"the CSV cannot be read: {exc}"
            )
            raise ImportFileError(reason, file=file, row=line) from None
        for cell in cells:
            if len(cell) > MAX_CELL_CHARS:
                raise ImportFileError(
                    f"a cell holds {len(cell):,} characters (at most {MAX_CELL_CHARS:,})",
                    file=file,
                    row=line,
                )
        if any(cell.strip() for cell in cells):
            yield line, cells
        line = reader.line_num + 1


def clean_cell(value: object) -> str:
    """A cell value as stripped text ('' for empty), with Unicode normalised
    (NFC) and NUL characters removed."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if text.isascii():
        return (text.replace("\x00", "") if "\x00" in text else text).strip()
    return unicodedata.normalize("NFC", text.replace("\x00", "")).strip()
