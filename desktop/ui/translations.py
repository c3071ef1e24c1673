"""Installing the interface's language: our translation and Qt's own, the
default locale (numbers, dates) and the layout direction."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.domain.vocab import RTL_LANGUAGES

_translators: list[QTranslator] = []


def install_translations(app: QApplication, language: str) -> None:
    """Load our translation and Qt's own for ``language`` ("" = the system's)."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    ours = QTranslator(app)
    if ours.load(locale, "nmrf", "_", str(paths.translations_dir())):
        app.installTranslator(ours)
        _translators.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)
    rtl = locale.name().split("_")[0] in RTL_LANGUAGES
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
