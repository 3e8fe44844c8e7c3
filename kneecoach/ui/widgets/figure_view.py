"""The exercise figure, drawn with QPainter from the core's pose model.

The view only draws what it is given: the session view asks the core for the
frame at the current instant and passes it here. An exercise with no figure
(one the user added) shows its still picture instead.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from kneecoach.core.figures import LIGHT_COLOURS, Figure, FigureError, Frame, Shape, load_figures
from kneecoach.ui.platform.theme import is_dark
from kneecoach.ui.widgets import illustrations

log = logging.getLogger(__name__)

ART_SIZE = QSize(400, 300)  # the figures' coordinate space
MIN_VISIBLE_PIXELS = 0.25  # a move smaller than this on screen is not worth a redraw


@cache  # the bundled figures do not change while the app runs
def bundled_figures() -> dict[str, Figure]:
    try:
        return load_figures()
    except FigureError as error:  # still pictures are a fine fallback
        log.error("the moving figures could not be loaded: %s", error)
        return {}


def colours_for(dark: bool) -> dict[str, QColor]:
    return {
        role: QColor(illustrations.DARK_SWAPS.get(light, light) if dark else light)
        for role, light in LIGHT_COLOURS.items()
    }


def _moved(old: Shape, new: Shape, least: float) -> bool:
    if abs(old.width - new.width) > least or abs(old.radius - new.radius) > least:
        return True
    return any(
        abs(x1 - x2) > least or abs(y1 - y2) > least
        for (x1, y1), (x2, y2) in zip(old.points, new.points, strict=True)
    )


def _bounds(shape: Shape) -> QRectF:
    """The area `shape` covers in the art's units, its stroke and round caps included."""
    if shape.kind == "rect":
        (x, y), (width, height) = shape.points
        return QRectF(x, y, width, height)
    xs = [x for x, _ in shape.points]
    ys = [y for _, y in shape.points]
    margin = shape.width / 2 + shape.radius + 1
    return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(
        -margin, -margin, margin, margin
    )


class FigureView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(120, 90)
        self.frame: Frame | None = None
        self.picture: tuple[str, bool, str] | None = None  # exercise id, mirrored, own picture
        self.dark = is_dark()
        self._colours = colours_for(self.dark)
        self._pixmap: QPixmap | None = None
        self._pixmap_key: tuple[object, ...] | None = None

    def sizeHint(self) -> QSize:
        return ART_SIZE

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed, perhaps mid-pause
            self.set_dark(is_dark())

    def set_dark(self, dark: bool) -> None:
        if dark != self.dark:
            self.dark = dark
            self._colours = colours_for(dark)
            self.update()

    def show_frame(self, frame: Frame) -> None:
        """Draw `frame`, unless it would look the same as the one on screen.

        While a stretch is held only the breath moves it, by a fraction of a pixel
        a frame: skipping those redraws costs nothing to see and saves most of the work.
        """
        shown = self.frame
        if (
            self.picture is not None
            or shown is None
            or shown.mirrored != frame.mirrored
            or [s.kind for s in shown.shapes] != [s.kind for s in frame.shapes]
        ):
            self.frame, self.picture = frame, None
            self.update()
            return
        changed = [
            (old, new) for old, new in zip(shown.shapes, frame.shapes, strict=True) if old != new
        ]
        scale = self.art_rect().width() / ART_SIZE.width() * self.devicePixelRatioF()
        least = MIN_VISIBLE_PIXELS / max(scale, 1e-6)  # in the art's units
        if not any(_moved(old, new, least) for old, new in changed):
            return
        self.frame = frame
        # Only where something changed: while the ankle circles, that is the foot.
        area = QRectF()
        for old, new in changed:
            area = area.united(_bounds(old)).united(_bounds(new))
        self.update(self._to_widget(area, frame.mirrored))

    def _to_widget(self, area: QRectF, mirrored: bool) -> QRect:
        target = self.art_rect()
        scale = target.width() / ART_SIZE.width()
        left = area.right() if mirrored else area.left()
        x = target.left() + (ART_SIZE.width() - left if mirrored else left) * scale
        rect = QRectF(
            x, target.top() + area.top() * scale, area.width() * scale, area.height() * scale
        )
        return rect.toAlignedRect().adjusted(-2, -2, 2, 2)

    def show_picture(self, exercise_id: str, mirrored: bool, own: str = "") -> None:
        """The still picture: `own` is the user's picture for an exercise they added."""
        if (exercise_id, mirrored, own) != self.picture:
            self.frame, self.picture = None, (exercise_id, mirrored, own)
            self.update()

    def art_rect(self) -> QRectF:
        """Where the 400 × 300 art lands: as large as fits, centred."""
        scale = min(self.width() / ART_SIZE.width(), self.height() / ART_SIZE.height())
        width, height = ART_SIZE.width() * scale, ART_SIZE.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.picture is not None:
            self._paint_picture(painter, *self.picture)
        elif self.frame is not None:
            self._paint_frame(painter, self.frame)
        painter.end()

    def _paint_frame(self, painter: QPainter, frame: Frame) -> None:
        target = self.art_rect()
        scale = target.width() / ART_SIZE.width()
        painter.translate(target.topLeft())
        if frame.mirrored:
            painter.translate(target.width(), 0)
            painter.scale(-scale, scale)
        else:
            painter.scale(scale, scale)
        for shape in frame.shapes:
            self._paint_shape(painter, shape)

    def _paint_shape(self, painter: QPainter, shape: Shape) -> None:
        colour = self._colours[shape.colour]
        points = [QPointF(x, y) for x, y in shape.points]
        if shape.width:
            pen = QPen(colour, shape.width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
        if shape.kind == "line" or shape.kind == "polyline":
            painter.drawPolyline(points)
        elif shape.kind == "polygon":
            painter.drawPolygon(QPolygonF(points))
        elif shape.kind == "circle":
            painter.drawEllipse(points[0], shape.radius, shape.radius)
        else:
            (x, y), (width, height) = shape.points
            painter.drawRoundedRect(QRectF(x, y, width, height), shape.radius, shape.radius)

    def _paint_picture(self, painter: QPainter, exercise_id: str, mirrored: bool, own: str) -> None:
        ratio = self.devicePixelRatioF()
        key = (exercise_id, mirrored, own, self.dark, self.size(), ratio)
        if key != self._pixmap_key:
            self._pixmap_key = key
            self._pixmap = illustrations.render(
                exercise_id, self.size(), self.dark, mirrored, ratio, picture=own
            )
        if self._pixmap is not None:
            painter.drawPixmap(0, 0, self._pixmap)
