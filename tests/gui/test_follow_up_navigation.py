"""From the calendar and the consultations to the register: exactly the
recommendations a report covers, or a consultation discussed."""

from __future__ import annotations

from datetime import date

from desktop.services.consultations import get_consultation, list_consultations
from desktop.services.deadlines import deadline_recommendation_ids, list_deadlines
from desktop.ui.main_window import MainWindow


def test_a_reports_recommendations_open_in_the_register(demo_window: MainWindow) -> None:
    factory = demo_window.database.session_factory
    deadline = next(d for d in list_deadlines(factory, date(2026, 1, 1)) if d.recommendations)
    ids = deadline_recommendation_ids(factory, deadline.id)
    demo_window.pages["calendar"].open_recommendations.emit(list(ids))  # type: ignore[attr-defined]
    register = demo_window.register
    assert demo_window.current_page() is register
    shown = {register.model.id_at(r) for r in range(register.model.rowCount())}
    assert shown == set(ids)
    # Clearing the filters forgets the set.
    register.filters.clear_button.click()
    assert register.model.rowCount() > len(ids)


def test_a_consultations_recommendations_open_in_the_register(demo_window: MainWindow) -> None:
    factory = demo_window.database.session_factory
    consultation = next(c for c in list_consultations(factory) if c.recommendations)
    ids = [r.id for r in get_consultation(factory, consultation.id).recommendations]
    demo_window.pages["consultations"].open_recommendations.emit(ids)  # type: ignore[attr-defined]
    register = demo_window.register
    assert {register.model.id_at(r) for r in range(register.model.rowCount())} == set(ids)
