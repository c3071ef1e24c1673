"""Which format a file is in, told from its content (not its name), and the
reader for each format."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.errors import ImportFileError
from desktop.services.importing.files import check_file, check_zip_container, is_zip, read_head
from desktop.services.importing.records import ImportedRecommendation, ImportFormat, RowProblem
from desktop.services.importing.tables import read_header
from desktop.services.importing.uhri import looks_like_uhri, read_uhri
from desktop.services.importing.upr_info import looks_like_upr_info, read_upr_info

if TYPE_CHECKING:  # the reader process of a large file needs no mapping's machinery
    from desktop.services.importing.mapped import MappingProfile

Reader = Callable[[Path], Iterable[ImportedRecommendation | RowProblem]]

# Signatures of files people pick by mistake, for a clearer message.
_OTHER_FILES = {
    b"%PDF": "a PDF document",
    b"\xd0\xcf\x11\xe0": "an old Office file (.xls/.doc); save it as .xlsx, .docx or .csv",
    b"\x89PNG": "an image",
    b"\xff\xd8\xff": "an image",
    b"SQLite format 3": "a database",
    b"{\\rtf": "an RTF document",
}


def detect_format(path: Path) -> ImportFormat:
    """The format of ``path``; MAPPED for a spreadsheet in no official format.
    Raises ImportFileError for a file that is no supported kind."""
    check_file(path)
    head = read_head(path)
    for signature, kind in _OTHER_FILES.items():
        if head.startswith(signature):
            raise ImportFileError(
                f"this is {kind}, not a file that can be imported",
                file=path.name,
                code="import.other_kind",
                params={"kind": kind},
            )
    if is_zip(path):
        members = check_zip_container(path)
        if "word/document.xml" in members:
            from desktop.services.importing.thematic_list import looks_like_thematic_list

            if looks_like_thematic_list(path):
                return ImportFormat.THEMATIC_LIST
            raise ImportFileError(
                "this Word document holds no OHCHR thematic list of recommendations "
                "(a table whose first row reads Recommendation | Position | …)",
                file=path.name,
                code="import.word_not_thematic",
            )
        if "xl/workbook.xml" not in members:
            raise ImportFileError(
                "this zip file is neither an Excel workbook nor a Word document",
                file=path.name,
                code="import.zip_not_office",
            )
    headers = read_header(path)
    if looks_like_uhri(headers):
        return ImportFormat.UHRI
    if looks_like_upr_info(headers):
        return ImportFormat.UPR_INFO
    if len(headers) < 2:
        raise ImportFileError(
            "this is neither a spreadsheet (XLSX or CSV with column headers) nor an "
            "OHCHR thematic list; it cannot be imported",
            file=path.name,
            code="import.not_importable",
        )
    return ImportFormat.MAPPED


def reader_for(fmt: ImportFormat, mapping: MappingProfile | None = None) -> Reader:
    if fmt is ImportFormat.UHRI:
        return read_uhri
    if fmt is ImportFormat.UPR_INFO:
        return read_upr_info
    if fmt is ImportFormat.THEMATIC_LIST:
        from desktop.services.importing.thematic_list import read_thematic_list

        return read_thematic_list
    if mapping is None:

        def needs_mapping(path: Path) -> Iterable[ImportedRecommendation | RowProblem]:
            raise ImportFileError(
                "this spreadsheet is in no official format: import it with a column mapping",
                file=path.name,
                code="import.needs_mapping",
            )

        return needs_mapping
    from desktop.services.importing.mapped import read_mapped

    return lambda path: read_mapped(path, mapping)
