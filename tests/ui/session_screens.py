"""The session view alone, at a chosen size and language, stopped at each phase of the
routine: what the layout tests measure and what the screenshots show.

No app, no window manager: the view is built on a fake clock and laid out offscreen
at the size it would have in a window or full screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.routine import Step, StepKind, build_steps, default_routine
from kneecoach.core.safety import hold_safety_lines
from kneecoach.core.session import Session
from kneecoach.core.settings import Settings
from kneecoach.ui.pages.driver import SessionDriver
from kneecoach.ui.pages.session_view import SessionView
from kneecoach.ui.platform import language
from tests.fakes import FakeClock

# The view's size: full screen at three screens, and in a window on a 1366×768 laptop:
# maximized (the title bar and a desktop panel take about 60 px) and at the window's
# first size, 1100×720, less its margins.
FULLSCREEN = ((1366, 768), (1920, 1080), (3840, 2160))
# Full screen, the page keeps the main window's margins around it.
PAGE_MARGINS = (32, 24)
WINDOWED = ((1366, 708), (1050, 678))
LANGUAGES = ("en", "de", "es", "fr", "en-XA", "ar-XB")


def _is(kind: StepKind, direction: str = "", side: str = ""):
    def matches(step: Step) -> bool:
        return (
            step.kind is kind
            and (not direction or step.direction == direction)
            and (not side or step.side == side)
        )

    return matches


# Each phase and how to find its first step in the default routine.
PHASES = {
    "get-ready": _is(StepKind.GET_READY),
    "reps-clockwise": _is(StepKind.REPS, direction="clockwise"),
    "change-direction": _is(StepKind.SWITCH, direction="counter-clockwise"),
    "reps-counter-clockwise": _is(StepKind.REPS, direction="counter-clockwise"),
    "rest": _is(StepKind.REST),
    "get-ready-stretch": lambda step: step.kind is StepKind.GET_READY and bool(step.exercise.sides),
    "hold": _is(StepKind.HOLD, side="right"),
    "switch": _is(StepKind.SWITCH, side="left"),
    "hold-left": _is(StepKind.HOLD, side="left"),
}


@dataclass
class Stage:
    view: SessionView
    clock: FakeClock
    session: Session
    driver: SessionDriver

    def go_to(self, phase: str, into: float = 1.5) -> None:
        """`into` seconds into the phase's first step (for "paused": a paused hold)."""
        found = PHASES["hold-left" if phase == "paused" else phase]
        index = next(i for i, step in enumerate(self.session.steps) if found(step))
        target = sum(step.duration for step in self.session.steps[:index]) + into
        now = self.session.snapshot()
        done = sum(step.duration for step in self.session.steps[: now.step_index])
        done += now.step.duration - now.remaining if now.step else 0.0
        if target < done - 1e-6:
            raise ValueError(f"{phase} is behind the session: visit the phases in order")
        self.clock.advance(max(0.0, target - done))
        self.driver.tick()
        if phase == "paused":
            self.driver.toggle_pause()
        self.view._animate()
        QApplication.processEvents()

    def resize(self, width: int, height: int) -> None:
        self.view.resize(width, height)
        QApplication.processEvents()


def stage(qapp: QApplication, lang: str, settings: Settings | None = None) -> Stage:
    """The view in `lang`, the default routine started; close it with `close(stage)`."""
    settings = settings or Settings()
    language.install(qapp, lang)
    catalogue = load_catalogue(language="" if lang not in ("de", "es", "fr") else lang)
    routine = default_routine(catalogue)
    clock = FakeClock()
    session = Session(routine, build_steps(routine, settings.timings()), clock)
    driver = SessionDriver(session)
    view = SessionView(
        driver,
        settings.breathing_pacer,
        settings.moving_figures,
        hold_safety_lines(catalogue),
        far=settings.far_from_screen,
    )
    view.show()
    driver.start()
    return Stage(view, clock, session, driver)


def close(staged: Stage, qapp: QApplication) -> None:
    staged.driver._timer.stop()
    staged.view._frame_timer.stop()
    staged.view.close()
    staged.view.deleteLater()
    language.install(qapp, "en")


def phases_in_order() -> Iterator[str]:
    yield from ("get-ready", "reps-clockwise", "change-direction", "reps-counter-clockwise")
    yield from ("rest", "get-ready-stretch", "hold", "switch", "hold-left", "paused")
