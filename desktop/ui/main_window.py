"""The main window: navigation, pages, menus and status bar (its commands on the
database file are in window_files)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.register import RegisterFilter
from desktop.ui import user_settings, workers
from desktop.ui.changes import Changes, broadcaster
from desktop.ui.error_text import error_text
from desktop.ui.views.about_dialog import show_about
from desktop.ui.views.integrity_check import IntegrityCheck
from desktop.ui.views.pages import PAGE_SPECS, Page, PageSet, PageSpec
from desktop.ui.views.register_page import RegisterPage
from desktop.ui.views.role_controls import RoleControls
from desktop.ui.views.status_line import StatusLine
from desktop.ui.window_files import DatabaseFileCommands

if TYPE_CHECKING:
    from desktop.services.stats import Stats
    from desktop.ui.views.export_dialog import ExportDialog
    from desktop.ui.views.import_dialog import ImportDialog
    from desktop.ui.views.plans_page import PlansPage
    from desktop.ui.views.report_options import RegisterState
    from desktop.ui.views.reports_page import ReportsPage

# The signals of pages built on first use, and the window's slot each goes to.
PAGE_SIGNALS: dict[str, tuple[tuple[str, str], ...]] = {
    "clusters": (("open_in_register", "show_cluster_in_register"),),
    "agencies": (("open_in_register", "show_agency_in_register"),),
    "dashboard": (("open_register", "show_in_register"), ("open_action", "show_action")),
    "consultations": (("open_recommendations", "show_recommendations"),),
    "calendar": (("open_recommendations", "show_recommendations"),),
}


class MainWindow(DatabaseFileCommands, QMainWindow):
    first_page_loaded = Signal()
    load_failed = Signal(str)
    database_changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._loaded_once = False
        self._load_started = False
        self._stats: Stats | None = None
        self._backed_up_today = False
        # The daily backup waits for the integrity check: a damaged database is said so
        # once, rather than also as a failed backup.
        self.integrity_check = IntegrityCheck(self)
        self.integrity_check.passed.connect(self._automatic_backup)
        self.setWindowTitle(self.tr("NMRF Desk"))
        self.resize(1100, 700)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(220)
        self.navigation.setSpacing(3)
        self.stack = QStackedWidget()
        for spec in PAGE_SPECS:
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigation.addItem(item)
        self.pages = PageSet(PAGE_SPECS, self.stack, self._page_built)
        register = self.pages["recommendations"]
        assert isinstance(register, RegisterPage)
        self.register = register
        self.register.loaded.connect(self._first_view_loaded)
        self.register.load_failed.connect(self._register_failed)
        self.navigation.setCurrentRow(0)  # the register, built above

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_status_bar()
        self.roles = RoleControls(self)  # who is at the keyboard; File › Users…
        self.navigation.currentRowChanged.connect(self._navigate)
        self._show_database_in_status()
        broadcaster().changed.connect(self.broadcast_changes)
        self.successor: MainWindow | None = None
        """The window that replaced this one in another interface language."""

    def latest(self) -> MainWindow:
        """This window, or the one that replaced it last."""
        return self if self.successor is None else self.successor.latest()

    # -- construction ----------------------------------------------------
    @property
    def plans(self) -> PlansPage:
        return cast("PlansPage", self.pages["plans"])

    @property
    def reports(self) -> ReportsPage:
        return cast("ReportsPage", self.pages["reports"])

    def _page_built(self, spec: PageSpec, page: Page) -> None:
        """Connect a new page and bring it up to date with the window."""
        page.set_database(self.database)
        for signal, slot in PAGE_SIGNALS.get(spec.key, ()):
            getattr(page, signal).connect(getattr(self, slot))
        if self._stats is not None:
            page.show_stats(self._stats)
        if self._load_started:
            page.reload()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.action_new = self._action(
            self.tr("&New database…"), self.choose_new_database, QKeySequence.StandardKey.New
        )
        self.action_open = self._action(
            self.tr("&Open database…"), self.choose_database_to_open, QKeySequence.StandardKey.Open
        )
        self.action_backup = self._action(self.tr("&Back up…"), self.choose_backup_destination)
        self.action_restore = self._action(self.tr("&Restore from backup…"), self.show_restore)
        # Why a disabled entry is disabled (a server, a read-only database) shows on hover.
        file_menu.setToolTipsVisible(True)
        self.database_changed.connect(self._update_restore_action)
        self._update_restore_action()
        self.action_import = self._action(
            self.tr("&Import recommendations…"), self.show_import, QKeySequence("Ctrl+I")
        )
        self.action_import_forms = self._action(
            self.tr("Import &agency updates…"), self.show_form_import
        )
        self.action_settings = self._action(
            self.tr("&Settings…"), self.show_settings, QKeySequence.StandardKey.Preferences
        )
        self.action_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.action_export = self._action(
            self.tr("&Export recommendations…"), self.show_export, QKeySequence("Ctrl+E")
        )
        for action in (self.action_new, self.action_open, self.action_backup, self.action_restore):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.action_import)
        file_menu.addAction(self.action_import_forms)
        file_menu.addAction(self.action_export)
        file_menu.addSeparator()
        file_menu.addAction(self.action_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.action_about = self._action(self.tr("&About NMRF Desk"), self.show_about)
        help_menu.addAction(self.action_about)

    def _action(self, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_status_bar(self) -> None:
        self.status_line = StatusLine(self)
        self.database_label = self.status_line.database_label
        self.read_only_label = self.status_line.read_only_label
        self.busy = self.status_line.busy
        self.alerts_button = self.status_line.alerts_button
        self.alerts_button.clicked.connect(lambda: self.show_page("dashboard"))

    def _show_database_in_status(self) -> None:
        self.status_line.show_database(self.database)

    def _set_busy(self, delta: int) -> None:
        self.status_line.set_busy(delta)

    # -- loading -----------------------------------------------------------
    def current_page(self) -> Page:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Page)
        return widget

    def show_page(self, key: str) -> Page:
        self.navigation.setCurrentRow(self.pages.index(key))
        return self.current_page()

    def _navigate(self, row: int) -> None:
        """Show the page of navigation row ``row``, built if it is shown for the first time."""
        if row < 0:
            return
        self.pages[PAGE_SPECS[row].key]
        self.stack.setCurrentIndex(row)
        self._page_shown(row)

    def load(self) -> None:
        """Load the data of the pages built so far in the background (the others
        read theirs when built). At start the first page's rows come first, the
        alerts and figures once they show."""
        starting = not self._loaded_once
        self._load_started = True
        for page in self.pages.built_pages():
            page.stale = False
            page.reload()
        if not starting:
            self._load_figures()

    def _load_figures(self) -> None:
        self.refresh_alerts()
        self._set_busy(+1)
        session_factory = self.database.session_factory
        # The figures' services load after the first page, not before it.
        from desktop.services.stats import compute_stats

        workers.run_task(
            lambda: compute_stats(session_factory), self._stats_loaded, self._stats_failed
        )

    def broadcast_changes(self, changes: Changes) -> None:
        """A write changed ``changes``: the page shown reads again, the others when shown."""
        current = self.current_page()
        for page in self.pages.built_pages():
            page.notice_changes(changes, visible=page is current)
        self.refresh_alerts()

    def refresh_alerts(self) -> None:
        self.alerts_button.refresh(self.database)

    def _stats_loaded(self, stats: Stats) -> None:
        self._set_busy(-1)
        self._stats = stats
        for page in self.pages.built_pages():
            page.show_stats(stats)
        self._automatic_backup()

    def show_cluster_in_register(self, cluster_id: int) -> None:
        self.show_page("recommendations")
        self.register.filters.clear()
        self.register.filters.clusters.set_checked([cluster_id])
        self.register.reload()

    def show_agency_in_register(self, agency_id: int) -> None:
        self.show_page("recommendations")
        filters = self.register.filters
        filters.clear()
        filters.agency.setCurrentIndex(max(0, filters.agency.findData(agency_id)))
        self.register.reload()

    def _page_shown(self, _row: int) -> None:
        self.refresh_alerts()
        self.current_page().refresh_if_stale()
        key = self.current_page().key
        if key == "plans":
            # A new plan can start from what the register shows now.
            self.plans.set_register_filter(
                self.register.current_filter(), self.register.model.rowCount()
            )
        elif key == "reports":
            # A status report or list can cover what the register shows or has selected;
            # plans and agencies created since are offered.
            self.reports.set_register_state(self.register_state())
            self.reports.reload()

    def register_state(self) -> RegisterState:
        from desktop.ui.views.report_options import RegisterState

        register = self.register
        return RegisterState(
            register.current_filter(),
            register.model.rowCount(),
            tuple(register.selected_ids()),
            register.sort,
        )

    def show_action(self, action_id: int) -> None:
        """Open an action in its plan (a dashboard drill-down)."""
        self.show_page("plans")
        self.plans.show_action(action_id)

    def show_in_register(self, filt: RegisterFilter) -> None:
        """Show the register with exactly ``filt`` (a drill-down)."""
        self.show_page("recommendations")
        self.register.show_filter(filt)

    def show_recommendations(self, ids: list[int]) -> None:
        """Show exactly these recommendations in the register."""
        self.show_in_register(RegisterFilter(recommendation_ids=tuple(ids)))

    def _first_view_loaded(self) -> None:
        if not self._loaded_once:
            self._loaded_once = True
            self.first_page_loaded.emit()
            self._load_figures()
            self.integrity_check.start_soon()

    def _register_failed(self, message: str) -> None:
        self._load_error(RuntimeError(message))
        if not self._loaded_once:
            self._load_figures()
        self.integrity_check.start_soon()  # damage is a likely cause

    def _stats_failed(self, exc: Exception) -> None:
        self._set_busy(-1)
        self._load_error(exc)

    def _load_error(self, exc: Exception) -> None:
        message = self.tr("Could not read the database: {error}").replace(
            "{error}", error_text(exc)
        )
        self.statusBar().showMessage(message)
        self.load_failed.emit(message)

    # -- File menu (the database file's commands are in window_files) ----

    def show_import(self, path: Path | None = None) -> ImportDialog:
        """Open the import dialog (``path`` preselects a file); views reload after an import."""
        # Imported here: the readers' libraries are not needed to start the program.
        from desktop.ui.views.import_dialog import ImportDialog

        dialog = ImportDialog(self.database, self.register.bulk.choices.mechanisms, self)
        dialog.imported.connect(self.load)
        if path is not None:
            dialog.set_path(path)
        dialog.open()
        return dialog

    def show_form_import(self) -> None:
        """Review a returned agency update form, then take in what is chosen."""
        from desktop.ui.views.form_import import choose_returned_form

        choose_returned_form(self)

    def show_export(self) -> ExportDialog:
        """Export the register's selection, its current filter, or everything."""
        from desktop.ui.views.export_dialog import ExportDialog

        register = self.register
        dialog = ExportDialog(
            self.database,
            register.current_filter(),
            register.model.rowCount(),
            register.selected_ids(),
            self,
        )
        dialog.open()
        return dialog

    def show_settings(self) -> None:
        from desktop.ui.language_switch import reopen_in_language
        from desktop.ui.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.database.session_factory, self)
        if dialog.exec() and dialog.language_changed:
            reopen_in_language(self, user_settings.ui_language())

    def show_about(self) -> None:
        show_about(self, self.database.display_name)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.pages.is_built("reports"):
            self.reports.cancel()  # a report being written stops and leaves no file
        workers.wait_for_all()
        super().closeEvent(event)
