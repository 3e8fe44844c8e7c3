"""Test doubles shared by the core and UI tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone


class FakeClock:
    """A clock that moves only when told: monotonic and wall time advance together."""

    def __init__(self, wall: datetime | None = None) -> None:
        self.wall = wall or datetime(2026, 3, 2, 18, 0, tzinfo=timezone(timedelta(hours=1)))
        self.mono = 1000.0

    def monotonic(self) -> float:
        return self.mono

    def now(self) -> datetime:
        return self.wall

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)

    def set_wall(self, wall: datetime) -> None:
        """The wall clock jumps (travel, DST, clock set); monotonic time does not."""
        self.wall = wall
