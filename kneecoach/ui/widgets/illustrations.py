"""Exercise pictures: SVG files in resources/illustrations, recoloured for the dark theme.

The art uses a small fixed palette, so the dark variant is a plain colour swap;
the left side is the right side mirrored.
"""

from __future__ import annotations

import os
from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from kneecoach.core.paths import resources_dir

GENERIC = "generic"
LARGEST_PICTURE = 1600  # pixels along the longer side of a user's picture, once read
# Light-theme colour → dark-theme colour.
DARK_SWAPS = {
    "#1f3b57": "#4a7cb0",  # far limbs stay darker than near ones: depth reads the same
    "#2f6fb0": "#6fa8dc",
    "#8a97a5": "#6b7785",
    "#b8c2cc": "#4a5560",
}


def illustration_path_for(exercise_id: str) -> str:
    folder = resources_dir() / "illustrations"
    path = folder / f"{exercise_id}.svg"
    return str(path if path.is_file() else folder / f"{GENERIC}.svg")


def _read_picture(path: str) -> QImage:
    """The user's picture, upright; a null image when it cannot be read."""
    try:
        changed = os.stat(path).st_mtime_ns  # a picture replaced under the same name is read anew
    except OSError:
        return QImage()
    return _decoded(path, changed)


@lru_cache(maxsize=32)
def _decoded(path: str, _changed: int) -> QImage:
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # a phone photo taken sideways is turned as it was meant
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > LARGEST_PICTURE:
        # A camera's 8000-pixel photo is read at screen size, not into 190 MB of memory.
        reader.setScaledSize(
            size.scaled(LARGEST_PICTURE, LARGEST_PICTURE, Qt.AspectRatioMode.KeepAspectRatio)
        )
    return reader.read()


@cache
def svg_text(exercise_id: str, dark: bool) -> bytes:
    with open(illustration_path_for(exercise_id), encoding="utf-8") as handle:
        text = handle.read()
    if dark:
        for light, dark_colour in DARK_SWAPS.items():
            text = text.replace(light, dark_colour)
    return text.encode("utf-8")


def renderer(exercise_id: str, dark: bool) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(svg_text(exercise_id, dark)))


def render(
    exercise_id: str,
    size: QSize,
    dark: bool,
    mirrored: bool = False,
    ratio: float = 1.0,
    picture: str = "",
) -> QPixmap:
    """The picture fitted into `size` (logical pixels), crisp at the screen's pixel ratio.

    `picture` is the user's own picture for an exercise they added; the plain
    figure is drawn when there is none or it cannot be read."""
    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    own = _read_picture(picture) if picture else QImage()
    view = QRectF(own.rect()) if not own.isNull() else renderer(exercise_id, dark).viewBoxF()
    scale = min(image.width() / view.width(), image.height() / view.height())
    width, height = view.width() * scale, view.height() * scale
    target = QRectF((image.width() - width) / 2, (image.height() - height) / 2, width, height)
    if own.isNull():
        renderer(exercise_id, dark).render(painter, target)
    else:
        painter.drawImage(target, own)
    painter.end()
    if mirrored:
        image = image.transformed(QTransform().scale(-1, 1))
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
