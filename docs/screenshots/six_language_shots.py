"""The "languages" group of make_screenshots.py: the main pages and the
import, action and report screens in each of the six UN languages, saved under
the names the other groups use (main-window-dashboard-fr.png…)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.app import install_translations
from desktop.domain.vocab import UN_LANGUAGES
from desktop.services.database import Database
from desktop.ui.main_window import MainWindow

PAGES = ("recommendations", "dashboard", "plans", "reports")


def six_language_shots(app: QApplication, database: Database) -> None:
    from make_screenshots import OUT, action_editor, import_preview, reports_page

    for language in UN_LANGUAGES:
        install_translations(app, language)
        for page in PAGES:
            window = MainWindow(database)
            window.resize(1400, 900)
            window.show()
            window.load()
            window.show_page(page)
            if page == "recommendations":
                window.register.select_row(0)
            QApplication.processEvents()
            window.grab().save(str(OUT / f"main-window-{page}-{language}.png"))
            window.close()
        reports_page(database, language)  # set up for a status report
        import_preview(database, language)
        action_editor(database, language)
    install_translations(app, "en")
