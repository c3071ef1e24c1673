"""Save screenshots (offscreen) of the register sorted by its Recommending
States column, over the demonstration data, in English, Chinese and Arabic:
the States follow the order of the names shown (pinyin, the Arabic alphabet).
The column is moved next to the reference so that it shows; the settings this
changes are kept in a folder of their own, not the user's.

Run: QT_QPA_PLATFORM=offscreen python docs/screenshots/make_register_sort_screenshots.py [OUT]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from desktop import paths  # noqa: E402
from desktop.app import application, install_translations  # noqa: E402
from desktop.services.database import open_database  # noqa: E402
from desktop.services.demo import create_demo_data  # noqa: E402
from desktop.ui import workers  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

LANGUAGES = ("en", "zh", "ar")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    app = application()
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        QFontDatabase.addApplicationFont(str(paths.resources_dir() / "fonts" / "wqy-microhei.ttc"))
    workers.set_synchronous(True)
    database = open_database(str(folder / "sorted.sqlite3"), create=True)
    create_demo_data(database.session_factory)
    for language in LANGUAGES:
        install_translations(app, language)
        window = MainWindow(database)
        window.resize(1400, 900)
        window.show()
        window.load()
        window.show_page("recommendations")
        register = window.register
        header = register.table.horizontalHeader()
        section = register.model.columns.index("recommending_states")
        header.moveSection(header.visualIndex(section), 1)
        register.table.sortByColumn(section, Qt.SortOrder.AscendingOrder)
        register.select_row(0)
        QApplication.processEvents()
        path = out / f"register-sorted-by-states-{language}.png"
        window.grab().save(str(path))
        print(path)
        window.close()
    install_translations(app, "en")
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
