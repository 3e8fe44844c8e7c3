"""Runs a core Session on Qt's event loop and re-emits its events as signals.

The session computes everything from its clock; the driver only decides when to
ask. It sleeps until the next moment something changes (a whole second on the
countdown or the next rep), so an idle session view costs almost nothing and a
late wake-up can only delay the display, never miscount.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kneecoach.core.routine import StepKind
from kneecoach.core.session import Event, Session, Status

_GUARD_MS = 2  # wake just after the boundary, never just before it


class SessionDriver(QObject):
    events = Signal(list)  # list[Event], in order
    changed = Signal(object)  # Snapshot

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)

    # Intent from the user, forwarded to the session.
    def start(self) -> None:
        self._publish(self.session.start())

    def toggle_pause(self) -> None:
        self._publish(self.session.toggle_pause())

    def skip(self) -> None:
        self._publish(self.session.skip())

    def back(self) -> None:
        self._publish(self.session.back())

    def restart_exercise(self) -> None:
        self._publish(self.session.restart_exercise())

    def stop(self) -> None:
        self._publish(self.session.stop())

    def tick(self) -> None:
        self._publish(self.session.tick())

    @property
    def running(self) -> bool:
        return self.session.status is Status.RUNNING

    def _publish(self, events: list[Event]) -> None:
        if events:
            self.events.emit(events)
        self.changed.emit(self.session.snapshot())
        self._schedule()

    def _schedule(self) -> None:
        self._timer.stop()
        if not self.running:
            return
        snapshot = self.session.snapshot()
        remaining = snapshot.remaining
        # The countdown changes when `remaining` crosses the next whole second down.
        wait = remaining - (math.ceil(remaining) - 1)
        step = snapshot.step
        if step is not None and step.kind is StepKind.REPS and step.pace > 0:
            elapsed = step.duration - remaining
            wait = min(wait, step.pace - math.fmod(elapsed, step.pace))
        self._timer.start(max(1, math.ceil(wait * 1000) + _GUARD_MS))


FRAME_SECONDS = 1 / 60  # the screen's usual refresh: nothing is redrawn more often
HALF_FRAME = FRAME_SECONDS / 2  # parts due this close together are drawn on the same wake
# Parts are drawn on a beat of this length, each on the first beat after its change: the
# ring, the breath and the figure then share their wakes (a wake costs more than what
# it draws), and nothing moves more than 30 times a second, which a slow stretch or a
# circling foot does not need.
BEAT = 1 / 30


class FrameTimer(QObject):
    """Wakes a view at the next moment one of its parts will look different.

    Each part (the ring, the breath, the figure) says how long until its pixels
    next change by a step worth drawing (each part's STEP_PIXELS): the arc's end,
    the breathing circle's edge, a moving foot. The timer sleeps until the soonest
    and, woken, says which parts are due, so a still view costs nothing between
    its changes. Moments are the view's own time (seconds into the step), so a fake
    clock drives it in tests; the beats are counted from the step's start.
    """

    timeout = Signal()  # woken: emitted before the view draws

    def __init__(self, wake: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._fire)
        self._wake = wake
        self._plans: dict[str, float] = {}  # part: the moment it next looks different
        self.due = 0.0  # when the wake was planned, on time.perf_counter(): to see lateness
        self.wait = math.inf  # how long the last sleep was for, in seconds

    def forget(self) -> None:
        """Every part is due at once: a new step, a pause, a resume."""
        self._plans.clear()

    def is_due(self, part: str, moment: float) -> bool:
        return moment >= self._plans.get(part, -math.inf) - HALF_FRAME

    def plan(self, part: str, moment: float, wait: float) -> None:
        """`part`, drawn at `moment`, next looks different `wait` seconds later: it is
        drawn on the first beat at or after that change (a part woken before its change
        would only ask again)."""
        change = moment + wait
        if math.isfinite(change):
            # (Less a hair for rounding: a change on a beat is drawn on that beat.)
            beats = max(math.ceil(change / BEAT - 1e-6), math.floor(moment / BEAT + 0.25) + 1)
            if wait >= BEAT:  # slower than the beat: on even beats, where the others are
                beats += beats % 2
            change = beats * BEAT
        self._plans[part] = change

    def sleep(self, moment: float) -> None:
        """Wake at the soonest planned change after `moment`."""
        self.wake_in(min(self._plans.values(), default=math.inf) - moment)

    def wake_in(self, seconds: float) -> None:
        """Wake once, `seconds` from now (a frame at the soonest); never if infinite."""
        self._timer.stop()
        self.wait = max(seconds, FRAME_SECONDS)
        if math.isfinite(seconds):
            wait = self.wait
            self.due = time.perf_counter() + wait
            self._timer.start(math.ceil(wait * 1000))  # never early: at the change, not before

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def _fire(self) -> None:
        self.timeout.emit()  # first, so a watcher sees the wake before the work it does
        self._wake()
