"""One routine as it runs: the session view, its chimes, voice and screen-reader words,
then the finish page with its pain check-in.

The record of a finished (or stopped) session goes from here to the coach, which
keeps it; nothing comes back up but what to show.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from kneecoach.core.coach import Coach
from kneecoach.core.cues import chime_for, said
from kneecoach.core.history import SessionRecord
from kneecoach.core.i18n import translate
from kneecoach.core.safety import hold_safety_lines
from kneecoach.core.session import Event, RoutineEnded, Session
from kneecoach.ui.dialogs import question
from kneecoach.ui.pages.driver import SessionDriver
from kneecoach.ui.pages.finish_view import FinishView
from kneecoach.ui.pages.pain_before import PainBefore
from kneecoach.ui.pages.session_view import SessionView
from kneecoach.ui.platform.announcer import Announcer
from kneecoach.ui.platform.screen_awake import ScreenAwake
from kneecoach.ui.platform.sounds import ChimePlayer
from kneecoach.ui.platform.voice import Voice


class SessionSounds(QObject):
    """The chimes and the voice, loaded with the first session and again after the
    settings change (volume, voice on or off)."""

    def __init__(self, coach: Coach, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.chimes: ChimePlayer | None = None
        self.voice: Voice | None = None

    def load(self) -> tuple[ChimePlayer, Voice]:
        settings = self.coach.settings
        if self.chimes is None:
            self.chimes = ChimePlayer(settings.volume, settings.sounds, self)
        if self.voice is None:
            self.voice = Voice(settings.voice_cues, self)
        return self.chimes, self.voice

    def forget(self) -> None:
        for part in (self.chimes, self.voice):
            if part is not None:
                part.deleteLater()
        self.chimes = self.voice = None


class SessionRun(QObject):
    show_page = Signal(object)  # QWidget: the session view, then the finish page
    finished = Signal(object)  # SessionRecord, once the coach has it
    back_home = Signal()

    def __init__(
        self,
        coach: Coach,
        session: Session,
        sounds: SessionSounds,
        screen_awake: ScreenAwake,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.coach = coach
        self.screen_awake = screen_awake
        self.chimes, self.voice = sounds.load()
        self.driver = SessionDriver(session, self)
        settings = coach.settings
        self.view = SessionView(
            self.driver,
            settings.breathing_pacer,
            settings.moving_figures,
            hold_safety_lines(coach.library.catalogue),
            far=settings.far_from_screen,
        )
        self.announcer = Announcer(self.view)
        self.view.stop_requested.connect(self.ask_to_stop)
        self.driver.events.connect(self._on_events)
        self.driver.events.connect(self.announcer.session_events)
        self.finish_view: FinishView | None = None
        self.before: PainBefore | None = None
        self.pain_before: int | None = None
        self.started = False
        self.cancelled = False  # stopped at the question before it began

    @property
    def running(self) -> bool:
        return self.driver.session.record is None and not self.cancelled

    def start(self) -> None:
        """Ask how the knee is first, when the settings say so; then run."""
        # Going on with today's routine: how the knee was is already asked.
        if not self.coach.settings.ask_pain_before or self.driver.session.continues:
            self._begin()
            return
        self.before = PainBefore(self.driver.session.routine.name)
        self.before.answered.connect(self._answered_before)
        self.show_page.emit(self.before)
        self.before.pain.button(0).setFocus()

    def _answered_before(self, pain: int | None) -> None:
        self.pain_before = pain
        self._begin()

    def _begin(self) -> None:
        self.started = True
        self.show_page.emit(self.view)
        self.view.setFocus()
        self.screen_awake.hold()
        self.driver.start()

    def stop(self) -> None:
        """Stop now: what was done so far is recorded, as at the end (nothing, before
        the routine began)."""
        if not self.started:
            self.cancelled = True
            self.back_home.emit()
        elif self.running:
            self.driver.stop()

    def ask_to_stop(self) -> None:
        """Stop, once the person says so; the clock does not run while they decide."""
        driver = self.driver
        was_running = driver.running
        if was_running:
            driver.toggle_pause()
        if question.ask_yes_or_no(
            self.view.window(),
            translate("MainWindow", "Stop the routine?"),  # the window's words, as before
            translate("MainWindow", "Stop now? What you have done so far is saved."),
        ):
            driver.stop()
        elif was_running:
            driver.toggle_pause()

    def _on_events(self, events: list[Event]) -> None:
        count = len(self.driver.session.routine.exercises)
        for event in events:
            chime = chime_for(event, count)
            if chime:
                self.chimes.play(chime)
            words = said(event)
            if words:
                self.voice.say(words)
            if isinstance(event, RoutineEnded):
                self._finish(event.record)

    def _finish(self, record: SessionRecord) -> None:
        self.screen_awake.release()
        if self.pain_before is not None:
            record = replace(record, pain_before=self.pain_before)
        self.coach.record_session(record)
        view = FinishView(record, self.coach.streaks(), self.coach.library.library.names())
        view.pain_chosen.connect(lambda pain: self.coach.set_pain_after(record, pain))
        view.done.connect(self.back_home)
        self.finish_view = view
        self.show_page.emit(view)
        view.done_button.setFocus()
        self.finished.emit(record)
