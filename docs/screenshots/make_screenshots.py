"""Save screenshots of the main window (offscreen) into docs/screenshots, over
the demonstration data, in English, Chinese and Arabic (right to left).

Run: QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py
(Chinese needs a CJK font on the machine, e.g. Debian's fonts-wqy-microhei.)
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from desktop.app import application, install_translations
from desktop.services.database import open_database
from desktop.services.demo import create_demo_data
from desktop.ui import workers
from desktop.ui.main_window import MainWindow

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
    install_translations(app, "en")
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
