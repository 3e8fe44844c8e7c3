"""Numbered steps and paragraphs laid out with plain labels, not rich text.

A label given rich text gets a text control of its own, which tells a listening
screen reader (AT-SPI) of every text it takes as a text event for the label; the
label offers no text to read, and Qt logs "Received text event for invalid
interface" each time. Here each step and paragraph is a plain label, bold by its
font: a screen reader reads them one after another, in order."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

# Between the list and what follows it, as a paragraph's margin in rich text.
PARAGRAPH_GAP = 8


def plain_label(text: str = "", bold: bool = False, wrap: bool = True) -> QLabel:
    """A label that shows `text` as it is, whatever characters it has, and that
    nobody can select words in (that too would give it a text control)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


class StepList(QWidget):
    """The steps numbered, each wrapped under its own first word (a hanging indent),
    and below them the cautions in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        digit = self.fontMetrics().horizontalAdvance("0")
        self._number_width = 4 * digit  # the numbers end where rich text ends them
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(digit // 2 + 1)
        self._grid.setVerticalSpacing(0)
        self._grid.setColumnStretch(1, 1)
        self.cautions = plain_label(bold=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(PARAGRAPH_GAP)
        layout.addLayout(self._grid)
        layout.addWidget(self.cautions)
        self.numbers: list[QLabel] = []
        self.steps: list[QLabel] = []

    def set_steps(self, steps: Sequence[str], cautions: str) -> None:
        # Made in reading order, number then words: the order a screen reader takes them.
        while len(self.steps) < len(steps):
            row = len(self.steps)
            number = plain_label(f"{row + 1}.", wrap=False)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            number.setMinimumWidth(self._number_width)
            self._grid.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(words := plain_label(), row, 1)
            self.numbers.append(number)
            self.steps.append(words)
            self.cautions.raise_()  # last among the children: read after the steps
        for row, (number, words) in enumerate(zip(self.numbers, self.steps, strict=True)):
            words.setText(steps[row] if row < len(steps) else "")
            number.setVisible(row < len(steps))
            words.setVisible(row < len(steps))
        self.cautions.setText(cautions)
        self.cautions.setVisible(bool(cautions))

    def text(self) -> str:
        """All the words shown, in reading order."""
        pairs = zip(self.numbers, self.steps, strict=True)
        lines = [f"{n.text()} {s.text()}" for n, s in pairs if not s.isHidden()]
        return "\n".join([*lines, self.cautions.text()] if self.cautions.text() else lines)


class Paragraphs(QWidget):
    """Paragraphs in one role of the style sheet, the first led by a bold heading of
    its own line (where rich text would have run it in)."""

    def __init__(self, count: int, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = plain_label(bold=True)
        self.paragraphs = [plain_label() for _ in range(count)]
        for label in (self.heading, *self.paragraphs):
            label.setProperty("role", role)
        first = QVBoxLayout()
        first.setSpacing(0)
        first.addWidget(self.heading)
        first.addWidget(self.paragraphs[0])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(PARAGRAPH_GAP)
        layout.addLayout(first)
        for label in self.paragraphs[1:]:
            layout.addWidget(label)

    def set_paragraphs(self, heading: str, paragraphs: Sequence[str]) -> None:
        """The heading and up to `count` paragraphs; an empty one is not shown, nor
        the heading without its first."""
        self.heading.setText(heading)
        self.heading.setVisible(bool(paragraphs and paragraphs[0]))
        for index, label in enumerate(self.paragraphs):
            text = paragraphs[index] if index < len(paragraphs) else ""
            label.setText(text)
            label.setVisible(bool(text))

    def text(self) -> str:
        shown = [label for label in (self.heading, *self.paragraphs) if not label.isHidden()]
        return "\n".join(label.text() for label in shown)
