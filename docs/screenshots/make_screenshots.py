"""Save screenshots of the main window (offscreen) into docs/screenshots, over
the demonstration data, in English, Chinese and Arabic (right to left).

Run: QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py
(Chinese needs a CJK font on the machine, e.g. Debian's fonts-wqy-microhei.)
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.app import application, install_translations
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.ui import workers
from desktop.ui.main_window import MainWindow
from desktop.ui.views.import_dialog import ImportDialog

OUT = Path(__file__).resolve().parent
# (interface language, page, search typed into the register)
SHOTS = (
    ("en", "recommendations", ""),
    ("en", "recommendations", "torture"),
    ("zh", "recommendations", "儿童 教育"),
    ("en", "clusters", ""),
    ("en", "agencies", ""),
    ("en", "dashboard", ""),
    ("zh", "dashboard", ""),
    ("ar", "dashboard", ""),
)


def main() -> int:
    app = application()
    workers.set_synchronous(True)
    database = open_database(str(Path(tempfile.mkdtemp()) / "shots.sqlite3"), create=True)
    create_demo_data(database.session_factory)
    for language, page, search in SHOTS:
        install_translations(app, language)
        window = MainWindow(database)
        window.resize(1400, 900)
        window.show()
        window.load()
        window.show_page(page)
        if search:
            window.register.search.setText(search)
            window.register.reload()
            window.register.table.selectRow(0)  # the detail pane, with matches highlighted
        app.processEvents()
        suffix = "-search" if search else ""
        window.grab().save(str(OUT / f"main-window-{page}{suffix}-{language}.png"))
        window.close()
    for language in ("en", "zh", "ar"):
        install_translations(app, language)
        import_preview(database, language)
    install_translations(app, "zh")
    export_dialog(database, "zh")
    install_translations(app, "en")
    database.dispose()
    return 0


def export_dialog(database: Database, language: str) -> None:
    window = MainWindow(database)
    window.show()
    window.load()
    window.register.table.selectRow(0)
    dialog = window.show_export()
    dialog.set_path(Path("建议.xlsx"))
    QApplication.processEvents()
    dialog.grab().save(str(OUT / f"export-dialog-{language}.png"))
    dialog.close()
    window.close()


def import_preview(database: Database, language: str) -> None:
    """The import dialog's preview of a small UPR Info file with a duplicate row."""
    folder = Path(tempfile.mkdtemp())
    path = folder / "upr-info-session-3.csv"
    lines = [
        "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session",
        'Aldavia,Africa,AU,"Ratify the Optional Protocol to the Convention against Torture",'
        "France,WEOG,EU,Accepted,5,Torture and other CID treatment,3",
        'Aldavia,Africa,AU,"Continue its efforts in the área of education",'
        "Brazil,GRULAC,,Noted,2,Right to education,3",
        'Aldavia,Africa,AU,"Continue its efforts in the área of education",'
        "Brazil,GRULAC,,Noted,2,Right to education,3",
        'Aldavia,Africa,AU,"Adopt a law against domestic violence",'
        "Chile,GRULAC,,Accepted,5,Women's rights,3",
    ]
    path.write_bytes("\r".join(lines).encode("mac_roman"))
    dialog = ImportDialog(database, [])
    dialog.resize(1100, 680)
    dialog.set_path(path)
    dialog.show()
    dialog.next_step()
    QApplication.processEvents()
    dialog.grab().save(str(OUT / f"import-preview-{language}.png"))
    dialog.close()


if __name__ == "__main__":
    raise SystemExit(main())
