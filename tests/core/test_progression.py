from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kneecoach.core.history import SessionSummary
from kneecoach.core.pain import seek_help_advice
from kneecoach.core.progression import (
    CEILING,
    STEP,
    Direction,
    progression_offer,
)
from kneecoach.core.safety import HOLD_FLOOR, REPS_FLOOR
from tests.fakes import checkin

TODAY = date(2026, 11, 24)  # a Tuesday


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def practice(*ago: int) -> list[SessionSummary]:
    """A session with no check-in on each of the given days ago."""
    return [checkin(days_ago(n)) for n in ago]


FIVE_DAYS = practice(0, 1, 3, 4, 6)  # 5 of the last 7 days, today included


def painful(earlier: tuple[int, ...], later: tuple[int, ...]) -> list[SessionSummary]:
    """Practice with check-ins: `earlier` 8 to 13 days ago, `later` in the last 7 days."""
    return [checkin(days_ago(13 - n), pain) for n, pain in enumerate(earlier)] + [
        checkin(days_ago(6 - n), pain) for n, pain in enumerate(later)
    ]


RISING = painful((3, 3, 4), (5, 5, 4, 5, 5))  # 3.33 → 4.8, on 5 of the last 7 days


def test_no_history_no_offer():
    assert progression_offer([], 30, TODAY, None) is None


def test_four_practice_days_are_not_yet_a_week_of_regular_practice():
    assert progression_offer(practice(0, 2, 4, 6), 30, TODAY, None, weekly_goal=5) is None


def test_five_of_the_last_seven_days_bring_an_offer_of_longer_holds():
    offer = progression_offer(FIVE_DAYS, 30, TODAY, None)
    assert offer is not None and offer.direction is Direction.LONGER
    assert (offer.from_seconds, offer.to_seconds) == (30, 35)
    assert "5 of the last 7 days" in offer.text
    assert "35 seconds instead of 30" in offer.text


def test_several_sessions_on_one_day_count_as_one_day():
    twice = [*practice(0, 2, 4, 6), checkin(days_ago(2), hour=8)]
    assert progression_offer(twice, 30, TODAY, None) is None


def test_days_older_than_the_last_seven_do_not_count():
    assert progression_offer(practice(0, 2, 4, 6, 7), 30, TODAY, None) is None


def test_holds_are_never_offered_past_the_ceiling():
    assert progression_offer(FIVE_DAYS, CEILING, TODAY, None) is None
    assert progression_offer(FIVE_DAYS, 75, TODAY, None) is None
    at_55 = progression_offer(FIVE_DAYS, 55, TODAY, None)
    assert at_55 is not None and at_55.to_seconds == 60
    at_58 = progression_offer(FIVE_DAYS, 58, TODAY, None)  # only as far as the ceiling
    assert at_58 is not None and at_58.to_seconds == CEILING


def test_no_new_offer_within_a_week_of_the_last_answer():
    assert progression_offer(FIVE_DAYS, 35, TODAY, days_ago(3)) is None
    assert progression_offer(FIVE_DAYS, 35, TODAY, days_ago(6)) is None
    a_week = progression_offer(FIVE_DAYS, 35, TODAY, days_ago(7))
    assert a_week is not None and a_week.to_seconds == 40
    later = progression_offer(FIVE_DAYS, 35, TODAY, days_ago(8))
    assert later is not None and later.to_seconds == 40


def test_the_week_of_practice_must_come_after_the_last_answer():
    # Answered 8 days ago, and practised on only 4 days since.
    assert progression_offer(practice(0, 2, 4, 6), 35, TODAY, days_ago(8)) is None
    # Practice on the day of the answer belongs to the week already answered.
    assert progression_offer(practice(0, 2, 4, 6, 7), 35, TODAY, days_ago(7)) is None


def test_rising_pain_offers_to_ease_off():
    offer = progression_offer(RISING, 40, TODAY, None)
    assert offer is not None and offer.direction is Direction.SHORTER
    assert (offer.from_seconds, offer.to_seconds) == (40, 35)
    assert "gone up" in offer.text
    assert "35 seconds instead of 40" in offer.text
    assert "comfortable" in offer.text and "sharp" in offer.text
    assert offer.from_reps is None and offer.to_reps is None  # reps not given: not offered


