"""Save screenshots of the main window (offscreen) into docs/screenshots, over
the demonstration data, in English, Chinese and Arabic (right to left).

Run: QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py [GROUP…]
where GROUP is one of main, import, import-types, export, action-editor, follow-up,
register-detail, reports, restore, themes, clusters, dashboard-sdg, languages (all six
UN languages; none: every group). Chinese needs a CJK font: resources/fonts has one.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.app import application, install_translations
from desktop.reports.data import ScopeKind, StatusGrouping
from desktop.services.actions import agency_choices
from desktop.services.backups import backup_database
from desktop.services.cluster_agencies import get_cluster_agencies, set_cluster_agencies
from desktop.services.clusters import list_clusters
from desktop.services.dashboard import BreakdownKind
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.services.reporting import ReportType
from desktop.store import sqlite_files
from desktop.ui import workers
from desktop.ui.main_window import MainWindow
from desktop.ui.views.action_dialog import ActionDialog
from desktop.ui.views.cluster_agencies import ClusterAgenciesDialog
from desktop.ui.views.clusters_page import ClustersPage
from desktop.ui.views.dashboard_page import DashboardPage
from desktop.ui.views.import_dialog import ImportDialog
from desktop.ui.views.plans_page import PlansPage
from desktop.ui.views.reports_page import ReportsPage
from desktop.ui.views.themes_page import ThemesPage

OUT = Path(__file__).resolve().parent
# (interface language, page, search typed into the register)
SHOTS = (
    ("en", "recommendations", ""),
    ("en", "recommendations", "torture"),
    ("zh", "recommendations", "儿童 教育"),
    ("en", "agencies", ""),
    ("en", "dashboard", ""),
    ("zh", "dashboard", ""),
    ("ar", "dashboard", ""),
    ("en", "plans", ""),
    ("zh", "plans", ""),
    ("ar", "plans", ""),
    ("en", "consultations", ""),
    ("en", "calendar", ""),
    ("zh", "calendar", ""),
)


GROUPS = (
    "main",
    "import",
    "import-types",
    "export",
    "action-editor",
    "follow-up",
    "register-detail",
    "reports",
    "restore",
    "themes",
    "clusters",
    "dashboard-sdg",
    "languages",
)


def main(argv: list[str]) -> int:
    wanted = set(argv) or set(GROUPS)
    unknown = wanted - set(GROUPS)
    if unknown:
        print(f"unknown group(s): {', '.join(sorted(unknown))}; use {', '.join(GROUPS)}")
        return 2
    app = application()
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        QFontDatabase.addApplicationFont(str(paths.resources_dir() / "fonts" / "wqy-microhei.ttc"))
    workers.set_synchronous(True)
    database = open_database(str(Path(tempfile.mkdtemp()) / "shots.sqlite3"), create=True)
    create_demo_data(database.session_factory)
    for language, page, search in SHOTS if "main" in wanted else ():
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
    for language in ("en", "zh", "ar") if "import" in wanted else ():
        install_translations(app, language)
        import_preview(database, language)
    for language in ("en", "zh", "ar") if "import-types" in wanted else ():
        from annotation_type_shots import import_types_shots  # beside this script

        install_translations(app, language)
        import_types_shots(language)
    if "export" in wanted:
        install_translations(app, "zh")
        export_dialog(database, "zh")
    for language in ("en", "zh", "ar"):
        install_translations(app, language)
        if "action-editor" in wanted:
            action_editor(database, language)
        if "follow-up" in wanted:
            follow_up(database, language)
        if "register-detail" in wanted:
            register_detail(database, language)
        if "reports" in wanted:
            reports_page(database, language)
        if "restore" in wanted:
            restore_dialog(language)
        if "themes" in wanted and language != "ar":
            themes_page(language)
        if "clusters" in wanted:
            clusters_page(language)
        if "dashboard-sdg" in wanted:
            dashboard_sdg(database, language)
    if "languages" in wanted:
        from six_language_shots import six_language_shots  # beside this script

        six_language_shots(app, database)
    install_translations(app, "en")
    database.dispose()
    return 0


def dashboard_sdg(database: Database, language: str) -> None:
    """The dashboard's breakdown by SDG goal: the goals' titles in the interface language."""
    window = MainWindow(database)
    window.resize(1400, 900)
    window.show()
    window.load()
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    page.breakdown.setCurrentIndex(page.breakdown.findData(BreakdownKind.SDG_GOAL))
    QApplication.processEvents()
    window.grab().save(str(OUT / f"dashboard-sdg-{language}.png"))
    window.close()


def restore_dialog(language: str) -> None:
    """File › Restore from backup… over a demo database with backups of each
    kind, taken over the last weeks, and one that cannot be read."""
    folder = Path(tempfile.mkdtemp())
    database = open_database(str(folder / "nmrf-desk.sqlite3"), create=True)
    create_demo_data(database.session_factory)
    assert database.path is not None
    backups = paths.backups_dir_for(database.path)
    now = datetime(2025, 3, 14, 16, 5, tzinfo=UTC)
    taken = (
        (40, "before-upgrade-0012"),
        (21, "manual"),
        (9, "auto"),
        (6, "before-import"),
        (2, "auto"),
        (1, "auto"),
    )
    for n, (days, reason) in enumerate(taken):
        name = sqlite_files.backup_name(database.path, reason, now - timedelta(days=days))
        if reason == "before-import":
            bulk_create_recommendations(
                database.session_factory,
                [NewRecommendation("UPR", f"4.{i}", f"Recommendation {i}") for i in range(120)],
            )
        backup_database(database, backups / name)
        if n == 1:  # a copy that a sync tool cut short
            cut = backups / sqlite_files.backup_name(
                database.path, "manual", now - timedelta(days=15)
            )
            cut.write_bytes((backups / name).read_bytes()[:3000])
    window = MainWindow(database)
    window.show()
    dialog = window.show_restore()
    dialog.select_row(1)
    QApplication.processEvents()
    dialog.grab().save(str(OUT / f"restore-dialog-{language}.png"))
    dialog.close()
    window.close()
    database.dispose()


def themes_page(language: str) -> None:
    """The Themes page over a demo database with two home-made spellings of a
    built-in theme, just merged into it (the message offers the undo), by count."""
    database = open_database(str(Path(tempfile.mkdtemp()) / "themes.sqlite3"), create=True)
    create_demo_data(database.session_factory)
    bulk_create_recommendations(
        database.session_factory,
        [
            NewRecommendation("UPR", f"150.{n}", f"Allocate a budget line {n}", themes=[theme])
            for n, theme in enumerate(
                ["Human rights budgeting", "Human rights budgeting", "Budget for human rights"], 1
            )
        ],
    )
    window = MainWindow(database)
    window.resize(1400, 900)
    window.show()
    window.load()
    page = window.show_page("themes")
    assert isinstance(page, ThemesPage)
    tab = page.themes
    budget = "Budget and resources (for human rights implementation)"
    wanted = {budget, "Human rights budgeting", "Budget for human rights"}
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(tab.table.rowCount()):
        if tab.table.item(row, 0).text() in wanted:
            tab.table.selectionModel().select(tab.table.model().index(row, 0), flags)
    tab.ask_target = lambda names, default: names.index(budget)  # type: ignore[method-assign]
    tab.merge_selected()
    tab.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    tab.table.scrollToTop()
    QApplication.processEvents()
    window.grab().save(str(OUT / f"themes-{language}.png"))
    window.close()
    database.dispose()


def clusters_page(language: str) -> None:
    """The Clusters page with each cluster's lead and supporting agencies (the
    first cluster's lead with its focal point), and that cluster's agencies
    dialog."""
    database = open_database(str(Path(tempfile.mkdtemp()) / "clusters.sqlite3"), create=True)
    factory = database.session_factory
    create_demo_data(factory)
    first = list_clusters(factory)[0]
    current = get_cluster_agencies(factory, first.id)
    choices = {c.id: c for c in agency_choices(factory)}
    with_focal_points = [
        replace(a, focal_point_id=next(iter(choices[a.agency_id].focal_points), (None,))[0])
        for a in current.agencies
    ]
    set_cluster_agencies(factory, first.id, current.version, with_focal_points)
    window = MainWindow(database)
    window.resize(1400, 900)
    window.show()
    window.load()
    page = window.show_page("clusters")
    assert isinstance(page, ClustersPage)
    page.table.selectRow(0)
    QApplication.processEvents()
    window.grab().save(str(OUT / f"main-window-clusters-{language}.png"))
    dialog = ClusterAgenciesDialog(
        get_cluster_agencies(factory, first.id), list(choices.values()), window
    )
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(OUT / f"cluster-agencies-{language}.png"))
    dialog.close()
    window.close()
    database.dispose()


def reports_page(database: Database, language: str) -> None:
    """The Reports page set for a status report of the UPR, by theme, marked and
    with the DRAFT watermark."""
    window = MainWindow(database)
    window.resize(1400, 900)
    window.show()
    window.load()
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    form = page.options
    form.set_report_type(ReportType.STATUS)
    form.set_scope_kind(ScopeKind.MECHANISM)
    form.mechanism.setCurrentIndex(max(0, form.mechanism.findData("UPR")))
    form.grouping.setCurrentIndex(form.grouping.findData(StatusGrouping.THEME.value))
    form.language.setCurrentIndex(form.language.findData(language))
    form.marking.setCurrentText("CABINET IN CONFIDENCE")
    form.draft.setChecked(True)
    page.set_destination(Path.home() / "Documents" / page.default_path().name)
    QApplication.processEvents()
    window.grab().save(str(OUT / f"main-window-reports-{language}.png"))
    window.close()


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


def action_editor(database: Database, language: str) -> None:
    """The action editor of the demo plan's first action with indicators:
    its details and its indicators with their chart."""
    window = MainWindow(database)
    window.show()
    window.load()
    page = window.show_page("plans")
    assert isinstance(page, PlansPage) and page.view is not None
    action = next(a for g in page.view.groups for a in g.actions if a.indicators)
    dialog = ActionDialog(database, page.action_context(), action.id, parent=window)
    dialog.resize(980, 700)
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(OUT / f"action-editor-{language}.png"))
    dialog.tabs.setCurrentWidget(dialog.indicators)
    QApplication.processEvents()
    dialog.grab().save(str(OUT / f"action-editor-indicators-{language}.png"))
    dialog.close()
    window.close()


def follow_up(database: Database, language: str) -> None:
    """The register's Follow-up tab for a recommendation served by actions."""
    window = MainWindow(database)
    window.resize(1400, 900)
    window.show()
    window.load()
    register = window.register
    register.detail_tabs.setCurrentWidget(register.follow_up)
    for row in range(register.model.rowCount()):
        register.table.selectRow(row)
        if register.follow_up.action_tree.topLevelItemCount() >= 2:
            break
    QApplication.processEvents()
    window.grab().save(str(OUT / f"register-follow-up-{language}.png"))
    window.close()


def register_detail(database: Database, language: str) -> None:
    """The register filtered by a recommending State (typed into its list),
    with the detail pane of a recommendation that has lead and supporting
    agencies: agencies, the lead's focal point and the classification beside
    the text, without scrolling."""
    window = MainWindow(database)
    window.resize(1400, 900)
    window.show()
    window.load()
    register = window.register
    states = register.filters.recommending_states
    states.narrow.setText("Netherlands")
    states.tick_shown()
    filled = []  # how many linked fields each row has, agencies first
    for row in range(register.model.rowCount()):
        register.select_row(row)  # not selectRow: it selects nothing right to left
        links = register.editor.links.ids
        leads = (bool(links["lead_agency_ids"]), bool(links["supporting_agency_ids"]))
        filled.append((leads, sum(bool(ids) for ids in links.values()), -row))
    register.select_row(-max(filled)[2])
    QApplication.processEvents()
    window.grab().save(str(OUT / f"register-detail-{language}.png"))
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
    raise SystemExit(main(sys.argv[1:]))
