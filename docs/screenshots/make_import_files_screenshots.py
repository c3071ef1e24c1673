"""Save screenshots (offscreen) of the import dialog with several files, in
English, Chinese and Arabic (right to left): the files chosen, the preview
(totals, a line per file, rows and rejected rows with their file) and the
summary (one backup). The files are made here: two UPR Info exports and a
UHRI workbook.

Run: QT_QPA_PLATFORM=offscreen python docs/screenshots/make_import_files_screenshots.py [FOLDER]
(FOLDER: where to save them instead of docs/screenshots)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from desktop import paths  # noqa: E402
from desktop.app import application, install_translations  # noqa: E402
from desktop.services.database import open_database  # noqa: E402
from desktop.ui import workers  # noqa: E402
from desktop.ui.views.import_dialog import ImportDialog  # noqa: E402
from tests.unit.import_files import upr_info_bytes, write_uhri_xlsx  # noqa: E402

LANGUAGES = ("en", "zh", "ar")
SESSION_3 = [
    "Aldavia,Africa,AU,Ratify the Optional Protocol to the Convention against Torture,"
    "France,WEOG,EU,Accepted,5,Torture and other CID treatment,3",
    "Aldavia,Africa,AU,Continue its efforts in the área of education,"
    "Brazil,GRULAC,,Noted,2,Right to education,3",
    "Aldavia,Africa,AU,Continue its efforts in the área of education,"
    "Brazil,GRULAC,,Noted,2,Right to education,3",
    "Aldavia,Africa,AU,Adopt a law against domestic violence,Chile,GRULAC,,Accepted,5,Women,3",
]
SESSION_9 = [
    "Aldavia,Africa,AU,Abolish the death penalty,Peru,GRULAC,,Noted,1,Death penalty,9",
    "Aldavia,Africa,AU,Protect journalists and human rights defenders,Spain,WEOG,EU,"
    "Accepted,2,Freedom of expression,9",
    "Aldavia,Africa,AU,Adopt a law against domestic violence,Chile,GRULAC,,Accepted,5,Women,3",
]


def main() -> int:
    app = application()
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        QFontDatabase.addApplicationFont(str(paths.resources_dir() / "fonts" / "wqy-microhei.ttc"))
    workers.set_synchronous(True)
    folder = Path(tempfile.mkdtemp())
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    files = [folder / "upr-info-session-3.csv", folder / "upr-info-session-9.csv"]
    files[0].write_bytes(upr_info_bytes(SESSION_3))
    files[1].write_bytes(upr_info_bytes(SESSION_9))
    files.append(write_uhri_xlsx(folder / "uhri-export-2025.xlsx"))
    for language in LANGUAGES:
        install_translations(app, language)
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        )
        database = open_database(str(folder / f"shots-{language}.sqlite3"), create=True)
        dialog = ImportDialog(database, [])
        dialog.resize(1100, 680)
        dialog.set_paths(files)
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(out / f"import-files-choose-{language}.png"))
        dialog.next_step()
        QApplication.processEvents()
        dialog.grab().save(str(out / f"import-files-preview-{language}.png"))
        dialog.next_step()
        QApplication.processEvents()
        dialog.grab().save(str(out / f"import-files-summary-{language}.png"))
        dialog.close()
        database.dispose()
        print(f"{out}/import-files-{{choose,preview,summary}}-{language}.png")
    install_translations(app, "en")
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
