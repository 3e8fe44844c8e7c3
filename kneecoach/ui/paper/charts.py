"""The report's two charts: days practised per week against the goal, and pain 0-10.

Both are plain: numbers on the bars, the goal as a dashed line, each check-in as a
dot (hollow before the routine, filled after it) joined by a thin line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, Qt

from kneecoach.core.i18n import translate
from kneecoach.core.paper.report import PainRow, WeekRow
from kneecoach.core.streaks import DAYS_A_WEEK
from kneecoach.core.wording import short_date
from kneecoach.ui.paper.canvas import DATA, DATA_LIGHT, FAINT, GOAL, INK, MUTED, RULE, Canvas

AXIS = 7.0  # mm left of a chart for its scale


def _every(count: int, room: float, label_mm: float) -> int:
    """Label every n-th of `count` places `room` mm apart so that labels do not touch."""
    return max(1, int(label_mm // max(room, 0.01)) + 1)


def week_chart(
    canvas: Canvas,
    x: float,
    y: float,
    width: float,
    height: float,
    weeks: Sequence[WeekRow],
    goal: int,
) -> None:
    """Bars of days practised (0-7) per week, the weekly goal dashed across them."""
    small = canvas.font(7)
    plot_left, plot_width, plot_height = x + AXIS, width - AXIS, height - 5
    base = y + plot_height
    for days in range(0, DAYS_A_WEEK + 1, DAYS_A_WEEK):
        level = base - plot_height * days / DAYS_A_WEEK
        canvas.line(plot_left, level, x + width, level, FAINT)
        canvas.text(
            x, level - 1.6, AXIS - 1.5, str(days), small, MUTED, Qt.AlignmentFlag.AlignRight
        )
    slot = plot_width / max(1, len(weeks))
    bar = min(slot * 0.62, 14.0)
    step = _every(len(weeks), slot, 11)
    for index, week in enumerate(weeks):
        centre = plot_left + slot * (index + 0.5)
        top = base - plot_height * week.days / DAYS_A_WEEK
        canvas.painter.setPen(Qt.PenStyle.NoPen)
        canvas.painter.setBrush(DATA_LIGHT if week.so_far else DATA)
        canvas.painter.drawRect(canvas.rect(centre - bar / 2, top, bar, base - top))
        if slot >= 4:
            canvas.text(
                centre - 4, top - 3.4, 8, str(week.days), small, INK, Qt.AlignmentFlag.AlignHCenter
            )
        if index % step == 0:
            canvas.text(
                centre - 8, base + 0.8, 16, week.label, small, MUTED, Qt.AlignmentFlag.AlignHCenter
            )
    level = base - plot_height * goal / DAYS_A_WEEK
    canvas.painter.setPen(canvas.pen(GOAL, 0.4, dashed=True))
    canvas.painter.drawLine(
        QPointF(canvas.px(plot_left), canvas.px(level)),
        QPointF(canvas.px(x + width), canvas.px(level)),
    )
    canvas.line(plot_left, base, x + width, base, RULE, 0.3)


def pain_chart(
    canvas: Canvas,
    x: float,
    y: float,
    width: float,
    height: float,
    rows: Sequence[PainRow],
    first: date,
    last: date,
) -> None:
    """Each check-in at its day: before hollow, after filled, on a 0-10 scale."""
    small = canvas.font(7)
    plot_left, plot_width, plot_height = x + AXIS, width - AXIS - 2, height - 5
    base = y + plot_height
    for value in range(0, 11, 2):
        level = base - plot_height * value / 10
        canvas.line(plot_left, level, x + width, level, FAINT if value else RULE)
        canvas.text(
            x, level - 1.6, AXIS - 1.5, str(value), small, MUTED, Qt.AlignmentFlag.AlignRight
        )
    span = max(1, (last - first).days)

    def at(day: date) -> float:
        return plot_left + 1 + plot_width * (day - first).days / span

    mondays = [first.fromordinal(o) for o in range(first.toordinal(), last.toordinal() + 1, 7)]
    step = _every(len(mondays), plot_width / max(1, len(mondays)), 12)
    for index, monday in enumerate(mondays):
        if index % step == 0:
            canvas.text(
                min(at(monday), x + width - 8) - 8,  # the last one kept inside the margin
                base + 0.8,
                16,
                short_date(monday, with_year=False),
                small,
                MUTED,
                Qt.AlignmentFlag.AlignHCenter,
            )
    dot = canvas.px(0.75)
    for row in rows:
        centre = canvas.px(at(row.day))
        points = [
            (value, filled)
            for value, filled in ((row.before, False), (row.after, True))
            if value is not None
        ]
        levels = [canvas.px(base - plot_height * value / 10) for value, _ in points]
        if len(levels) == 2:
            canvas.painter.setPen(canvas.pen(DATA_LIGHT, 0.3))
            canvas.painter.drawLine(QPointF(centre, levels[0]), QPointF(centre, levels[1]))
        for (_value, filled), level in zip(points, levels, strict=True):
            canvas.painter.setPen(canvas.pen(DATA, 0.3))
            canvas.painter.setBrush(DATA if filled else Qt.GlobalColor.white)
            canvas.painter.drawEllipse(QPointF(centre, level), dot, dot)


def pain_legend(canvas: Canvas, x: float, y: float) -> float:
    """ "○ before the routine  ● after it"; returns its width."""
    small = canvas.font(7.5)
    dot = canvas.px(0.75)
    position = x
    for filled, words in (
        (False, translate("Paper", "before the routine")),
        (True, translate("Paper", "after the routine")),
    ):
        canvas.painter.setPen(canvas.pen(DATA, 0.3))
        canvas.painter.setBrush(DATA if filled else Qt.GlobalColor.white)
        canvas.painter.drawEllipse(QPointF(canvas.px(position + 1), canvas.px(y + 1.7)), dot, dot)
        canvas.text(position + 2.6, y, 40, words, small, MUTED)
        position += 4 + canvas.text_width(words, small) + 3
    return position - x
