"""The linked fields of the register's detail pane: who leads and supports a
recommendation (with the lead's focal point from the agency directory), its
themes, affected persons, SDG goals and targets, and the States that made it.
Each field shows the names chosen and opens a searchable picker."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.agencies import FocalPointData
from desktop.services.choices import FilterChoices
from desktop.services.editing import LINK_FIELDS, RecommendationFields
from desktop.ui.collation import sorted_by_name
from desktop.ui.i18n import locale_digits
from desktop.ui.views.picker_dialog import PickerDialog

EMPTY = "—"


class LinkField(QWidget):
    """The names chosen for one linked field, read-only, and a button that
    opens the picker."""

    pick_requested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setReadOnly(True)
        self.line.setAccessibleName(title)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(self.tr("Choose…"))
        self.button.setAccessibleName(self.tr("Choose…"))
        self.button.clicked.connect(self.pick_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)

    def set_names(self, names: list[str]) -> None:
        self.line.setText("; ".join(names) or EMPTY)
        self.line.setCursorPosition(0)  # the first name shows, whatever the direction
        self.line.setToolTip("\n".join(names))

    def text(self) -> str:
        return self.line.text()


class LinksPanel(QWidget):
    """Agencies first (the fields officers assign most), then the classification."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = FilterChoices([], [], [])
        self.countries: list[tuple[int, str]] = []  # in the interface language's order
        self.ids: dict[str, tuple[int, ...]] = {key: () for key in LINK_FIELDS}
        self.fields: dict[str, LinkField] = {}
        self.focal_point = QLineEdit()
        self.focal_point.setObjectName("leadFocalPoint")
        self.focal_point.setReadOnly(True)
        self.focal_point.setToolTip(self.tr("From the agency directory (Agencies page)"))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        labels = self._labels()
        for key in LINK_FIELDS:
            field = LinkField(self._titles()[key])
            field.setObjectName(LINK_FIELDS[key])
            field.pick_requested.connect(lambda k=key: self.pick(k))
            self.fields[key] = field
            form.addRow(labels[key], field)
            if key == "lead_agency_ids":
                form.addRow(self.tr("Focal point:"), self.focal_point)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)
        self.show_fields(None)

    def _titles(self) -> dict[str, str]:
        """Titles of the pickers."""
        return {
            "lead_agency_ids": self.tr("Lead agencies"),
            "supporting_agency_ids": self.tr("Supporting agencies"),
            "theme_ids": self.tr("Themes"),
            "affected_persons_ids": self.tr("Affected persons"),
            "sdg_goal_ids": self.tr("SDG goals"),
            "sdg_target_ids": self.tr("SDG targets"),
            "recommending_state_ids": self.tr("Recommending States"),
        }

    def _labels(self) -> dict[str, str]:
        return {
            "lead_agency_ids": self.tr("Lead agency:"),
            "supporting_agency_ids": self.tr("Supporting agencies:"),
            "theme_ids": self.tr("Themes:"),
            "affected_persons_ids": self.tr("Affected persons:"),
            "sdg_goal_ids": self.tr("SDG goals:"),
            "sdg_target_ids": self.tr("SDG targets:"),
            "recommending_state_ids": self.tr("Recommending States:"),
        }

    def label_of(self, where: str) -> str:
        """The field a ValidationError's ``where`` names, as the pane labels it."""
        keys = {name: key for key, name in LINK_FIELDS.items()}
        return self._titles()[keys[where]] if where in keys else ""

    def field_of(self, where: str) -> LinkField | None:
        keys = {name: key for key, name in LINK_FIELDS.items()}
        return self.fields.get(keys.get(where, ""))

    def options(self, key: str) -> list[tuple[int, str]]:
        c = self.choices
        return {
            "lead_agency_ids": c.agencies,
            "supporting_agency_ids": c.agencies,
            "theme_ids": c.themes,
            "affected_persons_ids": c.affected_persons,
            "sdg_goal_ids": c.sdg_goals_by_id,
            "sdg_target_ids": c.sdg_targets,
            "recommending_state_ids": self.countries,
        }[key]

    # -- showing -----------------------------------------------------------------
    def set_choices(self, choices: FilterChoices) -> None:
        self.choices = choices
        self.countries = sorted_by_name(choices.countries)
        self._show()

    def show_fields(self, fields: RecommendationFields | None) -> None:
        self.ids = {key: getattr(fields, key) if fields else () for key in LINK_FIELDS}
        self._show()

    def _show(self) -> None:
        for key, field in self.fields.items():
            names = dict(self.options(key))
            shown = [names.get(i, f"#{i}") for i in self.ids[key]]
            if key == "recommending_state_ids":  # States in the order the picker lists them
                order = {i: n for n, (i, _) in enumerate(self.countries)}
                shown = [
                    names.get(i, f"#{i}")
                    for i in sorted(self.ids[key], key=lambda i: order.get(i, len(order)))
                ]
            field.set_names(shown)
            if key == "sdg_target_ids" and shown:  # codes say enough; titles in the tooltip
                field.line.setText(
                    "; ".join(locale_digits(name.split(" ", 1)[0]) for name in shown)
                )
                field.line.setCursorPosition(0)
        self._show_focal_points()

    def _show_focal_points(self) -> None:
        leads = self.ids["lead_agency_ids"]
        names = dict(self.choices.agencies)
        lines = []
        for agency_id in leads:
            points = self.choices.focal_points.get(agency_id, [])
            shown = "; ".join(_focal_point(p) for p in points) or self.tr(
                "none in the agency directory"
            )
            lines.append(
                f"{names.get(agency_id, f'#{agency_id}')}: {shown}" if len(leads) > 1 else shown
            )
        self.focal_point.setText(" · ".join(lines) or EMPTY)
        self.focal_point.setCursorPosition(0)
        self.focal_point.setToolTip(
            "\n".join(lines) or self.tr("From the agency directory (Agencies page)")
        )

    # -- picking -------------------------------------------------------------------
    def pick(self, key: str) -> None:
        current = self.ids[key]
        others = self.choices.country_search_names if key == "recommending_state_ids" else {}
        picked = PickerDialog.pick(self, self._titles()[key], self.options(key), current, others)
        if picked is not None and picked != current:
            self.ids[key] = picked
            self._show()
            self.changed.emit()


def _focal_point(point: FocalPointData) -> str:
    details = ", ".join(v for v in (point.email, point.phone) if v)
    name = f"{point.name} ({point.title})" if point.title else point.name
    return f"{name}, {details}" if details else name
