"""A chart of knee pain over time: each check-in as a dot, the weekly average as a line.

Single ratings jump around from day to day; the weekly line shows whether the routine
is helping over the weeks, which is what keeps people going. Drawn with QPainter from
the widget's palette so it reads the same in the light and dark themes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kneecoach.core.i18n import translate
from kneecoach.core.wording import decimal, short_date
from kneecoach.ui.widgets.date_axis import AxisLabel, DateAxis, day_x
from kneecoach.ui.widgets.smooth_curve import smooth_path

MAX_PAIN = 10
# Gridlines with labels, the first set whose labels have room; a short chart thins them.
GRID_CHOICES = ((0, 2, 4, 6, 8, 10), (0, 5, 10), (0, 10))


# The chart's words, asked for when drawn so that they follow the user's language.
def caption() -> str:
    return translate("PainChart", "Pain (0–10)")


def empty_message() -> str:
    return translate(
        "PainChart",
        "No pain check-ins yet. After each routine you can rate your knee from 0 to 10.",
    )


def legend() -> tuple[str, str, str]:
    return (
        translate("PainChart", "after session"),
        translate("PainChart", "before session"),
        translate("PainChart", "weekly average"),
    )


MARGIN = 8
LEGEND_MARK_W = (14, 14, 40)  # per entry; the line needs a stretch to read as a line
LEGEND_TEXT_GAP = 6
LEGEND_SPACING = 22  # between legend entries, so each reads as its own item
LEGEND_RADIUS = 6.0
LINE_WIDTH = 4.0  # the weekly average is the message: the boldest mark on the chart
BAND_WIDTH = 14.0
RING_WIDTH = 2.0


@dataclass(frozen=True)
class _Geometry:
    legend: list[tuple[QPointF, int]]  # (top-left, legend entry) for each entry
    caption: QPointF  # top-left of the y-axis caption
    grid: tuple[int, ...]  # values with a gridline and a label
    panel: QRectF  # the plot's background, a little larger than `data`
    data: QRectF  # where values 0..10 and dates start..end map to


class PainChart(QWidget):
    """Pain before and after each session, with the weekly average over the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[date, int | None, int | None]] = []
        self._weekly: list[tuple[date, float]] = []
        today = date.today()
        self._start = today - timedelta(days=27)
        self._end = today
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("PainChart", "Pain trend"))
        self._update_description()

    def sizeHint(self) -> QSize:
        return QSize(640, 280)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 200)

    # -- data --------------------------------------------------------------------------

    def set_data(
        self,
        points: Sequence[tuple[date, int | None, int | None]],
        weekly: Sequence[tuple[date, float]],
        start: date,
        end: date,
    ) -> None:
        """Check-ins as (date, pain before, pain after), weekly averages by Monday."""
        self._start, self._end = min(start, end), max(start, end)
        self._points = sorted(
            (p for p in points if p[1] is not None or p[2] is not None), key=lambda p: p[0]
        )
        self._weekly = sorted(weekly, key=lambda w: w[0])
        self._update_description()
        self.update()

    def is_empty(self) -> bool:
        return not self._points

    def _update_description(self) -> None:
        if not self._points:
            self.setAccessibleDescription(translate("PainChart", "No pain check-ins yet"))
            return
        first, last = self._points[0][0], self._points[-1][0]
        count = len(self._points)
        if first == last:
            text = translate("PainChart", "%n check-in(s) on {date}", None, count).format(
                date=short_date(last)
            )
        else:
            text = translate("PainChart", "%n check-in(s) from {first} to {last}", None, count)
            text = text.format(
                first=short_date(first, first.year != last.year), last=short_date(last)
            )
        if self._weekly:
            text = translate("PainChart", "{check_ins}; latest weekly average {average}").format(
                check_ins=text, average=decimal(self._weekly[-1][1], 1)
            )
        self.setAccessibleDescription(text)

    # -- geometry ----------------------------------------------------------------------

    def _mark_radius(self, data: QRectF) -> float:
        # Big dots when there is room, smaller when a year of days shares the width,
        # but never so small they turn into specks.
        per_day = data.width() / max(1, (self._end - self._start).days)
        return max(4.0, min(6.5, per_day * 0.45))

    def _geometry(self) -> _Geometry:
        metrics = QFontMetrics(self.font())
        line_h = metrics.height()
        widths = [
            LEGEND_MARK_W[i] + LEGEND_TEXT_GAP + metrics.horizontalAdvance(text)
            for i, text in enumerate(legend())
        ]
        one_row = sum(widths) + LEGEND_SPACING * (len(widths) - 1)
        caption_w = metrics.horizontalAdvance(caption())
        entries: list[tuple[QPointF, int]] = []
        if caption_w + 2 * LEGEND_SPACING + one_row <= self.width() - 2 * MARGIN:
            # Room for one row: the caption over the axis labels, the legend to the right.
            caption_at = QPointF(MARGIN, MARGIN)
            x = float(self.width() - MARGIN - one_row)
            for index, width in enumerate(widths):
                entries.append((QPointF(x, MARGIN), index))
                x += width + LEGEND_SPACING
            below = float(MARGIN + line_h)
        else:
            # Narrow: the legend flows onto as many rows as it needs, caption under it.
            x, y = float(MARGIN), float(MARGIN)
            for index, width in enumerate(widths):
                if x > MARGIN and x + width > self.width() - MARGIN:
                    x, y = float(MARGIN), y + line_h + 2
                entries.append((QPointF(x, y), index))
                x += width + LEGEND_SPACING
            caption_at = QPointF(MARGIN, y + line_h + 6)
            below = caption_at.y() + line_h
        label_w = metrics.horizontalAdvance("10") + 10
        top = below + 8
        bottom = self.height() - MARGIN - line_h - 6
        panel = QRectF(MARGIN + label_w, top, self.width() - 2 * MARGIN - label_w, bottom - top)
        pad = 9.0  # dots at 0, 10 and the end dates stay inside the panel
        data = panel.adjusted(pad, pad, -pad, -pad)
        grid: tuple[int, ...] = GRID_CHOICES[-1]
        for choice in GRID_CHOICES:
            if data.height() * (choice[1] - choice[0]) / MAX_PAIN >= line_h + 2:
                grid = choice
                break
        return _Geometry(entries, caption_at, grid, panel, data)

    def _x(self, data: QRectF, days: float) -> float:
        return day_x(data, (self._end - self._start).days, days)

    def _y(self, data: QRectF, value: float) -> float:
        value = max(0.0, min(float(MAX_PAIN), value))
        return data.bottom() - data.height() * value / MAX_PAIN

    def point_position(self, day: date, value: float) -> QPointF:
        """Where a reading of `value` on `day` is drawn, in widget coordinates."""
        data = self._geometry().data
        return QPointF(self._x(data, (day - self._start).days), self._y(data, value))

    # -- colours -----------------------------------------------------------------------

    def _colour(self, role: QPalette.ColorRole, alpha: float = 1.0) -> QColor:
        colour = QColor(self.palette().color(role))
        colour.setAlphaF(alpha)
        return colour

    def _average_colour(self, alpha: float = 0.85) -> QColor:
        # The text colour contrasts with the background in both themes and is plainly
        # different from the Highlight dots it is drawn over.
        return self._colour(QPalette.ColorRole.Text, alpha)

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        if self.is_empty():
            self._paint_empty(painter)
        else:
            geometry = self._geometry()
            radius = self._mark_radius(geometry.data)
            self._paint_legend(painter, geometry)
            self._paint_axes(painter, geometry)
            painter.save()
            painter.setClipRect(geometry.panel)
            # The weekly average's curves, drawn twice: a wide band beneath the points
            # and the line above them.
            curves = [smooth_path(run) for run in self._average_runs(geometry.data)]
            self._paint_band(painter, curves)
            self._paint_points(painter, geometry.data, radius)
            self._paint_average(painter, curves)
            painter.restore()
        painter.end()

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(self._colour(QPalette.ColorRole.PlaceholderText))
        # About half the message's length per line: two even lines, not one and a word.
        metrics = QFontMetrics(self.font())
        message = empty_message()
        half = metrics.horizontalAdvance(message) * 0.55
        width = min(self.width() - 48.0, max(280.0, half))
        box = QRectF((self.width() - width) / 2, 16, width, self.height() - 32)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(box, int(flags), message)

    def _paint_legend(self, painter: QPainter, geometry: _Geometry) -> None:
        metrics = QFontMetrics(self.font())
        line_h = metrics.height()
        texts = legend()
        for top_left, index in geometry.legend:
            mark_w = LEGEND_MARK_W[index]
            mid = QPointF(top_left.x() + mark_w / 2, top_left.y() + line_h / 2)
            if index == 0:
                self._dot(painter, mid, LEGEND_RADIUS)
            elif index == 1:
                self._ring(painter, mid, LEGEND_RADIUS)
            else:
                # Round caps reach past the ends: keep the band inside the mark's width.
                left = QPointF(top_left.x() + BAND_WIDTH / 2, mid.y())
                right = QPointF(top_left.x() + mark_w - BAND_WIDTH / 2, mid.y())
                painter.setPen(self._band_pen())
                painter.drawLine(left, right)
                painter.setPen(self._line_pen())
                painter.drawLine(left, right)
            painter.setPen(self._colour(QPalette.ColorRole.WindowText))
            text_left = top_left.x() + mark_w + LEGEND_TEXT_GAP
            text_box = QRectF(text_left, top_left.y(), self.width() - text_left, line_h)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(text_box, int(align), texts[index])

    def _paint_axes(self, painter: QPainter, geometry: _Geometry) -> None:
        metrics = QFontMetrics(self.font())
        line_h = metrics.height()
        panel, data = geometry.panel, geometry.data
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour(QPalette.ColorRole.Base))
        painter.drawRoundedRect(panel, 6, 6)
        painter.setBrush(Qt.BrushStyle.NoBrush)

        muted = self._colour(QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted)
        at = geometry.caption
        caption_box = QRectF(at.x(), at.y(), panel.right() - at.x(), line_h)
        painter.drawText(caption_box, int(Qt.AlignmentFlag.AlignLeft), caption())

        grid = self._colour(QPalette.ColorRole.Text, 0.14)
        for value in geometry.grid:
            y = self._y(data, value)
            # The zero line is the floor of the chart: a touch stronger than the rest.
            painter.setPen(
                QPen(self._colour(QPalette.ColorRole.Text, 0.3) if value == 0 else grid, 1)
            )
            painter.drawLine(QPointF(panel.left(), y), QPointF(panel.right(), y))
            painter.setPen(muted)
            label_box = QRectF(MARGIN, y - line_h / 2, panel.left() - MARGIN - 8, line_h)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(label_box, int(align), str(value))

        label_top = panel.bottom() + 4
        for tick_x, text_x, text in self._x_labels(data, metrics):
            if tick_x is not None:
                painter.setPen(QPen(grid, 1))
                painter.drawLine(QPointF(tick_x, panel.top()), QPointF(tick_x, panel.bottom()))
            painter.setPen(muted)
            width = metrics.horizontalAdvance(text)
            box = QRectF(text_x - width / 2, label_top, width + 1, line_h)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    def _x_labels(self, data: QRectF, metrics: QFontMetrics) -> list[AxisLabel]:
        """(gridline x or None, label centre x, text), spaced so no two labels touch."""
        return DateAxis(self._start, self._end, data, self.width()).labels(metrics)

    def _band_pen(self) -> QPen:
        pen = QPen(self._average_colour(0.14), BAND_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _line_pen(self) -> QPen:
        pen = QPen(self._average_colour(), LINE_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _dot(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour(QPalette.ColorRole.Highlight))
        painter.drawEllipse(centre, radius, radius)

    def _ring(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        painter.setPen(QPen(self._colour(QPalette.ColorRole.PlaceholderText), RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inner = radius - RING_WIDTH / 2  # the same outer size as a dot
        painter.drawEllipse(centre, inner, inner)

    def _paint_points(self, painter: QPainter, data: QRectF, radius: float) -> None:
        # Connectors first, then rings, then dots, so the after-session result is on top.
        connector = QPen(self._colour(QPalette.ColorRole.PlaceholderText, 0.7), 1.5)
        painter.setPen(connector)
        for day, before, after in self._points:
            if before is not None and after is not None and before != after:
                top, bottom = sorted((before, after), reverse=True)
                x = self._x(data, (day - self._start).days)
                # Stop at the marks' edges so the line joins them without crossing them.
                y1, y2 = self._y(data, top) + radius, self._y(data, bottom) - radius
                if y2 > y1:
                    painter.drawLine(QPointF(x, y1), QPointF(x, y2))
        for day, before, _after in self._points:
            if before is not None:
                self._ring(painter, self._at(data, day, before), radius)
        for day, _before, after in self._points:
            if after is not None:
                self._dot(painter, self._at(data, day, after), radius)

    def _at(self, data: QRectF, day: date, value: float) -> QPointF:
        return QPointF(self._x(data, (day - self._start).days), self._y(data, value))

    def _average_runs(self, data: QRectF) -> list[list[QPointF]]:
        """The weekly points, split where a week is missing so no line bridges a gap."""
        runs: list[list[QPointF]] = []
        previous: date | None = None
        last_x = float("-inf")
        span = (self._end - self._start).days
        for monday, value in self._weekly:
            # Each average stands in the middle of its week, within the chart's dates.
            days = min(float(span), max(0.0, (monday - self._start).days + 3.0))
            if monday + timedelta(days=6) < self._start or monday > self._end:
                continue
            point = QPointF(self._x(data, days), self._y(data, value))
            if previous is None or (monday - previous).days > 7 or point.x() <= last_x:
                runs.append([])
            runs[-1].append(point)
            previous, last_x = monday, point.x()
        return runs

    def _paint_band(self, painter: QPainter, curves: list[QPainterPath]) -> None:
        for path in curves:
            painter.strokePath(path, self._band_pen())

    def _paint_average(self, painter: QPainter, curves: list[QPainterPath]) -> None:
        halo = QPen(self._colour(QPalette.ColorRole.Base), LINE_WIDTH + 4)
        halo.setCapStyle(Qt.PenCapStyle.RoundCap)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for path in curves:
            # A thin edge in the background colour lifts the line off the dots beneath.
            painter.strokePath(path, halo)
            painter.strokePath(path, self._line_pen())
