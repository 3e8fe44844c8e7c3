"""The large countdown: a progress ring with the seconds (or the rep count) inside.

Full screen the ring is hundreds of pixels across, and its number is too large for
Qt's glyph cache: drawn afresh it costs more than everything else on the screen.
So the track and the words are drawn once into a layer, and a tick redraws only
the few pixels the end of the arc moved over, once it has moved a few pixels (less
than the eye resolves from the mat). The layer is opaque, on the window's colour,
so Qt need not paint the page behind the ring at each redraw.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kneecoach.core.i18n import translate

# The arc is redrawn when its end has moved this far: 0.5-0.8 mm on a laptop's screen,
# under the one minute of arc (0.9 mm) the eye resolves from three metres.
STEP_PIXELS = 3.0
SLACK_PIXELS = 0.05  # a wake a hair early still counts as a step's move
MOST_PER_SECOND = 30  # a large ring in a short step moves faster: a few pixels a redraw then
WHOLE_REDRAW_DEGREES = 60.0  # a jump this large (a new step) redraws the ring whole
GRID = 1.0  # degrees between the corners of the arc's band: a 1000 px ring is off by 0.02 px


def _ink(font: QFont, box: QRectF, text: str) -> QRectF:
    """Where `text` drawn centred in `box` puts ink: a number 300 px tall is mostly
    air above and below, and the air need not be redrawn."""
    metrics = QFontMetricsF(font)
    left = box.center().x() - metrics.horizontalAdvance(text) / 2
    baseline = box.center().y() + (metrics.ascent() - metrics.descent()) / 2
    return metrics.tightBoundingRect(text).translated(left, baseline)


def _clipped(stretch: tuple[float, float] | None, left: float) -> list[tuple[float, float]]:
    """The parts of `stretch` (its first degree and its length, clockwise from twelve
    o'clock) within the arc from 0 to `left`: two where it spans twelve o'clock."""
    if stretch is None or left <= 0:
        return []
    start, length = stretch
    if length >= 360:
        return [(0.0, left)]
    pieces = []
    for shift in (-360.0, 0.0):
        low, high = max(0.0, start + shift), min(left, start + length + shift)
        if low < high:
            pieces.append((low, high))
    return pieces


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # the layer covers it all
        self.text = ""
        self.caption = ""
        self.fraction = 0.0  # of the step done, 0..1, as drawn on screen
        self.number_share = 0.42  # the number's type, as a share of the ring's size
        self.setAccessibleName(translate("CountdownRing", "Countdown"))
        self._layer: QPixmap | None = None  # the track and the words
        self._layer_key: tuple[object, ...] | None = None
        self._sized_for = QSize()
        self._sized = (QRectF(), 0.0, 0.0, 0.0, 0.0)

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def set_state(self, text: str, caption: str, fraction: float, per_second: float = 0.0) -> float:
        """Show `text` over `caption` with `fraction` of the step done, which grows by
        `per_second` while the step runs. Returns how many seconds until the arc will
        have moved another step, or a thirtieth of a second for a ring so large or a
        step so short that it moves faster (infinite when it stands still)."""
        fraction = max(0.0, min(1.0, fraction))
        if (text, caption) != (self.text, self.caption):
            described = translate("CountdownRing", "{number} {unit}", "e.g. 12 seconds")
            self.setAccessibleDescription(described.format(number=text, unit=caption).strip())
            self.update(self._words_rect(text, caption))
            self.text, self.caption = text, caption
        moved = self._arc_pixels(fraction - self.fraction)
        if moved >= STEP_PIXELS - SLACK_PIXELS:
            self._update_arc(self.fraction, fraction)
            self.fraction, moved = fraction, 0.0
        speed = self._arc_pixels(per_second)
        if speed <= 0:
            return math.inf
        since = (fraction - self.fraction) / per_second  # seconds since the arc was drawn
        return max((STEP_PIXELS - moved) / speed, 1 / MOST_PER_SECOND - since)

    def diameter(self) -> float:
        return float(min(self.width(), self.height()))

    def number_font(self) -> QFont:
        """The number's type: `number_share` of the ring for up to two digits, a long
        text (three digits) smaller so that it stays inside the ring."""
        return self._fonts(self.text)[0]

    # --- geometry ---------------------------------------------------------------
    def _pen_width(self) -> float:
        return self._geometry()[1]

    def _square(self) -> QRectF:
        """The circle the middle of the ring's stroke runs along."""
        return QRectF(self._geometry()[0])

    def _geometry(self) -> tuple[QRectF, float, float, float, float]:
        """The square, the stroke's width, the centre (x, y) and the middle radius:
        asked for many times a frame, worked out once a size."""
        size = self.size()
        if size != self._sized_for:
            diameter = float(min(size.width(), size.height()))
            pen_width = max(6.0, diameter * 0.06)
            square = QRectF(
                (size.width() - diameter) / 2 + pen_width / 2,
                (size.height() - diameter) / 2 + pen_width / 2,
                diameter - pen_width,
                diameter - pen_width,
            )
            centre = square.center()
            self._sized = (square, pen_width, centre.x(), centre.y(), square.width() / 2)
            self._sized_for = size
        return self._sized

    def _arc_pixels(self, fraction: float) -> float:
        """How far the end of the arc moves on screen, in device pixels, for `fraction`."""
        return abs(fraction) * math.pi * self._square().width() * self.devicePixelRatioF()

    def _update_arc(self, old: float, new: float) -> None:
        """Ask for a redraw of where the end of the arc was and now is."""
        degrees = abs(new - old) * 360
        if degrees >= WHOLE_REDRAW_DEGREES:
            self.update()
            return
        steps = max(1, math.ceil(degrees / 5))
        points = [
            self._point_at(360 * (1 - (old + (new - old) * i / steps))) for i in range(steps + 1)
        ]
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        margin = self._pen_width() / 2 + 2  # the round cap, and the antialiased edge
        area = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        self.update(area.adjusted(-margin, -margin, margin, margin).toAlignedRect())

    def _fonts(self, text: str) -> tuple[QFont, QFont]:
        """The font for `text` as the number (smaller when it is long), and the caption's."""
        size = self.diameter()
        number = QFont(self.font())
        number.setBold(True)
        share = self.number_share * (1.0 if len(text) <= 2 else 0.6)
        number.setPixelSize(max(12, round(size * share)))
        caption = QFont(self.font())
        caption.setPixelSize(max(10, round(size * 0.075)))
        return number, caption

    def _boxes(self) -> tuple[QRectF, QRectF]:
        square, size = self._square(), self.diameter()
        number = QRectF(square.left(), square.top(), square.width(), square.height() * 0.9)
        caption = QRectF(
            square.left(), square.center().y() + size * 0.22, square.width(), size * 0.12
        )
        return number, caption

    def _words_rect(self, text: str, caption: str) -> QRect:
        """Where the ink of the words that differ from those shown lies, old and new."""
        number_box, caption_box = self._boxes()
        area = QRectF()
        if text != self.text:
            area = _ink(self._fonts(text)[0], number_box, text)
            area = area.united(_ink(self._fonts(self.text)[0], number_box, self.text))
        if caption != self.caption:
            caption_font = self._fonts(text)[1]
            area = area.united(_ink(caption_font, caption_box, caption))
            area = area.united(_ink(caption_font, caption_box, self.caption))
        return area.toAlignedRect().adjusted(-3, -3, 3, 3)

    # --- drawing ------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        area = QRectF(event.rect())
        layer = self._layer_picture()
        painter = QPainter(self)
        # The whole layer, pixel for pixel (the redraw's clip keeps it to `area`): a part
        # of it placed at a fractional scale (1.5× text) would be resampled, its edges jagged.
        painter.drawPixmap(0, 0, layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(self.palette().ColorRole.Highlight))
        # What is left of the step, shrinking clockwise from twelve o'clock: its band
        # where it reaches `area`, with a round end at each side.
        left = 360 * (1.0 - self.fraction)
        for start, stop in _clipped(self._degrees_in(area), left):
            painter.drawPolygon(self._band(start, stop))
        if 0 < left < 360:
            cap = self._pen_width() / 2
            for degrees in (0.0, left):
                centre = self._point_at(degrees)
                if area.intersects(QRectF(centre.x() - cap, centre.y() - cap, 2 * cap, 2 * cap)):
                    painter.drawEllipse(centre, cap, cap)
        painter.end()

    def _point_at(self, degrees: float, radius: float | None = None) -> QPointF:
        """The point `degrees` clockwise from twelve o'clock on the ring's middle line
        (or at `radius` from the centre)."""
        _, _, x, y, middle = self._geometry()
        radius = middle if radius is None else radius
        angle = math.radians(degrees)
        return QPointF(x + radius * math.sin(angle), y - radius * math.cos(angle))

    def _band(self, start: float, stop: float) -> QPolygonF:
        """The ring's band from `start` to `stop` degrees, its corners on a fixed grid so
        that any stretch of it is drawn with the very same edges as the whole."""
        _, pen_width, x, y, middle = self._geometry()
        steps = range(math.floor(start / GRID) + 1, math.ceil(stop / GRID))
        grid = [math.radians(d) for d in (start, *(step * GRID for step in steps), stop)]
        turns = [(math.sin(a), math.cos(a)) for a in grid]
        outer, inner = middle + pen_width / 2, middle - pen_width / 2
        points = [QPointF(x + outer * sin, y - outer * cos) for sin, cos in turns]
        points += [QPointF(x + inner * sin, y - inner * cos) for sin, cos in reversed(turns)]
        return QPolygonF(points)

    def _degrees_in(self, area: QRectF) -> tuple[float, float] | None:
        """The stretch of the ring (degrees clockwise from twelve o'clock, the first of
        them in 0..360) whose band reaches into `area`; None for none; all of it when
        `area` holds the centre. As (first degree, length)."""
        square, half = self._square(), self._pen_width() / 2 + 1
        centre = square.center()
        corners = [area.topLeft(), area.topRight(), area.bottomLeft(), area.bottomRight()]
        if max(math.hypot(c.x() - centre.x(), c.y() - centre.y()) for c in corners) < (
            square.width() / 2 - half
        ):
            return None  # inside the ring: the words
        wider = area.adjusted(-half, -half, half, half)
        if wider.contains(centre):
            return (0.0, 360.0)
        angles = [
            math.degrees(math.atan2(c.x() - centre.x(), centre.y() - c.y())) % 360
            for c in (wider.topLeft(), wider.topRight(), wider.bottomLeft(), wider.bottomRight())
        ]
        # Less than half a turn apart: measured from the first, the least and the most.
        turned = [(a - angles[0] + 180) % 360 - 180 for a in angles]
        return (angles[0] + min(turned)) % 360, max(turned) - min(turned)

    def _layer_picture(self) -> QPixmap:
        """The track and the words, drawn again only when they change."""
        palette = self.palette()
        ratio = self.devicePixelRatioF()
        font = (self.font().key(), self.number_share)
        key = (self.size(), ratio, self.text, self.caption, font, palette.cacheKey())
        if key == self._layer_key and self._layer is not None:
            return self._layer
        text_colour = palette.color(palette.ColorRole.WindowText)
        number_font, caption_font = self._fonts(self.text)
        layer = QPixmap(self.size() * ratio)
        layer.setDevicePixelRatio(ratio)
        layer.fill(palette.color(self.backgroundRole()))
        painter = QPainter(layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QColor(text_colour)
        track.setAlphaF(0.15)
        pen = QPen(track, self._pen_width(), Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawEllipse(self._square())
        painter.setPen(text_colour)
        number_box, caption_box = self._boxes()
        painter.setFont(number_font)
        painter.drawText(number_box, Qt.AlignmentFlag.AlignCenter, self.text)
        if self.caption:
            painter.setFont(caption_font)
            painter.drawText(caption_box, Qt.AlignmentFlag.AlignCenter, self.caption)
        painter.end()
        self._layer, self._layer_key = layer, key
        return layer
