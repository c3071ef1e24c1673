"""The Qt binding itself: a guard against a known PySide6 defect."""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QComboBox


def test_calls_returning_nothing_keep_none_alive(qtbot: object) -> None:
    """PySide6 6.12.0 dropped a reference to None on every call that returns
    nothing; on Python 3.11 the process aborts ("deallocating None") once the
    count runs out. Python 3.12+ makes None immortal, and the count stays."""
    combo = QComboBox()
    qtbot.addWidget(combo)  # type: ignore[attr-defined]
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(1000):
        combo.setEnabled(True)
        combo.currentData()
    gc.collect()
    assert sys.getrefcount(None) - before > -50
