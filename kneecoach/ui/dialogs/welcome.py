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
    QVBoxLayout,
    QWidget,
)

from kneecoach import APP_NAME
from kneecoach.core.catalogue import Kind
from kneecoach.core.i18n import translate
from kneecoach.core.routine import Routine, Timings, hold_seconds, rep_count, routine_minutes
from kneecoach.ui.dialogs.closing import start_at_login_text
from kneecoach.ui.dialogs.reminder_times import STORED_TIME, TimeBox
from kneecoach.ui.dialogs.scrolling_body import ScrollingBody
from kneecoach.ui.platform.theme import label
from kneecoach.ui.screen_fit import keep_on_screen
from kneecoach.ui.widgets.wrapping_check import WrappingCheckBox


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
        offer_menu_entry: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Welcome", "Welcome to {app}").format(app=APP_NAME))
        self.setMinimumWidth(680)
        safety_card = self._safety_card(safety)
        reminder_row = self._reminder_row(reminder_at)
        self._voice_offer()
        self._buttons()

        body = QVBoxLayout()
        body.setSpacing(10)
        body.addWidget(
            label(translate("Welcome", "Welcome to {app}").format(app=APP_NAME), "title")
        )
        for sentence in routine_text:
            body.addWidget(label(sentence, wrap=True))
        body.addWidget(safety_card)
        body.addWidget(label(translate("Welcome", "Your daily reminder"), "heading"))
        body.addLayout(reminder_row)
        body.addWidget(self.start_at_login)
        self.far_from_screen = WrappingCheckBox(
            translate("Welcome", "I practise far from the screen: show the routine in larger type")
        )
        body.addWidget(self.far_from_screen)
        body.addWidget(label(translate("Welcome", "A voice that coaches"), "heading"))
        body.addWidget(self.voice_cues)
        body.addWidget(self.voice_test)
        self.add_to_menu = self._menu_entry_box() if offer_menu_entry else None
        if self.add_to_menu is not None:
            body.addWidget(self.add_to_menu)
        body.addWidget(
            label(
                translate("Welcome", "You can change all of this later in Settings (Ctrl+,)."),
                "muted",
                wrap=True,
            )
        )
        body.addStretch(1)
        layout = QVBoxLayout(self)
        # As tall as its text where there is room; on a short screen the text scrolls
        # and the buttons stay in view.
        layout.addWidget(ScrollingBody(body, self.windowTitle()), 1)
        layout.addWidget(self.buttons)
        keep_on_screen(self)
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
        self.remind_at = TimeBox(QTime.fromString(reminder_at, STORED_TIME))
        self.remind_at.setAccessibleName(translate("Welcome", "Reminder time"))
        self.remind.toggled.connect(self.remind_at.setEnabled)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.remind)
        reminder_row.addWidget(self.remind_at)
        reminder_row.addStretch(1)
        self.start_at_login = WrappingCheckBox(start_at_login_text())  # says what happens here
        return reminder_row

    def _voice_offer(self) -> None:
        """Spoken cues, off unless chosen; the test says plainly if the computer has no voice."""
        from kneecoach.ui.platform.sound_check import SoundTests

        self.voice_cues = WrappingCheckBox(
            translate(
                "Welcome",
                "Speak the cues: each exercise and side, when to switch, halfway and the "
                "last five seconds of each hold",
            )
        )
        self.voice_test = SoundTests()

    @staticmethod
    def _menu_entry_box() -> QCheckBox:
        """For a copy unpacked by hand: the menu entry it has not got, without a terminal."""
        box = WrappingCheckBox(
            translate("Welcome", "Add KneeCoach to my applications menu, to start it from there")
        )
        box.setChecked(True)
        box.setToolTip(
            translate("Welcome", "Also in Settings; nothing is added when you skip this")
        )
        return box

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
