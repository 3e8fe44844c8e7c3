"""A slow visual breathing pacer shown during holds: a soft circle that swells and settles."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kneecoach.core.cues import breath_at
from kneecoach.core.i18n import translate


class BreathingPacer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(60)
        self.words = ""
        self.fullness = 0.0
        self.setAccessibleName(translate("BreathingPacer", "Breathing pacer"))

    def sizeHint(self) -> QSize:
        return QSize(300, 90)

    def show_breath(self, elapsed_in_hold: float) -> None:
        words, fullness = breath_at(elapsed_in_hold)
        if words != self.words:
            self.setAccessibleDescription(words)
        self.words, self.fullness = words, fullness
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.words:
            return
        palette = self.palette()
        height = float(self.height())
        largest = height * 0.9
        radius = (0.35 + 0.65 * self.fullness) * largest / 2
        centre = QPointF(height / 2 + 4, height / 2)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = QColor(palette.color(palette.ColorRole.Highlight))
        fill = QColor(outline)
        fill.setAlphaF(0.25 + 0.35 * self.fullness)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(palette.color(palette.ColorRole.WindowText))
        font = QFont(self.font())
        font.setPixelSize(max(14, round(height * 0.38)))
        painter.setFont(font)
        text_box = QRectF(largest + 20, 0, self.width() - largest - 20, height)
        painter.drawText(
            text_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.words
        )
        painter.end()
