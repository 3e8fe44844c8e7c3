from datetime import date, datetime, timedelta, timezone

from hypothesis import assume, example, given
from hypothesis import strategies as st

from kneecoach.core.history import ExerciseRecord, Outcome, SessionRecord
from kneecoach.core.streaks import compute_streaks


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def session(start: datetime, minutes: int = 8, done: bool = True) -> SessionRecord:
    outcome = Outcome.DONE if done else Outcome.SKIPPED
    return SessionRecord(
        id=f"{start.isoformat()}-{minutes}",
        local_date=start.date(),
        started_at=start,
        ended_at=start + timedelta(minutes=minutes),
        routine="knee-relief",
        finished=done,
        exercises=(ExerciseRecord("calf-stretch", outcome, ("right", "left")),),
    )


def daily(first: date, days: int, hour: int = 18, offset: float = 1) -> list[SessionRecord]:
    return [
        session(
            datetime(first.year, first.month, first.day, hour, tzinfo=tz(offset))
            + timedelta(days=n)
        )
        for n in range(days)
    ]


def at(year, month, day, hour=12, offset=1.0):
    return datetime(year, month, day, hour, tzinfo=tz(offset))


def test_empty_history():
    streaks = compute_streaks([], at(2026, 5, 1))
    assert (streaks.current, streaks.longest, streaks.sessions_total) == (0, 0, 0)
    assert not streaks.done_today


def test_streak_stays_alive_until_the_end_of_the_next_day():
    records = daily(date(2026, 5, 1), 4)  # 1st to 4th of May
    assert compute_streaks(records, at(2026, 5, 4, 20)).current == 4
    assert compute_streaks(records, at(2026, 5, 4, 20)).done_today
    assert compute_streaks(records, at(2026, 5, 5, 23)).current == 4
    assert not compute_streaks(records, at(2026, 5, 5, 23)).done_today
    assert compute_streaks(records, at(2026, 5, 6, 0)).current == 0
    assert compute_streaks(records, at(2026, 5, 6, 0)).longest == 4


def test_sessions_with_nothing_done_do_not_count():
    records = [*daily(date(2026, 5, 1), 2), session(at(2026, 5, 3, 9), done=False)]
    streaks = compute_streaks(records, at(2026, 5, 3, 20))
    assert (streaks.current, streaks.sessions_total, streaks.done_today) == (2, 2, False)


def test_two_sessions_a_day_count_one_day():
    records = daily(date(2026, 5, 1), 3, hour=8) + daily(date(2026, 5, 1), 3, hour=19)
    streaks = compute_streaks(records, at(2026, 5, 3, 20))
    assert (streaks.current, streaks.longest, streaks.sessions_total) == (3, 3, 6)


def test_daylight_saving_changes_move_nothing():
    # Europe: clocks go forward on 29 March and back on 25 October 2026.
    spring = [
        session(datetime(2026, 3, 28, 23, 30, tzinfo=tz(1))),
        session(datetime(2026, 3, 29, 0, 30, tzinfo=tz(1))),
        session(datetime(2026, 3, 30, 0, 15, tzinfo=tz(2))),
    ]
    assert compute_streaks(spring, at(2026, 3, 30, 22, offset=2)).current == 3
    autumn = [
        session(datetime(2026, 10, d, 23, 45, tzinfo=tz(2 if d < 25 else 1))) for d in (24, 25, 26)
    ]
    assert compute_streaks(autumn, at(2026, 10, 26, 23, offset=1)).current == 3


def test_a_session_that_spans_midnight_counts_for_the_day_it_began():
    late = session(datetime(2026, 5, 1, 23, 55, tzinfo=tz(1)), minutes=10)
    assert late.ended_at.date() == date(2026, 5, 2)
    records = [late, session(at(2026, 5, 2, 19))]
    streaks = compute_streaks(records, at(2026, 5, 2, 20))
    assert (streaks.current, streaks.longest) == (2, 2)


def test_flying_east_across_the_date_line_does_not_break_the_streak():
    honolulu, auckland = -10, 13
    records = [
        session(datetime(2026, 6, 1, 18, tzinfo=tz(honolulu))),
        session(datetime(2026, 6, 2, 7, tzinfo=tz(honolulu))),
        # A ten-hour flight leaves on the 2nd and lands on the 4th: the 3rd never happened.
        session(datetime(2026, 6, 4, 19, tzinfo=tz(auckland))),
    ]
    streaks = compute_streaks(records, datetime(2026, 6, 4, 21, tzinfo=tz(auckland)))
    assert (streaks.current, streaks.longest) == (3, 3)
    # Without the trip, a missed day breaks the chain.
    home = [session(datetime(2026, 6, d, 18, tzinfo=tz(honolulu))) for d in (1, 2, 4)]
    assert compute_streaks(home, datetime(2026, 6, 4, 21, tzinfo=tz(honolulu))).current == 1


