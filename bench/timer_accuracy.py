"""How close each step of a real-time routine ends to its plan.

Runs the whole six-exercise routine with short holds through the same Qt driver
the app uses, on the real monotonic clock, and compares when each step really
began (the moment the view learns of it) with start + the planned durations.
Reports the largest and mean error, and the first and last third separately to
show that nothing accumulates.

    .venv/bin/python bench/timer_accuracy.py
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.clock import SystemClock
from kneecoach.core.routine import Timings, build_steps, default_routine
from kneecoach.core.session import Session, Status, StepStarted
from kneecoach.ui.pages.driver import SessionDriver

TIMINGS = Timings(
    get_ready=1, switch_sides=1, switch_direction=0.5, rest=1, rep_pace=0.5, hold_seconds=2, reps=10
)


def main() -> None:
    app = QCoreApplication([])
    routine = default_routine(load_catalogue())
    steps = build_steps(routine, TIMINGS)
    driver = SessionDriver(Session(routine, steps, SystemClock()))
    arrivals: list[float] = []

    def record(events: list[object]) -> None:
        arrivals.extend(time.monotonic() for e in events if isinstance(e, StepStarted))
        if driver.session.status is Status.FINISHED:
            arrivals.append(time.monotonic())  # the end of the last step
            QTimer.singleShot(0, app.quit)

    driver.events.connect(record)
    driver.start()
    app.exec()

    planned = [0.0]
    for step in steps:
        planned.append(planned[-1] + step.duration)
    errors_ms = [(a - arrivals[0] - p) * 1000 for a, p in zip(arrivals, planned, strict=True)]
    third = len(errors_ms) // 3
    print(f"{len(steps)} steps, {planned[-1]:.1f} s planned")
    print(f"largest error: {max(errors_ms, key=abs):.2f} ms")
    print(f"mean error:    {statistics.mean(errors_ms):.2f} ms")
    print(
        f"first third mean {statistics.mean(errors_ms[1:third]):.2f} ms, last third mean "
        f"{statistics.mean(errors_ms[-third:]):.2f} ms (no accumulation if alike)"
    )
    print(f"never early: {min(errors_ms) >= 0}")


if __name__ == "__main__":
    main()
