"""History that grows for years stays fast: ten years against one week.

Builds histories with two sessions a day (one week; one month; ten years,
7,300 sessions, pain check-ins on most), then reports for each, as medians:

- start-up load: opening the store, as the app does at start-up;
- saving one new session (today's);
- computing every statistic the progress view shows (streaks with rest days,
  the weekly goal, calendar counts, pain points, weekly averages, seek-help).

Targets: saving one session does not grow with history; everything under 50 ms.
Reported as the median and as the fastest of the runs.
Saving rewrites only the current month's file, so its cost follows the size of
this month (one week of it, or all of it), which the one-month column shows.

    .venv/bin/python bench/store.py [--runs N]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kneecoach.core.history import ExerciseRecord, Outcome, SessionRecord
from kneecoach.core.pain import pain_points, seek_help_advice, weekly_averages
from kneecoach.core.storage.history_store import HistoryStore
from kneecoach.core.streaks import compute_streaks

TODAY = datetime(2026, 11, 24, 20, 0, tzinfo=timezone(timedelta(hours=1)))
HOLDS = ("dorsiflexion-stretch", "calf-stretch", "knee-to-chest", "seated-twist", "hip-flexor")


class FixedClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return TODAY

    @property
    def zone(self) -> tzinfo:
        return TODAY.tzinfo or UTC


def session(number: int, day: date, hour: int, rng: random.Random) -> SessionRecord:
    start = datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=TODAY.tzinfo)
    exercises = (
        ExerciseRecord(
            "ankle-circles", Outcome.DONE, (), {"clockwise": 12, "counter-clockwise": 12}
        ),
        *(ExerciseRecord(e, Outcome.DONE, ("right", "left")) for e in HOLDS),
    )
    pain = max(0, min(10, round(6 - number / 2000 + rng.gauss(0, 1))))
    return SessionRecord(
        id=f"bench-{number:06d}",
        local_date=day,
        started_at=start,
        ended_at=start + timedelta(minutes=8, seconds=rng.randrange(60)),
        routine="knee-relief",
        finished=True,
        exercises=exercises,
        pain_before=pain if rng.random() < 0.3 else None,
        pain_after=max(0, pain - 1) if rng.random() < 0.8 else None,
    )


def build(folder: Path, days: int) -> None:
    rng = random.Random(days)
    first = TODAY.date() - timedelta(days=days)
    records = [
        session(2 * n + k, first + timedelta(days=n), (8, 18)[k], rng)
        for n in range(days)
        for k in (0, 1)
    ]
    store = HistoryStore(folder, FixedClock())
    store.open()
    store.merge(records)
    store.close()


def times_ms(
    action: Callable[[], object], runs: int, setup: Callable[[], None] | None = None
) -> list[float]:
    times = []
    for _ in range(runs):
        if setup:
            setup()
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def statistics_of(store: HistoryStore) -> None:
    sessions = store.sessions
    compute_streaks(sessions, TODAY, 5)
    Counter(s.local_date for s in sessions if s.counts_as_practice)
    pain_points(sessions)
    weekly_averages(sessions)
    seek_help_advice(sessions, TODAY.date())


def measure(folder: Path, runs: int) -> dict[str, list[float]]:
    def opened() -> HistoryStore:
        store = HistoryStore(folder, FixedClock())
        store.open()
        store.close()
        return store

    figures = {"load": times_ms(opened, runs)}
    store = HistoryStore(folder, FixedClock())
    store.open()
    template = session(10**6, TODAY.date(), 19, random.Random(1))
    numbers = iter(range(10**6, 10**7))
    figures["save one session"] = times_ms(
        lambda: store.add(replace(template, id=f"new-{next(numbers)}")), runs
    )
    figures["all statistics"] = times_ms(lambda: statistics_of(store), runs)
    store.close()
    figures["sessions"] = [len(store.sessions)]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    root = Path(tempfile.mkdtemp(prefix="kneecoach-bench-"))
    try:
        results = {}
        for label, days in (("one week", 7), ("one month", 30), ("ten years", 3650)):
            folder = root / label.replace(" ", "-")
            started = time.perf_counter()
            build(folder, days)
            print(f"built {label}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
            results[label] = measure(folder, runs)
        week, month, years = (results[k] for k in ("one week", "one month", "ten years"))
        print(
            f"sessions at the end: {week['sessions'][0]}, {month['sessions'][0]}, "
            f"{years['sessions'][0]}"
        )
        # The median is the usual figure; the fastest is the one that other work on a
        # shared machine cannot inflate (the medians of two runs can differ by half).
        for name, pick in ((f"median of {runs}", statistics.median), (f"fastest of {runs}", min)):
            print(f"{name:<20}{'one week':>10}{'one month':>11}{'ten years':>11}{'years/week':>12}")
            for key in ("load", "save one session", "all statistics"):
                w, m, y = (pick(figures[key]) for figures in (week, month, years))
                print(f"{key:<20}{w:>8.2f}ms{m:>9.2f}ms{y:>9.2f}ms{y / w:>11.1f}x")
    finally:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