def test_flying_west_across_the_date_line_does_not_inflate_the_streak():
    records = [
        session(datetime(2026, 6, 1, 8, tzinfo=tz(12))),  # Auckland, morning of the 1st
        session(datetime(2026, 5, 31, 20, tzinfo=tz(-10))),  # Honolulu, evening of the 31st
        session(datetime(2026, 6, 1, 18, tzinfo=tz(-10))),  # Honolulu, the 1st again
    ]
    streaks = compute_streaks(records, datetime(2026, 6, 1, 20, tzinfo=tz(-10)))
    assert (streaks.current, streaks.longest, streaks.sessions_total) == (2, 2, 3)


def test_a_clock_set_backwards_keeps_the_streak():
    records = daily(date(2026, 5, 1), 5)
    streaks = compute_streaks(records, at(2026, 4, 20))  # the clock now says April
    assert (streaks.current, streaks.longest, streaks.done_today) == (5, 5, True)


def test_a_session_dated_tomorrow_by_a_clock_running_ahead_keeps_the_streak():
    records = daily(date(2026, 5, 1), 10)  # the 1st to the 10th
    # On the 11th the clock ran a day ahead: the session was dated the 12th. Then the
    # clock was put right, and it is the 11th again.
    records.append(session(at(2026, 5, 12, 9)))
    for goal in (7, 5):
        streaks = compute_streaks(records, at(2026, 5, 11, 20), goal)
        assert (streaks.current, streaks.longest, streaks.done_today) == (11, 11, True)


def test_days_this_week_runs_monday_to_today():
    records = daily(date(2026, 11, 16), 9)  # Monday 16th to Tuesday 24th
    streaks = compute_streaks(records, at(2026, 11, 24, 20))
    assert streaks.days_this_week == 2


# --- properties ------------------------------------------------------------

_days = st.integers(min_value=0, max_value=120)
_offsets = st.sampled_from([-10, -5, 0, 1, 2, 5.5, 9, 13])
_practice = st.builds(
    lambda day, hour, offset, done: session(
        datetime(2026, 1, 1, hour, tzinfo=tz(offset)) + timedelta(days=day), done=done
    ),
    _days,
    st.integers(min_value=0, max_value=23),
    _offsets,
    st.booleans(),
)
_now = st.builds(
    lambda day, offset: datetime(2026, 1, 1, 12, tzinfo=tz(offset)) + timedelta(days=day),
    st.integers(min_value=0, max_value=130),
    _offsets,
)


_goal = st.integers(min_value=1, max_value=7)


@given(st.lists(_practice, max_size=40), _now, _goal)
def test_longest_is_never_below_current(records, now, goal):
    streaks = compute_streaks(records, now, goal)
    assert 0 <= streaks.rest_days_left <= 7 - goal
    assert streaks.longest >= streaks.current >= 0
    assert streaks.current <= len({r.local_date for r in records if r.counts_as_practice})
    assert streaks.sessions_total == sum(r.counts_as_practice for r in records)


@given(st.lists(_practice, max_size=40), _practice, _now, _goal)
def test_adding_a_session_never_lowers_the_longest(records, extra, now, goal):
    before = compute_streaks(records, now, goal)
    after = compute_streaks([*records, extra], now, goal)
    assert after.longest >= before.longest
    assert after.sessions_total >= before.sessions_total


def _day(number):
    return datetime(2026, 1, 1, 12, tzinfo=tz(0)) + timedelta(days=number)


@example(  # a practice on Sat 24 Jan joins two runs; Mon-Wed then count as that week's rest
    records=[session(_day(17)), session(_day(28))], extra=session(_day(23)), now=_day(31), goal=4
)
@given(st.lists(_practice, min_size=1, max_size=40), _practice, _now, _goal)
def test_more_practice_never_shortens_the_current_streak(records, extra, now, goal):
    practised = [r.local_date for r in records if r.counts_as_practice]
    assume(practised)
    first, today = min(practised), max(now.date(), *practised)  # the clock may have gone back
    # Within the history's span: an older one may start the run earlier, a later one
    # moves "today" itself.
    assume(first <= extra.local_date <= today)
    before = compute_streaks(records, now, goal)
    after = compute_streaks([*records, extra], now, goal)
    assert after.current >= before.current


@example(  # the clock set back: sessions a week after "now"
    records=[
        session(datetime(2026, 1, 1, 12, tzinfo=tz(0)) + timedelta(days=110)),
        session(datetime(2026, 1, 1, 12, tzinfo=tz(0)) + timedelta(days=116)),
    ],
    now=datetime(2026, 1, 1, 12, tzinfo=tz(0)) + timedelta(days=103),
    goal=2,
)
@given(st.lists(_practice, max_size=40), _now, _goal)
def test_practising_today_never_lowers_the_current_streak(records, now, goal):
    before = compute_streaks(records, now, goal)
    after = compute_streaks([*records, session(now)], now, goal)
    assert after.current >= before.current
    assert after.done_today or now.date() < max(r.local_date for r in records)


