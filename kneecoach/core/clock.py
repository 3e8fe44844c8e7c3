"""One clock abstraction, injected wherever time matters.

`monotonic()` drives timers (it never jumps); `now()` is the wall clock, aware
of the local UTC offset, used only to date what the user did.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards."""
        ...

    def now(self) -> datetime:
        """The local wall-clock time, with its UTC offset."""
        ...

    @property
    def zone(self) -> tzinfo:
        """The time zone reminders are set in (its rules, not just today's offset)."""
        ...


class SystemClock:
    def __init__(self) -> None:
        self._zone = LocalZone()

    @property
    def zone(self) -> tzinfo:
        return self._zone

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now().astimezone()


class LocalZone(tzinfo):
    """The computer's own time zone, with its daylight-saving rules, from the C library.

    Asked afresh at every use, so after `refresh()` a time-zone change made while
    the app runs is followed.
    """

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(seconds=time.localtime().tm_gmtoff)
        wall = dt.replace(tzinfo=None, microsecond=0, fold=0)
        return wall - (_EPOCH + timedelta(seconds=self._stamp(dt)))

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=1) if time.localtime(self._stamp(dt)).tm_isdst > 0 else timedelta()

    def tzname(self, dt: datetime | None) -> str:
        return time.localtime(self._stamp(dt)).tm_zone

    def fromutc(self, dt: datetime) -> datetime:
        stamp = (dt.replace(tzinfo=None) - _EPOCH).total_seconds()
        local = time.localtime(stamp)
        return datetime(*local[:6], dt.microsecond, tzinfo=self)

    @staticmethod
    def _stamp(dt: datetime | None) -> float:
        if dt is None:
            return time.time()
        # A wall time skipped by a DST change is read with the offset before it (as
        # zoneinfo does); one that happens twice, the first time unless fold says otherwise.
        fields = (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, 0, 0)
        candidates = sorted({time.mktime((*fields, flag)) for flag in (0, 1)})
        matching = [s for s in candidates if time.localtime(s)[:6] == fields[:6]]
        if matching:
            return matching[min(dt.fold, len(matching) - 1)]
        # Skipped: fold 0 reads it with the offset before the change (the later instant).
        return candidates[-1] if dt.fold == 0 else candidates[0]

    @staticmethod
    def refresh() -> None:
        """Re-read the system's time zone (Unix; Windows reads it at every call)."""
        if hasattr(time, "tzset"):
            time.tzset()


_EPOCH = datetime(1970, 1, 1)
