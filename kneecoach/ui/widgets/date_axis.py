"""The time axis of the pain chart: where each date falls, and which dates are named.

As many labels as fit without touching: every day, every other day, or whole
weeks from a Monday for up to two months; beyond that the months, each named in
the middle of its stretch of the axis.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetrics

from kneecoach.core.wording import month_abbreviation, short_date

AxisLabel = tuple[float | None, float, str]  # (gridline x or None, label centre x, text)


def day_x(data: QRectF, span: int, days: float) -> float:
    """The x of a date `days` after the first, on an axis of `span` days across `data`."""
    if span <= 0:
        return data.center().x()
    return data.left() + data.width() * days / span


@dataclass(frozen=True)
class DateAxis:
    """The dates `start`..`end` laid across `data`, in a widget `width` pixels wide."""

    start: date
    end: date
    data: QRectF
    width: int

    def x(self, days: float) -> float:
        return day_x(self.data, (self.end - self.start).days, days)

    def labels(self, metrics: QFontMetrics) -> list[AxisLabel]:
        """(gridline x or None, label centre x, text), spaced so no two labels touch."""
        span = (self.end - self.start).days
        gap = metrics.horizontalAdvance("  ")
        if span > 60:
            return self._month_labels(metrics, gap)
        for step in (1, 2, 7, 14, 28):
            first = self.start
            if step >= 7:  # whole weeks start on Mondays, as in the calendar
                first += timedelta(days=(7 - first.weekday()) % 7)
            days = [
                first + timedelta(days=i)
                for i in range(0, span + 1 - (first - self.start).days, step)
            ]
            labels = [(self.x((d - self.start).days), short_date(d, with_year=False)) for d in days]
            if self._fits(labels, metrics, gap):
                return [(x, x, text) for x, text in labels]
        return [(None, self.data.center().x(), short_date(self.end, with_year=False))]

    def _month_labels(self, metrics: QFontMetrics, gap: int) -> list[AxisLabel]:
        # Each month's name is centred in its stretch of the axis; a gridline marks
        # where it begins. Narrow charts name every second, third... month.
        start, end = self.start, self.end
        months: list[tuple[date, date]] = []
        month_start = start.replace(day=1)
        while month_start <= end:
            following = (month_start + timedelta(days=32)).replace(day=1)
            months.append((month_start, following))
            month_start = following
        for step in (1, 2, 3, 6, 12):
            labels: list[AxisLabel] = []
            for index, (begin, following) in enumerate(months):
                if index % step:
                    continue
                left = self.x(max(0, (begin - start).days))
                right = self.x(min((end - start).days, (following - start).days))
                text = month_abbreviation(begin.month)
                # Half a month at either end gets a name only if the name fits in it.
                if metrics.horizontalAdvance(text) > right - left and index in (0, len(months) - 1):
                    continue
                tick = left if begin > start else None  # no gridline on the panel's edge
                labels.append((tick, (left + right) / 2, text))
            if self._fits([(x, t) for _, x, t in labels], metrics, gap):
                return labels
        return []

    def _fits(self, labels: list[tuple[float, str]], metrics: QFontMetrics, gap: int) -> bool:
        """Whether centred labels stay apart from each other and inside the widget."""
        previous_end = 0.0
        for x, text in labels:
            half = metrics.horizontalAdvance(text) / 2
            if x - half < previous_end or x + half > self.width:
                return False
            previous_end = x + half + gap
        return True
