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
from tests.fakes import checkin

TODAY = date(2026, 11, 24)  # a Tuesday


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def three_weeks(pain_for_day) -> list[SessionSummary]:
    """Practice on 4 days of each of the last three weeks, with the given pain."""
    return [
        checkin(days_ago(n), pain_for_day(n)) for n in range(21, 0, -1) if n % 7 in (0, 2, 4, 6)
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


def test_three_high_check_ins_in_a_row_suggest_seeing_someone():
    sessions = [checkin(days_ago(n), pain) for n, pain in ((6, 4), (4, 7), (2, 8), (1, 9))]
    advice = seek_help_advice(sessions, TODAY)
    assert advice is not None and advice.reason is Reason.HIGH
    assert "orthopedist or physical therapist" in advice.text
    assert "not a diagnosis" in advice.text


def test_one_lower_check_in_or_old_high_ones_say_nothing():
    assert seek_help_advice([checkin(days_ago(n), 8) for n in (3, 2)], TODAY) is None
    mixed = [checkin(days_ago(n), p) for n, p in ((3, 8), (2, 5), (1, 9))]
    assert seek_help_advice(mixed, TODAY) is None
    long_ago = [checkin(days_ago(n), 9) for n in (40, 35, 30)]
    assert seek_help_advice(long_ago, TODAY) is None


def test_three_weeks_of_practice_without_easing_suggest_seeing_someone():
    advice = seek_help_advice(three_weeks(lambda n: 5), TODAY)
    assert advice is not None and advice.reason is Reason.NOT_EASING
    assert "three weeks" in advice.text


def test_easing_pain_mild_pain_or_irregular_practice_say_nothing():
    easing = three_weeks(lambda n: 3 + n // 4)  # from 8 three weeks ago down to 3
    assert seek_help_advice(easing, TODAY) is None
    mild = three_weeks(lambda n: 2)
    assert seek_help_advice(mild, TODAY) is None
    irregular = [s for s in three_weeks(lambda n: 6) if not 8 <= (TODAY - s.local_date).days <= 14]
    assert seek_help_advice(irregular, TODAY) is None
    too_new = three_weeks(lambda n: 6)[4:]  # the first week has no check-ins
    assert seek_help_advice(too_new, TODAY) is None


def test_dismissed_advice_comes_back_after_two_weeks_if_it_still_holds():
    advice = seek_help_advice(three_weeks(lambda n: 6), TODAY)
    assert should_show(advice, None, TODAY)
    assert not should_show(advice, Hidden(Reason.NOT_EASING, TODAY), TODAY)
    assert not should_show(advice, Hidden(Reason.NOT_EASING, days_ago(13)), TODAY)
    assert should_show(advice, Hidden(Reason.NOT_EASING, days_ago(14)), TODAY)
    assert not should_show(None, None, TODAY)


def test_hiding_one_advice_does_not_hide_the_other():
    high = seek_help_advice([checkin(days_ago(n), 9) for n in (3, 2, 1)], TODAY)
    assert high is not None and high.reason is Reason.HIGH
    assert should_show(high, Hidden(Reason.NOT_EASING, TODAY), TODAY)


def test_pain_that_went_up_is_not_called_the_same():
    rising = seek_help_advice(three_weeks(lambda n: 3 if n > 14 else 6), TODAY)
    assert rising is not None and "has gone up" in rising.text
    steady = seek_help_advice(three_weeks(lambda n: 5), TODAY)
    assert steady is not None and "stayed about the same" in steady.text


_pain = st.none() | st.integers(min_value=0, max_value=10)


@given(st.lists(st.tuples(st.integers(0, 60), _pain, _pain), max_size=40))
def test_the_rule_never_fires_without_check_ins_of_moderate_pain(entries):
    sessions = [checkin(days_ago(n), after, before) for n, after, before in entries]
    advice = seek_help_advice(sessions, TODAY)
    readings = [s.pain for s in sessions if s.pain is not None]
    if advice is not None:
        assert len(readings) >= 3 and max(readings) >= 4
    low = [checkin(s.local_date, min(s.pain_after or 0, 3)) for s in sessions]
    assert seek_help_advice(low, TODAY) is None
