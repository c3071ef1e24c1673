"""The detail pane's linked fields (issue 12): lead and supporting agencies with
the lead's focal point, themes, affected persons, SDG goals and targets and
recommending States, each set with its picker, saved with the version check,
shown again after reselecting, and visible without scrolling at 1400×900 in
either direction."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.agencies import list_agencies
from desktop.services.database import Database
from desktop.services.editing import LINK_FIELDS, load_recommendation, save_recommendation
from desktop.store.models import Agency
from desktop.ui.main_window import MainWindow
from desktop.ui.views.picker_dialog import PickerDialog
from desktop.ui.views.recommendation_editor import RecommendationEditor
from desktop.ui.views.register_page import RegisterPage


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> RegisterPage:
    widget = RegisterPage()
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    widget.set_database(demo_db)
    widget.reload()
    widget.table.selectRow(0)
    return widget


def answer_pickers(
    monkeypatch: pytest.MonkeyPatch, answers: dict[str, tuple[int, ...]]
) -> list[str]:
    """The picker answers by its title; returns the titles asked."""
    asked: list[str] = []

    def pick(
        cls: object, parent: QWidget, title: str, options: object, checked: object, *_: object
    ) -> object:
        asked.append(title)
        return answers[title]

    monkeypatch.setattr(PickerDialog, "pick", classmethod(pick))
    return asked


def chosen_for(editor: RecommendationEditor) -> dict[str, tuple[int, ...]]:
    """Values for every linked field, unlike those the recommendation has."""
    c = editor.choices
    assert editor.detail is not None
    now = editor.detail.fields

    def other(options: list[tuple[int, str]], have: tuple[int, ...], n: int = 1) -> tuple[int, ...]:
        return tuple(sorted(i for i, _ in options if i not in have)[:n])

    lead = next(a.id for a in list_agencies(editor.session_factory) if a.data.focal_points)  # type: ignore[arg-type]
    return {
        "lead_agency_ids": (lead,),
        "supporting_agency_ids": other(c.agencies, (lead, *now.lead_agency_ids), 2),
        "theme_ids": other(c.themes, now.theme_ids, 2),
        "affected_persons_ids": other(c.affected_persons, now.affected_persons_ids),
        "sdg_goal_ids": other(c.sdg_goals_by_id, now.sdg_goal_ids),
        "sdg_target_ids": other(c.sdg_targets, now.sdg_target_ids, 2),
        "recommending_state_ids": other(c.countries, now.recommending_state_ids, 2),
    }


TITLES = {
    "lead_agency_ids": "Lead agencies",
    "supporting_agency_ids": "Supporting agencies",
    "theme_ids": "Themes",
    "affected_persons_ids": "Affected persons",
    "sdg_goal_ids": "SDG goals",
    "sdg_target_ids": "SDG targets",
    "recommending_state_ids": "Recommending States",
}


def test_every_linked_field_is_picked_saved_and_shown_after_reselecting(
    page: RegisterPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = page.editor
    assert editor.detail is not None
    rec_id = editor.detail.id
    chosen = chosen_for(editor)
    asked = answer_pickers(monkeypatch, {TITLES[k]: v for k, v in chosen.items()})
    for key in LINK_FIELDS:
        editor.links.fields[key].button.click()  # the field's own "…" button
    assert sorted(asked) == sorted(TITLES.values())
    assert editor.dirty and editor.save_button.isEnabled()
    assert editor.save()
    stored = load_recommendation(demo_db.session_factory, rec_id)
    for key, ids in chosen.items():
        assert getattr(stored.fields, key) == ids, key
    page.table.selectRow(1)
    assert editor.detail.id != rec_id
    page.table.selectRow(0)
    assert editor.detail.id == rec_id and not editor.dirty
    for key, ids in chosen.items():
        names = dict(editor.links.options(key))
        shown = editor.links.fields[key].line.toolTip()
        assert shown == "\n".join(names[i] for i in ids), key
    lead = next(
        a for a in list_agencies(demo_db.session_factory) if a.id == chosen["lead_agency_ids"][0]
    )
    assert editor.focal_point.text().startswith(lead.data.focal_points[0].name)
    assert lead.data.focal_points[0].email in editor.focal_point.text()
    row = page.model.row_of(rec_id)
    states = page.model.data(page.model.index(row, page.model.columns.index("recommending_states")))
    assert states == ", ".join(
        sorted(dict(editor.choices.countries)[i] for i in chosen["recommending_state_ids"])
    )


def test_the_focal_point_follows_the_lead_chosen(
    page: RegisterPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.session_factory.begin() as session:
        session.add(Agency(name="Office of the Ombudsman"))
    page.reload()
    editor = page.editor
    without = next(i for i, name in editor.choices.agencies if name == "Office of the Ombudsman")
    with_points = [a for a in list_agencies(demo_db.session_factory) if a.data.focal_points]
    answers = {"Lead agencies": (with_points[0].id,)}
    answer_pickers(monkeypatch, answers)
    editor.pick_links("lead_agency_ids")
    assert with_points[0].data.focal_points[0].name in editor.focal_point.text()
    answers["Lead agencies"] = (without,)
    editor.pick_links("lead_agency_ids")
    assert editor.focal_point.text() == "none in the agency directory"
    answers["Lead agencies"] = (without, with_points[1].id)
    editor.pick_links("lead_agency_ids")
    assert "Office of the Ombudsman: none in the agency directory" in editor.focal_point.text()
    assert with_points[1].data.focal_points[0].name in editor.focal_point.text()
    answers["Lead agencies"] = ()
    editor.pick_links("lead_agency_ids")
    assert editor.focal_point.text() == "—" and editor.lead_agencies.text() == "—"  # type: ignore[attr-defined]


def test_invalid_links_are_refused_naming_the_field(
    page: RegisterPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = page.editor
    assert editor.detail is not None
    before = load_recommendation(demo_db.session_factory, editor.detail.id)
    agency = editor.choices.agencies[0][0]
    answer_pickers(monkeypatch, {"Lead agencies": (agency,), "Supporting agencies": (agency,)})
    editor.pick_links("lead_agency_ids")
    editor.pick_links("supporting_agency_ids")
    assert not editor.save()
    assert editor.message.text().startswith("Supporting agencies: an agency cannot both lead")
    assert editor.focusWidget() is editor.supporting_agencies.button  # type: ignore[attr-defined]
    assert load_recommendation(demo_db.session_factory, before.id) == before
    assert editor.dirty  # the edit stays for the user to correct
    answer_pickers(monkeypatch, {"Supporting agencies": (), "Themes": (999_999,)})  # merged away
    editor.pick_links("supporting_agency_ids")
    editor.pick_links("theme_ids")
    assert not editor.save() and editor.message.text().startswith(
        "Themes: a value chosen no longer"
    )


@pytest.mark.parametrize("choice", ["keep", "take"])
def test_a_conflict_on_linked_fields_is_detected(
    page: RegisterPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    editor = page.editor
    assert editor.detail is not None
    opened = editor.detail
    mine = chosen_for(editor)
    # Someone else changes only the States and a theme (links, no column).
    theirs = save_recommendation(
        demo_db.session_factory,
        opened.id,
        opened.version,
        replace(
            opened.fields,
            recommending_state_ids=mine["recommending_state_ids"][:1],
            theme_ids=mine["theme_ids"][:1],
        ),
    )
    asked: list[str] = []
    monkeypatch.setattr(editor, "ask_conflict_choice", lambda exc: asked.append(str(exc)) or choice)
    answer_pickers(monkeypatch, {TITLES[k]: v for k, v in mine.items()})
    for key in ("lead_agency_ids", "sdg_goal_ids", "recommending_state_ids"):
        editor.pick_links(key)
    assert editor.save()
    assert asked and "someone else saved" in asked[0]
    stored = load_recommendation(demo_db.session_factory, opened.id)
    if choice == "keep":
        assert stored.fields.lead_agency_ids == mine["lead_agency_ids"]
        assert stored.fields.sdg_goal_ids == mine["sdg_goal_ids"]
        assert stored.fields.recommending_state_ids == mine["recommending_state_ids"]
        assert stored.fields.theme_ids == opened.fields.theme_ids  # mine replaces theirs
    else:
        assert stored.fields == theirs.fields
        assert editor.links.ids["theme_ids"] == theirs.fields.theme_ids and not editor.dirty


@pytest.fixture(params=["left-to-right", "right-to-left"])
def wide_window(
    request: pytest.FixtureRequest, qtbot: QtBot, demo_db: Database
) -> Iterator[MainWindow]:
    if request.param == "right-to-left":
        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = MainWindow(demo_db)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        window.load()
        window.show_page("recommendations")
        window.register.select_row(0)
        QApplication.processEvents()
        yield window
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_agency_fields_are_visible_without_scrolling_at_1400x900(wide_window: MainWindow) -> None:
    editor = wide_window.register.editor
    viewport = editor.parentWidget()  # the detail pane's scroll area shows the editor through it
    assert viewport is not None and wide_window.size().height() == 900
    assert viewport.mapTo(wide_window, QPoint(0, 0)).y() + viewport.height() <= 900
    visible = viewport.rect()
    shown = {
        "lead agency": editor.lead_agencies,  # type: ignore[attr-defined]
        "focal point": editor.focal_point,
        "supporting agencies": editor.supporting_agencies,  # type: ignore[attr-defined]
        **{where: getattr(editor, where) for where in LINK_FIELDS.values()},
    }
    for name, widget in shown.items():
        area = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
        assert widget.isVisible() and visible.contains(area), (name, area, visible)
        assert widget.width() >= 150, name  # room for a name, not a sliver
    assert editor.lead_agencies.text() not in ("", "—")  # type: ignore[attr-defined]
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    lead_x = editor.lead_agencies.mapTo(viewport, QPoint(0, 0)).x()  # type: ignore[attr-defined]
    text_x = editor.text.mapTo(viewport, QPoint(0, 0)).x()
    assert (lead_x < text_x) if rtl else (lead_x > text_x)  # the columns mirror
