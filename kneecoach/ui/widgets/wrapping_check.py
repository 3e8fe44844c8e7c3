"""A check box whose words go onto more lines when its row is narrow.

A QCheckBox keeps its text on one line, so a long choice in a long language, or
with large text, needs more width than a small screen has and is cut off. This
one breaks its words to the width it is given, and asks for the height that takes.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QWidget


class WrappingCheckBox(QCheckBox):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._words = text
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        """The words as given, whatever lines they are shown on."""
        return self._words

    def setText(self, text: str) -> None:
        self._words = text
        super().setText(self._broken(self.width()) if self.width() > 1 else text)

    def minimumSizeHint(self) -> QSize:
        """As narrow as its longest word: the rest goes onto more lines."""
        longest = max((self._advance(word) for word in self._words.split()), default=0)
        return QSize(self._indent() + longest, super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        lines = self._broken(width).count("\n") + 1
        line = self.fontMetrics().lineSpacing()
        return max(super().minimumSizeHint().height(), lines * line + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        broken = self._broken(event.size().width())
        if broken != super().text():
            super().setText(broken)
        super().resizeEvent(event)

    def _indent(self) -> int:
        style = self.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self) + (
            style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self) + 4
        )

    def _advance(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text)

    def _broken(self, width: int) -> str:
        """The words, a line break wherever the next word would pass `width`."""
        room = max(1, width - self._indent())
        lines: list[str] = []
        for word in self._words.split():
            if lines and self._advance(f"{lines[-1]} {word}") <= room:
                lines[-1] += f" {word}"
            else:
                lines.append(word)
        return "\n".join(lines)
