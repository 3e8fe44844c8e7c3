"""Render the app icon's SVG source into the PNG sizes desktops want, plus .ico and .icns.

QT_QPA_PLATFORM=offscreen python tools/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "kneecoach.svg"))
    if not renderer.isValid():
        print("the icon SVG does not render", file=sys.stderr)
        return 1
    folder = ICONS / "png"
    folder.mkdir(exist_ok=True)
    for size in SIZES:
        render(renderer, size).save(str(folder / f"kneecoach-{size}.png"))
    # Windows and macOS bundles take one file holding several sizes.
    render(renderer, 256).save(str(ICONS / "kneecoach.ico"))
    render(renderer, 512).save(str(ICONS / "kneecoach.icns"))
    print(f"wrote {len(SIZES)} PNGs, kneecoach.ico and kneecoach.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
