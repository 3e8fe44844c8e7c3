"""Gentle progression: when to offer longer holds, and when to offer to ease off.

KneeCoach never changes the dosage itself; it only offers, and the user answers.
The numbers, and where they come from, are in `safety.py`. Looking at the last
7 days (today and the 6 before) and the 7 days before those:

- Ease off first, for safety, when pain rose: a check-in above the acceptable
  level (HIGH or more) in the last 7 days, pain that rose across a routine in
  the last 7 days (`safety.rose_during_routine`), or a weekly average WEEKLY_RISE above the week
  before's (each week with at least 2 readings). The offer: holds STEP seconds
  shorter and REPS_STEP fewer ankle circles, never below HOLD_FLOOR and
  REPS_FLOOR. It needs a check-in dated after the last answer, so one painful
  day is not answered with a step down every day.
- Longer holds only when pain is calm: every check-in of the last 7 days below
  MODERATE, none of the last 14 days HIGH, and no advice to see a professional
  (the app never suggests more and a professional's help at once). Then, after a
  week of regular practice (at least REGULAR_DAYS days practised in the last 7,
  fewer if the weekly goal is lower, but never fewer than 3), offer holds STEP
  seconds longer, never past CEILING. This waits a full WEEK after the last
  answer, so the week of practice it counts began after that answer.
- Sessions dated after today (the clock was set back) are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from kneecoach.core.history import SessionSummary
from kneecoach.core.i18n import translate
from kneecoach.core.pain import seek_help_advice
from kneecoach.core.safety import (
    ACCEPTABLE,
    HIGH,
    HOLD_FLOOR,
    MODERATE,
    REPS_FLOOR,
    REPS_STEP,
    WEEK,
    WEEKLY_RISE,
    rose_during_routine,
)
from kneecoach.core.safety import CEILING as CEILING
from kneecoach.core.safety import STEP as STEP
from kneecoach.core.streaks import DAYS_A_WEEK, DEFAULT_WEEKLY_GOAL

REGULAR_DAYS = 5  # practice days in the last 7 that make "a week of regular practice"
FEWEST_DAYS = 3  # even with a lower weekly goal, a week needs this many practice days
FEWEST_READINGS = 2  # readings each week needs before one average means anything


class Direction(StrEnum):
    LONGER = "longer"
    SHORTER = "shorter"  # ease off: shorter holds, fewer circles


@dataclass(frozen=True)
class Offer:
    direction: Direction
    from_seconds: int
    to_seconds: int  # the same as from_seconds when holds are already at the floor
    title: str
    text: str
    from_reps: int | None = None  # ankle circles each way, when the offer changes them
    to_reps: int | None = None


def progression_offer(
    sessions: Sequence[SessionSummary],
    hold_seconds: int,
    today: date,
    last_answered: date | None,
    weekly_goal: int = DEFAULT_WEEKLY_GOAL,
    reps: int | None = None,
) -> Offer | None:
    """An offer to change the hold time per side (and, easing off, the ankle circles
    `reps`), when the rules above call for one; else None.

    `last_answered` is when the user last accepted or declined an offer (None: never).
    """
    if not 1 <= weekly_goal <= DAYS_A_WEEK:
        raise ValueError(f"weekly goal {weekly_goal} is not 1 to 7 days")
    this_week = today - WEEK + timedelta(days=1)
    recent = [s for s in sessions if this_week - WEEK <= s.local_date <= today]

    why = _reason_to_ease_off(recent, this_week, last_answered)
    if why is not None:
        # Pain that rose rules out longer holds, whatever else is true.
        return _ease_off(why, hold_seconds, reps)
    if not _calm(recent, this_week) or seek_help_advice(sessions, today) is not None:
        return None
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


def _readings(session: SessionSummary) -> list[int]:
    return [v for v in (session.pain_before, session.pain_after) if v is not None]


def _calm(sessions: Sequence[SessionSummary], this_week: date) -> bool:
    """No moderate check-in in the last 7 days and no high one in the last 14."""
    for session in sessions:
        limit = MODERATE if session.local_date >= this_week else HIGH
        if any(value >= limit for value in _readings(session)):
            return False
    return True


def _reason_to_ease_off(
    sessions: Sequence[SessionSummary], this_week: date, last_answered: date | None
) -> str | None:
    """Why to offer to ease off, in a sentence; None when pain has not risen. Only
    check-ins after the last answer are new evidence."""
    new = [
        s
        for s in sessions
        if s.local_date >= this_week and (last_answered is None or s.local_date > last_answered)
    ]
    if any(value >= HIGH for s in new for value in _readings(s)):
        return translate(
            "Progression",
            "One of your check-ins in the last week was above {acceptable} out of 10.",
        ).format(acceptable=ACCEPTABLE)
    if any(rose_during_routine(s.pain_before, s.pain_after) for s in new):
        return translate("Progression", "Your knee pain rose during the routine in the last week.")
    if new and any(s.pain is not None for s in new) and _pain_rose(sessions, this_week):
        return translate("Progression", "Your pain check-ins have gone up over the last week.")
    return None


def _ease_off(why: str, hold_seconds: int, reps: int | None) -> Offer | None:
    shorter = max(HOLD_FLOOR, hold_seconds - STEP) if hold_seconds > HOLD_FLOOR else hold_seconds
    fewer = max(REPS_FLOOR, reps - REPS_STEP) if reps is not None and reps > REPS_FLOOR else None
    if shorter == hold_seconds and fewer is None:
        return None  # already at the floors: nothing gentler to offer
    parts = [why]
    if shorter != hold_seconds:
        parts.append(
            translate(
                "Progression", "Hold each stretch for %n second(s) instead of {now}.", None, shorter
            ).format(now=hold_seconds)
        )
    if fewer is not None:
        parts.append(
            translate(
                "Progression",
                "Circle your ankles %n time(s) each way instead of {now}.",
                None,
                fewer,
            ).format(now=reps)
        )
    parts.append(
        translate(
            "Progression",
            "Stretch only as far as is comfortable, and stop if the pain is sharp or getting "
            "worse. You can change this any time in Settings.",
        )
    )
    return Offer(
        Direction.SHORTER,
        hold_seconds,
        shorter,
        translate("Progression", "Ease off a little?"),
        " ".join(parts),
        reps if fewer is not None else None,
        fewer,
    )


def _pain_rose(sessions: Sequence[SessionSummary], this_week: date) -> bool:
    """Whether the average check-in of this week is WEEKLY_RISE or more above the week before."""
    now = [s.pain for s in sessions if s.pain is not None and s.local_date >= this_week]
    before = [s.pain for s in sessions if s.pain is not None and s.local_date < this_week]
    if len(now) < FEWEST_READINGS or len(before) < FEWEST_READINGS:
        return False
    # Multiplied out, not divided: 13/3 - 10/3 falls just short of 1.0 in floating point.
    rise = sum(now) * len(before) - sum(before) * len(now)
    return rise >= WEEKLY_RISE * len(now) * len(before)
