"""An exercise's picture on paper: the drawing painted as shapes, or the person's photo."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer

from kneecoach.core.paper.sheet import Picture

LARGEST_PHOTO = 1200  # pixels along the longer side: sharp at 300 dpi in a 10 cm picture


@cache
def _renderer(path: str) -> QSvgRenderer:
    return QSvgRenderer(path)


def _photo(path: str) -> QImage:
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > LARGEST_PHOTO:
        reader.setScaledSize(
            size.scaled(LARGEST_PHOTO, LARGEST_PHOTO, Qt.AspectRatioMode.KeepAspectRatio)
        )
    return reader.read()


def fitted(view: QRectF, target: QRectF) -> QRectF:
    """`view`'s shape, as large as fits in `target`, centred."""
    if view.isEmpty():
        return target
    scale = min(target.width() / view.width(), target.height() / view.height())
    width, height = view.width() * scale, view.height() * scale
    return QRectF(
        target.left() + (target.width() - width) / 2,
        target.top() + (target.height() - height) / 2,
        width,
        height,
    )


def paint_picture(painter: QPainter, picture: Picture, target: QRectF) -> None:
    """Paint `picture` into `target` (device pixels), keeping its proportions."""
    if picture.vector:
        renderer = _renderer(picture.path)
        if renderer.isValid():
            renderer.render(painter, fitted(renderer.viewBoxF(), target))
            return
    image = _photo(picture.path)
    if not image.isNull():
        painter.drawImage(fitted(QRectF(image.rect()), target), image)
