"""Read and write operations: background work, stale results dropped, errors
shown naming the field, progress with Cancel, and the Changes a write reports."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate
from desktop.domain.errors import ConflictError, ValidationError
from desktop.services.database import Database, open_database
from desktop.services.plans import list_plans
from desktop.services.register import RegisterFilter
from desktop.ui import workers
from desktop.ui.operations import (
    Changes,
    Kind,
    LatestOnly,
    Progress,
    ReadOperation,
    WriteOperation,
    Written,
    broadcaster,
    conflict_text,
)
from desktop.ui.views.plan_dialog import PlanDialog


@pytest.fixture
def widget(qtbot: QtBot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def heard() -> Iterator[list[Changes]]:
    received: list[Changes] = []
    broadcaster().changed.connect(received.append)
    yield received
    broadcaster().changed.disconnect(received.append)


def test_a_result_overtaken_by_a_later_read_is_dropped(qtbot: QtBot, widget: QWidget) -> None:
    latest, shown = LatestOnly(), []

    def slow() -> str:
        time.sleep(0.2)
        return "old"

    workers.set_synchronous(False)
    try:
        first = ReadOperation(widget, slow, shown.append).latest(latest)
        first.run()
        second = ReadOperation(widget, lambda: "new", shown.append).latest(latest)
        second.run()
        qtbot.waitUntil(lambda: not first.running and not second.running, timeout=5000)
    finally:
        workers.set_synchronous(True)
    assert shown == ["new"]


def test_an_error_names_the_field_in_the_label(widget: QWidget) -> None:
    label = QLabel()

    def work() -> Written[None]:
        raise ValidationError("must not be empty", where="title")

    WriteOperation(widget, work).errors_in(label, {"title": "Title"}).run()
    assert label.text() == "Title: must not be empty"


def test_a_conflict_shows_the_one_message(widget: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def work() -> Written[None]:
        raise ConflictError("someone else saved this")

    WriteOperation(widget, work).run()
    assert shown == [conflict_text()] and "Someone else changed this" in shown[0]


def test_a_write_reports_its_changes_then_its_value(widget: QWidget, heard: list[Changes]) -> None:
    values: list[int] = []
    button = QPushButton()
    op = WriteOperation(
        widget, lambda: Written(7, Changes.of(Kind.PLAN, [7])), values.append
    ).disabling(button)
    op.run()
    assert values == [7] and button.isEnabled()
    assert heard[-1].ids_of(Kind.PLAN) == {7} and heard[-1].origin is widget
    assert (Changes.of(Kind.PLAN, [1]) | Changes.of(Kind.PLAN, [2])).ids_of(Kind.PLAN) == {1, 2}
    assert not Changes().touches(None) and Changes.everything().touches([Kind.VIEW])


def test_cancel_stops_work_that_checks(widget: QWidget, heard: list[Changes]) -> None:
    outcome: list[str] = []
    op: WriteOperation[int] | None = None

    def work(progress: Progress) -> Written[int]:
        for step in range(10):
            if step == 3:
                assert op is not None
                op.cancel()  # what the dialog's Cancel button does
            if progress.cancelled():
                raise RuntimeError("stopped")
            progress.step(step, 10)
        return Written(10, Changes.of(Kind.RECOMMENDATION))

    op = WriteOperation(widget, work, lambda _v: outcome.append("done"))
    op.with_progress("Working…").on_cancelled(lambda: outcome.append("cancelled")).run()
    assert outcome == ["cancelled"] and not heard and op.progress_dialog is None


def _big_database(tmp_path: Path) -> Database:
    generate(tmp_path / "big.sqlite3", 3000, seed=3, quiet=True)
    return open_database(str(tmp_path / "big.sqlite3"), create=False)


def test_saving_a_large_plan_does_not_block_the_event_loop(
    qtbot: QtBot, tmp_path: Path, heard: list[Changes]
) -> None:
    database = _big_database(tmp_path)
    dialog = PlanDialog(database, register_filter=RegisterFilter(), filter_count=3000)
    qtbot.addWidget(dialog)
    dialog.title.setText("Everything in the register")
    dialog.from_filter.setChecked(True)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    workers.set_synchronous(False)
    try:
        started = time.perf_counter()
        dialog.save()
        assert dialog.saved_id is None and not dialog.buttons.isEnabled()  # still saving
        qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=60_000)
        finished = time.perf_counter()
    finally:
        timer.stop()
        workers.wait_for_all()
        workers.set_synchronous(True)
    during = [t for t in ticks if started < t < finished]
    assert len(during) >= 5, f"{len(during)} ticks in {finished - started:.2f} s"
    plans = {p.id: p for p in list_plans(database.session_factory, date(2025, 6, 30))}
    plan = plans[dialog.saved_id]
    assert plan.fields.title == "Everything in the register" and plan.recommendations == 3000
    assert heard[-1].ids_of(Kind.PLAN) == {plan.id}
    database.dispose()
