"""The register's saved views: pick one to reopen it, save the current filter
and sort under a name, delete one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.register import RegisterFilter, Sort
from desktop.services.saved_views import View, delete_view, list_views, save_view
from desktop.ui.operations import Changes, Kind, WriteOperation, Written


class SavedViewsBar(QWidget):
    view_chosen = Signal(object)  # View

    def __init__(
        self, current: Callable[[], tuple[RegisterFilter, Sort]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.current = current
        self.session_factory: sessionmaker[Session] | None = None
        self.saved_views: list[View] = []
        self.combo = QComboBox()
        self.combo.setObjectName("savedViews")
        self.combo.setMinimumWidth(160)
        self.combo.activated.connect(self._chosen)
        self.save_button = QPushButton(self.tr("Save view…"))
        self.save_button.clicked.connect(self.save_current)
        self.delete_button = QPushButton(self.tr("Delete view"))
        self.delete_button.clicked.connect(self.delete_current)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.save_button)
        layout.addWidget(self.delete_button)
        self.show_views([])

    def show_views(self, views: list[View]) -> None:
        current = self.combo.currentData()
        self.saved_views = views
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Saved views…"), 0)
        for view in views:
            self.combo.addItem(view.name, view.id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.blockSignals(False)
        self.delete_button.setEnabled(bool(views))

    def _chosen(self, index: int) -> None:
        view_id = self.combo.itemData(index)
        view = next((v for v in self.saved_views if v.id == view_id), None)
        if view is not None:
            self.view_chosen.emit(view)

    def save_current(self) -> None:
        if self.session_factory is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save view"),
            self.tr("Name of this view:"),
            text=self.combo.currentText() if self.combo.currentIndex() > 0 else "",
        )
        if not ok:
            return
        filt, sort = self.current()
        factory = self.session_factory

        def save() -> Written[tuple[int, list[View]]]:
            view_id = save_view(factory, name, filt, sort)
            return Written((view_id, list_views(factory)), Changes.of(Kind.VIEW, [view_id]))

        WriteOperation(self, save, self._saved).error_title(self.tr("Save view")).run()

    def _saved(self, saved: tuple[int, list[View]]) -> None:
        view_id, views = saved
        self.show_views(views)
        self.combo.setCurrentIndex(max(0, self.combo.findData(view_id)))

    def delete_current(self) -> None:
        view_id = self.combo.currentData()
        if self.session_factory is None or not view_id:
            return
        factory, gone = self.session_factory, int(view_id)

        def delete() -> Written[list[View]]:
            delete_view(factory, gone)
            return Written(list_views(factory), Changes.of(Kind.VIEW, [gone]))

        WriteOperation(self, delete, self.show_views).error_title(self.tr("Delete view")).run()
