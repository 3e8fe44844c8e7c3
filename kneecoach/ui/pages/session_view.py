"""The follow-along view: what to do now, big enough to read from a mat across the room.

Every part has a fixed region worked out from the view's size (session_regions), the
same in every phase: the countdown is the largest thing on screen, the figure keeps
its room, and a text that is long in some language shrinks or wraps inside its own
region instead of pushing the others aside.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QStyle, QWidget

from kneecoach.core import cues
from kneecoach.core.figures.animation import frame_at
from kneecoach.core.i18n import translate
from kneecoach.core.routine import Step, StepKind, setup_steps
from kneecoach.core.session import Snapshot, State, Status
from kneecoach.ui.heard import heard_as_shown
from kneecoach.ui.pages import session_words as words
from kneecoach.ui.pages.driver import FrameTimer, SessionDriver
from kneecoach.ui.pages.session_controls import Controls, add_shortcuts
from kneecoach.ui.pages.session_regions import Regions, regions, type_sizes
from kneecoach.ui.widgets.breathing import BreathingPacer
from kneecoach.ui.widgets.countdown import CountdownRing
from kneecoach.ui.widgets.cursor_hider import CursorHider
from kneecoach.ui.widgets.figure_view import FigureView, bundled_figures
from kneecoach.ui.widgets.fit_label import FitLabel
from kneecoach.ui.widgets.pause_curtain import PauseCurtain

HIDDEN_WAKE = 0.25  # seconds between looks at a hidden or minimised view
NUMBER_SHARE = 0.56  # of the ring's size: digits a quarter of the screen high in full screen
# Set-up steps are listed together while they fit at this share of their largest type;
# smaller than that, they are shown one at a time, large: the routine gives each of
# them time to be read (core/routine.py, `get_ready_seconds`).
TOGETHER_AT_LEAST = 0.85


def _picture_name(step: Step) -> str:
    """What a screen reader hears for the picture of `step`."""
    if step.side == "left":
        text = translate("SessionView", "Picture: {exercise}, left")
    elif step.side:  # the other side there is
        text = translate("SessionView", "Picture: {exercise}, right")
    else:
        text = translate("SessionView", "Picture: {exercise}, both sides")
    return text.format(exercise=step.exercise.name)


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
        far: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.driver = driver
        self.safety = " ".join(safety)  # said during every hold: comfortable, stop if sharp
        self.breathing_enabled = breathing_pacer
        self.far = far  # far from the screen: larger words still
        self.figures = bundled_figures() if moving_figures else {}
        self.cursor_hider = CursorHider(self)
        self.snapshot: Snapshot = driver.session.snapshot()
        self.setAccessibleName(translate("SessionView", "Routine in progress"))
        self._make_parts()
        self._connect(driver)
        self.regions: Regions | None = None
        self.setup_together = True  # the get-ready's set-up steps all shown at once

        # Wakes when the ring, the breath or the figure next looks different, not on a beat.
        self._frame_timer = FrameTimer(self._animate, self)
        driver.changed.connect(self.show_snapshot)
        self._place()
        self.show_snapshot(self.snapshot)

    def _make_parts(self) -> None:
        """The words, the countdown, the breathing guide, the picture and the controls."""
        self.progress_label = FitLabel(parent=self)
        self.progress_label.setProperty("role", "muted")
        self.name_label = FitLabel(bold=True, parent=self)
        self.headline_label = FitLabel(bold=True, parent=self)
        self.side_label = FitLabel(bold=True, parent=self)
        heard_as_shown(
            self.side_label, translate("SessionView", "Side", "left or right side of the body")
        )
        self.meaning_label = FitLabel(parent=self)
        self.meaning_label.setProperty("role", "muted")
        self.ring = CountdownRing(self)
        self.ring.number_share = NUMBER_SHARE
        self.pacer = BreathingPacer(self)
        self.pacer.setMinimumHeight(48)  # a small window: smaller, not crowding the figure
        self.pacer.hide()
        self.picture = FigureView(self)
        self._picture_named: Step | None = None  # the step the picture's name is for
        self.instruction_label = FitLabel(parent=self)
        heard_as_shown(self.instruction_label, translate("SessionView", "Instruction"))
        self.safety_label = FitLabel(bold=True, parent=self)
        self.safety_label.setProperty("role", "safety")
        heard_as_shown(self.safety_label, translate("SessionView", "Safety"))
        self.next_label = FitLabel(parent=self)
        self.next_label.setProperty("role", "muted")
        heard_as_shown(
            self.next_label, translate("SessionView", "Next", "what comes after this step")
        )
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for label in (self.headline_label, self.side_label):
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignBottom)
        for label in (self.meaning_label, self.next_label):
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.controls = Controls(self)
        controls = self.controls
        self.back_button, self.pause_button = controls.back_button, controls.pause_button
        self.skip_button, self.restart_button = controls.skip_button, controls.restart_button
        self.fullscreen_button, self.stop_button = controls.fullscreen_button, controls.stop_button
        self.curtain = PauseCurtain(self)

    def _connect(self, driver: SessionDriver) -> None:
        self.back_button.clicked.connect(driver.back)
        self.pause_button.clicked.connect(driver.toggle_pause)
        self.skip_button.clicked.connect(driver.skip)
        self.restart_button.clicked.connect(driver.restart_exercise)
        self.fullscreen_button.clicked.connect(self.fullscreen_toggled)
        self.stop_button.clicked.connect(self.stop_requested)
        self.curtain.resume_requested.connect(driver.toggle_pause)
        add_shortcuts(
            self,
            [
                ("Space", driver.toggle_pause),
                ("Right", driver.skip),
                ("Left", driver.back),
                ("R", driver.restart_exercise),
                ("F", self.fullscreen_toggled.emit),
                ("F11", self.fullscreen_toggled.emit),
                ("Escape", self._escape),
            ],
        )

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
        paused = snapshot.state is State.PAUSED
        self._show_status(snapshot)
        holding = step is not None and step.kind is StepKind.HOLD
        self.pacer.setVisible(self.breathing_enabled and holding and not paused)
        if step is None:
            return
        exercise = step.exercise
        self.progress_label.set_text(
            translate("SessionView", "Exercise {number} of {count}").format(
                number=snapshot.exercise_number, count=snapshot.exercise_count
            )
        )
        self.name_label.set_text(exercise.name)
        self.headline_label.set_text(
            translate("SessionView", "Paused") if paused else cues.headline(step)
        )
        self.side_label.set_text(cues.side_or_direction(step))
        self.meaning_label.set_text(cues.side_meaning(exercise) if step.side else "")
        self._show_instruction(snapshot)
        self.safety_label.set_text(words.safety_text(step, self.safety))
        self.next_label.set_text(words.next_text(snapshot, self.driver.session.steps))
        self._frame_timer.forget()  # a new second, step or pause: look at every part now
        self._redraw()

    def _show_status(self, snapshot: Snapshot) -> None:
        """The pause button's word, the curtain, and the frames only while running."""
        running = snapshot.status is Status.RUNNING
        if snapshot.status is Status.NOT_STARTED:
            self.pause_button.setText(translate("SessionView", "Start"))
        elif snapshot.status is Status.PAUSED:
            self.pause_button.setText(translate("SessionView", "Resume"))
        else:
            self.pause_button.setText(translate("SessionView", "Pause"))
        if snapshot.state is State.PAUSED:
            if not self.curtain.paused:
                self.curtain.show_paused()
        elif self.curtain.paused:
            self.curtain.show_resumed()
        self.cursor_hider.check(running and self.window().isFullScreen())
        if not running:
            self._frame_timer.stop()

    def _show_instruction(self, snapshot: Snapshot) -> None:
        """Getting ready, the set-up steps in order: all together while they fit large
        enough, else one at a time across the get-ready."""
        step = snapshot.step
        assert step is not None
        following = snapshot.next_step.exercise if snapshot.next_step else None
        if step.kind is not StepKind.GET_READY:
            self.instruction_label.set_text(words.instruction(step, following))
            return
        steps = setup_steps(step.exercise)
        together = words.numbered(steps)
        label = self.instruction_label
        least = max(label.smallest, round(label.largest * TOGETHER_AT_LEAST))
        self.setup_together = len(steps) == 1 or label.fits(least, together)
        if self.setup_together:
            label.set_text(together)
        else:
            label.set_text(words.one_of(steps, snapshot.fraction_done)[1])

    def _update_ring(self) -> float:
        """The count and the arc; returns the seconds until the arc moves a pixel."""
        snapshot = self.snapshot
        step = snapshot.step
        if step is None:
            return math.inf
        if snapshot.state is State.PAUSED:
            caption = translate("SessionView", "paused", "under a countdown that is stopped")
        elif step.kind is StepKind.REPS:
            caption = translate("SessionView", "of {count}", "under the rep in progress: 7 of 12")
            caption = caption.format(count=step.reps)
        else:
            seconds = snapshot.shown_seconds  # a plain name: lupdate reads no dotted count
            caption = translate("SessionView", "second(s)", "under the seconds left", seconds)
        shown = snapshot.rep if step.kind is StepKind.REPS else snapshot.shown_seconds
        running = snapshot.status is Status.RUNNING and step.duration > 0
        per_second = 1 / step.duration if running else 0.0
        return self.ring.set_state(str(shown), caption, snapshot.fraction_done, per_second)

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
        if step is not self._picture_named:  # named once a step, not at every frame
            self._picture_named = step
            self.picture.setAccessibleName(_picture_name(step))
        return wait

    # --- regions that scale with the view ---------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def set_far(self, far: bool) -> None:
        """Far from the screen (or near again): the words take more room."""
        if far != self.far:
            self.far = far
            self._place()
            if self.snapshot.step is not None:
                self._show_instruction(self.snapshot)

    def _place(self) -> None:
        """Each part into its region, its type as large as the region allows."""
        width, height = max(self.width(), 480), max(self.height(), 360)
        self.regions = found = regions(width, height, self.far, self.pacer_width())
        sizes = type_sizes(height, self.far)
        labels = [
            (self.name_label, found.name, "name"),
            (self.progress_label, found.progress, "progress"),
            (self.headline_label, found.headline, "headline"),
            (self.side_label, found.side, "side"),
            (self.meaning_label, found.meaning, "meaning"),
            (self.instruction_label, found.instruction, "instruction"),
            (self.safety_label, found.safety, "safety"),
            (self.next_label, found.next, "next"),
        ]
        for label, box, key in labels:
            label.setGeometry(self._mirrored(box))
            label.set_sizes(*sizes[key])
        self.ring.setGeometry(self._mirrored(found.ring))
        self.picture.setGeometry(self._mirrored(found.figure))
        self.pacer.setGeometry(self._mirrored(self._pacer_box(found.pacer)))
        self.controls.setGeometry(self._mirrored(found.controls))
        self.controls.fit(*sizes["buttons"])
        cover = QRect(0, 0, self.width(), found.controls.top())  # the buttons stay usable
        self.curtain.setGeometry(cover)
        self.curtain.set_text_size(*sizes["curtain"])

    def _mirrored(self, box: QRect) -> QRect:
        """Right to left, the regions trade sides."""
        return QStyle.visualRect(self.layoutDirection(), self.rect(), box)

    def _breath_words(self) -> str:
        """The longer of the breathing guide's two words."""
        words = (cues.breath_at(0.0)[0], cues.breath_at(cues.BREATHE_IN_SECONDS + 1)[0])
        return max(words, key=lambda text: QFontMetrics(self.pacer.font()).horizontalAdvance(text))

    def pacer_fits(self, width: int, height: int) -> bool:
        """Whether the guide's words fit beside its circle (its type follows its height)."""
        font = QFont(self.pacer.font())
        font.setPixelSize(max(14, round(height * 0.38)))
        room = width - height * 0.9 - 24
        return QFontMetrics(font).horizontalAdvance(self._breath_words()) <= room

    def pacer_width(self) -> int:
        """The width the breathing guide needs at its smallest."""
        height = self.pacer.minimumHeight()
        width = height * 2
        while not self.pacer_fits(width, height):
            width += 8
        return width

    def _pacer_box(self, box: QRect) -> QRect:
        """The breathing guide as tall as its region allows with its words fitting."""
        height = box.height()
        while height > self.pacer.minimumHeight() and not self.pacer_fits(box.width(), height):
            height -= 2
        return QRect(box.left(), box.bottom() - height + 1, box.width(), height)

    def set_fullscreen(self, fullscreen: bool) -> None:
        self.fullscreen_button.setText(
            translate("SessionView", "Leave fullscreen")
            if fullscreen
            else translate("SessionView", "Fullscreen")
        )
        self.controls.fit(*type_sizes(max(self.height(), 360), self.far)["buttons"])
