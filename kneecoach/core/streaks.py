"""Streaks, the weekly goal and simple counts, on the local dates stored with each session.

A streak counts the days practised in a row, and rest days are part of the
plan: with a weekly goal of 5 days, up to 2 days without practice in each
calendar week (Monday to Sunday) keep the streak going; a third breaks it, and
the streak goes on from the practice after it. A streak begun mid-week is not
charged for the days before it began, and more practice never shortens one. With
a goal of 7 every day counts, as in a strict chain. Today never counts as
missed before it is over, so a morning without practice yet shows no break.

A session dated after today still counts, and breaks nothing: a clock that ran
ahead (a day, say) and was then put right dated it "tomorrow", yet it was done.
So today, and every day after it up to the last practised one, is never counted
as missed; the streak runs on through them.

Dates are the ones the user lived: a session that runs past midnight counts for
the day it began, daylight-saving changes move nothing, and a flight east
across the date line (which skips a calendar day) does not cost a rest day,
while a flight west (which repeats one) adds nothing.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

DAYS_A_WEEK = 7
DEFAULT_WEEKLY_GOAL = 5
# A jump of at least this much in UTC offset between two practice days is travel
# far enough east to have skipped a calendar day.
_DATE_LINE_JUMP = timedelta(hours=12)


class Practice(Protocol):
    """What streaks need of a session (a SessionRecord or a SessionSummary)."""

    @property
    def local_date(self) -> date: ...
    @property
    def started_at(self) -> datetime: ...
    @property
    def counts_as_practice(self) -> bool: ...


@dataclass(frozen=True)
class Streaks:
    current: int  # days practised in the streak that is still going
    longest: int
    sessions_total: int
    days_this_week: int  # Monday to today
    done_today: bool
    weekly_goal: int = DAYS_A_WEEK
    rest_days_left: int = 0  # this week, before the current streak would break

    @property
    def rest_days_a_week(self) -> int:
        return DAYS_A_WEEK - self.weekly_goal


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def compute_streaks(
    records: Iterable[Practice], now: datetime, weekly_goal: int = DAYS_A_WEEK
) -> Streaks:
    """Streaks as of `now`, an aware local time (the clock's now())."""
    if not 1 <= weekly_goal <= DAYS_A_WEEK:
        raise ValueError(f"weekly goal {weekly_goal} is not 1 to 7 days")
    offsets: dict[date, list[timedelta]] = {}
    sessions_total = 0
    for record in records:
        if record.counts_as_practice:
            sessions_total += 1
            offset = record.started_at.utcoffset() or timedelta()
            offsets.setdefault(record.local_date, []).append(offset)
    days = sorted(offsets)
    today = really_today = now.date()
    if days and today < days[-1]:
        # A session dated after today: the clock ran ahead and was put right, or the
        # user flew west across the date line. A day already practised is never "in
        # the future" for the streak, and the days from today up to it are not missed.
        today = days[-1]
    # Today's offset too, so a flight east since the last practice skips a day there as well.
    offsets.setdefault(today, []).append(now.utcoffset() or timedelta())
    # Days as ordinals from here on: years of history are walked day by day.
    practised = {day.toordinal() for day in days}
    never_lived = {day.toordinal() for day in _days_skipped_by_travel(sorted(offsets), offsets)}

    allowance = DAYS_A_WEEK - weekly_goal
    first = days[0].toordinal() if days else today.toordinal()
    span = range(first, today.toordinal() + 1)
    current, longest, rest = _walk(
        span, really_today.toordinal(), practised, never_lived, allowance
    )
    this_monday = week_start(today)
    return Streaks(
        current=current,
        longest=longest,
        sessions_total=sessions_total,
        days_this_week=sum(1 for d in days if this_monday <= d <= today),
        done_today=today.toordinal() in practised,
        weekly_goal=weekly_goal,
        rest_days_left=allowance - len(rest.get(this_monday.toordinal(), [])) if current else 0,
    )


def _walk(
    span: range, really_today: int, practised: set[int], never_lived: set[int], allowance: int
) -> tuple[int, int, dict[int, list[int]]]:
    """(current streak, longest, Monday → the current run's rest days that week), walking
    the days of `span` as ordinals.

    The streak is the longest run of days ending today in which no calendar week
    has more rest days than the goal leaves. As a run, not a counter that resets:
    so more practice can never shorten a streak, and a streak begun mid-week is
    not charged for the days before it began. A day from today on is never a rest day.
    """
    run: deque[int] = deque()  # the practised days of the run
    rest: dict[int, list[int]] = {}
    longest = 0
    for day in span:
        if day in practised:
            run.append(day)
            longest = max(longest, len(run))
        elif run and day < really_today and day not in never_lived:
            week = rest.setdefault(_monday(day), [])
            week.append(day)
            while run and len(week) > allowance:  # too many: the run starts later
                run.popleft()
                start = run[0] if run else day + 1
                first_week = _monday(start)
                for monday in [m for m in rest if m < first_week]:
                    del rest[monday]
                if first_week in rest:
                    rest[first_week] = [d for d in rest[first_week] if d >= start]
                week = rest.setdefault(_monday(day), [])
    return len(run), longest, rest


def _monday(ordinal: int) -> int:
    """The Monday of a day, as ordinals (day 1, 1 January of year 1, was a Monday)."""
    return ordinal - (ordinal - 1) % DAYS_A_WEEK


def _days_skipped_by_travel(days: list[date], offsets: dict[date, list[timedelta]]) -> set[date]:
    """Calendar days the user never lived: jumped over by flying east across the date line."""
    skipped = set()
    for earlier, later in itertools.pairwise(days):
        if (later - earlier).days == 2 and max(offsets[later]) - min(offsets[earlier]) >= (
            _DATE_LINE_JUMP
        ):
            skipped.add(earlier + timedelta(days=1))
    return skipped
