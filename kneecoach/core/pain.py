"""The pain check-ins over time, and when to suggest seeing a professional.

The article's advice is the heart of it: "if your knee pain is severe or does
not improve, consult an orthopedist or physical therapist". KneeCoach never
diagnoses; it notices four plain patterns in what the user reported and says so
calmly. Each number comes from `safety.py`, which says where it comes from.

- one very high check-in (VERY_HIGH or more) in the last two weeks;
- high check-ins (HIGH or more) on PERSIST_DAYS different days in the last two weeks;
- pain that rose across the routine (ROUTINE_RISE points, to MODERATE or more) on
  ROUTINE_RISE_DAYS different days in the last two weeks;
- check-ins over at least three weeks (however often the person practised) whose
  last week is still moderate and has not eased by a clinically important amount.

Hiding the advice silences it for two weeks at most, and only until a newer
check-in is worse than any it was hidden with, or very high again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kneecoach.core.history import SessionSummary
from kneecoach.core.i18n import translate
from kneecoach.core.safety import (
    ASK_AGAIN_AFTER,
    EASED_POINTS,
    EASED_SHARE,
    FEWEST_READINGS,
    HIGH,
    LOOK_BACK,
    MODERATE,
    NOT_EASING_SPAN,
    PERSIST_DAYS,
    RECENT,
    ROUTINE_RISE,
    ROUTINE_RISE_DAYS,
    VERY_HIGH,
    WEEK,
    rose_during_routine,
)
from kneecoach.core.streaks import week_start


@dataclass(frozen=True)
class PainPoint:
    day: date
    before: int | None
    after: int | None


def pain_points(sessions: Iterable[SessionSummary]) -> list[PainPoint]:
    """Every check-in, oldest first."""
    return [
        PainPoint(s.local_date, s.pain_before, s.pain_after)
        for s in sorted(sessions, key=lambda s: s.started_at)
        if s.pain is not None
    ]


def weekly_averages(sessions: Iterable[SessionSummary]) -> list[tuple[date, float]]:
    """(Monday, average pain) for each week with a check-in; each session counts once,
    with its reading after the routine where both were given."""
    weeks: dict[date, list[int]] = {}
    for session in sessions:
        if session.pain is not None:
            weeks.setdefault(week_start(session.local_date), []).append(session.pain)
    return [(monday, sum(v) / len(v)) for monday, v in sorted(weeks.items())]


class Reason(StrEnum):
    VERY_HIGH = "very-high"
    HIGH = "high"  # high check-ins on more than one day
    RISES_DURING = "rises-during-routine"
    NOT_EASING = "not-easing"


Reading = tuple[date, int]  # the day of a check-in and its value, 0-10


@dataclass(frozen=True)
class Advice:
    reason: Reason
    title: str
    text: str
    readings: tuple[Reading, ...] = ()  # every check-in the rules looked at, oldest first


def _see_someone() -> str:
    return translate(
        "Pain",
        "When knee pain is severe or does not improve, the advice is to see an orthopedist or "
        "physical therapist. They can look at your knee and tailor the exercises to you. "
        "This is not a diagnosis; it is only what your check-ins show.",
    )


def seek_help_advice(sessions: Sequence[SessionSummary], today: date) -> Advice | None:
    """Calm advice to see a professional, when the check-ins call for it; else None."""
    # Every rule looks back six weeks at most: years of history need not be sorted.
    since = today - LOOK_BACK
    recent = sorted(
        (s for s in sessions if since <= s.local_date <= today), key=lambda s: s.started_at
    )
    readings = tuple(
        (s.local_date, value)
        for s in recent
        for value in (s.pain_before, s.pain_after)
        if value is not None
    )
    found = (
        _very_high(readings, today)
        or _high_on_several_days(readings, today)
        or _rises_during_routine(recent, today)
        or _not_easing(recent, today)
    )
    if found is None:
        return None
    reason, title, text = found
    return Advice(reason, title, text.replace("{advice}", _see_someone()), readings)


Found = tuple[Reason, str, str]  # the reason, a title and a text with "{advice}" in it


def _very_high(readings: Sequence[Reading], today: date) -> Found | None:
    values = [value for day, value in readings if today - day < RECENT]
    if not values or max(values) < VERY_HIGH:
        return None
    return (
        Reason.VERY_HIGH,
        translate("Pain", "Your knee pain was very high"),
        translate(
            "Pain", "One of your check-ins in the last two weeks was {value} out of 10. {advice}"
        ).replace("{value}", str(max(values))),
    )


def _high_on_several_days(readings: Sequence[Reading], today: date) -> Found | None:
    days = {day for day, value in readings if today - day < RECENT and value >= HIGH}
    count = len(days)  # a plain name: lupdate does not read a call as the count
    if count < PERSIST_DAYS:
        return None
    return (
        Reason.HIGH,
        translate("Pain", "Your knee pain has been high"),
        translate(
            "Pain",
            "On %n different day(s) in the last two weeks your knee pain was {high} or more "
            "out of 10, more than it should be after gentle stretching. {advice}",
            None,
            count,
        ).replace("{high}", str(HIGH)),
    )


def _rises_during_routine(sessions: Sequence[SessionSummary], today: date) -> Found | None:
    days = {
        s.local_date
        for s in sessions
        if today - s.local_date < RECENT and rose_during_routine(s.pain_before, s.pain_after)
    }
    count = len(days)
    if count < ROUTINE_RISE_DAYS:
        return None
    return (
        Reason.RISES_DURING,
        translate("Pain", "Your knee pain rises during the routine"),
        translate(
            "Pain",
            "On %n day(s) in the last two weeks your knee pain was {rise} or more points "
            "higher after the routine than before it. Stop any exercise that makes the pain "
            "sharp or worse. {advice}",
            None,
            count,
        ).replace("{rise}", str(ROUTINE_RISE)),
    )


def _not_easing(sessions: Sequence[SessionSummary], today: date) -> Found | None:
    """Check-ins over three weeks or more whose last week is still moderate and has
    not fallen from the first week's by a clinically important amount."""
    points = [(s.local_date, s.pain) for s in sessions if s.pain is not None]
    if len(points) < FEWEST_READINGS:
        return None
    first_day, last_day = points[0][0], points[-1][0]
    if today - last_day >= RECENT or last_day - first_day < NOT_EASING_SPAN:
        return None
    first = [v for day, v in points if day - first_day < WEEK]
    last = [v for day, v in points if last_day - day < WEEK]
    first_average, last_average = sum(first) / len(first), sum(last) / len(last)
    fall = first_average - last_average
    if last_average < MODERATE or fall >= min(EASED_POINTS, EASED_SHARE * first_average):
        return None
    weeks = round(((last_day - first_day).days + 1) / 7)  # both days counted
    if -fall >= 1:
        text = translate(
            "Pain",
            "Your check-ins over the last %n week(s) show your knee pain going up, not "
            "easing. {advice}",
            None,
            weeks,
        )
    else:
        text = translate(
            "Pain",
            "Your check-ins over the last %n week(s) do not show your knee pain easing. {advice}",
            None,
            weeks,
        )
    return Reason.NOT_EASING, translate("Pain", "Your knee pain has not eased yet"), text


@dataclass(frozen=True)
class Hidden:
    """Advice the user chose to hide: which, and when."""

    reason: Reason
    on: date


def should_show(advice: Advice | None, hidden: Hidden | None, today: date) -> bool:
    """Hidden advice stays away for two weeks at most, then comes back if it still holds.
    It comes back at once for another reason, or with a newer check-in that is worse than
    any it was hidden with or very high again: hiding never silences pain that grows."""
    if advice is None:
        return False
    if hidden is None or hidden.reason is not advice.reason:
        return True
    if today - hidden.on >= ASK_AGAIN_AFTER:
        return True
    known = [value for day, value in advice.readings if day <= hidden.on]
    newer = [value for day, value in advice.readings if day > hidden.on]
    worst_known = max(known, default=-1)
    return any(value > worst_known or value >= VERY_HIGH for value in newer)
