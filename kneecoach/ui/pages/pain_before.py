"""Before the routine: how is the knee now? The answer sets the 'before' the pain
rules and the chart compare with the answer at the end. It can be skipped."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kneecoach.core.i18n import translate
from kneecoach.ui.widgets.pain_scale import DIGITS, PainScale


class PainBefore(QWidget):
    answered = Signal(object)  # int, or None when skipped

    def __init__(self, routine_name: str) -> None:
        super().__init__()
        self.setAccessibleName(translate("PainBefore", "Pain before the routine"))
        title = QLabel(routine_name)
        title.setProperty("role", "title")
        self.pain = PainScale(
            translate("PainBefore", "Before you start: how is your knee right now?  "
                      "0 = no pain, 10 = worst pain")
        )  # fmt: skip
        self.pain.chosen.connect(lambda value: self.answered.emit(value))
        self.skip_button = QPushButton(translate("PainBefore", "Skip this question"))
        self.skip_button.setAccessibleName(translate("PainBefore", "Start without answering"))
        self.skip_button.clicked.connect(lambda: self.answered.emit(None))
        why = QLabel(
            translate(
                "PainBefore",
                "Your answer, and the one after the routine, show whether the exercises "
                "ease your knee. You can turn this question off in Settings.",
            )
        )
        why.setWordWrap(True)
        why.setProperty("role", "muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.pain)
        layout.addWidget(why)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.pain.button(0).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in DIGITS:
            self.pain.keyPressEvent(event)
        else:
            super().keyPressEvent(event)
