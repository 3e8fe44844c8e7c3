"""A contact sheet of every exercise picture, to look at them as a user would see them.

    python tools/illustration_sheet.py OUT.png [--dark] [--size 1036x777]

One row per exercise, one column per picture: the right side's start and held
position, then the left side's. Above each full-screen picture (the size the
session view draws at 1920 × 1080) are the same picture at the list's 96 px and
at 48 px, on the list's own tile, and the whole sheet is on the theme's window colour.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from kneecoach.core.catalogue import load_catalogue
from kneecoach.ui.platform import theme
from kneecoach.ui.widgets import illustrations

THUMBNAILS = (QSize(96, 72), QSize(48, 36))
PICTURES = (("right", "start"), ("right", "hold"), ("left", "start"), ("left", "hold"))
GAP = 24
LABEL = 40


def sheet(dark: bool, large: QSize) -> QImage:
    exercises = load_catalogue().exercises
    row_height = LABEL + THUMBNAILS[0].height() + 8 + large.height() + GAP
    width = GAP + len(PICTURES) * (large.width() + GAP)
    image = QImage(width, GAP + row_height * len(exercises), QImage.Format.Format_RGB32)
    palette = theme.build_palette(theme.DARK if dark else theme.LIGHT)
    image.fill(palette.color(palette.ColorRole.Window))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(26)
    painter.setFont(font)
    painter.setPen(QColor(palette.color(palette.ColorRole.WindowText)))
    for row, exercise in enumerate(exercises):
        top = GAP + row * row_height
        for column, (side, moment) in enumerate(PICTURES):
            left = GAP + column * (large.width() + GAP)
            words = f"{exercise.name}: {side} side, {'start' if moment == 'start' else 'held'}"
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRect(left, top, large.width(), LABEL), align, words)
            x = left
            for size in THUMBNAILS:
                small = illustrations.render(
                    exercise.id, size, dark, side == "left", moment=moment, tile=True
                )
                painter.drawPixmap(QPoint(x, top + LABEL), small)
                x += size.width() + GAP
            picture = illustrations.render(exercise.id, large, dark, side == "left", moment=moment)
            painter.drawPixmap(QPoint(left, top + LABEL + THUMBNAILS[0].height() + 8), picture)
    painter.end()
    return image


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--size", default="1036x777")
    arguments = parser.parse_args(argv)
    width, height = (int(v) for v in arguments.size.split("x"))
    QApplication.instance() or QApplication(sys.argv[:1])
    return 0 if sheet(arguments.dark, QSize(width, height)).save(arguments.out) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
