"""The exercise figure, drawn with QPainter from the core's pose model.

The view only draws what it is given: the session view asks the core for the
frame at the current instant and passes it here. An exercise with no figure
(one the user added) shows its still picture instead.
"""

from __future__ import annotations

import itertools
import logging
import math
from functools import cache, lru_cache

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from kneecoach.core.figures.animation import Frame
from kneecoach.core.figures.colours import DARK_COLOURS, LIGHT_COLOURS
from kneecoach.core.figures.drawing import Shape
from kneecoach.core.figures.parsing import FigureError, load_figures
from kneecoach.core.figures.projection import ART_HEIGHT, ART_WIDTH
from kneecoach.core.figures.scene import Figure
from kneecoach.ui.platform.theme import is_dark
from kneecoach.ui.widgets import illustrations

log = logging.getLogger(__name__)

ART_SIZE = QSize(round(ART_WIDTH), round(ART_HEIGHT))  # the figures' coordinate space
MIN_VISIBLE_PIXELS = 0.5  # a move smaller than this on screen is not worth a redraw
STEP_PIXELS = 2.0  # a moving figure is asked for its next frame when it will have moved this far
STEADY_FRAMES = 3  # frames whose first shapes stay the same before those are kept in a layer
FRAME_SECONDS = 1 / 60  # a figure that moves is asked for its next frame at 60 Hz
QUIET_SECONDS = 0.1  # and one that stands still (or only breathes) ten times a second


@cache  # the bundled figures do not change while the app runs
def bundled_figures() -> dict[str, Figure]:
    try:
        return load_figures()
    except FigureError as error:  # still pictures are a fine fallback
        log.error("the moving figures could not be loaded: %s", error)
        return {}


def colours_for(dark: bool) -> dict[str, QColor]:
    return {role: QColor(code) for role, code in (DARK_COLOURS if dark else LIGHT_COLOURS).items()}


def _movement(old: Shape, new: Shape) -> float:
    """How far the farthest-moving part of `old` went to become `new`, in the art's units."""
    if len(old.points) != len(new.points):  # an outline that gained or lost a corner
        return math.inf
    points = zip(old.points, new.points, strict=True)
    return max(
        abs(old.width - new.width),
        abs(old.radius - new.radius),
        *(max(abs(x1 - x2), abs(y1 - y2)) for (x1, y1), (x2, y2) in points),
    )


@lru_cache(maxsize=1024)  # held frames come back again and again with the same shapes
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


@lru_cache(maxsize=1024)
def _pieces(shape: Shape) -> tuple[QRectF, ...]:
    """`_bounds`, finer: one box per segment of a line, so a long limb crossing the
    corner of a small redraw is not taken for one that lies in it."""
    if shape.kind not in ("line", "polyline") or len(shape.points) < 3:
        return (_bounds(shape),)
    return tuple(
        _bounds(Shape("line", pair, shape.colour, shape.width))
        for pair in itertools.pairwise(shape.points)
    )


def _reaches(shape: Shape, area: QRectF) -> bool:
    return any(piece.intersects(area) for piece in _pieces(shape))


def _steadier(steady: tuple[int, int], count: int) -> tuple[int, int]:
    """(shapes the last frames shared, for how many frames), after one sharing `count`."""
    return (count, steady[1] + 1 if count == steady[0] else 0)


def _copy(painter: QPainter, layer: QPixmap, area: QRectF) -> None:
    """The part of `layer` under `area`."""
    ratio = layer.devicePixelRatio()  # the source is in the pixmap's own pixels
    painter.drawPixmap(area, layer, QRectF(area.topLeft() * ratio, area.size() * ratio))


