"""The agencies of a thematic cluster on the Clusters page: a dialog to set
its lead and supporting agencies with their focal points (the action editor's
agency table), and handing them on to the cluster's recommendations, with a
confirmation that says how many change and an undo."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.actions import ActionAgency, AgencyChoice, agency_choices
from desktop.services.cluster_agencies import (
    AssignResult,
    AssignUndo,
    ClusterAgencies,
    assign_to_recommendations,
    get_cluster_agencies,
    preview_assign_to_recommendations,
    set_cluster_agencies,
    undo_assign,
)
from desktop.services.clusters import ClusterInfo
from desktop.ui.error_text import error_text
from desktop.ui.operations import Changes, Kind, ReadOperation, WriteOperation, Written
from desktop.ui.views.action_agencies import ActionAgenciesEditor

if TYPE_CHECKING:
    from desktop.ui.views.clusters_page import ClustersPage


class ClusterAgenciesDialog(QDialog):
    """Lead and supporting agencies of one cluster, each with its focal point."""

    def __init__(
        self,
        current: ClusterAgencies,
        choices: Sequence[AgencyChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agencies of “{cluster}”").replace("{cluster}", current.name))
        hint = QLabel(
            self.tr(
                "Actions proposed for this cluster in a new plan are led by its lead agency "
                "and supported by its supporting agencies."
            )
        )
        hint.setWordWrap(True)
        self.editor = ActionAgenciesEditor(choices)
        self.editor.table.setObjectName("clusterAgencies")
        self.editor.set_agencies(current.agencies)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(640, 340)

    def agencies(self) -> tuple[ActionAgency, ...]:
        return self.editor.agencies()


class ClusterAgenciesActions(QObject):
    """What the page's Agencies menu does; saves run off the GUI thread."""

    def __init__(self, page: ClustersPage) -> None:
        super().__init__(page)
        self.page = page
        self.last_undo: AssignUndo | None = None
        self.dialog: ClusterAgenciesDialog | None = None

    def _one(self, refusal: str) -> ClusterInfo | None:
        chosen = self.page.selected()
        if self.page.database is None or len(chosen) != 1:
            self.page.message.setText(refusal)
            return None
        return chosen[0]

    def _read(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        ReadOperation(self.page, fn, on_done).on_error(self._failed).run()

    def _write(self, fn: Callable[[], Written[Any]], on_done: Callable[[Any], None]) -> None:
        WriteOperation(self.page, fn, on_done).on_error(self._failed).run()

    def _failed(self, exc: Exception) -> None:
        QMessageBox.warning(self.page, self.tr("Clusters"), error_text(exc))
        self.page.reload()

    # -- setting the agencies ------------------------------------------------
    def edit(self) -> None:
        info = self._one(self.tr("Select one cluster to set its agencies."))
        if info is None or self.page.database is None:
            return
        factory = self.page.database.session_factory
        self._read(
            lambda: (get_cluster_agencies(factory, info.id), agency_choices(factory)),
            self._edit_loaded,
        )

    def _edit_loaded(self, loaded: tuple[ClusterAgencies, list[AgencyChoice]]) -> None:
        current, choices = loaded
        self.dialog = ClusterAgenciesDialog(current, choices, self.page)
        accepted = self.page._run(self.dialog)
        agencies = self.dialog.agencies()
        self.dialog.deleteLater()
        if not accepted or self.page.database is None:
            return
        factory = self.page.database.session_factory
        cluster_id = current.cluster_id

        def save() -> Written[None]:
            set_cluster_agencies(factory, cluster_id, current.version, agencies)
            return Written(None, Changes.of(Kind.CLUSTER, [cluster_id]))

        self._write(save, lambda _none: self._saved(current.name))

    def _saved(self, name: str) -> None:
        self.page.message.setText(
            self.tr("The agencies of “{cluster}” are saved.").replace("{cluster}", name)
        )
        self.page.reload()

    # -- handing them on to the recommendations ------------------------------
    def assign(self) -> None:
        info = self._one(self.tr("Select one cluster to assign its agencies."))
        if info is None or self.page.database is None:
            return
        if not info.leads and not info.supporting:
            self.page.message.setText(
                self.tr("“{cluster}” has no agencies yet: set them first.").replace(
                    "{cluster}", info.name
                )
            )
            return
        factory = self.page.database.session_factory
        self._read(
            lambda: preview_assign_to_recommendations(factory, info.id),
            lambda preview: self._confirm_assign(info, preview),
        )

    def _confirm_assign(self, info: ClusterInfo, preview: AssignResult) -> None:
        if preview.changed == 0:
            self.page.message.setText(
                self.tr(
                    "The %Ln recommendation(s) of “{cluster}” already have its agencies.",
                    "",
                    preview.recommendations,
                ).replace("{cluster}", info.name)
            )
            return
        agencies = "; ".join([*info.leads, *info.supporting])
        question = (
            self.tr("Assign {agencies} to the recommendations of “{cluster}”?")
            .replace("{agencies}", agencies)
            .replace("{cluster}", info.name)
            + "\n\n"
            + self.tr("%Ln recommendation(s) will change", "", preview.changed)
            + " "
            + self.tr("(of %Ln in the cluster).", "", preview.recommendations)
            + " "
            + self.tr("The agencies they already have stay.")
        )
        answer = QMessageBox.question(self.page, self.tr("Assign the cluster's agencies"), question)
        if answer != QMessageBox.StandardButton.Yes or self.page.database is None:
            return
        factory = self.page.database.session_factory

        def hand_on() -> Written[AssignResult]:
            result = assign_to_recommendations(factory, info.id, info.version)
            return Written(result, _recommendations_changed(result.undo))

        self._write(hand_on, lambda result: self._assigned(info, result))

    def _assigned(self, info: ClusterInfo, result: AssignResult) -> None:
        self.last_undo = result.undo
        self.page.undo_button.setVisible(True)
        self.page.message.setText(
            self.tr(
                "%Ln recommendation(s) of “{cluster}” now have its agencies.", "", result.changed
            ).replace("{cluster}", info.name)
        )
        self.page.reload()

    def undo(self) -> None:
        undo, self.last_undo = self.last_undo, None
        self.page.undo_button.setVisible(False)
        if undo is None or self.page.database is None:
            return
        factory = self.page.database.session_factory

        def put_back() -> Written[int]:
            return Written(undo_assign(factory, undo), _recommendations_changed(undo))

        self._write(put_back, self._undone)

    def _undone(self, touched: int) -> None:
        self.page.message.setText(
            self.tr("Undone: %Ln recommendation(s) have their agencies back.", "", touched)
        )
        self.page.reload()


def _recommendations_changed(undo: AssignUndo) -> Changes:
    """Handing agencies on (or taking them back) changes the agencies of these
    recommendations, and so the agencies' and clusters' figures."""
    return Changes.of(Kind.RECOMMENDATION, undo.touched) | Changes.of(Kind.AGENCY)