def test_easing_off_offers_fewer_circles_too_and_stops_at_the_floors():
    offer = progression_offer(RISING, 30, TODAY, None, reps=12)
    assert offer is not None and offer.direction is Direction.SHORTER
    assert (offer.to_seconds, offer.from_reps, offer.to_reps) == (25, 12, 10)
    assert "10 times each way instead of 12" in offer.text
    near = progression_offer(RISING, HOLD_FLOOR + 2, TODAY, None, reps=REPS_FLOOR + 1)
    assert near is not None
    assert (near.to_seconds, near.to_reps) == (HOLD_FLOOR, REPS_FLOOR)
    holds_at_floor = progression_offer(RISING, HOLD_FLOOR, TODAY, None, reps=12)
    assert holds_at_floor is not None and holds_at_floor.to_seconds == HOLD_FLOOR
    assert "second" not in holds_at_floor.text  # nothing said of holds it does not change
    assert progression_offer(RISING, HOLD_FLOOR, TODAY, None, reps=REPS_FLOOR) is None


def test_a_high_check_in_this_week_offers_to_ease_off_and_says_why():
    offer = progression_offer([*FIVE_DAYS, checkin(days_ago(2), 6, hour=9)], 30, TODAY, None)
    assert offer is not None and offer.direction is Direction.SHORTER
    assert "above 5 out of 10" in offer.text


def test_pain_rising_across_a_routine_offers_to_ease_off():
    rose = [*FIVE_DAYS, checkin(days_ago(1), 4, before=2, hour=9)]
    offer = progression_offer(rose, 30, TODAY, None)
    assert offer is not None and offer.direction is Direction.SHORTER
    assert "during the routine" in offer.text


def test_easing_off_needs_a_check_in_after_the_last_answer():
    # One painful day is answered once, not with a step down every day after it.
    assert progression_offer(RISING, 40, TODAY, TODAY) is None
    assert progression_offer(RISING, 40, TODAY, days_ago(2)) is None
    offer = progression_offer(RISING, 40, TODAY, days_ago(3))
    assert offer is not None and offer.direction is Direction.SHORTER


def test_a_rise_of_exactly_one_point_counts_and_a_little_less_does_not():
    # 10/3 → 13/3: dividing first would put this a hair under 1.0.
    offer = progression_offer(painful((1, 1, 2), (2, 2, 3)), 40, TODAY, None)
    assert offer is not None and offer.direction is Direction.SHORTER
    assert progression_offer(painful((1, 1, 2), (2, 2, 3, 2)), 40, TODAY, None) is None


def test_each_week_needs_two_readings_to_make_a_rise():
    only_now = [checkin(days_ago(n), 3) for n in (0, 1, 3, 4, 6)]
    only_before = [checkin(days_ago(n), 0) for n in (8, 10, 12)] + FIVE_DAYS
    one_now = [checkin(days_ago(n), 0) for n in (8, 10)] + [checkin(days_ago(0), 3, hour=8)]
    one_before = [checkin(days_ago(8), 0)] + [checkin(days_ago(n), 3, hour=8) for n in (0, 1)]
    for sessions in (only_now, only_before, one_now + FIVE_DAYS, one_before + FIVE_DAYS):
        offer = progression_offer(sessions, 40, TODAY, None)
        assert offer is not None and offer.direction is Direction.LONGER


def test_readings_older_than_two_weeks_are_left_out():
    # Counted with the two weeks, the old zeros would make steady pain look like a rise.
    old = [checkin(days_ago(n), 0) for n in (14, 15, 16)]
    steady = (
        old
        + [checkin(days_ago(n), 2) for n in (8, 10)]
        + [checkin(days_ago(n), 2) for n in (0, 1, 3, 4, 6)]
    )
    offer = progression_offer(steady, 40, TODAY, None)
    assert offer is not None and offer.direction is Direction.LONGER


def test_falling_mild_pain_still_brings_longer_holds():
    falling = painful((3, 3, 2), (2, 1, 1, 0, 0))
    offer = progression_offer(falling, 30, TODAY, None)
    assert offer is not None and offer.direction is Direction.LONGER
    assert offer.to_seconds == 35


def test_moderate_pain_this_week_or_high_pain_last_week_rule_out_longer_holds():
    assert (
        progression_offer([checkin(days_ago(n), 4) for n in (0, 1, 3, 4, 6)], 30, TODAY, None)
        is None
    )
    high_last_week = [*FIVE_DAYS, checkin(days_ago(9), 6)]
    assert progression_offer(high_last_week, 30, TODAY, None) is None
    moderate_last_week = [*FIVE_DAYS, checkin(days_ago(9), 5)]
    offer = progression_offer(moderate_last_week, 30, TODAY, None)
    assert offer is not None and offer.direction is Direction.LONGER


