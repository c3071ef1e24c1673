"""Screenshots of UHRI annotation types (make_screenshots.py, group
"import-types"): the import preview counting each type over a database that
holds an older import of the same export (two paragraphs stored as
recommendations, one of them worked on), and the register's "Document
context" tab after the import."""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from desktop.services.database import open_database
from desktop.services.importing.service import import_file
from desktop.services.importing.uhri import EXPORT_HEADERS
from desktop.store.models import Recommendation
from desktop.ui.main_window import MainWindow
from desktop.ui.views.import_dialog import ImportDialog

OUT = Path(__file__).resolve().parent
PARAGRAPHS = [
    ("4", "Positive aspects", "The Committee welcomes the adoption of the Family Code in 2024."),
    (
        "11",
        "Concerns/Observations",
        "The Committee is concerned that corporal punishment "
        "remains lawful in the home and in alternative care settings.",
    ),
    (
        "12",
        "Recommendation",
        "The Committee recommends that the State party explicitly "
        "prohibit corporal punishment in all settings.",
    ),
    (
        "17",
        "Concerns/Observations",
        "The Committee notes with concern that child marriage persists in rural areas.",
    ),
    (
        "18",
        "Recommendation",
        "The Committee recommends that the State party raise the "
        "minimum age of marriage to 18 years for girls and boys without exception.",
    ),
    (
        "25",
        "Recommendation",
        "The Committee recommends that the State party ratify the "
        "Optional Protocol on a communications procedure.",
    ),
]


def _export(path: Path, every_row_a_recommendation: bool) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(EXPORT_HEADERS))
    for n, (paragraph, kind, text) in enumerate(PARAGRAPHS):
        sheet.append(
            [
                f"{paragraph}. {text}",
                "- Aldavia",
                "",
                "- Committee on the Rights of the Child",
                "",
                "CRC/C/ALD/CO/5-6",
                45900,
                45950,
                "Recommendation" if every_row_a_recommendation else kind,
                "- Children's rights",
                "- Children",
                "",
                "",
                "",
                "",
                f"5e1d0c2a-0000-4000-8000-{n:012d}",
            ]
        )
    workbook.save(path)
    return path


def import_types_shots(language: str) -> None:
    folder = Path(tempfile.mkdtemp())
    database = open_database(str(folder / "types.sqlite3"), create=True)
    try:
        import_file(database, _export(folder / "crc-old.xlsx", True))
        with database.session_factory.begin() as session:
            session.execute(
                update(Recommendation)
                .where(Recommendation.paragraph == "17")
                .values(notes="Raised with the Ministry of Justice")
            )
        dialog = ImportDialog(database, [])
        dialog.resize(1100, 680)
        dialog.set_path(_export(folder / "crc-uhri-export.xlsx", False))
        dialog.show()
        dialog.next_step()
        QApplication.processEvents()
        dialog.grab().save(str(OUT / f"import-types-{language}.png"))
        dialog.next_step()  # import
        dialog.close()
        window = MainWindow(database)
        window.resize(1400, 900)
        window.show()
        window.load()
        register = window.register
        register.detail_tabs.setCurrentWidget(register.document_context)
        register.select_row(0)  # not selectRow: it selects nothing right to left
        QApplication.processEvents()
        window.grab().save(str(OUT / f"register-document-context-{language}.png"))
        window.close()
    finally:
        database.dispose()
