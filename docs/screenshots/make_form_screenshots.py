"""Save screenshots (offscreen) of the agency update form screens into
docs/screenshots, over the demonstration data, in English, Chinese and
Arabic: the review of a returned form (a change, a conflict, rejected rows
with their reasons in the interface's language) and Agencies › Send update
forms….

Run: QT_QPA_PLATFORM=offscreen python docs/screenshots/make_form_screenshots.py [FOLDER]
(FOLDER: where to save them instead of docs/screenshots)
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from desktop import paths  # noqa: E402
from desktop.app import application, install_translations  # noqa: E402
from desktop.services.agencies import list_agencies  # noqa: E402
from desktop.services.database import Database, open_database  # noqa: E402
from desktop.services.demo import create_demo_data  # noqa: E402
from desktop.services.forms.making import FormRequest, make_form  # noqa: E402
from desktop.services.forms.reading import read_returned_form  # noqa: E402
from desktop.services.forms.review import review_form  # noqa: E402
from desktop.services.report_data import find_agency_id  # noqa: E402
from desktop.store.models import Recommendation  # noqa: E402
from desktop.ui import workers  # noqa: E402
from desktop.ui.views.form_review_dialog import FormReviewDialog  # noqa: E402
from desktop.ui.views.send_forms_dialog import SendFormsDialog  # noqa: E402

LANGUAGES = ("en", "zh", "ar")
PROGRESS = {
    "en": ("Draft law approved by the cabinet on 3 November.", "NHRI consulted on the bill."),
    "zh": ("内阁已于 11 月 3 日批准法律草案。", "已就法案征求国家人权机构意见。"),
    "ar": (
        "وافق مجلس الوزراء على مشروع القانون في 3 نوفمبر.",
        "استُشيرت المؤسسة الوطنية لحقوق الإنسان.",
    ),
}


def returned_form(database: Database, folder: Path, language: str) -> Path:
    """The Ministry of Justice's form, returned with a change, a conflict and
    three slips: a changed reference, a status not of the list, a text too long."""
    factory = database.session_factory
    form = folder / f"moj-{language}.xlsx"
    agency = find_agency_id(factory, "MOJ")
    make_form(factory, agency, form, FormRequest(language=language, period="2026"), date.today())
    rows = [e for e in read_returned_form(form).manifest.entries if e.kind == "recommendation"]
    with factory.begin() as session:
        record = session.scalars(
            select(Recommendation).where(Recommendation.uuid == rows[1].record)
        ).one()
        record.notes = "edited at the secretariat"
    book = openpyxl.load_workbook(form)
    sheet = book.worksheets[1]
    first, second = PROGRESS[language]
    sheet[f"H{rows[0].row}"] = sheet[f"H{rows[3].row}"].value
    sheet[f"I{rows[0].row}"] = first
    sheet[f"I{rows[1].row}"] = second
    sheet[f"A{rows[2].row}"] = "118.999"
    sheet[f"H{rows[4].row}"] = "?"
    sheet[f"I{rows[5].row}"] = first * (10_001 // len(first) + 1)
    returned = folder / f"moj-{language}-returned.xlsx"
    book.save(returned)
    return returned


def main() -> int:
    app = application()
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        QFontDatabase.addApplicationFont(str(paths.resources_dir() / "fonts" / "wqy-microhei.ttc"))
    workers.set_synchronous(True)
    folder = Path(tempfile.mkdtemp())
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        install_translations(app, language)
        database = open_database(str(folder / f"shots-{language}.sqlite3"), create=True)
        create_demo_data(database.session_factory)
        returned = returned_form(database, folder, language)
        review = review_form(database.session_factory, returned, date.today())
        dialog = FormReviewDialog(database, review, date.today())
        dialog.resize(1200, 560)
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(out / f"form-review-{language}.png"))
        dialog.close()
        send = SendFormsDialog(database, list_agencies(database.session_factory))
        send.folder.setText(str(folder))
        send.show()
        QApplication.processEvents()
        send.grab().save(str(out / f"send-forms-{language}.png"))
        send.close()
        database.dispose()
        print(f"{out}/form-review-{language}.png, send-forms-{language}.png")
    install_translations(app, "en")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
