"""After the routine: what was done, the streak, and an optional pain check-in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kneecoach.core.history import Outcome, SessionRecord
from kneecoach.core.streaks import Streaks
from kneecoach.core.wording import counted

PAIN_SCALE = range(0, 11)


def describe_duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s" if minutes else f"{rest} s"


class FinishView(QWidget):
    pain_chosen = Signal(int)
    done = Signal()

    def __init__(self, record: SessionRecord, streaks: Streaks, names: dict[str, str]) -> None:
        super().__init__()
        self.setAccessibleName("Routine summary")
        done = [names.get(e.id, e.id) for e in record.exercises if e.outcome is Outcome.DONE]
        skipped = [names.get(e.id, e.id) for e in record.exercises if e.outcome is Outcome.SKIPPED]
        title = QLabel("Well done — routine complete" if record.finished else "Routine stopped")
        title.setProperty("role", "title")
        summary = QLabel(
            f"Time: {describe_duration(record.duration_seconds)}  ·  "
            f"{len(done)} done, {len(skipped)} skipped"
        )
        summary.setProperty("role", "heading")
        details = QLabel(
            "Done: "
            + (", ".join(done) or "none")
            + ("\nSkipped: " + ", ".join(skipped) if skipped else "")
        )
        details.setWordWrap(True)
        self.streak_label = QLabel(f"Streak: {counted(streaks.current, 'day')}")
        self.streak_label.setProperty("role", "good")
        self.streak_label.setAccessibleName("Streak")

        question = QLabel("How is your knee right now?  0 = no pain, 10 = worst pain")
        question.setProperty("role", "heading")
        self.pain_buttons = QButtonGroup(self)
        grid = QGridLayout()
        for value in PAIN_SCALE:
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setProperty("role", "pain")
            button.setMinimumSize(56, 56)
            button.setAccessibleName(f"Pain {value} of 10")
            self.pain_buttons.addButton(button, value)
            grid.addWidget(button, 0, value)
        self.pain_buttons.idClicked.connect(self._choose)
        self.thanks = QLabel("")
        self.thanks.setProperty("role", "muted")
        self.done_button = QPushButton("Done")
        self.done_button.setProperty("role", "primary")
        self.done_button.setAccessibleName("Done: back to the start page")
        self.done_button.clicked.connect(self.done)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, summary, details, self.streak_label, question):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(self.thanks)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        self.done_button.setFocus()

    def _choose(self, value: int) -> None:
        self.thanks.setText(f"Saved: pain {value} of 10. Thank you.")
        self.pain_chosen.emit(value)
