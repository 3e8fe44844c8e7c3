"""The first-run welcome: what the routine is, how to stay safe, and a daily reminder.

Shown once, on a first run with no history; everything in it can be skipped
and changed later in the settings.
"""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLayout,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kneecoach import APP_NAME
from kneecoach.core.catalogue import Kind
from kneecoach.core.i18n import translate
from kneecoach.core.routine import Routine, Timings, hold_seconds, rep_count, routine_minutes
from kneecoach.ui.dialogs.reminder_times import STORED_TIME, shown_time_format
from kneecoach.ui.platform.theme import label


def describe_routine(routine: Routine, timings: Timings) -> list[str]:
    """The routine in a few short sentences, with its real numbers."""
    # lupdate reads a count only from a plain name. Two counts: the length is a
    # phrase of its own, for its own plural.
    minutes, exercises = routine_minutes(routine, timings), len(routine.exercises)
    length = translate("Welcome", "about %n minute(s) in all", None, minutes)
    sentences = [
        translate(
            "Welcome",
            "Each day, {app} guides you through %n gentle exercise(s) for your ankles and hips: "
            "{length}.",
            None,
            exercises,
        ).format(app=APP_NAME, length=length)
    ]
    holds: dict[int, int] = {}
    for exercise in routine.exercises:
        if exercise.kind is Kind.REPS:
            reps = rep_count(exercise, timings)
            sentences.append(
                translate("Welcome", "{exercise}: %n in each direction.", None, reps).format(
                    exercise=exercise.name
                )
            )
        else:
            seconds = hold_seconds(exercise, timings)
            holds[seconds] = holds.get(seconds, 0) + 1
    for seconds, count in holds.items():
        if count > 1:
            # Two counts: the hold is a phrase of its own, for its own plural.
            hold = translate("Welcome", "%n second(s)", None, seconds)
            sentences.append(
                translate(
                    "Welcome",
                    "%n (stretch|stretches), each held for {hold} on each side.",
                    None,
                    count,
                ).format(hold=hold)
            )
        else:
            sentences.append(
                translate(
                    "Welcome", "One stretch held for %n second(s) on each side.", None, seconds
                )
            )
    sentences.append(
        translate(
            "Welcome",
            "Big timers count down every hold and a chime tells you when to switch sides, "
            "so you can follow from your mat.",
        )
    )
    return sentences


class Welcome(QDialog):
    def __init__(
        self,
        routine_text: list[str],
        safety: list[str],
        reminder_at: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Welcome", "Welcome to {app}").format(app=APP_NAME))
        self.setMinimumWidth(680)
        safety_card = self._safety_card(safety)
        reminder_row = self._reminder_row(reminder_at)
        self._buttons()

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        # Wrapped text sets the height: the dialog grows to show all of it, never clips it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addWidget(
            label(translate("Welcome", "Welcome to {app}").format(app=APP_NAME), "title")
        )
        for sentence in routine_text:
            layout.addWidget(label(sentence, wrap=True))
        layout.addWidget(safety_card)
        layout.addWidget(label(translate("Welcome", "Your daily reminder"), "heading"))
        layout.addLayout(reminder_row)
        layout.addWidget(self.start_at_login)
        self.far_from_screen = QCheckBox(
            translate("Welcome", "I practise far from the screen: show the routine in larger type")
        )
        layout.addWidget(self.far_from_screen)
        layout.addWidget(
            label(
                translate("Welcome", "You can change all of this later in Settings (Ctrl+,)."),
                "muted",
                wrap=True,
            )
        )
        layout.addWidget(self.buttons)
        self.begin_button.setFocus()

    def _safety_card(self, safety: list[str]) -> QFrame:
        """The article's safety words, by meaning, in the user's language."""
        safety_card = QFrame()
        safety_card.setObjectName("notice")
        safety_layout = QVBoxLayout(safety_card)
        safety_layout.addWidget(label(translate("Welcome", "To stay safe"), "heading"))
        for line in safety:
            safety_layout.addWidget(label(f"• {line}", wrap=True))
        return safety_card

    def _reminder_row(self, reminder_at: str) -> QHBoxLayout:
        """The daily reminder's time, and start at login."""
        self.remind = QCheckBox(translate("Welcome", "Remind me every day at"))
        self.remind.setChecked(True)
        self.remind_at = QTimeEdit(QTime.fromString(reminder_at, STORED_TIME))
        self.remind_at.setDisplayFormat(shown_time_format())
        self.remind_at.setAccessibleName(translate("Welcome", "Reminder time"))
        self.remind.toggled.connect(self.remind_at.setEnabled)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.remind)
        reminder_row.addWidget(self.remind_at)
        reminder_row.addStretch(1)
        self.start_at_login = QCheckBox(
            translate(
                "Welcome",
                "Start KneeCoach when I log in (it waits quietly in the tray to remind me)",
            )
        )
        return reminder_row

    def _buttons(self) -> None:
        self.buttons = QDialogButtonBox()
        self.begin_button = self.buttons.addButton(
            translate("Welcome", "Let’s begin"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.begin_button.setProperty("role", "primary")
        self.begin_button.setDefault(True)
        self.skip_button = self.buttons.addButton(
            translate("Welcome", "Skip", "close the welcome"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.skip_button.setToolTip(
            translate("Welcome", "Close this; everything here is also in Settings")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def reminder_time(self) -> str:
        return self.remind_at.time().toString(STORED_TIME)
