"""After the routine: what was done, the streak, and an optional pain check-in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kneecoach.core.history import Outcome, SessionRecord
from kneecoach.core.i18n import translate
from kneecoach.core.streaks import Streaks
from kneecoach.core.wording import describe_duration

PAIN_SCALE = range(0, 11)


class FinishView(QWidget):
    pain_chosen = Signal(int)
    done = Signal()

    def __init__(self, record: SessionRecord, streaks: Streaks, names: dict[str, str]) -> None:
        super().__init__()
        self.setAccessibleName(translate("FinishView", "Routine summary"))
        done = [names.get(e.id, e.id) for e in record.exercises if e.outcome is Outcome.DONE]
        skipped = [names.get(e.id, e.id) for e in record.exercises if e.outcome is Outcome.SKIPPED]
        title = QLabel(
            translate("FinishView", "Well done — routine complete")
            if record.finished
            else translate("FinishView", "Routine stopped")
        )
        title.setProperty("role", "title")
        summary = QLabel(
            translate("FinishView", "Time: {duration}  ·  {done} done, {skipped} skipped").format(
                duration=describe_duration(record.duration_seconds),
                done=len(done),
                skipped=len(skipped),
            )
        )
        summary.setProperty("role", "heading")
        lines = [
            translate("FinishView", "Done: {exercises}").format(
                exercises=", ".join(done) or translate("FinishView", "none", "no exercise done")
            )
        ]
        if skipped:
            lines.append(
                translate("FinishView", "Skipped: {exercises}").format(exercises=", ".join(skipped))
            )
        details = QLabel("\n".join(lines))
        details.setWordWrap(True)
        current = streaks.current  # lupdate reads a count only from a plain name
        self.streak_label = QLabel(translate("FinishView", "Streak: %n day(s)", None, current))
        self.streak_label.setProperty("role", "good")
        self.streak_label.setAccessibleName(translate("FinishView", "Streak"))

        question = QLabel(
            translate("FinishView", "How is your knee right now?  0 = no pain, 10 = worst pain")
        )
        question.setProperty("role", "heading")
        self.pain_buttons = QButtonGroup(self)
        grid = QGridLayout()
        for value in PAIN_SCALE:
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setProperty("role", "pain")
            button.setMinimumSize(56, 56)
            button.setAccessibleName(
                translate("FinishView", "Pain {value} of 10").format(value=value)
            )
            self.pain_buttons.addButton(button, value)
            grid.addWidget(button, 0, value)
        self.pain_buttons.idClicked.connect(self._choose)
        self.thanks = QLabel("")
        self.thanks.setProperty("role", "muted")
        self.done_button = QPushButton(translate("FinishView", "Done", "leave the summary"))
        self.done_button.setProperty("role", "primary")
        self.done_button.setAccessibleName(translate("FinishView", "Done: back to the start page"))
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
        self.thanks.setText(
            translate("FinishView", "Saved: pain {value} of 10. Thank you.").format(value=value)
        )
        self.pain_chosen.emit(value)
