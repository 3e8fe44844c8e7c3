"""Gentle progression: when to offer longer holds, and when to offer to step back.

KneeCoach never changes the hold time itself; it only offers, and the user
answers. The rules, looking at the last 7 days (today and the 6 before) and the
7 days before those:

- Step back first, for safety: when the average pain check-in of the last 7
  days is at least PAIN_RISE above that of the 7 days before (each with at
  least 2 readings) and holds are longer than BASE_HOLD, offer holds STEP
  seconds shorter, never below BASE_HOLD. This waits only for the day after
  the last answer.
- Otherwise, after a week of regular practice (at least REGULAR_DAYS days
  practised in the last 7, fewer if the weekly goal is lower, but never fewer
  than 3) with pain not gone up, offer holds STEP seconds longer, never past
  CEILING. This waits a full WEEK after the last answer, so the week of
  practice it counts began after that answer.
- Sessions dated after today (the clock was set back) are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from kneecoach.core.history import SessionSummary
from kneecoach.core.i18n import translate
from kneecoach.core.streaks import DAYS_A_WEEK, DEFAULT_WEEKLY_GOAL

STEP = 5  # seconds added or taken off at a time
BASE_HOLD = 30  # the article's dosage: a step back never goes below it
CEILING = 60  # holds are never offered longer than this
WEEK = timedelta(days=7)
REGULAR_DAYS = 5  # practice days in the last 7 that make "a week of regular practice"
FEWEST_DAYS = 3  # even with a lower weekly goal, a week needs this many practice days
PAIN_RISE = 1.0  # rise in average pain, last 7 days on the 7 before, that calls for a step back
FEWEST_READINGS = 2  # readings each week needs before one average means anything


class Direction(StrEnum):
    LONGER = "longer"
    SHORTER = "shorter"


@dataclass(frozen=True)
class Offer:
    direction: Direction
    from_seconds: int
    to_seconds: int
    title: str
    text: str


def progression_offer(
    sessions: Sequence[SessionSummary],
    hold_seconds: int,
    today: date,
    last_answered: date | None,
    weekly_goal: int = DEFAULT_WEEKLY_GOAL,
) -> Offer | None:
    """An offer to change the hold time per side, when the rules above call for one; else None.

    `last_answered` is when the user last accepted or declined an offer (None: never).
    """
    if not 1 <= weekly_goal <= DAYS_A_WEEK:
        raise ValueError(f"weekly goal {weekly_goal} is not 1 to 7 days")
    this_week = today - WEEK + timedelta(days=1)
    week_before = this_week - WEEK
    recent = [s for s in sessions if week_before <= s.local_date <= today]

    if _pain_rose(recent, this_week):
        # A rise in pain rules out longer holds, however short they are now.
        if hold_seconds <= BASE_HOLD or (last_answered is not None and today <= last_answered):
            return None
        shorter = max(BASE_HOLD, hold_seconds - STEP)
        return Offer(
            Direction.SHORTER,
            hold_seconds,
            shorter,
            translate("Progression", "Go back to shorter holds?"),
            translate(
                "Progression",
                "Your pain check-ins have gone up over the last week. Hold each stretch for "
                "%n second(s) instead of {now}? Stretch only as far as is comfortable. "
                "You can change this any time in Settings.",
                None,
                shorter,
            ).format(now=hold_seconds),
        )

    if hold_seconds >= CEILING or (last_answered is not None and today - last_answered < WEEK):
        return None
    # The wait above means these 7 days all came after the last answer: one week of
    # practice is never counted for two offers.
    practised = {s.local_date for s in recent if s.counts_as_practice and s.local_date >= this_week}
    if len(practised) < max(FEWEST_DAYS, min(REGULAR_DAYS, weekly_goal)):
        return None
    longer = min(CEILING, hold_seconds + STEP)
    days = len(practised)
    return Offer(
        Direction.LONGER,
        hold_seconds,
        longer,
        translate("Progression", "Ready for longer holds?"),
        translate("Progression", "You practised on %n of the last 7 days.", None, days)
        + " "
        + translate(
            "Progression",
            "Hold each stretch for %n second(s) instead of {now}? "
            "You can change this any time in Settings.",
            None,
            longer,
        ).format(now=hold_seconds),
    )


def _pain_rose(sessions: Sequence[SessionSummary], this_week: date) -> bool:
    """Whether the average check-in of this week is PAIN_RISE or more above the week before."""
    now = [s.pain for s in sessions if s.pain is not None and s.local_date >= this_week]
    before = [s.pain for s in sessions if s.pain is not None and s.local_date < this_week]
    if len(now) < FEWEST_READINGS or len(before) < FEWEST_READINGS:
        return False
    # Multiplied out, not divided: 13/3 - 10/3 falls just short of 1.0 in floating point.
    rise = sum(now) * len(before) - sum(before) * len(now)
    return rise >= PAIN_RISE * len(now) * len(before)
