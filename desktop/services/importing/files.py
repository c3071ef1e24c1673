"""Reading an imported file safely: size limits, zip containers checked before
any parser sees them (zip bombs, entity declarations), encodings detected
rather than assumed, CSV rows with any line ending and common delimiter.

Everything here raises only :class:`ImportFileError`."""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from desktop.domain.errors import ImportFileError
from desktop.services.importing.text_decoding import decode_text as decode_text

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
        raise ImportFileError("the file does not exist", file=name, code="import.no_file") from None
    except OSError as exc:
        raise unreadable(exc.strerror, name) from None
    if not path.is_file():
        raise ImportFileError("this is a folder, not a file", file=name, code="import.folder")
    if size == 0:
        raise ImportFileError("the file is empty", file=name, code="file.empty")
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            f"the file is {size / 1024 / 1024:.0f} MB; files over "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB are not imported",
            file=name,
            code="import.too_large",
            params={
                "size_mb": round(size / 1024 / 1024),
                "limit_mb": MAX_FILE_BYTES // 1024 // 1024,
            },
        )
    return size


def read_head(path: Path, size: int = _SNIFF_BYTES) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except OSError as exc:
        raise unreadable(exc.strerror, path.name) from None


def unreadable(reason: object, file: str) -> ImportFileError:
    """The file cannot be read, for ``reason`` (what the system said)."""
    return ImportFileError(
        f"the file cannot be read ({reason})",
        file=file,
        code="import.unreadable",
        params={"reason": str(reason)},
    )


ZIP_FAILURES = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    ValueError,
    zlib.error,
    NotImplementedError,
    OSError,
)
"""What reading a damaged, foreign or unreadable zip package raises."""


def zip_failure(exc: Exception, file: str) -> ImportFileError:
    """The error a zip package that failed with ``exc`` (one of ZIP_FAILURES) is refused with."""
    if isinstance(exc, NotImplementedError):
        return ImportFileError(
            f"the file uses an unsupported compression ({exc})",
            file=file,
            code="import.compression",
            params={"reason": str(exc)},
        )
    if isinstance(exc, OSError):
        return unreadable(exc, file)
    return ImportFileError(
        f"the file is damaged or truncated and cannot be opened ({exc})",
        file=file,
        code="import.damaged_zip",
        params={"reason": str(exc)},
    )


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
                    code="import.too_many_parts",
                    params={"parts": len(infos)},
                )
            total = 0
            for info in infos:
                total += info.file_size
                if total > MAX_UNPACKED_BYTES:
                    raise ImportFileError(
                        "the file unpacks to more than "
                        f"{MAX_UNPACKED_BYTES // 1024**3} GB (a zip bomb?); not imported",
                        file=name,
                        code="import.unpacks_too_large",
                        params={"limit_gb": MAX_UNPACKED_BYTES // 1024**3},
                    )
                if info.file_size > RATIO_CHECKED_ABOVE and info.file_size > MAX_MEMBER_RATIO * max(
                    info.compress_size, 1
                ):
                    raise ImportFileError(
                        f"the part {info.filename} is compressed "
                        f"{info.file_size // max(info.compress_size, 1)} to 1 (a zip bomb?); "
                        "not imported",
                        file=name,
                        code="import.zip_bomb_ratio",
                        params={
                            "part": info.filename,
                            "ratio": info.file_size // max(info.compress_size, 1),
                        },
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
                            code="import.xml_entities",
                            params={"part": info.filename},
                        )
            return [info.filename for info in infos]
    except ImportFileError:
        raise
    except ZIP_FAILURES as exc:
        raise zip_failure(exc, name) from None


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


# --- text files (decoding: text_decoding) ---------------------------------------------


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
            if "field limit" in str(exc):
                raise ImportFileError(
                    f"a cell holds more than {MAX_CELL_CHARS:,} characters",
                    file=file,
                    row=line,
                    code="import.cell_over_limit",
                    params={"maximum": MAX_CELL_CHARS},
                ) from None
            raise ImportFileError(
                f"the CSV cannot be read: {exc}",
                file=file,
                row=line,
                code="import.csv_unreadable",
                params={"reason": str(exc)},
            ) from None
        longest = max(map(len, cells), default=0)  # (each cell looked at in C)
        if longest > MAX_CELL_CHARS:
            raise ImportFileError(
                f"a cell holds {longest:,} characters (at most {MAX_CELL_CHARS:,})",
                file=file,
                row=line,
                code="import.cell_too_long",
                params={"characters": longest, "maximum": MAX_CELL_CHARS},
            )
        if "".join(cells).strip():  # not a blank row
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
