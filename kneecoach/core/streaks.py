"""Streaks and simple counts, on the local calendar dates stored with each session.

A streak is a run of consecutive days with practice. It stays alive until the
end of the day after the last practice, so a morning without practice yet does
not show a broken streak. Dates are the ones the user lived: a session that
runs past midnight counts for the day it began, daylight-saving changes move
nothing, and a flight east across the date line (which skips a calendar day)
does not break the chain, while a flight west (which repeats one) adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kneecoach.core.history import SessionRecord

# A jump of at least this much in UTC offset between two practice days is travel
# far enough east to have skipped a calendar day.
_DATE_LINE_JUMP = timedelta(hours=12)


@dataclass(frozen=True)
class Streaks:
    current: int
    longest: int
    sessions_total: int
    days_this_week: int  # Monday to today
    done_today: bool


def compute_streaks(records: Iterable[SessionRecord], now: datetime) -> Streaks:
    """Streaks as of `now`, an aware local time (the clock's now())."""
    offsets: dict[date, list[timedelta]] = {}
    sessions_total = 0
    for record in records:
        if record.counts_as_practice:
            sessions_total += 1
            offset = record.started_at.utcoffset() or timedelta()
            offsets.setdefault(record.local_date, []).append(offset)
    days = sorted(offsets)
    today = now.date()
    if days and today < days[-1]:
        # The clock was set back, or the user flew west across the date line:
        # a day already practised is never "in the future" for the streak.
        today = days[-1]
    # Today's offset too, so a flight east since the last practice keeps it "yesterday".
    offsets.setdefault(today, []).append(now.utcoffset() or timedelta())

    def follows(earlier: date, later: date) -> bool:
        gap = (later - earlier).days
        jump = max(offsets[later]) - min(offsets[earlier])
        return gap == 1 or (gap == 2 and jump >= _DATE_LINE_JUMP)

    current = 0
    if days and (days[-1] == today or follows(days[-1], today)):
        current = 1
        for index in range(len(days) - 1, 0, -1):
            if not follows(days[index - 1], days[index]):
                break
            current += 1
    longest = run = 0
    for index, day in enumerate(days):
        run = run + 1 if index and follows(days[index - 1], day) else 1
        longest = max(longest, run)
    monday = today - timedelta(days=today.weekday())
    return Streaks(
        current=current,
        longest=longest,
        sessions_total=sessions_total,
        days_this_week=sum(1 for d in days if monday <= d <= today),
        done_today=bool(days) and days[-1] == today,
    )
