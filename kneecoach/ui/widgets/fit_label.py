"""A label that fits its text to the box it is given: the largest type, up to a limit,
at which the words wrap into the box whole. The box never grows for a long text,
so a long word in one language cannot push the rest of the screen aside."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

_WRAP = Qt.TextFlag.TextWordWrap
# Where a line may break: between words and after a hyphen ("counter-|clockwise").
BREAKS = re.compile(r"\s+|(?<=-)")


class FitLabel(QLabel):
    def __init__(self, bold: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.bold = bold
        self.largest, self.smallest = 16, 11

    def set_sizes(self, largest: int, smallest: int) -> None:
        """The pixel sizes the text may take; it takes the largest that fits."""
        if (largest, smallest) != (self.largest, self.smallest):
            self.largest, self.smallest = largest, smallest
            self.fit()

    def set_text(self, text: str) -> None:
        """A new text, fitted at once (setting the same text again costs nothing)."""
        if text != self.text():
            self.setText(text)
            self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size() != event.oldSize():
            self.fit()

    def fits(self, pixels: int, text: str | None = None) -> bool:
        """Whether the text (or `text`), at this size, wraps into the box with every
        word whole."""
        text = self.text() if text is None else text
        font = QFont(self.font())
        font.setPixelSize(pixels)
        font.setBold(self.bold)
        metrics = QFontMetrics(font)
        box = self.contentsRect()
        if any(metrics.horizontalAdvance(word) > box.width() for word in BREAKS.split(text)):
            return False
        needed = metrics.boundingRect(QRect(0, 0, box.width(), 1 << 20), _WRAP, text)
        return needed.height() <= box.height()

    def fit(self) -> None:
        """The largest size that fits, found by halving (a handful of measurements)."""
        low, high = self.smallest, max(self.smallest, self.largest)
        if not self.text() or self.fits(high):
            low = high
        while low < high:
            middle = (low + high + 1) // 2
            if self.fits(middle):
                low = middle
            else:
                high = middle - 1
        font = QFont(self.font())
        if font.pixelSize() != low or font.bold() != self.bold:
            font.setPixelSize(low)
            font.setBold(self.bold)
            self.setFont(font)
