"""The safety rules, case by case: every case a reviewer raised, and more of our own.

Each row is one situation and what the app must do. The thresholds are set, and
their sources named, in kneecoach/core/safety.py.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.finish import finish_words
from kneecoach.core.history import ExerciseRecord, Outcome, SessionRecord, SessionSummary
from kneecoach.core.pain import Hidden, seek_help_advice, should_show
from kneecoach.core.progression import Direction, progression_offer
from kneecoach.core.routine import (
    READ_SECONDS,
    Step,
    StepKind,
    Timings,
    build_steps,
    default_routine,
)
from tests.fakes import checkin

TODAY = date(2026, 11, 24)  # a Tuesday


def ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def after(*pairs: tuple[int, int]) -> list[SessionSummary]:
    """(days ago, pain after the routine) for each session."""
    return [checkin(ago(n), pain) for n, pain in pairs]


def weeks_at(pain: int, weeks: int, days_a_week: int) -> list[SessionSummary]:
    """Check-ins at `pain` on `days_a_week` days of each of the last `weeks` weeks."""
    days = (1, 4, 6, 2, 5, 3, 0)[:days_a_week]
    return [checkin(ago(7 * w + d), pain) for w in range(weeks) for d in days]


# --- when to suggest seeing a professional ----------------------------------------------
@dataclass(frozen=True)
class AdviceCase:
    sessions: Callable[[], list[SessionSummary]]
    advice: bool  # whether the advice to see a professional is given


ADVICE_CASES = {
    # The cases first raised against the rules.
    "a single 10/10": AdviceCase(lambda: after((1, 10)), True),
    "2 before and 9 after, on two days": AdviceCase(
        lambda: [checkin(ago(n), 9, before=2) for n in (5, 2)], True
    ),
    "9, 9, then 6": AdviceCase(lambda: after((5, 9), (3, 9), (1, 6)), True),
    "6/10 for six weeks, practising two days a week": AdviceCase(
        lambda: weeks_at(6, weeks=6, days_a_week=2), True
    ),
    # Our own.
    "a single 8/10 before the routine": AdviceCase(lambda: [checkin(ago(2), 3, before=8)], True),
    "one 7/10 on one day": AdviceCase(lambda: after((3, 7), (1, 3)), False),
    "7/10 on two days in two weeks": AdviceCase(lambda: after((12, 7), (1, 7)), True),
    "6/10 twice in one day only": AdviceCase(
        lambda: [checkin(ago(1), 6, before=6), *after((5, 2))], False
    ),
    "2 before and 5 after, on one day": AdviceCase(lambda: [checkin(ago(2), 5, before=2)], False),
    "2 before and 4 after, on two days": AdviceCase(
        lambda: [checkin(ago(n), 4, before=2) for n in (9, 2)], True
    ),
    "1 before and 3 after, on two days: still mild": AdviceCase(
        lambda: [checkin(ago(n), 3, before=1) for n in (9, 2)], False
    ),
    "3 before and 4 after, every day": AdviceCase(
        lambda: [checkin(ago(n), 4, before=3) for n in range(1, 14)], False
    ),
    "5/10 for six weeks, practising once a week": AdviceCase(
        lambda: weeks_at(5, weeks=6, days_a_week=1), True
    ),
    "4/10 for four weeks, practising three days a week": AdviceCase(
        lambda: weeks_at(4, weeks=4, days_a_week=3), True
    ),
    "7/10 a month ago, easing to 4/10": AdviceCase(
        lambda: (
            after((28, 7), (26, 7), (24, 6), (21, 6), (17, 5), (14, 5), (10, 5))
            + after((7, 4), (4, 4), (1, 4))
        ),
        False,
    ),
    "5/10 a month ago, still 4/10": AdviceCase(
        lambda: after((28, 5), (26, 5), (24, 5), (17, 5), (10, 4), (7, 4), (4, 4), (1, 4)), True
    ),
    "5/10 for two weeks only": AdviceCase(lambda: weeks_at(5, weeks=2, days_a_week=4), False),
    "steady 3/10 for six weeks": AdviceCase(lambda: weeks_at(3, weeks=6, days_a_week=4), False),
    "9/10 six weeks ago, little since": AdviceCase(
        lambda: after((40, 9), (38, 9), (35, 9), (3, 2)), False
    ),
    "no check-ins at all": AdviceCase(lambda: [checkin(ago(n)) for n in range(1, 30)], False),
}


@pytest.mark.parametrize("case", ADVICE_CASES.values(), ids=ADVICE_CASES.keys())
def test_seek_help_advice(case: AdviceCase) -> None:
    advice = seek_help_advice(case.sessions(), TODAY)
    assert (advice is not None) is case.advice
    if advice is not None:
        assert "orthopedist or physical therapist" in advice.text
        assert "not a diagnosis" in advice.text


# --- hiding the advice -------------------------------------------------------------------
@dataclass(frozen=True)
class HideCase:
    before: list[tuple[int, int]]  # (days ago, pain) up to the day it was hidden
    hidden_days_ago: int
    since: list[tuple[int, int]]  # check-ins after that day
    shown: bool


HIDE_CASES = {
    "hidden while 9/10 persists": HideCase([(10, 9), (9, 9), (8, 9)], 8, [(5, 9), (3, 9)], True),
    "hidden, and nothing new": HideCase([(10, 9), (9, 9), (8, 9)], 8, [], False),
    "hidden, then calmer check-ins": HideCase([(5, 7), (4, 7)], 4, [(2, 4), (1, 3)], False),
    "hidden at 7, then a worse 8": HideCase([(5, 7), (4, 7)], 4, [(1, 8)], True),
    "hidden at 6, then a worse 7": HideCase([(6, 6), (5, 6)], 5, [(1, 7)], True),
    "hidden at 7, then 7 again": HideCase([(6, 7), (5, 7)], 5, [(1, 7)], False),
    "hidden two weeks ago, still high": HideCase(
        [(20, 7), (16, 7), (14, 7)], 14, [(2, 7), (1, 7)], True
    ),
}


@pytest.mark.parametrize("case", HIDE_CASES.values(), ids=HIDE_CASES.keys())
def test_hiding_the_advice(case: HideCase) -> None:
    hidden_on = ago(case.hidden_days_ago)
    at_the_time = seek_help_advice(after(*case.before), hidden_on)
    assert at_the_time is not None  # there was advice to hide
    advice = seek_help_advice(after(*case.before, *case.since), TODAY)
    assert should_show(advice, Hidden(at_the_time.reason, hidden_on), TODAY) is case.shown


# --- progression: longer holds, or easing off ------------------------------------------
@dataclass(frozen=True)
class ProgressionCase:
    sessions: Callable[[], list[SessionSummary]]
    holds: tuple[int, ...]  # the hold times the rule is asked about
    offer: Direction | None  # what is offered at each of them


def five_days(pain: int | None) -> list[SessionSummary]:
    """Practice on 5 of the last 7 days, with the same check-in each time."""
    return [checkin(ago(n), pain) for n in (0, 1, 3, 4, 6)]


RISING = after((13, 3), (12, 3), (11, 4)) + after((6, 5), (5, 5), (4, 4), (3, 5), (2, 5))

PROGRESSION_CASES = {
    # The cases first raised against the rules.
    "steady 8/10": ProgressionCase(lambda: five_days(8), (30,), Direction.SHORTER),
    "steady 6/10, all the way up to 60 s": ProgressionCase(
        lambda: five_days(6), (30, 35, 40, 45, 50, 55), Direction.SHORTER
    ),
    "pain rising at 30 s holds": ProgressionCase(lambda: RISING, (30,), Direction.SHORTER),
    # Our own.
    "steady 2/10": ProgressionCase(lambda: five_days(2), (30, 45, 55), Direction.LONGER),
    "no check-ins": ProgressionCase(lambda: five_days(None), (30,), Direction.LONGER),
    "steady 4/10": ProgressionCase(lambda: five_days(4), (30, 45), None),
    "calm now, a 7/10 ten days ago": ProgressionCase(
        lambda: five_days(2) + after((10, 7)), (30,), None
    ),
    "calm now, a 3 rising to 5 across the routine": ProgressionCase(
        lambda: [*five_days(None), checkin(ago(2), 5, before=3, hour=9)], (30,), Direction.SHORTER
    ),
    "pain rising, holds already at the floor": ProgressionCase(lambda: RISING, (15,), None),
}


@pytest.mark.parametrize("case", PROGRESSION_CASES.values(), ids=PROGRESSION_CASES.keys())
def test_progression(case: ProgressionCase) -> None:
    sessions = case.sessions()
    for hold in case.holds:
        offer = progression_offer(sessions, hold, TODAY, None, 5)
        assert (offer.direction if offer else None) is case.offer, hold
        if offer is not None and offer.direction is Direction.LONGER:
            # Never more, and advice to see a professional, at the same time.
            assert seek_help_advice(sessions, TODAY) is None
        if offer is not None and offer.direction is Direction.SHORTER:
            assert offer.to_seconds < hold


# --- time to change position ----------------------------------------------------------
ARTICLE_ORDER = (
    "ankle-circles",
    "dorsiflexion-stretch",
    "calf-stretch",
    "knee-to-chest",
    "seated-twist",
    "hip-flexor-stretch",
)

CHANGE_CASES = {
    # (from, to) in the default routine: the fewest seconds of rest and get-ready between.
    "standing at a wall to lying on the floor": ("calf-stretch", "knee-to-chest", 35),
    "lying on the floor to a chair": ("knee-to-chest", "seated-twist", 35),
    "a chair to kneeling": ("seated-twist", "hip-flexor-stretch", 35),
    "a chair to standing": ("dorsiflexion-stretch", "calf-stretch", 20),
    "a chair to a chair": ("ankle-circles", "dorsiflexion-stretch", 18),
}


def default_steps() -> tuple[Step, ...]:
    return build_steps(default_routine(load_catalogue()), Timings())


@pytest.mark.parametrize("case", CHANGE_CASES.values(), ids=CHANGE_CASES.keys())
def test_time_to_change_position(case: tuple[str, str, float]) -> None:
    before, after, least = case
    steps = default_steps()
    assert tuple(dict.fromkeys(s.exercise.id for s in steps)) == ARTICLE_ORDER
    between = [
        s
        for s in steps
        if (s.kind is StepKind.REST and s.exercise.id == before)
        or (s.kind is StepKind.GET_READY and s.exercise.id == after)
    ]
    assert len(between) == 2
    assert sum(s.duration for s in between) >= least
    if before == "ankle-circles":  # no change of position: no time added but the reading
        assert sum(s.duration for s in between) == 10 + math.ceil(3 * READ_SECONDS)


def test_switching_the_kneeling_knee_takes_more_than_five_seconds() -> None:
    switch = [
        s
        for s in default_steps()
        if s.kind is StepKind.SWITCH and s.exercise.id == ARTICLE_ORDER[-1]
    ]
    assert len(switch) == 1 and switch[0].duration > 5
    others = [s for s in default_steps() if s.kind is StepKind.SWITCH and s.side]
    assert {s.duration for s in others if s.exercise.id != ARTICLE_ORDER[-1]} == {5}


# --- praise and credit ---------------------------------------------------------------
PRAISE_CASES = {
    # (exercises done in full of 6, finished?) → (words in the title, a practised day?)
    "every exercise skipped": (0, True, "Nothing done this time", False),
    "1 done, 5 skipped": (1, True, "Part of the routine done", False),
    "1 done, then stopped": (1, False, "Part of the routine done", False),
    "3 done, then stopped": (3, False, "Part of the routine done", True),
    "5 done, 1 skipped": (5, True, "Part of the routine done", True),
    "all 6 done": (6, True, "Well done — routine complete", True),
}


def record_with(done: int, finished: bool) -> SessionRecord:
    start = datetime(2026, 11, 24, 18, tzinfo=UTC)
    return SessionRecord(
        "r",
        TODAY,
        start,
        start + timedelta(minutes=5),
        "knee-relief",
        finished,
        tuple(
            ExerciseRecord(key, Outcome.DONE if n < done else Outcome.SKIPPED)
            for n, key in enumerate(ARTICLE_ORDER)
        ),
    )


@pytest.mark.parametrize("case", PRAISE_CASES.values(), ids=PRAISE_CASES.keys())
def test_praise_and_credit(case: tuple[int, bool, str, bool]) -> None:
    done, finished, title, practised = case
    record = record_with(done, finished)
    assert record.counts_as_practice is practised
    words = finish_words(record)
    assert words.title == title
    assert words.praised is (done == 6)
    if done:
        assert f"You did {done} of 6 exercises." in words.text
    # The same rule for a finished and a stopped routine.
    assert finish_words(record_with(done, not finished)) == words
