from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kneecoach.core.history import SessionSummary
from kneecoach.core.pain import (
    Hidden,
    Reason,
    pain_points,
    seek_help_advice,
    should_show,
    weekly_averages,
)
from kneecoach.core.safety import MODERATE, VERY_HIGH
from tests.fakes import checkin

TODAY = date(2026, 11, 24)  # a Tuesday


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def three_weeks(pain_for_day) -> list[SessionSummary]:
    """Practice on 4 days of each of the last three weeks, with the given pain."""
    return [
        checkin(days_ago(n), pain_for_day(n)) for n in range(21, 0, -1) if n % 7 in (0, 1, 3, 5)
    ]


def test_points_keep_before_and_after_and_skip_sessions_without_a_check_in():
    sessions = [
        checkin(date(2026, 11, 2), 3, before=5),
        checkin(date(2026, 11, 3), None),
        checkin(date(2026, 11, 4), None, before=6),
    ]
    points = pain_points(sessions)
    assert [(p.day.day, p.before, p.after) for p in points] == [(2, 5, 3), (4, 6, None)]


def test_weekly_average_counts_each_session_once_after_the_routine():
    sessions = [
        checkin(date(2026, 11, 2), 2, before=8),  # Monday: reading 2
        checkin(date(2026, 11, 8), 4),  # Sunday, same week
        checkin(date(2026, 11, 9), None, before=6),  # next Monday: only a before
    ]
    assert weekly_averages(sessions) == [(date(2026, 11, 2), 3.0), (date(2026, 11, 9), 6.0)]


def test_one_very_high_check_in_says_how_high_it_was():
    advice = seek_help_advice([checkin(days_ago(3), 2, before=9)], TODAY)
    assert advice is not None and advice.reason is Reason.VERY_HIGH
    assert "9 out of 10" in advice.text
    assert "orthopedist or physical therapist" in advice.text
    assert "not a diagnosis" in advice.text


def test_high_pain_on_two_days_counts_the_days():
    advice = seek_help_advice([checkin(days_ago(n), 6) for n in (9, 5, 1)], TODAY)
    assert advice is not None and advice.reason is Reason.HIGH
    assert "On 3 different days" in advice.text and "6 or more" in advice.text


def test_pain_rising_across_the_routine_says_so_and_says_to_stop_sharp_pain():
    advice = seek_help_advice([checkin(days_ago(n), 5, before=2) for n in (6, 2)], TODAY)
    assert advice is not None and advice.reason is Reason.RISES_DURING
    assert "On 2 days" in advice.text and "2 or more points higher" in advice.text
    assert "sharp" in advice.text


def test_a_rise_counts_only_with_both_readings_of_one_session():
    # An after of 5 one day and a before of 2 another day is no rise across a routine.
    apart = [checkin(days_ago(6), 5), checkin(days_ago(5), None, before=2)] * 2
    assert seek_help_advice(apart, TODAY) is None


def test_pain_not_easing_says_for_how_many_weeks_and_whether_it_went_up():
    steady = seek_help_advice(three_weeks(lambda n: 5), TODAY)
    assert steady is not None and steady.reason is Reason.NOT_EASING
    assert "last 3 weeks do not show your knee pain easing" in steady.text
    rising = seek_help_advice(three_weeks(lambda n: 3 if n > 14 else 5), TODAY)
    assert rising is not None and rising.reason is Reason.NOT_EASING
    assert "going up" in rising.text


def test_old_or_mild_or_easing_pain_says_nothing():
    assert seek_help_advice(three_weeks(lambda n: 2), TODAY) is None
    easing = three_weeks(lambda n: 2 + n // 5)  # from 6 three weeks ago down to 2
    assert seek_help_advice(easing, TODAY) is None
    long_ago = [checkin(days_ago(n), 9) for n in (40, 35, 30)]
    assert seek_help_advice(long_ago, TODAY) is None
    too_new = three_weeks(lambda n: 5)[5:]  # less than three weeks of check-ins
    assert seek_help_advice(too_new, TODAY) is None


def test_the_advice_keeps_the_readings_it_looked_at_before_and_after():
    advice = seek_help_advice([checkin(days_ago(2), 8, before=3)], TODAY)
    assert advice is not None and advice.readings == ((days_ago(2), 3), (days_ago(2), 8))


def test_dismissed_advice_comes_back_after_two_weeks_if_it_still_holds():
    advice = seek_help_advice(three_weeks(lambda n: 5), TODAY)
    assert should_show(advice, None, TODAY)
    assert not should_show(advice, Hidden(Reason.NOT_EASING, TODAY), TODAY)
    assert not should_show(advice, Hidden(Reason.NOT_EASING, days_ago(13)), TODAY)
    assert should_show(advice, Hidden(Reason.NOT_EASING, days_ago(14)), TODAY)
    assert not should_show(None, None, TODAY)


def test_hiding_one_advice_does_not_hide_the_other():
    high = seek_help_advice([checkin(days_ago(n), 9) for n in (3, 2, 1)], TODAY)
    assert high is not None and high.reason is Reason.VERY_HIGH
    assert should_show(high, Hidden(Reason.NOT_EASING, TODAY), TODAY)


_pain = st.none() | st.integers(min_value=0, max_value=10)
_entries = st.lists(st.tuples(st.integers(0, 60), _pain, _pain), max_size=40)


@given(_entries)
def test_the_rule_never_fires_without_a_check_in_of_moderate_pain(entries):
    sessions = [checkin(days_ago(n), after, before) for n, after, before in entries]
    advice = seek_help_advice(sessions, TODAY)
    readings = [v for s in sessions for v in (s.pain_before, s.pain_after) if v is not None]
    if advice is not None:
        assert max(readings) >= MODERATE
    low = [checkin(s.local_date, min(s.pain_after or 0, MODERATE - 1)) for s in sessions]
    assert seek_help_advice(low, TODAY) is None


@given(_entries, st.integers(VERY_HIGH, 10), st.integers(0, 13))
def test_a_very_high_check_in_always_brings_the_advice_back(entries, worst, hidden_ago):
    sessions = [checkin(days_ago(n), after, before) for n, after, before in entries]
    sessions.append(checkin(TODAY, worst, hour=23))
    advice = seek_help_advice(sessions, TODAY)
    assert advice is not None
    hidden_on = days_ago(hidden_ago) if hidden_ago else days_ago(1)
    assert should_show(advice, Hidden(advice.reason, hidden_on), TODAY)
