"""On the real clock: a stalled UI thread delays the display, never the deadlines."""

import time
from dataclasses import replace

from PySide6.QtCore import QTimer

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.clock import SystemClock
from kneecoach.core.routine import Routine, Timings, build_steps
from kneecoach.core.session import SecondShown, Session, Status, StepStarted
from kneecoach.ui.pages.driver import SessionDriver


def test_a_hold_ends_on_time_when_the_ui_thread_stalls(qtbot):
    exercise = load_catalogue().get("dorsiflexion-stretch")
    routine = Routine("test", "test", (exercise,))
    steps = build_steps(routine, Timings(get_ready=0.3, switch_sides=0.3, hold_seconds=2))
    # A get-ready of 0.3 s, shorter than reading its set-up steps takes: only the timing counts.
    steps = (replace(steps[0], duration=0.3), *steps[1:])
    session = Session(routine, steps, SystemClock())
    driver = SessionDriver(session)
    arrivals: list[tuple[int, float]] = []
    shown: dict[int, list[int]] = {}

    def record(events):
        for event in events:
            if isinstance(event, StepStarted):
                arrivals.append((event.index, time.monotonic()))
                shown[event.index] = []
            elif isinstance(event, SecondShown):
                shown[arrivals[-1][0]].append(event.remaining)

    driver.events.connect(record)
    stall_at = 1.0  # in the middle of the first hold
    QTimer.singleShot(round(stall_at * 1000), lambda: time.sleep(0.2))
    driver.start()
    start = arrivals[0][1]
    qtbot.waitUntil(lambda: session.status is Status.FINISHED, timeout=10_000)

    planned = [0.0, 0.3, 2.3, 2.6]
    assert [index for index, _ in arrivals] == [0, 1, 2, 3]
    for (index, arrived), due in zip(arrivals, planned, strict=True):
        lateness = arrived - start - due
        assert -0.001 <= lateness < 0.05, (index, lateness)
    assert shown == {0: [1], 1: [2, 1], 2: [1], 3: [2, 1]}
    assert abs(session.record.duration_seconds - 4.6) < 0.1
