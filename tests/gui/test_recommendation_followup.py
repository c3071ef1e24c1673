"""The follow-up tab of the register: the actions serving a recommendation,
the status they suggest (with its rule), and recording the status a person
decides."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from desktop.services.progress import recommendation_follow_up
from desktop.store.models import action_recommendation
from desktop.ui.main_window import MainWindow
from desktop.ui.views.progress_dialog import ProgressDialog
from desktop.ui.views.recommendation_followup import OVERDUE


def test_follow_up_shows_actions_and_records_the_suggested_status(
    demo_window: MainWindow,
) -> None:
    factory = demo_window.database.session_factory
    register = demo_window.register
    with factory() as session:
        served = set(session.scalars(select(action_recommendation.c.recommendation_id)))
    today = date.today()
    row = next(
        r
        for r in range(register.model.rowCount())
        if register.model.id_at(r) in served
        and recommendation_follow_up(factory, register.model.id_at(r), today).suggestion.status
        not in (None, recommendation_follow_up(factory, register.model.id_at(r), today).status)
    )
    rec_id = register.model.id_at(row)
    expected = recommendation_follow_up(factory, rec_id, today)
    tabs = register.detail_tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "Follow-up"))
    register.table.setCurrentIndex(register.model.index(row, 0))
    panel = register.follow_up
    assert panel.action_tree.topLevelItemCount() == len(expected.actions) > 0
    overdue = [
        panel.action_tree.topLevelItem(i)
        for i in range(panel.action_tree.topLevelItemCount())
        if panel.action_tree.topLevelItem(i).foreground(0).color() == OVERDUE
    ]
    assert len(overdue) == sum(a.overdue for a in expected.actions)
    assert "Suggested status:" in panel.suggestion.text()
    assert "Rule:" in panel.suggestion.text()
    assert panel.apply_button.isEnabled()

    def accept(dialog: QDialog) -> bool:
        assert isinstance(dialog, ProgressDialog)
        assert dialog.status.currentData() == expected.suggestion.status
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    panel._run = accept  # type: ignore[method-assign]
    panel.apply_suggestion()
    after = recommendation_follow_up(factory, rec_id, today)
    assert after.status == expected.suggestion.status
    assert panel.history.topLevelItemCount() == len(after.history) >= 1
    # The register's detail pane shows the recorded status.
    assert register.editor.status.currentData() == expected.suggestion.status
    assert not panel.apply_button.isEnabled()  # nothing left to suggest
