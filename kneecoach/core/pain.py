"""The pain check-ins over time, and when to suggest seeing a professional.

The article's advice is to see an orthopedist or physical therapist when pain
is severe or does not improve. KneeCoach never diagnoses; it only notices two
plain patterns in what the user reported and says so calmly, once in a while:
the last three check-ins were all 7 or more out of 10, or three weeks of
regular practice brought no easing of moderate pain.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from kneecoach.core.history import Chronological, SessionSummary
from kneecoach.core.i18n import translate
from kneecoach.core.streaks import week_start

HIGH_PAIN = 7  # "severe" on the 0–10 scale
RECENT = timedelta(days=14)  # high check-ins older than this no longer count
MODERATE_PAIN = 4  # below this, pain that stays the same is no reason to worry
REGULAR_DAYS_A_WEEK = 3  # practice days in each of the three weeks
EASING = 1.0  # a fall in the weekly average of at least this counts as improvement
ASK_AGAIN_AFTER = timedelta(days=14)  # after the advice was dismissed
LOOK_BACK = timedelta(days=21)  # the longest span either rule looks at


class PainPoint(NamedTuple):
    """One check-in; a named tuple, as years of history make thousands of them."""

    day: date
    before: int | None
    after: int | None


def pain_points(sessions: Iterable[SessionSummary]) -> list[PainPoint]:
    """Every check-in, oldest first."""
    if isinstance(sessions, Chronological):
        ordered: Iterable[SessionSummary] = sessions
    else:
        ordered = sorted(sessions, key=_started)
    return [
        PainPoint(s.local_date, s.pain_before, s.pain_after)
        for s in ordered
        if s.pain_before is not None or s.pain_after is not None
    ]


def weekly_averages(sessions: Iterable[SessionSummary]) -> list[tuple[date, float]]:
    """(Monday, average pain) for each week with a check-in; each session counts once,
    with its reading after the routine where both were given."""
    weeks: dict[date, list[int]] = {}
    mondays: dict[date, date] = {}  # a day's Monday, worked out once for its sessions
    for session in sessions:
        pain = session.pain_after if session.pain_after is not None else session.pain_before
        if pain is not None:
            day = session.local_date
            monday = mondays.get(day)
            if monday is None:
                monday = mondays[day] = week_start(day)
            weeks.setdefault(monday, []).append(pain)
    return [(monday, sum(v) / len(v)) for monday, v in sorted(weeks.items())]


class Reason(StrEnum):
    HIGH = "high"
    NOT_EASING = "not-easing"


@dataclass(frozen=True)
class Advice:
    reason: Reason
    title: str
    text: str


def _see_someone() -> str:
    return translate(
        "Pain",
        "When knee pain is severe or does not improve, the advice is to see an orthopedist or "
        "physical therapist. They can look at your knee and tailor the exercises to you. "
        "This is not a diagnosis; it is only what your check-ins show.",
    )


def _started(session: SessionSummary) -> datetime:
    return session.started_at


def seek_help_advice(sessions: Sequence[SessionSummary], today: date) -> Advice | None:
    """Calm advice to see a professional, when the check-ins call for it; else None."""
    # Both rules look back three weeks at most: years of history need not be sorted.
    since = today - LOOK_BACK
    recent = sorted((s for s in sessions if since <= s.local_date <= today), key=_started)
    readings = [(s.local_date, s.pain) for s in recent if s.pain is not None]
    last_three = readings[-3:]
    if (
        len(last_three) == 3
        and all(pain >= HIGH_PAIN for _, pain in last_three)
        and today - last_three[0][0] <= RECENT
    ):
        return Advice(
            Reason.HIGH,
            translate("Pain", "Your knee pain has been high"),
            translate(
                "Pain", "Your last three check-ins were all {high} or more out of 10. {advice}"
            ).format(high=HIGH_PAIN, advice=_see_someone()),
        )
    change = _change_without_easing(recent, readings, today)
    if change is not None:
        if change >= EASING:
            text = translate(
                "Pain",
                "You have practised regularly for three weeks, and your knee pain has gone up. "
                "{advice}",
            )
        else:
            text = translate(
                "Pain",
                "You have practised regularly for three weeks, and your knee pain has stayed "
                "about the same. {advice}",
            )
        return Advice(
            Reason.NOT_EASING,
            translate("Pain", "Your knee pain has not eased yet"),
            text.format(advice=_see_someone()),
        )
    return None


def _change_without_easing(
    sessions: Sequence[SessionSummary], readings: list[tuple[date, int]], today: date
) -> float | None:
    """The rise in average pain over three weeks of regular practice that brought no
    easing (negative: a fall too small to count); None when that is not the case."""
    # Three weeks ending yesterday, so today's missing practice changes nothing.
    first_day = today - LOOK_BACK
    weeks = [
        (first_day + timedelta(days=7 * n), first_day + timedelta(days=7 * n + 6)) for n in range(3)
    ]
    practised = {s.local_date for s in sessions if s.counts_as_practice}
    for start, end in weeks:
        if sum(1 for d in practised if start <= d <= end) < REGULAR_DAYS_A_WEEK:
            return None
    first = [pain for day, pain in readings if weeks[0][0] <= day <= weeks[0][1]]
    last = [pain for day, pain in readings if weeks[2][0] <= day <= weeks[2][1]]
    if len(first) < 2 or len(last) < 2:
        return None
    first_average, last_average = sum(first) / len(first), sum(last) / len(last)
    if last_average >= MODERATE_PAIN and first_average - last_average < EASING:
        return last_average - first_average
    return None


@dataclass(frozen=True)
class Hidden:
    """Advice the user chose to hide: which, and when."""

    reason: Reason
    on: date


def should_show(advice: Advice | None, hidden: Hidden | None, today: date) -> bool:
    """Hidden advice stays away for two weeks, then comes back if it still holds;
    advice for another reason (pain now high, say) is shown at once."""
    if advice is None:
        return False
    if hidden is None or hidden.reason is not advice.reason:
        return True
    return today - hidden.on >= ASK_AGAIN_AFTER
