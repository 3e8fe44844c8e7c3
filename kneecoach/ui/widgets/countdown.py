"""The large countdown: a progress ring with the seconds (or the rep count) inside."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kneecoach.core.i18n import translate


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.text = ""
        self.caption = ""
        self.fraction = 0.0  # of the step done, 0..1
        self.number_share = 0.42  # the number's type, as a share of the ring's size
        self.setAccessibleName(translate("CountdownRing", "Countdown"))

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def set_state(self, text: str, caption: str, fraction: float) -> None:
        if (text, caption) != (self.text, self.caption):
            described = translate("CountdownRing", "{number} {unit}", "e.g. 12 seconds")
            self.setAccessibleDescription(described.format(number=text, unit=caption).strip())
        self.text, self.caption, self.fraction = text, caption, max(0.0, min(1.0, fraction))
        self.update()

    def diameter(self) -> float:
        return float(min(self.width(), self.height()))

    def number_font(self) -> QFont:
        """The number's type: `number_share` of the ring for up to two digits, a long
        text (three digits) smaller so that it stays inside the ring."""
        font = QFont(self.font())
        font.setBold(True)
        share = self.number_share * (1.0 if len(self.text) <= 2 else 0.6)
        font.setPixelSize(max(12, round(self.diameter() * share)))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        size = self.diameter()
        pen_width = max(6.0, size * 0.06)
        square = QRectF(
            (self.width() - size) / 2 + pen_width / 2,
            (self.height() - size) / 2 + pen_width / 2,
            size - pen_width,
            size - pen_width,
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QColor(palette.color(palette.ColorRole.WindowText))
        track.setAlphaF(0.15)
        painter.setPen(QPen(track, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawEllipse(square)
        accent = palette.color(palette.ColorRole.Highlight)
        painter.setPen(QPen(accent, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        # What is left of the step, shrinking clockwise from twelve o'clock.
        span = round(-360 * 16 * (1.0 - self.fraction))
        painter.drawArc(square, 90 * 16, span)
        painter.setPen(palette.color(palette.ColorRole.WindowText))
        font = self.number_font()
        painter.setFont(font)
        number_box = QRectF(square.left(), square.top(), square.width(), square.height() * 0.9)
        painter.drawText(number_box, Qt.AlignmentFlag.AlignCenter, self.text)
        if self.caption:
            font.setBold(False)
            font.setPixelSize(max(10, round(size * 0.075)))
            painter.setFont(font)
            caption_box = QRectF(
                square.left(), square.center().y() + size * 0.22, square.width(), size * 0.12
            )
            painter.drawText(caption_box, Qt.AlignmentFlag.AlignCenter, self.caption)
        painter.end()
