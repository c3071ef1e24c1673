"""A small chart of an indicator's measurements over time, with its baseline
and target as dashed lines (painted by hand: QtCharts is not available)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.services.indicators import IndicatorInfo

_TARGET_COLOUR = QColor("#2e7d32")
_BASELINE_COLOUR = QColor("#6d6d6d")
# Not AlignLeft/AlignRight: the painter mirrors AlignTrailing in right-to-left.
_TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


def format_number(value: Decimal | float, places: int | None = None) -> str:
    """A number in the user's locale; ``places`` None shows the decimals it has
    (at most four), without trailing zeros."""
    if places is None:
        number = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
        exponent = number.normalize().as_tuple().exponent
        places = min(4, max(0, -exponent)) if isinstance(exponent, int) else 0
    return QLocale().toString(float(value), "f", places)


def format_year(year: int) -> str:
    """A year in the user's digits, never with a group separator."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(year)


def format_date(when: date) -> str:
    return QLocale().toString(
        QDate(when.year, when.month, when.day), QLocale.FormatType.ShortFormat
    )


def _nice_step(span: float, wanted: int = 4) -> float:
    raw = span / wanted
    power = float(10 ** math.floor(math.log10(raw)))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


class MeasurementChart(QWidget):
    """Measurements as a line with points; time runs with the reading direction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[date, Decimal]] = []
        self.baseline: Decimal | None = None
        self.target: Decimal | None = None
        self.baseline_year: int | None = None
        self.target_year: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Chart of the measurements"))

    def sizeHint(self) -> QSize:
        return QSize(360, 160)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 110)

    def set_indicator(self, info: IndicatorInfo | None) -> None:
        if info is None:
            self.set_data([], None, None)
            return
        self.set_data(
            [(m.measured_on, m.value) for m in info.measurements],
            info.fields.baseline_value,
            info.fields.target_value,
            info.fields.baseline_year,
            info.fields.target_year,
        )

    def set_data(
        self,
        points: Sequence[tuple[date, Decimal]],
        baseline: Decimal | None,
        target: Decimal | None,
        baseline_year: int | None = None,
        target_year: int | None = None,
    ) -> None:
        self.points = sorted(points, key=lambda p: p[0])
        self.baseline, self.target = baseline, target
        self.baseline_year, self.target_year = baseline_year, target_year
        self.update()

    # --- geometry -------------------------------------------------------------

    def value_range(self) -> tuple[float, float]:
        values = [float(v) for _, v in self.points]
        values += [float(v) for v in (self.baseline, self.target) if v is not None]
        if not values:
            return 0.0, 1.0
        low, high = min(values), max(values)
        pad = (high - low) * 0.08 if high > low else max(1.0, abs(low) * 0.1)
        return low - pad, high + pad

    def ticks(self) -> tuple[list[float], int]:
        """The values marked on the value axis and the decimals they need."""
        low, high = self.value_range()
        step = _nice_step(high - low, max(2, min(8, self.height() // 45)))
        places = max(0, -math.floor(math.log10(step) + 1e-9)) if step < 1 else 0
        if not float(step).is_integer() and places == 0:
            places = 1
        first = math.ceil(low / step) * step
        count = int((high - first) / step + 1e-9) + 1
        return [first + n * step for n in range(count)], min(places, 4)

    def plot_rect(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        ticks, places = self.ticks()
        axis_width = max(
            (metrics.horizontalAdvance(format_number(t, places)) for t in ticks), default=0
        )
        axis = axis_width + 10
        top = metrics.height() * 0.6
        bottom = metrics.height() + 8
        rect = QRectF(self.rect()).adjusted(4, top, -4, -bottom)
        if self.isRightToLeft():
            return rect.adjusted(8, 0, -axis, 0)
        return rect.adjusted(axis, 0, -8, 0)

    def y_of(self, value: float, rect: QRectF | None = None) -> float:
        rect = rect or self.plot_rect()
        low, high = self.value_range()
        return rect.bottom() - (value - low) / (high - low) * rect.height()

    def x_of(self, when: date, rect: QRectF | None = None) -> float:
        """Earliest on the leading side: left to right, or right to left."""
        rect = rect or self.plot_rect()
        inner = rect.adjusted(6, 0, -6, 0)
        first, last = self.points[0][0], self.points[-1][0]
        span = (last - first).days
        share = 0.5 if span == 0 else (when - first).days / span
        if self.isRightToLeft():
            share = 1 - share
        return inner.left() + share * inner.width()

    def point_positions(self) -> list[QPointF]:
        rect = self.plot_rect()
        return [QPointF(self.x_of(d, rect), self.y_of(float(v), rect)) for d, v in self.points]

    # --- painting -------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        if not self.points:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.tr("No measurements yet")
            )
            painter.end()
            return
        rect = self.plot_rect()
        self._paint_value_axis(painter, rect)
        self._paint_reference(painter, rect)
        self._paint_time_axis(painter, rect)
        line = QPen(palette.highlight().color(), 2)
        painter.setPen(line)
        positions = self.point_positions()
        painter.drawPolyline(QPolygonF(positions))
        painter.setBrush(palette.highlight())
        for point in positions:
            painter.drawEllipse(point, 3.5, 3.5)
        painter.end()

    def _paint_value_axis(self, painter: QPainter, rect: QRectF) -> None:
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        ticks, places = self.ticks()
        grid = QColor(palette.mid().color())
        grid.setAlpha(90)
        rtl = self.isRightToLeft()
        for tick in ticks:
            y = self.y_of(tick, rect)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(palette.text().color())
            box = (
                QRectF(rect.right() + 4, y - metrics.height() / 2, 200, metrics.height())
                if rtl
                else QRectF(rect.left() - 204, y - metrics.height() / 2, 200, metrics.height())
            )
            painter.drawText(box, _TRAILING, format_number(tick, places))
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _paint_reference(self, painter: QPainter, rect: QRectF) -> None:
        """Baseline and target: dashed lines labelled at the trailing end, the
        higher one's label above its line and the lower one's below."""
        metrics = QFontMetrics(self.font())
        lines = [
            (self.baseline, self._label(self.tr("Baseline"), self.baseline_year), _BASELINE_COLOUR),
            (self.target, self._label(self.tr("Target"), self.target_year), _TARGET_COLOUR),
        ]
        present = [(v, t, c) for v, t, c in lines if v is not None]
        highest = max((float(v) for v, _, _ in present), default=0.0)
        for value, text, colour in present:
            assert value is not None
            y = self.y_of(float(value), rect)
            pen = QPen(colour, 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            height = metrics.height()
            above = float(value) >= highest or y + height > rect.bottom()
            box = QRectF(
                rect.left() + 4, y - height - 1 if above else y + 1, rect.width() - 8, height
            )
            painter.drawText(box, _TRAILING, text.replace("{value}", format_number(value)))

    def _label(self, what: str, year: int | None) -> str:
        if year is None:
            return self.tr("{what} {value}").replace("{what}", what)
        return (
            self.tr("{what} {value} ({year})")
            .replace("{what}", what)
            .replace("{year}", format_year(year))
        )

    def _paint_time_axis(self, painter: QPainter, rect: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        painter.setPen(self.palette().text().color())
        taken: list[tuple[float, float]] = []
        dates = [d for d, _ in self.points]
        # The first and last dates matter most; the others fill in where they fit.
        order = [0, len(dates) - 1, *range(1, len(dates) - 1)]
        for index in dict.fromkeys(order):
            text = format_date(dates[index])
            width = metrics.horizontalAdvance(text) + 8
            x = self.x_of(dates[index], rect)
            left = min(max(x - width / 2, 0.0), self.width() - width)
            if any(left < end and left + width > start for start, end in taken):
                continue
            taken.append((left, left + width))
            box = QRectF(left, rect.bottom() + 3, width, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
