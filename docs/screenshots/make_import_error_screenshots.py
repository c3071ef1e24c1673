"""Save screenshots (offscreen) of the import dialog refusing a file and
listing refused rows, in English, Chinese and Arabic, into docs/screenshots:
a damaged (truncated) workbook, and a UPR Info file with a repeated row, an
unknown response and an action category out of range.

Run: QT_QPA_PLATFORM=offscreen python docs/screenshots/make_import_error_screenshots.py [FOLDER]
(FOLDER: where to save them instead of docs/screenshots)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from desktop import paths  # noqa: E402
from desktop.app import application, install_translations  # noqa: E402
from desktop.services.database import Database, open_database  # noqa: E402
from desktop.ui import workers  # noqa: E402
from desktop.ui.views.import_dialog import ImportDialog  # noqa: E402
from tests.unit.import_files import truncated, upr_info_bytes, write_uhri_xlsx  # noqa: E402

LANGUAGES = ("en", "zh", "ar")
LINES = [
    "Aldavia,Africa,AU,Ratify the Optional Protocol to the Convention against Torture,"
    "France,WEOG,EU,Accepted,5,Torture and other CID treatment,3",
    "Aldavia,Africa,AU,Ratify the Optional Protocol to the Convention against Torture,"
    "France,WEOG,EU,Accepted,5,Torture and other CID treatment,3",
    "Aldavia,Africa,AU,Abolish the death penalty,Peru,GRULAC,,Maybe,1,Death penalty,3",
    "Aldavia,Africa,AU,Adopt a law against domestic violence,Chile,GRULAC,,Noted,7,Women,3",
    "Aldavia,Africa,AU,Protect journalists and human rights defenders,Spain,WEOG,EU,"
    "Accepted,2,Freedom of expression,3",
]


def shoot(database: Database, path: Path, out: Path) -> None:
    dialog = ImportDialog(database, [])
    dialog.resize(1100, 620)
    dialog.set_path(path)
    dialog.show()
    dialog.next_step()
    QApplication.processEvents()
    dialog.grab().save(str(out))
    dialog.close()


def main() -> int:
    app = application()
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        QFontDatabase.addApplicationFont(str(paths.resources_dir() / "fonts" / "wqy-microhei.ttc"))
    workers.set_synchronous(True)
    folder = Path(tempfile.mkdtemp())
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    damaged = truncated(folder / "report-2025.xlsx", write_uhri_xlsx(folder / "whole.xlsx"))
    refused = folder / "upr-info-session-3.csv"
    refused.write_bytes(upr_info_bytes(LINES, "utf-8", "\n"))
    for language in LANGUAGES:
        install_translations(app, language)
        database = open_database(str(folder / f"shots-{language}.sqlite3"), create=True)
        shoot(database, damaged, out / f"import-damaged-{language}.png")
        shoot(database, refused, out / f"import-refused-{language}.png")
        database.dispose()
        print(f"{out}/import-damaged-{language}.png, import-refused-{language}.png")
    install_translations(app, "en")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
