"""After the routine: what was done (praise only when earned), the streak, and an
optional pain check-in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kneecoach.core.finish import finish_words
from kneecoach.core.history import Outcome, SessionRecord
from kneecoach.core.i18n import translate
from kneecoach.core.streaks import Streaks
from kneecoach.core.wording import describe_duration
from kneecoach.ui.dialogs.scrolling_body import ScrollingBody
from kneecoach.ui.heard import heard_as_shown
from kneecoach.ui.widgets.pain_scale import DIGITS, PainScale


class FinishView(QWidget):
    pain_chosen = Signal(int)
    done = Signal()

    def __init__(self, record: SessionRecord, streaks: Streaks, names: dict[str, str]) -> None:
        super().__init__()
        self.setAccessibleName(translate("FinishView", "Routine summary"))
        words = finish_words(record)
        self.title = QLabel(words.title)
        self.title.setProperty("role", "title")
        self.verdict = QLabel(words.text)
        self.verdict.setProperty("role", "heading")
        self.verdict.setWordWrap(True)
        current = streaks.current  # lupdate reads a count only from a plain name
        self.streak_label = QLabel(translate("FinishView", "Streak: %n day(s)", None, current))
        self.streak_label.setProperty("role", "good" if words.praised else "muted")
        heard_as_shown(self.streak_label)  # "Streak: 3 days", as it reads
        self.pain = PainScale(
            translate("FinishView", "How is your knee right now?  0 = no pain, 10 = worst pain")
        )
        self.pain.chosen.connect(self.pain_chosen)
        self.pain_buttons = self.pain.buttons
        self.done_button = QPushButton(translate("FinishView", "Done", "leave the summary"))
        self.done_button.setProperty("role", "primary")
        self.done_button.setAccessibleName(translate("FinishView", "Done: back to the start page"))
        self.done_button.clicked.connect(self.done)

        words_column = QVBoxLayout()
        words_column.setContentsMargins(0, 0, 0, 0)
        words_column.addStretch(1)  # the words sit just above the scale, as there is room
        for widget in (self.title, self.verdict, *self._details(record, names), self.streak_label):
            words_column.addWidget(widget)
        layout = QVBoxLayout(self)
        # On a short screen the words scroll; the scale and Done stay in view.
        layout.addWidget(ScrollingBody(words_column, self.accessibleName()), 1)
        layout.addSpacing(12)
        layout.addWidget(self.pain)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        self.done_button.setFocus()

    @staticmethod
    def _details(record: SessionRecord, names: dict[str, str]) -> list[QLabel]:
        done = [names.get(e.id, e.id) for e in record.exercises if e.outcome is Outcome.DONE]
        skipped = [names.get(e.id, e.id) for e in record.exercises if e.outcome is Outcome.SKIPPED]
        summary = QLabel(
            translate("FinishView", "Time: {duration}  ·  {done} done, {skipped} skipped").format(
                duration=describe_duration(record.duration_seconds),
                done=len(done),
                skipped=len(skipped),
            )
        )
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
        return [summary, details]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A number key chooses the pain from anywhere on the page, the Done button too.
        if event.key() in DIGITS:
            self.pain.keyPressEvent(event)
        else:
            super().keyPressEvent(event)