def test_sessions_dated_after_today_are_left_out():
    ahead = [checkin(TODAY + timedelta(days=n)) for n in (1, 2, 3)]
    assert progression_offer(practice(0, 2) + ahead, 30, TODAY, None) is None
    # Nor do painful check-ins "from the future" make a rise.
    future_pain = [checkin(TODAY + timedelta(days=n), 10) for n in (1, 2)]
    calm = painful((2, 2), (2, 2, 2, 2, 2)) + future_pain
    offer = progression_offer(calm, 40, TODAY, None)
    assert offer is not None and offer.direction is Direction.LONGER


def test_a_session_with_nothing_done_is_not_practice():
    nothing_done = [*practice(0, 2, 4, 6), checkin(days_ago(1), done=False)]
    assert progression_offer(nothing_done, 30, TODAY, None) is None


def test_a_lower_weekly_goal_needs_fewer_days_but_at_least_three():
    three_days = practice(0, 3, 6)
    offer = progression_offer(three_days, 30, TODAY, None, weekly_goal=3)
    assert offer is not None and offer.direction is Direction.LONGER
    assert "3 of the last 7 days" in offer.text
    assert progression_offer(three_days, 30, TODAY, None, weekly_goal=5) is None
    assert progression_offer(practice(0, 3), 30, TODAY, None, weekly_goal=1) is None
    assert progression_offer(three_days, 30, TODAY, None, weekly_goal=1) is not None
    assert progression_offer(FIVE_DAYS, 30, TODAY, None, weekly_goal=7) is not None


def test_a_weekly_goal_outside_one_to_seven_is_refused():
    with pytest.raises(ValueError):
        progression_offer([], 30, TODAY, None, weekly_goal=0)
    with pytest.raises(ValueError):
        progression_offer([], 30, TODAY, None, weekly_goal=8)


_pain = st.none() | st.integers(min_value=0, max_value=10)
_sessions = st.lists(st.tuples(st.integers(-3, 20), st.booleans(), _pain, _pain), max_size=30).map(
    lambda entries: [
        checkin(days_ago(n), after, before, done=done, hour=6 + i % 16)
        for i, (n, done, after, before) in enumerate(entries)
    ]
)


@given(
    _sessions,
    st.integers(15, 90),
    st.none() | st.integers(-2, 20).map(days_ago),
    st.integers(1, 7),
    st.none() | st.integers(5, 15),
)
def test_offers_move_one_step_and_never_past_the_floors_or_the_ceiling(
    sessions, hold, last_answered, goal, reps
):
    offer = progression_offer(sessions, hold, TODAY, last_answered, goal, reps)
    if offer is None:
        return
    assert offer.from_seconds == hold
    if offer.direction is Direction.LONGER:
        assert hold < offer.to_seconds <= CEILING
        assert offer.to_seconds - hold == STEP or offer.to_seconds == CEILING
        assert last_answered is None or TODAY - last_answered >= timedelta(days=7)
        assert offer.to_reps is None
        # Never more, and advice to see a professional, at the same time.
        assert seek_help_advice(sessions, TODAY) is None
        assert f"{offer.to_seconds} seconds instead of {hold}" in offer.text
    else:
        assert HOLD_FLOOR <= offer.to_seconds <= hold
        assert offer.to_seconds < hold or offer.to_reps is not None
        assert hold - offer.to_seconds in (0, STEP) or offer.to_seconds == HOLD_FLOOR
        if offer.to_reps is not None:
            assert reps is not None and REPS_FLOOR <= offer.to_reps < reps
        assert last_answered is None or last_answered < TODAY


@given(
    _sessions,
    st.lists(st.integers(-3, 20), min_size=1, max_size=10),
    st.integers(15, 90),
    st.none() | st.integers(-2, 20).map(days_ago),
    st.integers(1, 7),
)
def test_more_practice_never_takes_away_an_offer_of_longer_holds(
    sessions, extra_days, hold, last_answered, goal
):
    sessions = sessions + FIVE_DAYS  # often enough for an offer to start with
    offer = progression_offer(sessions, hold, TODAY, last_answered, goal)
    if offer is None or offer.direction is not Direction.LONGER:
        return
    more = sessions + [checkin(days_ago(n), hour=5) for n in extra_days]
    again = progression_offer(more, hold, TODAY, last_answered, goal)
    assert again is not None and again.direction is Direction.LONGER
    assert again.to_seconds == offer.to_seconds
