"""Test doubles shared by the core and UI tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

from kneecoach.core.history import ExerciseRecord, Outcome, SessionRecord, SessionSummary


class FakeClock:
    """A clock that moves only when told: monotonic and wall time advance together."""

    def __init__(self, wall: datetime | None = None) -> None:
        self.wall = wall or datetime(2026, 3, 2, 18, 0, tzinfo=timezone(timedelta(hours=1)))
        self.mono = 1000.0

    def monotonic(self) -> float:
        return self.mono

    def now(self) -> datetime:
        return self.wall

    @property
    def zone(self) -> tzinfo:
        return self.wall.tzinfo or UTC

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)

    def set_wall(self, wall: datetime) -> None:
        """The wall clock jumps (travel, DST, clock set); monotonic time does not."""
        self.wall = wall


def checkin(day: date, after: int | None = None, before: int | None = None, done=True, hour=18):
    """A session's summary on `day` with the given pain readings (done: one exercise in full)."""
    start = datetime(day.year, day.month, day.day, hour, tzinfo=timezone(timedelta(hours=1)))
    return SessionSummary(
        id=f"{day}-{hour}",
        local_date=day,
        started_at=start,
        ended_at=start + timedelta(minutes=8),
        routine="knee-relief",
        finished=done,
        done=("calf-stretch",) if done else (),
        skipped=() if done else ("calf-stretch",),
        pain_before=before,
        pain_after=after,
    )


def practised(clock: FakeClock, days_ago: int, pain: int | None = None) -> SessionRecord:
    """A full calf stretch `days_ago` days before the clock's now, with an optional check-in."""
    start = clock.now() - timedelta(days=days_ago)
    return SessionRecord(
        id=f"s{days_ago}" if pain is None else f"s{days_ago}-pain-{pain}",
        local_date=start.date(),
        started_at=start,
        ended_at=start + timedelta(minutes=8),
        routine="knee-relief",
        finished=True,
        exercises=(ExerciseRecord("calf-stretch", Outcome.DONE, ("right", "left")),),
        pain_after=pain,
    )
