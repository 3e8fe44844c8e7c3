"""A calendar of recent weeks with each day tinted by how often the routine was practised.

Seeing a run of coloured days is encouraging, and a gap shows where the habit slipped,
without any numbers to read. Drawn with QPainter from the widget's palette, so it follows
the light and dark themes, and usable by keyboard and screen reader as well as by mouse.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
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

from kneecoach.core.i18n import translate
from kneecoach.core.wording import day_name, long_date, month_abbreviation

MIN_CELL = 18  # smallest square that is still easy to see and to hit with a mouse
PREFERRED_CELL = 22
MAX_CELL = 36  # past this the grid looks like tiles rather than a calendar
GAP = 6  # room between cells for the focus ring, so it never covers a neighbour
MARGIN = 6  # keeps the focus ring of edge cells inside the widget
LABEL_PAD = 8  # between the labels and the grid
# Every other row, as on paper calendars.
LABELLED_ROWS = (0, 2, 4)


def weekday_labels() -> dict[int, str]:
    """Row → 'Mon', in the user's language (so asked for when drawn, not at import)."""
    return {row: day_name(row, short=True) for row in LABELLED_ROWS}


@dataclass(frozen=True)
class _Layout:
    cell: int
    left: int  # x of the first column
    top: int  # y of the Monday row


