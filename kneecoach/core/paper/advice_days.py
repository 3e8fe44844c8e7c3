"""When the check-ins called for the advice to see a professional, day by day.

KneeCoach keeps no log of the banners it showed; it gives the advice on any day
the rule in `pain.seek_help_advice` holds. So the days it held are worked out
again from the same check-ins with the same rule, and told as spans of days.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from kneecoach.core.history import SessionSummary
from kneecoach.core.i18n import translate
from kneecoach.core.pain import Reason, seek_help_advice
from kneecoach.core.safety import LOOK_BACK
from kneecoach.core.wording import short_date


@dataclass(frozen=True)
class AdviceSpell:
    first: date
    last: date
    reason: Reason
    title: str  # the advice's own title, as the app showed it

    @property
    def when(self) -> str:
        if self.first == self.last:
            return short_date(self.first)
        return translate("Paper", "{first} to {last}").format(
            first=short_date(self.first), last=short_date(self.last)
        )


def advice_spells(
    sessions: Sequence[SessionSummary], first: date, last: date
) -> tuple[AdviceSpell, ...]:
    """The spans of days from `first` to `last` on which the advice held, and why."""
    since = first - LOOK_BACK
    nearby = sorted(
        (s for s in sessions if since <= s.local_date <= last and _has_pain(s)),
        key=lambda s: s.local_date,
    )
    days = [s.local_date for s in nearby]
    spells: list[AdviceSpell] = []
    day = first
    while day <= last:
        # Only what the rule reads: the six weeks up to the day.
        window = nearby[bisect.bisect_left(days, day - LOOK_BACK) : bisect.bisect_right(days, day)]
        advice = seek_help_advice(window, day) if window else None
        if advice is not None:
            previous = spells[-1] if spells else None
            if previous and previous.reason is advice.reason and previous.last == day - _DAY:
                spells[-1] = AdviceSpell(previous.first, day, advice.reason, previous.title)
            else:
                spells.append(AdviceSpell(day, day, advice.reason, advice.title))
        day += _DAY
    return tuple(spells)


_DAY = timedelta(days=1)


def _has_pain(session: SessionSummary) -> bool:
    return session.pain_before is not None or session.pain_after is not None


def no_advice_text() -> str:
    return translate(
        "Paper",
        "In this period the check-ins never called for KneeCoach's advice to see an "
        "orthopedist or physical therapist.",
    )


def advice_intro() -> str:
    return translate(
        "Paper",
        "On these days the pain check-ins called for KneeCoach's advice to see an "
        "orthopedist or physical therapist:",
    )
