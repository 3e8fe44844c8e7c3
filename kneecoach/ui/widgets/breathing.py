"""A slow visual breathing pacer shown during holds: a soft circle that swells and settles.

The circle grows by a few pixels a second: it is redrawn when its edge has moved
a pixel, and only the square it fills; the words when they change. It paints
its own background, so Qt need not paint the page behind it at each redraw.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kneecoach.core.cues import breath_at
from kneecoach.core.i18n import translate

STEP_PIXELS = 1.0  # the circle is redrawn when its edge has moved this far on screen
LOOK_AHEAD = 0.5  # seconds of the breath looked at for its next visible change
LOOK_STEP = 1 / 60  # in steps of a frame


class BreathingPacer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(60)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.words = ""
        self.fullness = 0.0  # as drawn on screen
        self.setAccessibleName(translate("BreathingPacer", "Breathing pacer"))

    def sizeHint(self) -> QSize:
        return QSize(300, 90)

    def show_breath(self, elapsed_in_hold: float) -> float:
        """Show the breath `elapsed_in_hold` seconds into the hold. Returns how many
        seconds until it will look different (the hold running on)."""
        words, fullness = breath_at(elapsed_in_hold)
        if words != self.words:
            self.setAccessibleDescription(words)
            self.words, self.fullness = words, fullness
            self.update()
        elif self._moved(fullness):
            self.update(self._circle_rect(max(self.fullness, fullness)))
            self.fullness = fullness
        return self._next_change(elapsed_in_hold)

    def _moved(self, fullness: float) -> bool:
        return abs(fullness - self.fullness) * self._pixels_per_fullness() >= STEP_PIXELS

    def _pixels_per_fullness(self) -> float:
        """How far the circle's edge moves, in device pixels, from empty to full."""
        return 0.65 * self._largest() / 2 * self.devicePixelRatioF()

    def _next_change(self, elapsed: float) -> float:
        """When the words change or the circle's edge moves a pixel, within a look
        ahead: the breath is slow, and a sum would be more work than looking."""
        least = STEP_PIXELS / max(self._pixels_per_fullness(), 1e-6)
        ahead = LOOK_STEP
        while ahead < LOOK_AHEAD:
            words, fullness = breath_at(elapsed + ahead)
            if words != self.words or abs(fullness - self.fullness) >= least:
                return ahead
            ahead += LOOK_STEP
        return LOOK_AHEAD

    def _largest(self) -> float:
        return self.height() * 0.9

    def _radius(self, fullness: float) -> float:
        """In device pixels."""
        return (0.35 + 0.65 * fullness) * self._largest() / 2 * self.devicePixelRatioF()

    def _centre(self) -> QPointF:
        """The circle's centre, at the start of the line: the right in right-to-left."""
        height = float(self.height())
        x = height / 2 + 4
        if self.layoutDirection() is Qt.LayoutDirection.RightToLeft:
            x = self.width() - x
        return QPointF(x, height / 2)

    def _text_box(self) -> QRectF:
        """Where the words go: after the circle, in the direction of reading."""
        gap = self._largest() + 20
        width = max(0.0, self.width() - gap)
        left = 0.0 if self.layoutDirection() is Qt.LayoutDirection.RightToLeft else gap
        return QRectF(left, 0, width, self.height())

    def _circle_rect(self, fullness: float) -> QRect:
        radius = self._radius(fullness) / self.devicePixelRatioF() + 2
        centre = self._centre()
        square = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        return square.toAlignedRect()

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.fillRect(event.rect(), palette.color(self.backgroundRole()))
        if not self.words:
            painter.end()
            return
        height = float(self.height())
        radius = self._radius(self.fullness) / self.devicePixelRatioF()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = QColor(palette.color(palette.ColorRole.Highlight))
        fill = QColor(outline)
        fill.setAlphaF(0.25 + 0.35 * self.fullness)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(self._centre(), radius, radius)
        text_box = self._text_box()
        if text_box.intersects(QRectF(event.rect())):
            painter.setPen(palette.color(palette.ColorRole.WindowText))
            font = QFont(self.font())
            font.setPixelSize(max(14, round(height * 0.38)))
            painter.setFont(font)
            # Leading: left, or right in right-to-left (Qt mirrors the alignment).
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading
            painter.drawText(text_box, align, self.words)
        painter.end()
