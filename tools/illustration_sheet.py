"""A contact sheet of every exercise picture, to look at them as a user would see them.

    python tools/illustration_sheet.py OUT.png [--dark] [--size 1036x777]

Each row is one exercise: the 48-px and 96-px list thumbnails, then the picture at
full-screen size, right side and left side, on the theme's own window colour.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from kneecoach.core.catalogue import load_catalogue
from kneecoach.ui.widgets import illustrations, theme

THUMBNAILS = (QSize(48, 36), QSize(96, 72))
GAP = 24


def sheet(dark: bool, large: QSize) -> QImage:
    exercises = load_catalogue().exercises
    label_height = 40
    row_height = large.height() + label_height + GAP
    width = GAP + sum(t.width() + GAP for t in THUMBNAILS) + 2 * (large.width() + GAP)
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
        painter.drawText(
            QRect(GAP, top, width, label_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f"{exercise.name}: thumbnails, then full size right and left",
        )
        x = GAP
        for size in THUMBNAILS:
            painter.drawPixmap(
                QPoint(x, top + label_height), illustrations.render(exercise.id, size, dark)
            )
            x += size.width() + GAP
        for mirrored in (False, True):
            picture = illustrations.render(exercise.id, large, dark, mirrored=mirrored)
            painter.drawPixmap(QPoint(x, top + label_height), picture)
            x += large.width() + GAP
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
