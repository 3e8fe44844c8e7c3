"""The 0–10 pain scale: one group, a number chosen only when the person chooses it.

The arrow keys move along the scale (the focus frame shows where); a click, Space,
Enter or a number key chooses, and the chosen number is filled in and said in
words below, so a number that merely has the focus never looks saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kneecoach.core.i18n import translate

PAIN_SCALE = range(0, 11)
DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class PainScale(QWidget):
    chosen = Signal(int)

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value: int | None = None
        self.setAccessibleName(question)
        self.question = QLabel(question)
        self.question.setProperty("role", "heading")
        self.question.setWordWrap(True)
        self.buttons = QButtonGroup(self)
        row = QHBoxLayout()
        for value in PAIN_SCALE:
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setAutoExclusive(True)  # heard as radio buttons: one of the group is chosen
            button.setProperty("role", "pain")
            button.setMinimumSize(56, 56)
            button.setAccessibleName(
                translate("FinishView", "Pain {value} of 10").format(value=value)
            )
            self.buttons.addButton(button, value)
            row.addWidget(button)
        self.buttons.idClicked.connect(self.choose)
        self.status = QLabel(
            translate("PainScale", "Not chosen yet: press a number, or click one.")
        )
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def button(self, value: int) -> QPushButton:
        found = self.buttons.button(value)
        assert isinstance(found, QPushButton)
        return found

    def choose(self, value: int) -> None:
        """Choose `value`: it is filled in, said below, and handed on."""
        self.value = value
        self.button(value).setChecked(True)
        self.status.setText(
            translate("FinishView", "Saved: pain {value} of 10. Thank you.").format(value=value)
        )
        self.status.setProperty("role", "good")
        self.status.style().polish(self.status)
        self.chosen.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A number key chooses at once (0 to 9; 10 with its button), wherever the focus is.
        if event.key() in DIGITS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.choose(DIGITS[Qt.Key(event.key())])
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and self.buttons.id(focused) >= 0:
                self.choose(self.buttons.id(focused))
        else:
            super().keyPressEvent(event)
