"""Reading a returned form: the same limits as every imported workbook (size,
zip ratio, entity declarations, sheet dimensions) before openpyxl parses it,
then its manifest and the rows of its Updates and Indicators sheets."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.errors import ImportFileError
from desktop.services.forms.content import (
    INDICATOR_FILLED,
    INDICATOR_READ_ONLY,
    UPDATE_FILLED,
    UPDATE_READ_ONLY,
)
from desktop.services.forms.labels import FormLabels
from desktop.services.forms.manifest import MANIFEST_SHEET, Manifest, ManifestError, parse_manifest
from desktop.services.importing.files import check_zip_container, is_zip
from desktop.services.importing.xlsx_guard import check_workbook

UPDATE_WIDTH = len(UPDATE_READ_ONLY) + len(UPDATE_FILLED)
INDICATOR_WIDTH = len(INDICATOR_READ_ONLY) + len(INDICATOR_FILLED)


@dataclass(frozen=True)
class ReturnedForm:
    file: str
    sha256: str
    manifest: Manifest
    labels: FormLabels
    updates: dict[int, tuple[Any, ...]]
    """Row number → the row's cells (as many as the sheet's columns)."""
    indicators: dict[int, tuple[Any, ...]]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


def read_returned_form(path: Path) -> ReturnedForm:
    """The returned form at ``path``; ImportFileError naming the file when it
    is not a readable update form."""
    name = path.name
    if not is_zip(path):
        raise ImportFileError(
            "this is not an Excel workbook (.xlsx)", file=name, code="form.not_xlsx"
        )
    if "xl/workbook.xml" not in check_zip_container(path):
        raise ImportFileError(
            "the file is an Office package but not an Excel workbook",
            file=name,
            code="form.office_not_excel",
        )
    # python-calamine (Rust) reads a sheet ten times faster than openpyxl's
    # read-only mode and never expands XML entities; each sheet is checked
    # (xlsx_guard) before calamine loads it.
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
        if MANIFEST_SHEET not in names:
            raise ImportFileError(
                "the workbook is not an update form made by NMRF Desk (it has no manifest)",
                file=name,
                code="form.no_manifest",
            )
        try:
            manifest = parse_manifest(_sheet(book, path, MANIFEST_SHEET, 7))
        except ManifestError as exc:
            raise ImportFileError(str(exc), file=name, code=exc.code, params=exc.params) from None
        labels = FormLabels(manifest.language)
        updates = _rows(book, names, path, labels("sheet.updates"), 1, UPDATE_WIDTH)
        indicators = _rows(book, names, path, labels("sheet.indicators"), 2, INDICATOR_WIDTH)
    except ImportFileError:
        raise
    except Exception as exc:  # calamine reports damage with errors of several kinds
        raise _damaged(name, exc) from None
    except BaseException as exc:
        if type(exc).__name__ != "PanicException":  # a Rust panic in python-calamine
            raise
        raise _damaged(name, exc) from None
    return ReturnedForm(name, file_sha256(path), manifest, labels, updates, indicators)


def _damaged(name: str, exc: BaseException) -> ImportFileError:
    return ImportFileError(
        f"the workbook is damaged ({exc})",
        file=name,
        code="form.damaged",
        params={"reason": str(exc)},
    )


def _sheet(book: Any, path: Path, title: str, width: int) -> list[tuple[Any, ...]]:
    """Every row of a sheet from A1, each ``width`` cells wide."""
    check_workbook(path, title)
    rows = book.get_sheet_by_name(title).to_python(skip_empty_area=False)
    return [tuple(row[:width]) + ("",) * max(0, width - len(row)) for row in rows]


def _rows(
    book: Any, names: list[str], path: Path, title: str, position: int, width: int
) -> dict[int, tuple[Any, ...]]:
    """The rows with a value of the sheet named ``title`` (else the sheet at
    ``position``, renamed by the agency), from the second, by row number."""
    if title not in names:
        if len(names) <= position:
            raise ImportFileError(
                f'the workbook has no sheet "{title}"',
                file=path.name,
                code="form.no_sheet",
                params={"sheet": title},
            )
        title = names[position]
    rows = _sheet(book, path, title, width)
    return {
        number: cells
        for number, cells in enumerate(rows[1:], start=2)
        if any(v is not None and v != "" for v in cells)
    }