@given(st.lists(_practice, max_size=40), _now, _goal)
def test_order_of_records_does_not_matter(records, now, goal):
    forwards = compute_streaks(records, now, goal)
    assert forwards == compute_streaks(list(reversed(records)), now, goal)


@given(st.lists(st.integers(0, 120), max_size=40), st.integers(0, 130))
def test_a_goal_of_every_day_is_the_plain_chain_of_consecutive_days(days, today):
    """Checked against a direct count (one time zone, so no date-line travel)."""
    first = datetime(2026, 1, 1, 9, tzinfo=tz(1))
    records = [session(first + timedelta(days=d)) for d in days]
    now = first + timedelta(days=today, hours=3)
    practised = set(days)
    end = max([today, *days])
    runs, run = [], 0
    for day in range(end + 1):
        if day in practised:
            run += 1
        elif day < today:  # today, and any day after it, is never missed
            run = 0
        runs.append(run)
    expected_current = runs[end]  # end is practised, or is today
    streaks = compute_streaks(records, now, weekly_goal=7)
    assert streaks.longest == max(runs, default=0)
    assert streaks.current == expected_current


# Rest days are counted from the day a streak (re)starts, so that coming back
# mid-week after a break gives the week's full allowance; a consequence is that
# a stricter goal, which broke a streak earlier, can leave a longer current one.


# --- rest days and the weekly goal -------------------------------------------------
# November 2026: Monday the 2nd, 9th, 16th, 23rd.
def practice_on(*days: int, month: int = 11) -> list[SessionRecord]:
    return [session(at(2026, month, day, 18)) for day in days]


def test_planned_rest_days_keep_the_streak_going():
    weekdays = practice_on(2, 3, 4, 5, 6, 9, 10, 11, 12, 13)  # Mon–Fri twice, weekends off
    streaks = compute_streaks(weekdays, at(2026, 11, 16, 8), weekly_goal=5)
    assert (streaks.current, streaks.longest) == (10, 10)
    assert streaks.rest_days_left == 2  # a new week, today not over yet
    assert compute_streaks(weekdays, at(2026, 11, 16, 8), weekly_goal=7).current == 0


def test_a_third_day_off_in_a_week_breaks_the_streak():
    records = practice_on(2, 3, 4, 5)  # Mon–Thu; Friday, Saturday, Sunday off
    assert compute_streaks(records, at(2026, 11, 7, 20), weekly_goal=5).current == 4
    assert compute_streaks(records, at(2026, 11, 7, 20), weekly_goal=5).rest_days_left == 1
    assert compute_streaks(records, at(2026, 11, 8, 20), weekly_goal=5).rest_days_left == 0
    broken = compute_streaks(records, at(2026, 11, 9, 8), weekly_goal=5)
    assert (broken.current, broken.longest, broken.rest_days_left) == (0, 4, 0)


def test_rest_days_do_not_carry_over_to_the_next_week():
    records = practice_on(2, 3, 4, 5, 6, 7, 8, 9, 13)  # all of week one, then Tue–Thu off
    assert compute_streaks(records, at(2026, 11, 13, 20), weekly_goal=5).current == 1
    assert compute_streaks(records, at(2026, 11, 13, 20), weekly_goal=4).current == 9


def test_after_a_break_a_new_streak_starts_with_the_week_s_rest_days():
    records = practice_on(2, 6, 7)  # Tue–Thu off break it on Thursday; Fri and Sat again
    streaks = compute_streaks(records, at(2026, 11, 8, 20), weekly_goal=5)
    assert (streaks.current, streaks.longest, streaks.rest_days_left) == (2, 2, 2)


def test_the_weekly_goal_counts_days_not_sessions():
    records = [*practice_on(23, 24), session(at(2026, 11, 24, 8))]
    streaks = compute_streaks(records, at(2026, 11, 24, 20), weekly_goal=5)
    assert (streaks.days_this_week, streaks.weekly_goal, streaks.sessions_total) == (2, 5, 3)


@given(
    st.lists(_practice, max_size=40),
    st.integers(min_value=1, max_value=3),
    st.integers(min_value=0, max_value=23),
    _now,
    _goal,
)
def test_a_session_dated_after_today_never_breaks_the_streak(records, ahead, hour, now, goal):
    assume(all(r.local_date <= now.date() for r in records))  # a clock right until then
    future = now.replace(hour=hour) + timedelta(days=ahead)  # dated by a clock running ahead
    before = compute_streaks(records, now, goal)
    after = compute_streaks([*records, session(future)], now, goal)
    assert after.current >= before.current
    assert after.current >= 1 and after.longest >= before.longest
