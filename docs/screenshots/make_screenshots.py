"""Save screenshots of the main window's pages (offscreen) into docs/screenshots.

Run: QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py [DB]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.app import application, install_translations
from desktop.services.database import open_database
from desktop.ui import workers
from desktop.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent


def main() -> int:
    app = application()
    install_translations(app, "en")
    workers.set_synchronous(True)
    db = sys.argv[1] if len(sys.argv) > 1 else str(Path(tempfile.mkdtemp()) / "shot.sqlite3")
    database = open_database(db, create=True)
    window = MainWindow(database)
    window.resize(1100, 700)
    window.show()
    window.load()
    for key in ("recommendations", "dashboard"):
        window.show_page(key)
        app.processEvents()
        window.grab().save(str(OUT / f"main-window-{key}.png"))
    window.close()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rtl = MainWindow(database)
    rtl.resize(1100, 700)
    rtl.show()
    rtl.load()
    rtl.show_page("dashboard")
    app.processEvents()
    rtl.grab().save(str(OUT / "main-window-rtl.png"))
    rtl.close()
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
