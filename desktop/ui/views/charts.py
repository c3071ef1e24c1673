"""A horizontal stacked bar chart, painted by hand (QtCharts is not available).

One bar per row, one coloured segment per series key, a legend above, each
row's label before its bar and its total after it. Bars, labels and legend
follow the reading direction (mirrored right-to-left). Clicking a segment
emits ``segment_clicked(row, key)``; clicking a row's label or total emits
``segment_clicked(row, None)``. The keyboard moves between rows (Up/Down) and
segments (Left/Right) and Enter or Space clicks; every segment has a tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BAR_HEIGHT = 20
ROW_GAP = 8
MARGIN = 8
SWATCH = 12
MAX_LABEL_SHARE = 0.38
"""At most this share of the width goes to the row labels (longer ones are elided)."""


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    colour: QColor


@dataclass(frozen=True)
class _Hit:
    row: int
    key: str | None


def _number(value: int) -> str:
    return QLocale().toString(value)


class StackedBarChart(QWidget):
    segment_clicked = Signal(int, object)
    """(row index, series key), or (row index, None) for the row's label or total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[Series] = []
        self.rows: list[tuple[str, dict[str, int]]] = []
        self._current = (-1, -1)  # keyboard focus: row, segment (-1: the whole row)
        self._pressed: _Hit | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Bar chart"))

    # -- data ------------------------------------------------------------------
    def set_series(self, series: Sequence[Series]) -> None:
        self.series = list(series)
        self._changed()

    def set_rows(self, rows: Sequence[tuple[str, Mapping[str, int]]]) -> None:
        """(label, {series key: count}) per bar, in the order shown."""
        self.rows = [(label, dict(counts)) for label, counts in rows]
        self._current = (-1, -1)
        self._changed()

    def total(self, row: int) -> int:
        return sum(self.rows[row][1].get(s.key, 0) for s in self.series)

    def _changed(self) -> None:
        self.updateGeometry()
        self.setAccessibleDescription(
            "; ".join(
                f"{label}: {_number(self.total(i))} ("
                + ", ".join(
                    f"{s.label} {_number(counts.get(s.key, 0))}"
                    for s in self.series
                    if counts.get(s.key, 0)
                )
                + ")"
                for i, (label, counts) in enumerate(self.rows)
            )
        )
        self.update()

    # -- geometry (computed left-to-right, then mirrored for right-to-left) ----
    def _legend_rects(self) -> list[tuple[Series, QRectF, QRectF]]:
        metrics = QFontMetrics(self.font())
        x, y, line = MARGIN, MARGIN, metrics.height() + 4
        placed = []
        for s in self.series:
            width = SWATCH + 6 + metrics.horizontalAdvance(s.label) + 16
            if x + width > self.width() - MARGIN and x > MARGIN:
                x, y = MARGIN, y + line
            swatch = QRectF(x, y + (line - SWATCH) / 2 - 2, SWATCH, SWATCH)
            text = QRectF(x + SWATCH + 6, y, width - SWATCH - 6, line - 4)
            placed.append((s, self._visual(swatch), self._visual(text)))
            x += width
        return placed

    def _legend_height(self) -> int:
        if not self.series:
            return 0
        rects = self._legend_rects()
        line = QFontMetrics(self.font()).height() + 4
        return int(max(r.bottom() for _, r, _ in rects) - MARGIN + line / 2) + MARGIN

    def _columns(self) -> tuple[float, float, float]:
        """Label width, bar area start, bar area width (at the largest total)."""
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(label) for label, _ in self.rows), default=0)
        label_width = min(widest + 14, self.width() * MAX_LABEL_SHARE)
        largest = max((self.total(i) for i in range(len(self.rows))), default=0)
        count_width = metrics.horizontalAdvance(_number(largest)) + 12
        start = MARGIN + label_width
        return label_width, start, max(10.0, self.width() - start - count_width - MARGIN)

    def _row_top(self, row: int) -> float:
        return self._legend_height() + ROW_GAP + row * (BAR_HEIGHT + ROW_GAP)

    def _row_parts(self, row: int) -> tuple[QRectF, list[tuple[Series, QRectF]], QRectF]:
        """The row's label rect, its segments and its total's rect (visual)."""
        label_width, start, span = self._columns()
        largest = max((self.total(i) for i in range(len(self.rows))), default=0) or 1
        top = self._row_top(row)
        counts = self.rows[row][1]
        x = start
        segments = []
        for s in self.series:
            width = span * counts.get(s.key, 0) / largest
            if width > 0:
                segments.append((s, self._visual(QRectF(x, top, max(width, 1.0), BAR_HEIGHT))))
            x += width
        label = QRectF(MARGIN, top, label_width - 6, BAR_HEIGHT)
        total = QRectF(x + 6, top, self.width() - x - 6 - MARGIN, BAR_HEIGHT)
        return self._visual(label), segments, self._visual(total)

    def _visual(self, rect: QRectF) -> QRectF:
        if self.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def segment_rect(self, row: int, key: str | None) -> QRectF:
        """Where a segment (or, for None, the row's label) is drawn (tests, tooltips)."""
        label, segments, _ = self._row_parts(row)
        return next((rect for s, rect in segments if s.key == key), label)

    def hit(self, pos: QPointF) -> _Hit | None:
        for row in range(len(self.rows)):
            top = self._row_top(row)
            if not top <= pos.y() <= top + BAR_HEIGHT:
                continue
            label, segments, total = self._row_parts(row)
            for s, rect in segments:
                if rect.contains(pos):
                    return _Hit(row, s.key)
            if label.contains(pos) or total.contains(pos):
                return _Hit(row, None)
        return None

    def sizeHint(self) -> QSize:
        return QSize(480, int(self._row_top(len(self.rows)) + MARGIN))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    # -- painting --------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        leading = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        trailing = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        for s, swatch, text in self._legend_rects():
            painter.fillRect(swatch, s.colour)
            painter.setPen(text_colour)
            painter.drawText(text, leading, s.label)
        if not self.rows:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to show"))
            return
        for row, (name, _counts) in enumerate(self.rows):
            label, segments, total = self._row_parts(row)
            painter.setPen(text_colour)
            elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(label.width()))
            painter.drawText(label, trailing, elided)
            for s, rect in segments:
                painter.fillRect(rect, s.colour)
            painter.drawText(total, leading, _number(self.total(row)))
            if self.hasFocus() and self._current[0] == row:
                segment = self._current[1]
                focus = (
                    segments[segment][1]
                    if 0 <= segment < len(segments)
                    else label.united(total).united(segments[0][1] if segments else label)
                )
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
                painter.drawRect(focus.adjusted(-1, -1, 1, 1))
        painter.end()

    # -- interaction -----------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = self.hit(event.position())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        hit = self.hit(event.position())
        if event.button() == Qt.MouseButton.LeftButton and hit is not None and hit == self._pressed:
            self.segment_clicked.emit(hit.row, hit.key)
        self._pressed = None
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.hit(event.position())
        cursor = Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor
        self.setCursor(cursor)
        super().mouseMoveEvent(event)

    def tooltip_text(self, row: int, key: str | None) -> str:
        label, counts = self.rows[row]
        total = self.total(row)
        if key is None:
            return (
                self.tr("{label}: {count} in all")
                .replace("{label}", label)
                .replace("{count}", _number(total))
            )
        series = next(s for s in self.series if s.key == key)
        count = counts.get(key, 0)
        share = QLocale().toString(100.0 * count / total if total else 0.0, "f", 0)
        return (
            self.tr("{label}, {series}: {count} ({share} %)")
            .replace("{label}", label)
            .replace("{series}", series.label)
            .replace("{count}", _number(count))
            .replace("{share}", share)
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(hit.row, hit.key), self)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.rows:
            super().keyPressEvent(event)
            return
        row, segment = self._current
        shown = [s.key for s in self.series if self.rows[max(row, 0)][1].get(s.key, 0)]
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        forward = Qt.Key.Key_Left if rtl else Qt.Key.Key_Right
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            self._current = (min(max(row + step, 0), len(self.rows) - 1), -1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and row >= 0:
            step = 1 if key == forward else -1
            self._current = (row, min(max(segment + step, -1), len(shown) - 1))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and row >= 0:
            chosen = shown[segment] if 0 <= segment < len(shown) else None
            self.segment_clicked.emit(row, chosen)
        else:
            super().keyPressEvent(event)
            return
        row, segment = self._current
        if row >= 0:
            chosen = shown[segment] if 0 <= segment < len(shown) else None
            self.setAccessibleDescription(self.tooltip_text(row, chosen))
        self.update()
