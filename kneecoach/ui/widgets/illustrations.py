"""Exercise pictures: SVG files in resources/illustrations, recoloured for the dark theme.

The art uses a small fixed palette, so the dark variant is a plain colour swap.
Each exercise has its held position (`<id>.svg`), its start (`<id>.start.svg`),
the same two of the left side (`<id>.left.svg`, `<id>.left.start.svg`: the real
left side, not a mirror image) and a simpler thumbnail (`<id>.small.svg`). A
picture without a left side drawn (the user's own) is mirrored for the left.
"""

from __future__ import annotations

import os
from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from kneecoach.core.figures.colours import DARK_COLOURS, LIGHT_COLOURS
from kneecoach.core.paths import resources_dir

GENERIC = "generic"
LARGEST_PICTURE = 1600  # pixels along the longer side of a user's picture, once read
SMALL_PICTURE = 120  # at most this many pixels wide, a picture is drawn from its thumbnail art
# Light-theme colour → dark-theme colour: far limbs stay darker than near ones.
DARK_SWAPS = {
    light: DARK_COLOURS[role]
    for role, light in LIGHT_COLOURS.items()
    if light != DARK_COLOURS[role]
}


def variant(side: str = "right", moment: str = "hold", small: bool = False) -> str:
    """The file name's suffix of one picture of an exercise."""
    if small:
        return ".small"
    return (".left" if side == "left" else "") + (".start" if moment == "start" else "")


def illustration_path_for(exercise_id: str, suffix: str = "") -> str:
    folder = resources_dir() / "illustrations"
    for name in (f"{exercise_id}{suffix}", exercise_id):
        path = folder / f"{name}.svg"
        if path.is_file():
            return str(path)
    return str(folder / f"{GENERIC}.svg")


def has_variant(exercise_id: str, suffix: str) -> bool:
    return (resources_dir() / "illustrations" / f"{exercise_id}{suffix}.svg").is_file()


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
def svg_text(exercise_id: str, dark: bool, suffix: str = "") -> bytes:
    with open(illustration_path_for(exercise_id, suffix), encoding="utf-8") as handle:
        text = handle.read()
    if dark:
        for light, dark_colour in DARK_SWAPS.items():
            text = text.replace(light, dark_colour)
    return text.encode("utf-8")


def renderer(exercise_id: str, dark: bool, suffix: str = "") -> QSvgRenderer:
    return QSvgRenderer(QByteArray(svg_text(exercise_id, dark, suffix)))


def render(
    exercise_id: str,
    size: QSize,
    dark: bool,
    mirrored: bool = False,
    ratio: float = 1.0,
    picture: str = "",
    moment: str = "hold",
    tile: bool = False,
) -> QPixmap:
    """The picture fitted into `size` (logical pixels), crisp at the screen's pixel ratio.

    `mirrored` asks for the left side; `moment` for the "start" or the "hold".
    `picture` is the user's own picture for an exercise they added; the plain
    figure is drawn when there is none or it cannot be read. With `tile`, the
    picture sits on a card of the window's colour, so it keeps its contrast on a
    selected row."""
    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if tile:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor((DARK_COLOURS if dark else LIGHT_COLOURS)["gap"]))
        painter.drawRoundedRect(QRectF(image.rect()), 6 * ratio, 6 * ratio)
    own = _read_picture(picture) if picture else QImage()
    small = size.width() <= SMALL_PICTURE and moment == "hold" and not mirrored
    suffix = variant("left" if mirrored else "right", moment, small)
    flip = mirrored and (not own.isNull() or not has_variant(exercise_id, suffix))
    art = renderer(exercise_id, dark, suffix) if own.isNull() else None
    view = QRectF(own.rect()) if art is None else art.viewBoxF()
    scale = min(image.width() / view.width(), image.height() / view.height())
    width, height = view.width() * scale, view.height() * scale
    target = QRectF((image.width() - width) / 2, (image.height() - height) / 2, width, height)
    if art is not None:
        art.render(painter, target)
    else:
        painter.drawImage(target, own)
    painter.end()
    if flip:
        image = image.transformed(QTransform().scale(-1, 1))
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
