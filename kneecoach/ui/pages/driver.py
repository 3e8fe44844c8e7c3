"""Runs a core Session on Qt's event loop and re-emits its events as signals.

The session computes everything from its clock; the driver only decides when to
ask. It sleeps until the next moment something changes (a whole second on the
countdown or the next rep), so an idle session view costs almost nothing and a
late wake-up can only delay the display, never miscount.
"""

from __future__ import annotations

import math

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
