"""Exercise pictures: SVG files in resources/illustrations, recoloured for the dark theme.

The art uses a small fixed palette, so the dark variant is a plain colour swap;
the left side is the right side mirrored.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from kneecoach.core.paths import resources_dir

GENERIC = "generic"
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
    exercise_id: str, size: QSize, dark: bool, mirrored: bool = False, ratio: float = 1.0
) -> QPixmap:
    """The picture fitted into `size` (logical pixels), crisp at the screen's pixel ratio."""
    svg = renderer(exercise_id, dark)
    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    view = svg.viewBoxF()
    scale = min(image.width() / view.width(), image.height() / view.height())
    width, height = view.width() * scale, view.height() * scale
    target = QRectF((image.width() - width) / 2, (image.height() - height) / 2, width, height)
    svg.render(painter, target)
    painter.end()
    if mirrored:
        image = image.transformed(QTransform().scale(-1, 1))
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
