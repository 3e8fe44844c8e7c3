"""The follow-along view: what to do now, big enough to read from a mat across the room."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kneecoach.core import cues
from kneecoach.core.figures import frame_at
from kneecoach.core.i18n import translate
from kneecoach.core.routine import Step, StepKind
from kneecoach.core.safety import position_hint, setup_lines
from kneecoach.core.session import Snapshot, State, Status
from kneecoach.ui.pages.driver import FrameTimer, SessionDriver
from kneecoach.ui.widgets.breathing import BreathingPacer
from kneecoach.ui.widgets.countdown import CountdownRing
from kneecoach.ui.widgets.cursor_hider import CursorHider
from kneecoach.ui.widgets.figure_view import FigureView, bundled_figures

HIDDEN_WAKE = 0.25  # seconds between looks at a hidden or minimised view


class SessionView(QWidget):
    stop_requested = Signal()
    fullscreen_toggled = Signal()
    leave_fullscreen = Signal()

    def __init__(
        self,
        driver: SessionDriver,
        breathing_pacer: bool = True,
        moving_figures: bool = True,
        safety: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.driver = driver
        self.safety = " ".join(safety)  # said during every hold: comfortable, stop if sharp
        self.breathing_enabled = breathing_pacer
        self.figures = bundled_figures() if moving_figures else {}
        self.cursor_hider = CursorHider(self)
        self.snapshot: Snapshot = driver.session.snapshot()
        self.setAccessibleName(translate("SessionView", "Routine in progress"))
        self._make_labels()
        self._make_buttons(driver)
        self._lay_out()

        # Wakes when the ring, the breath or the figure next looks different, not on a beat.
        self._frame_timer = FrameTimer(self._animate, self)
        driver.changed.connect(self.show_snapshot)
        self._scale_type()
        self.show_snapshot(self.snapshot)

    def _make_labels(self) -> None:
        """The words, the countdown, the breathing guide and the picture."""

        self.progress_label = QLabel()
        self.progress_label.setProperty("role", "muted")
        self.name_label = QLabel()
        self.headline_label = QLabel()
        self.side_label = QLabel()
        self.side_label.setAccessibleName(
            translate("SessionView", "Side", "left or right side of the body")
        )
        self.meaning_label = QLabel()
        self.meaning_label.setProperty("role", "muted")
        self.ring = CountdownRing()
        self.pacer = BreathingPacer()
        self.pacer.hide()
        self.picture = FigureView()
        self.instruction_label = QLabel()
        self.instruction_label.setWordWrap(True)
        self.instruction_label.setAccessibleName(translate("SessionView", "Instruction"))
        self.safety_label = QLabel()
        self.safety_label.setWordWrap(True)
        self.safety_label.setProperty("role", "safety")
        self.safety_label.setAccessibleName(translate("SessionView", "Safety"))
        self.next_label = QLabel()
        self.next_label.setProperty("role", "muted")
        self.next_label.setAccessibleName(
            translate("SessionView", "Next", "what comes after this step")
        )

    def _make_buttons(self, driver: SessionDriver) -> None:
        """Back, pause, skip, restart, fullscreen and stop, each with its key."""
        self.back_button = self._button(
            translate("SessionView", "◀  Back", "go to the previous exercise"),
            translate("SessionView", "Back to the previous exercise"),
            "Left",
        )
        self.pause_button = self._button(
            translate("SessionView", "Pause"), translate("SessionView", "Pause or resume"), "Space"
        )
        self.skip_button = self._button(
            translate("SessionView", "Skip  ▶", "go to the next exercise"),
            translate("SessionView", "Skip to the next exercise"),
            "Right",
        )
        self.restart_button = self._button(
            translate("SessionView", "Restart exercise"),
            translate("SessionView", "Restart this exercise"),
            "R",
        )
        self.fullscreen_button = self._button(
            translate("SessionView", "Fullscreen"),
            translate("SessionView", "Fullscreen on or off"),
            "F",
        )
        self.stop_button = self._button(
            translate("SessionView", "Stop"), translate("SessionView", "Stop the routine"), "Esc"
        )
        self.back_button.clicked.connect(driver.back)
        self.pause_button.clicked.connect(driver.toggle_pause)
        self.skip_button.clicked.connect(driver.skip)
        self.restart_button.clicked.connect(driver.restart_exercise)
        self.fullscreen_button.clicked.connect(self.fullscreen_toggled)
        self.stop_button.clicked.connect(self.stop_requested)
        self._add_shortcuts()

    def _lay_out(self) -> None:
        """The picture beside the words and count; the instruction, safety and next below."""
        words = QVBoxLayout()
        words.addWidget(self.headline_label, 0, Qt.AlignmentFlag.AlignHCenter)
        words.addWidget(self.side_label, 0, Qt.AlignmentFlag.AlignHCenter)
        words.addWidget(self.meaning_label, 0, Qt.AlignmentFlag.AlignHCenter)
        words.addWidget(self.ring, 1)
        words.addWidget(self.pacer)
        body = QHBoxLayout()
        body.addWidget(self.picture, 5)
        body.addLayout(words, 4)
        controls = QHBoxLayout()
        for button in (self.back_button, self.pause_button, self.skip_button):
            controls.addWidget(button)
        controls.addStretch(1)
        for button in (self.restart_button, self.fullscreen_button, self.stop_button):
            controls.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.name_label)
        layout.addLayout(body, 1)
        layout.addWidget(self.instruction_label)
        layout.addWidget(self.safety_label)
        layout.addWidget(self.next_label)
        layout.addLayout(controls)

    def _button(self, text: str, name: str, key: str) -> QPushButton:
        """`key` is a QKeySequence string; the tooltip names it in the user's language."""
        button = QPushButton(text)
        button.setAccessibleName(name)
        shortcut = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(
            translate("SessionView", "{action} ({key})", "a control and its shortcut key").format(
                action=name, key=shortcut
            )
        )
        button.setMinimumHeight(48)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space must pause, not press a button
        return button

    def _add_shortcuts(self) -> None:
        bindings = [
            ("Space", self.driver.toggle_pause),
            ("Right", self.driver.skip),
            ("Left", self.driver.back),
            ("R", self.driver.restart_exercise),
            ("F", self.fullscreen_toggled.emit),
            ("F11", self.fullscreen_toggled.emit),
            ("Escape", self._escape),
        ]
        for key, action in bindings:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    def _escape(self) -> None:
        window = self.window()
        if window.isFullScreen():
            self.leave_fullscreen.emit()
        else:
            self.stop_requested.emit()

    # --- rendering the core's state -------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        step = snapshot.step
        running = snapshot.status is Status.RUNNING
        self.pacer.setVisible(
            self.breathing_enabled and step is not None and step.kind is StepKind.HOLD
        )
        if snapshot.status is Status.NOT_STARTED:
            self.pause_button.setText(translate("SessionView", "Start"))
        elif snapshot.status is Status.PAUSED:
            self.pause_button.setText(translate("SessionView", "Resume"))
        else:
            self.pause_button.setText(translate("SessionView", "Pause"))
        self.cursor_hider.check(running and self.window().isFullScreen())
        if not running:
            self._frame_timer.stop()
        if step is None:
            return
        exercise = step.exercise
        self.progress_label.setText(
            translate("SessionView", "Exercise {number} of {count}").format(
                number=snapshot.exercise_number, count=snapshot.exercise_count
            )
        )
        self.name_label.setText(exercise.name)
        paused = snapshot.state is State.PAUSED
        self.headline_label.setText(
            translate("SessionView", "Paused") if paused else cues.headline(step)
        )
        self.side_label.setText(cues.side_or_direction(step))
        self.meaning_label.setText(cues.side_meaning(exercise) if step.side else "")
        following = snapshot.next_step.exercise if snapshot.next_step else None
        self.instruction_label.setText(cues.instruction(step, following))
        self.safety_label.setText(self._safety_text(step))
        self.next_label.setText(self._next_text(snapshot))
        self._frame_timer.forget()  # a new second, step or pause: look at every part now
        self._redraw()

    def _safety_text(self, step: Step) -> str:
        """During a hold or the circles, the safety words; getting ready, what to set up
        and a calm word when the position changes (down to the floor, say)."""
        if step.kind in (StepKind.HOLD, StepKind.REPS):
            return self.safety
        if step.kind is StepKind.GET_READY:
            hint = position_hint(step.from_position, step.exercise.position)
            return " ".join(line for line in (hint, *setup_lines(step.exercise)) if line)
        return ""

    def _next_text(self, snapshot: Snapshot) -> str:
        current, upcoming = snapshot.step, snapshot.next_step
        if upcoming is None:
            return translate("SessionView", "Next: finish")
        if current is None or upcoming.exercise_index != current.exercise_index:
            return translate("SessionView", "Next: {exercise}").format(
                exercise=upcoming.exercise.name
            )
        if upcoming.kind is StepKind.REST:
            steps = self.driver.session.steps
            after = snapshot.step_index + 2
            if after >= len(steps):
                return ""
            return translate("SessionView", "Next: rest, then {exercise}").format(
                exercise=steps[after].exercise.name
            )
        if upcoming.kind is StepKind.SWITCH and upcoming.side:  # sides are "left" and "right"
            if upcoming.side == "left":
                return translate("SessionView", "Next: switch to the left side")
            return translate("SessionView", "Next: switch to the right side")
        direction = cues.direction_name(upcoming.direction)
        if upcoming.kind is StepKind.SWITCH:
            return translate("SessionView", "Next: change direction, {direction}").format(
                direction=direction
            )
        if upcoming.kind is StepKind.REPS:
            reps = upcoming.reps  # a plain name: lupdate reads no dotted count
            return translate("SessionView", "Next: %n circle(s), {direction}", None, reps).format(
                direction=direction
            )
        return translate("SessionView", "Next: {step}", "the next step, e.g. hold").format(
            step=cues.headline(upcoming)  # as written: German nouns keep their capitals
        )

    def _update_ring(self) -> float:
        """The count and the arc; returns the seconds until the arc moves a pixel."""
        snapshot = self.snapshot
        step = snapshot.step
        if step is None:
            return math.inf
        running = snapshot.status is Status.RUNNING and step.duration > 0
        per_second = 1 / step.duration if running else 0.0
        if step.kind is StepKind.REPS:
            caption = translate("SessionView", "reps", "under the count of repetitions")
            text = f"{snapshot.rep} / {step.reps}"
        else:
            seconds = snapshot.shown_seconds  # a plain name: lupdate reads no dotted count
            caption = translate("SessionView", "second(s)", "under the seconds left", seconds)
            text = str(seconds)
        return self.ring.set_state(text, caption, snapshot.fraction_done, per_second)

    def _animate(self) -> None:
        if not self.isVisible() or self.window().isMinimized():
            self._frame_timer.wake_in(HIDDEN_WAKE)  # nobody to see it: just look in now and then
            return
        self.snapshot = self.driver.session.snapshot()
        self._redraw()

    def _redraw(self) -> None:
        """Redraw the parts that look different now, then sleep until one next will."""
        frames, moment = self._frame_timer, self.snapshot.elapsed
        if frames.is_due("ring", moment):
            frames.plan("ring", moment, self._update_ring())
        if frames.is_due("figure", moment):
            frames.plan("figure", moment, self._draw_picture())
        breathing = self.pacer.isVisible()
        if frames.is_due("pacer", moment) or not breathing:
            frames.plan("pacer", moment, self.pacer.show_breath(moment) if breathing else math.inf)
        if self.snapshot.status is Status.RUNNING:
            frames.sleep(moment)

    def _draw_picture(self) -> float:
        """The figure posed for this instant, or the still picture when it has none.
        Returns the seconds until the figure is worth posing again."""
        step = self.snapshot.step
        if step is None:
            return math.inf
        figure = self.figures.get(step.exercise.id)
        wait = math.inf
        if figure is None:
            own = step.exercise.picture  # the user's own picture is shown as they chose it
            mirrored = step.side == "left" and not own
            self.picture.show_picture(step.exercise.id, mirrored, own)
        else:
            elapsed = self.snapshot.elapsed
            wait = self.picture.show_frame(frame_at(figure, step, elapsed), elapsed)
        if step.side == "left":
            text = translate("SessionView", "Picture: {exercise}, left")
        elif step.side:  # the other side there is
            text = translate("SessionView", "Picture: {exercise}, right")
        else:
            text = translate("SessionView", "Picture: {exercise}, both sides")
        name = text.format(exercise=step.exercise.name)
        if name != self.picture.accessibleName():
            self.picture.setAccessibleName(name)
        return wait

    # --- type that scales with the window ---------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_type()

    def _scale_type(self) -> None:
        height = max(self.height(), 400)
        for label, share, bold in (
            (self.progress_label, 0.030, False),
            (self.name_label, 0.055, True),
            (self.headline_label, 0.055, True),
            (self.side_label, 0.10, True),
            (self.meaning_label, 0.028, False),
            (self.instruction_label, 0.036, False),
            (self.safety_label, 0.032, True),
            (self.next_label, 0.030, False),
            (self.pacer, 0.030, False),
        ):
            font = QFont(self.font())
            font.setPixelSize(max(14, round(height * share)))
            font.setBold(bold)
            label.setFont(font)
        self.pacer.setMinimumHeight(max(60, round(height * 0.09)))
        button_font = QFont(self.font())
        button_font.setPixelSize(max(14, round(height * 0.026)))
        for button in self._buttons():
            button.setFont(button_font)
            button.setMinimumHeight(max(48, round(height * 0.065)))

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.restart_button,
            self.fullscreen_button,
            self.stop_button,
        )

    def set_fullscreen(self, fullscreen: bool) -> None:
        self.fullscreen_button.setText(
            translate("SessionView", "Leave fullscreen")
            if fullscreen
            else translate("SessionView", "Fullscreen")
        )