class FigureView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(120, 90)
        # It paints its own background: Qt need not paint the page behind it each frame.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.frame: Frame | None = None
        self.picture: tuple[str, bool, str] | None = None  # exercise id, left side, own picture
        self.dark = is_dark()
        self._colours = colours_for(self.dark)
        self._pixmap: QPixmap | None = None
        self._pixmap_key: tuple[object, ...] | None = None
        # What stays put (the props, and the body parts drawn before anything that moves)
        # is drawn once into a layer, then copied each frame.
        self._layer: QPixmap | None = None
        self._layer_key: tuple[object, ...] | None = None
        self._steady = (0, 0)  # leading shapes the last frames shared, and for how many frames
        self._steady_tail = (0, 0)  # and the same of their last shapes
        # What stays put in front of what moves (a circling foot's arrow, the near leg)
        # is drawn into a layer of its own, see-through, and laid over the moving parts.
        self._overlay: QPixmap | None = None
        self._overlay_key: tuple[object, ...] | None = None
        self._quiet = 0  # frames in a row that did not move
        self._drawn_at: float | None = None  # the moment of the last frame drawn
        self._art = (QSize(), QRectF())  # the art's place, for the size it was worked out for

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

    def show_frame(self, frame: Frame, moment: float | None = None) -> float:
        """Draw `frame`, unless it would look the same as the one on screen. Returns
        how many seconds until the next frame is worth asking for: from how fast the
        figure moved to the frame drawn at `moment` (seconds), when it will have moved
        another pixel.

        While a stretch is held only the breath moves it, by a fraction of a pixel
        a frame: skipping those redraws costs nothing to see and saves most of the work,
        and after a few frames that did not move the figure is asked less often.
        """
        moved = self._show_frame(frame)  # in device pixels
        if not moved:
            self._quiet += 1
            return min(FRAME_SECONDS * 2.0**self._quiet, QUIET_SECONDS)
        drawn_at, self._drawn_at, self._quiet = self._drawn_at, moment, 0
        if moment is None or drawn_at is None or moment <= drawn_at or math.isinf(moved):
            return FRAME_SECONDS
        wait = STEP_PIXELS * (moment - drawn_at) / moved
        return max(FRAME_SECONDS, min(wait, QUIET_SECONDS))

    def _show_frame(self, frame: Frame) -> float:
        """How far `frame` moves the figure on screen, in device pixels, when it is
        drawn: 0 when it would look like the one on screen (and is not drawn)."""
        shown = self.frame
        if shown is frame:  # a held pose: the same frame again, from the core's cache
            return 0.0
        if (
            self.picture is not None
            or shown is None
            or [(s.kind, s.colour) for s in shown.shapes]
            != [(s.kind, s.colour) for s in frame.shapes]
        ):
            self.frame, self.picture = frame, None
            self._steady = self._steady_tail = (0, 0)
            self.update()
            return math.inf
        pairs = list(zip(shown.shapes, frame.shapes, strict=True))
        same = [old is new or old == new for old, new in pairs]
        changed = [pair for pair, kept in zip(pairs, same, strict=True) if not kept]
        shared = same.index(False) if False in same else len(same)
        self._steady = _steadier(self._steady, shared)
        trailing = same[::-1].index(False) if False in same else len(same)
        self._steady_tail = _steadier(self._steady_tail, trailing)
        scale = self.art_rect().width() / ART_SIZE.width() * self.devicePixelRatioF()
        moved = max((_movement(old, new) for old, new in changed), default=0.0) * scale
        if moved < MIN_VISIBLE_PIXELS:
            return 0.0
        self.frame = frame
        # Only where something changed: while the ankle circles, that is the foot.
        area = QRectF()
        for old, new in changed:
            area = area.united(_bounds(old)).united(_bounds(new))
        self.update(self._to_widget(area))
        return moved

    def _to_widget(self, area: QRectF) -> QRect:
        target = self.art_rect()
        scale = target.width() / ART_SIZE.width()
        rect = QRectF(
            target.left() + area.left() * scale,
            target.top() + area.top() * scale,
            area.width() * scale,
            area.height() * scale,
        )
        return rect.toAlignedRect().adjusted(-2, -2, 2, 2)

    def show_picture(self, exercise_id: str, mirrored: bool, own: str = "") -> None:
        """The still picture, of the left side when `mirrored`: the real left side where
        the exercise has one drawn, else mirrored. `own` is the user's picture for an
        exercise they added."""
        if (exercise_id, mirrored, own) != self.picture:
            self.frame, self.picture = None, (exercise_id, mirrored, own)
            self.update()

    def art_rect(self) -> QRectF:
        """Where the 400 × 300 art lands: as large as fits, centred."""
        size = self.size()
        if size != self._art[0]:  # asked several times a frame: worked out once a size
            scale = min(size.width() / ART_SIZE.width(), size.height() / ART_SIZE.height())
            width, height = ART_SIZE.width() * scale, ART_SIZE.height() * scale
            left, top = (size.width() - width) / 2, (size.height() - height) / 2
            self._art = (size, QRectF(left, top, width, height))
        return QRectF(self._art[1])

    def paintEvent(self, event: QPaintEvent) -> None:
        # Opaque: every pixel asked for is painted, from the window's colour up.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.picture is None and self.frame is not None:
            self._paint_frame(painter, self.frame, QRectF(event.rect()))
        else:
            painter.fillRect(event.rect(), self._background())
            if self.picture is not None:
                self._paint_picture(painter, *self.picture)
        painter.end()

    def _background(self) -> QColor:
        return self.palette().color(self.backgroundRole())

    def _paint_frame(self, painter: QPainter, frame: Frame, area: QRectF) -> None:
        # Past a few frames that share their first (or last) shapes, those go into the
        # layer below (or above) what moves; only what lies between is drawn each frame.
        below, above = self._layered(frame)
        if below:  # an opaque layer, on the window's colour
            _copy(painter, self._layer_picture(frame.shapes[:below]), area)
        else:
            painter.fillRect(area, self._background())
        target = self.art_rect()
        scale = target.width() / ART_SIZE.width()
        # Only the shapes that reach the area being redrawn: while a foot circles, the
        # rest of the body is left as it is on screen.
        wanted = QRectF(
            (area.left() - target.left()) / scale,
            (area.top() - target.top()) / scale,
            area.width() / scale,
            area.height() / scale,
        )
        painter.save()
        painter.translate(target.topLeft())
        painter.scale(scale, scale)
        for shape in frame.shapes[below : len(frame.shapes) - above]:
            if _reaches(shape, wanted):
                self._paint_shape(painter, shape)
        painter.restore()
        if above:
            _copy(painter, self._overlay_picture(frame.shapes[-above:]), area)

    def _layered(self, frame: Frame) -> tuple[int, int]:
        """How many of the first shapes come from the layer below, and of the last
        from the layer above."""
        count, frames = self._steady
        below = max(frame.props, count if frames >= STEADY_FRAMES else 0)
        count, frames = self._steady_tail
        above = count if frames >= STEADY_FRAMES else 0
        return below, max(0, min(above, len(frame.shapes) - below))

    def _layer_picture(self, props: tuple[Shape, ...]) -> QPixmap:
        background = self._background()
        key = (props, self.size(), self.devicePixelRatioF(), self.dark, background.rgba())
        if key != self._layer_key or self._layer is None:
            # Opaque, on the window's own colour: copied each frame without blending.
            self._layer, self._layer_key = self._drawn(props, background), key
        return self._layer

    def _overlay_picture(self, shapes: tuple[Shape, ...]) -> QPixmap:
        key = (shapes, self.size(), self.devicePixelRatioF(), self.dark)
        if key != self._overlay_key or self._overlay is None:
            self._overlay = self._drawn(shapes, QColor(Qt.GlobalColor.transparent))
            self._overlay_key = key
        return self._overlay

    def _drawn(self, shapes: tuple[Shape, ...], background: QColor) -> QPixmap:
        """`shapes` drawn on `background`, the size of the view."""
        ratio = self.devicePixelRatioF()
        image = QPixmap(self.size() * ratio)
        image.setDevicePixelRatio(ratio)
        image.fill(background)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        target = self.art_rect()
        painter.translate(target.topLeft())
        painter.scale(target.width() / ART_SIZE.width(), target.width() / ART_SIZE.width())
        for shape in shapes:
            self._paint_shape(painter, shape)
        painter.end()
        return image

    def _paint_shape(self, painter: QPainter, shape: Shape) -> None:
        colour = self._colours[shape.colour]
        points = [QPointF(x, y) for x, y in shape.points]
        if shape.width:
            pen = QPen(colour, shape.width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(Qt.BrushStyle.NoBrush if shape.width else QBrush(colour))
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