class CalendarHeatmap(QWidget):
    """Weeks as columns (Monday first), days as rows; colour says how much was practised."""

    day_clicked = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[date, int] = {}
        self._today = date.today()
        self._weeks = 26
        self._selected = self._today
        self._pressed: date | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # the squares grow with the width given
        self.setSizePolicy(policy)
        self.setAccessibleName(translate("CalendarHeatmap", "Practice calendar"))
        self._update_description()

    # -- data --------------------------------------------------------------------------

    def set_data(self, counts: Mapping[date, int], today: date, weeks: int = 26) -> None:
        """Show the `weeks` weeks that end with the week containing `today`."""
        self._counts = {d: int(n) for d, n in counts.items() if n > 0}
        self._weeks = max(1, weeks)
        # Keep the user's place when the same calendar is refreshed (after a session,
        # say); a new day or range starts again from today.
        if today != self._today or not self.first_day() <= self._selected <= today:
            self._selected = today
        self._today = today
        self.updateGeometry()
        self._update_description()
        self.update()

    def first_day(self) -> date:
        """The Monday at the top of the first column."""
        return self._today - timedelta(days=self._today.weekday() + 7 * (self._weeks - 1))

    def count(self, d: date) -> int:
        return self._counts.get(d, 0)

    def selected_day(self) -> date:
        return self._selected

    def select_day(self, d: date) -> None:
        d = self._clamp(d)
        if d != self._selected:
            self._selected = d
            self._update_description()
            self.update()

    def describe_day(self, d: date) -> str:
        """What the tooltip says: 'Tuesday 3 November 2026: 2 sessions'."""
        if d > self._today:
            return translate("CalendarHeatmap", "{date}: still to come").format(date=long_date(d))
        count = self.count(d)
        if count > 0:
            text = translate("CalendarHeatmap", "{date}: %n session(s)", None, count)
        else:
            text = translate("CalendarHeatmap", "{date}: no practice")
        return text.format(date=long_date(d))

    # -- geometry ----------------------------------------------------------------------

    def _label_sizes(self) -> tuple[int, int]:
        """Width of the weekday label column and height of the month label row."""
        metrics = QFontMetrics(self.font())
        width = max(metrics.horizontalAdvance(t) for t in weekday_labels().values())
        return width + LABEL_PAD, metrics.height() + LABEL_PAD // 2

    def _grid_size(self, cell: int) -> QSize:
        label_w, label_h = self._label_sizes()
        width = 2 * MARGIN + label_w + self._weeks * (cell + GAP) - GAP
        height = 2 * MARGIN + label_h + 7 * (cell + GAP) - GAP
        return QSize(width, height)

    def _cell_for(self, width: int, height: int | None = None) -> int:
        """The square size that fills `width` (and `height`), within limits."""
        label_w, label_h = self._label_sizes()
        cell = (width - 2 * MARGIN - label_w + GAP) // self._weeks - GAP
        if height is not None:
            cell = min(cell, (height - 2 * MARGIN - label_h + GAP) // 7 - GAP)
        return max(MIN_CELL, min(MAX_CELL, cell))

    def sizeHint(self) -> QSize:
        return self._grid_size(PREFERRED_CELL)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._grid_size(self._cell_for(width)).height()

    def minimumSizeHint(self) -> QSize:
        return self._grid_size(MIN_CELL)

    def _layout(self) -> _Layout:
        label_w, label_h = self._label_sizes()
        # Grow the squares to fill the space given, so a wide window is used for
        # bigger targets rather than empty margins.
        cell = self._cell_for(self.width(), self.height())
        grid_w = label_w + self._weeks * (cell + GAP) - GAP
        # Centred across, so the calendar sits evenly in a card wider than it needs.
        left = max(MARGIN, (self.width() - grid_w) // 2) + label_w
        return _Layout(cell=cell, left=left, top=MARGIN + label_h)

    def cell_rect(self, d: date) -> QRect | None:
        """Where day `d` is drawn, or None for days before the first week or after today."""
        if not self.first_day() <= d <= self._today:
            return None
        return self._rect_at(self._layout(), (d - self.first_day()).days)

    @staticmethod
    def _rect_at(layout: _Layout, offset: int) -> QRect:
        """The cell `offset` days after the first day."""
        column, row = divmod(offset, 7)
        step = layout.cell + GAP
        return QRect(layout.left + column * step, layout.top + row * step, layout.cell, layout.cell)

    def day_at(self, pos: QPoint) -> date | None:
        """The day whose cell contains `pos` (gaps between cells belong to no day)."""
        layout = self._layout()
        step = layout.cell + GAP
        x, y = pos.x() - layout.left, pos.y() - layout.top
        if x < 0 or y < 0:
            return None
        column, in_x = divmod(x, step)
        row, in_y = divmod(y, step)
        if column >= self._weeks or row >= 7 or in_x >= layout.cell or in_y >= layout.cell:
            return None
        d = self.first_day() + timedelta(days=column * 7 + row)
        return d if d <= self._today else None

    # -- colours -----------------------------------------------------------------------

    def _colours(self) -> tuple[QColor, QColor, QColor]:
        """Empty, one-session and two-or-more colours from the palette.

        Translucent tints of Text and Highlight blend with whatever is behind the
        widget (window or card), so they stay quiet and readable in either theme.
        """
        palette = self.palette()
        empty = QColor(palette.color(QPalette.ColorRole.Text))
        empty.setAlphaF(0.11)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        medium = QColor(highlight)
        medium.setAlphaF(0.6)  # less and it fades into the empty tone on dark
        return empty, medium, QColor(highlight)

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = self._layout()
        self._paint_labels(painter, layout)

        empty, medium, full = self._colours()
        radius = layout.cell * 0.2
        painter.setPen(Qt.PenStyle.NoPen)
        first = self.first_day()
        for offset in range((self._today - first).days + 1):  # nothing after today
            count = self.count(first + timedelta(days=offset))
            painter.setBrush(full if count >= 2 else medium if count == 1 else empty)
            painter.drawRoundedRect(QRectF(self._rect_at(layout, offset)), radius, radius)

        # Today: a frame in the text colour along the cell's edge, with a line of the
        # base colour inside it, so it stands out against the background and the fill.
        today_rect = QRectF(self._rect_at(layout, (self._today - first).days))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.5))
        painter.drawRoundedRect(today_rect.adjusted(3, 3, -3, -3), 2, 2)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 2.5))
        painter.drawRoundedRect(today_rect.adjusted(1.25, 1.25, -1.25, -1.25), 3, 3)

        # The keyboard selection: a thick ring in the gap around the cell, only while
        # the keyboard is actually here (as buttons show focus).
        if self.hasFocus() and first <= self._selected <= self._today:
            selected_rect = self._rect_at(layout, (self._selected - first).days)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
            ring = QRectF(selected_rect).adjusted(-2.5, -2.5, 2.5, 2.5)
            painter.drawRoundedRect(ring, radius + 2, radius + 2)
        painter.end()

    def _paint_labels(self, painter: QPainter, layout: _Layout) -> None:
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        painter.setFont(self.font())
        step = layout.cell + GAP
        label_w, label_h = self._label_sizes()

        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for row, text in weekday_labels().items():
            box = QRect(
                layout.left - label_w, layout.top + row * step, label_w - LABEL_PAD, layout.cell
            )
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, align, text)

        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for column, text in self._month_labels(metrics, step):
            box = QRect(
                layout.left + column * step, MARGIN, metrics.horizontalAdvance(text), label_h
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)

    def _month_labels(self, metrics: QFontMetrics, step: int) -> list[tuple[int, str]]:
        """(column, 'Nov') above each week in which a month begins, never overlapping."""
        first = self.first_day()
        starts: list[tuple[int, str]] = []
        for column in range(self._weeks):
            monday = first + timedelta(days=7 * column)
            for offset in range(7):
                d = monday + timedelta(days=offset)
                if d.day == 1 and d <= self._today:
                    starts.append((column, month_abbreviation(d.month)))
        # The first column gets its month too when there is room before the next label,
        # so the oldest weeks are not left unnamed.
        if not starts or starts[0][0] != 0:
            starts.insert(0, (0, month_abbreviation(first.month)))
        labels: list[tuple[int, str]] = []
        space = metrics.horizontalAdvance(" ")
        taken_to = -1  # x where the last label (and a space after it) ends
        for index, (column, text) in enumerate(starts):
            x, width = column * step, metrics.horizontalAdvance(text) + space
            if x < taken_to:
                continue
            if index == 0 and len(starts) > 1 and x + width > starts[1][0] * step:
                continue  # a month that starts a moment later has the better claim
            labels.append((column, text))
            taken_to = x + width
        return labels

    # -- interaction -------------------------------------------------------------------

    def _clamp(self, d: date) -> date:
        return min(self._today, max(self.first_day(), d))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._pressed = self.day_at(event.position().toPoint())
        if self._pressed is not None:
            self.select_day(self._pressed)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        # A click is press and release on the same day; sliding off cancels it.
        day = self.day_at(event.position().toPoint())
        if day is not None and day == self._pressed:
            self.day_clicked.emit(day)
        self._pressed = None
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        moves = {
            Qt.Key.Key_Left: -7,
            Qt.Key.Key_Right: 7,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
        }
        if key in moves:
            self.select_day(self._selected + timedelta(days=moves[key]))
        elif key == Qt.Key.Key_Home:
            self.select_day(self.first_day())
        elif key == Qt.Key.Key_End:
            self.select_day(self._today)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.day_clicked.emit(self._selected)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()  # show the focus ring

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
                event.ignore()
            else:
                rect = self.cell_rect(day) or QRect()
                QToolTip.showText(event.globalPos(), self.describe_day(day), self, rect)
            return True
        return super().event(event)

    def _update_description(self) -> None:
        d = self._selected
        count = self.count(d)
        if count > 0:
            text = translate("CalendarHeatmap", "Selected: {date}, %n session(s)", None, count)
        else:
            text = translate("CalendarHeatmap", "Selected: {date}, no practice")
        self.setAccessibleDescription(text.format(date=long_date(d)))
