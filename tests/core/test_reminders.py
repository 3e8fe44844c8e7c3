"""Daily reminders over simulated weeks: right days and times, quiet when done, one catch-up."""

from __future__ import annotations

import itertools
import os
import time as system_time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from zoneinfo import ZoneInfo

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from kneecoach.core.clock import LocalZone
from kneecoach.core.reminder_state import ReminderState, state_from_table, state_to_table
from kneecoach.core.reminders import RECHECK, Reason, ReminderScheduler, Schedule
from kneecoach.core.settings import Settings
from tests.fakes import FakeClock

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


@dataclass
class Desk:
    """A person at a computer: the app's timer loop, the clock and what the person does."""

    clock: FakeClock
    zone: ZoneInfo
    schedule: Schedule
    state: ReminderState = field(default_factory=ReminderState)
    done: set[date] = field(default_factory=set)
    given: list[tuple[datetime, Reason]] = field(default_factory=list)
    checks: int = 0
    on_reminder: Callable[[Desk], None] | None = None

    def __post_init__(self) -> None:
        self.scheduler = ReminderScheduler(
            self.clock, lambda: self.zone, self.schedule, self.state, self.done.__contains__
        )
        self._wake_in = 0.0

    def local(self) -> datetime:
        return self.clock.now().astimezone(self.zone)

    def check(self) -> None:
        """What the app does when its single-shot timer fires (or it is told to look again)."""
        self.checks += 1
        wakeup = self.scheduler.check()
        if wakeup.reminder is not None:
            assert not self.given or self.given[-1][0] != self.local(), "reminded twice at once"
            self.given.append((self.local(), wakeup.reminder.reason))
            if self.on_reminder:
                self.on_reminder(self)
                wakeup = self.scheduler.check()
        self._wake_in = wakeup.seconds

    def run_until(self, when: datetime) -> None:
        """Let time pass, the timer firing whenever it was armed for."""
        self.check()
        while True:
            left = (when - self.clock.now()).total_seconds()
            if left <= 0:
                return
            step = min(self._wake_in, left)
            self.clock.advance(step)
            self._wake_in -= step
            if self._wake_in <= 0:
                self.check()

    def at(self, hour: int, minute: int = 0, day: date | None = None) -> datetime:
        day = day or self.local().date()
        return datetime.combine(day, dtime(hour, minute), self.zone)

    def practise(self) -> None:
        self.done.add(self.local().date())
        self.check()  # the app re-arms after a finished session

    def sleep_until(self, wake: datetime, wake_signal: bool = True) -> None:
        """Suspend: the wall clock jumps, the monotonic one (and so the armed timer) stands."""
        self.clock.set_wall(wake)
        if wake_signal:
            self.check()


def desk(start: datetime, zone=BERLIN, **settings_changes) -> Desk:
    clock = FakeClock(start)
    schedule = Schedule.from_settings(Settings(**settings_changes))
    return Desk(clock, zone, schedule)


def times(desk: Desk) -> list[str]:
    return [f"{at:%m-%d %H:%M} {reason}" for at, reason in desk.given]


def test_a_month_of_reminders_on_the_chosen_days_and_never_when_done_or_skipped():
    # March 2026 in Berlin: summer time starts on Sunday the 29th.
    person = desk(
        datetime(2026, 3, 1, 8, 0, tzinfo=BERLIN),
        reminder_times=("18:00",),
        reminder_days=("mon", "tue", "wed", "thu", "fri", "sat"),
    )
    expected = []
    for day in range(1, 32):
        today = date(2026, 3, day)
        person.run_until(person.at(9, 0, today))
        if day == 10:
            person.scheduler.skip_today()
            person.check()
        if day % 3 == 0:
            person.run_until(person.at(12, 0, today))
            person.practise()  # done before the reminder: no reminder today
        person.run_until(person.at(18, 30, today))
        if today.weekday() != 6 and day % 3 != 0 and day != 10:
            expected.append(f"03-{day:02d} 18:00 scheduled")
            person.practise()
    person.run_until(datetime(2026, 4, 1, 8, 0, tzinfo=BERLIN))
    assert times(person) == expected
    # 18:00 on the wall before and after the change to summer time.
    utc_hours = {at.astimezone(UTC).hour for at, _ in person.given}
    assert utc_hours == {17, 16}
    # One timer at a time, re-checked at most every RECHECK: no polling loop.
    assert person.checks <= 31 * (24 * 60 // (RECHECK.seconds // 60) + 6)


def test_several_reminders_a_day_stop_once_the_routine_is_done():
    person = desk(datetime(2026, 3, 2, 7, 0, tzinfo=BERLIN), reminder_times=("08:00", "18:00"))
    person.run_until(person.at(12, 0))
    person.practise()
    next_due = person.scheduler.check().next_due
    assert next_due == person.at(8, 0, date(2026, 3, 3))  # not 18:00 today: already done
    person.run_until(person.at(23, 55))
    assert person.scheduler.check().seconds == 5 * 60  # midnight: "done today" turns over
    person.run_until(person.at(7, 0, date(2026, 3, 3)))
    person.run_until(person.at(20, 0))
    assert times(person) == [
        "03-02 08:00 scheduled",
        "03-03 08:00 scheduled",
        "03-03 18:00 scheduled",
    ]


def test_snooze_brings_the_reminder_back_and_folds_in_the_next_one():
    person = desk(datetime(2026, 3, 2, 17, 0, tzinfo=BERLIN), reminder_times=("18:00", "18:10"))
    snoozes = iter([15, 60])

    def snooze_twice_then_do_it(d: Desk) -> None:
        minutes = next(snoozes, None)
        if minutes:
            d.scheduler.snooze(minutes)
        else:
            d.practise()

    person.on_reminder = snooze_twice_then_do_it
    person.run_until(person.at(23, 0))
    assert times(person) == [
        "03-02 18:00 scheduled",
        "03-02 18:15 snooze",
        "03-02 19:15 snooze",
    ]


def test_a_reminder_missed_while_asleep_is_given_once_on_waking():
    person = desk(datetime(2026, 3, 2, 12, 0, tzinfo=BERLIN))
    person.run_until(person.at(17, 30))
    person.sleep_until(person.at(21, 0))
    person.run_until(person.at(23, 59))
    assert times(person) == ["03-02 21:00 catch-up"]


def test_without_a_wake_signal_the_catch_up_comes_within_the_recheck_time():
    person = desk(datetime(2026, 3, 2, 12, 0, tzinfo=BERLIN))
    person.run_until(person.at(17, 30))
    person.sleep_until(person.at(21, 0), wake_signal=False)
    person.run_until(person.at(23, 59))
    [(at, reason)] = person.given
    assert reason == Reason.CATCH_UP
    assert timedelta(0) <= at - person.at(21, 0, at.date()) <= RECHECK


def test_sleeping_for_days_gives_one_reminder_not_one_per_missed_day():
    person = desk(datetime(2026, 3, 2, 12, 0, tzinfo=BERLIN))
    person.run_until(person.at(17, 0))
    person.sleep_until(person.at(19, 0, date(2026, 3, 5)))
    person.run_until(person.at(23, 0))
    assert times(person) == ["03-05 19:00 catch-up"]


def test_waking_in_the_morning_after_days_asleep_waits_for_todays_time():
    person = desk(datetime(2026, 3, 2, 12, 0, tzinfo=BERLIN))
    person.run_until(person.at(17, 0))
    person.sleep_until(person.at(9, 0, date(2026, 3, 5)))
    person.run_until(person.at(19, 0))
    assert times(person) == ["03-05 18:00 scheduled"]


def test_a_reminder_missed_while_the_app_was_closed_is_given_once_at_start():
    first = desk(datetime(2026, 3, 2, 12, 0, tzinfo=BERLIN))
    first.run_until(first.at(18, 5))
    saved = tomllib.loads(tomli_w.dumps({"reminders": state_to_table(first.scheduler.state)}))
    # Closed at 18:05 on Monday, opened again on Tuesday at 20:00.
    clock = FakeClock(datetime(2026, 3, 3, 20, 0, tzinfo=BERLIN))
    second = Desk(clock, BERLIN, first.schedule, state_from_table(saved["reminders"]))
    second.check()
    saved = tomllib.loads(tomli_w.dumps({"reminders": state_to_table(second.scheduler.state)}))
    clock.advance(30 * 60)
    third = Desk(clock, BERLIN, first.schedule, state_from_table(saved["reminders"]))
    third.run_until(third.at(23, 0))
    assert times(first) == ["03-02 18:00 scheduled"]
    assert times(second) == ["03-03 20:00 catch-up"]
    assert third.given == []


def test_the_first_run_does_not_remind_about_a_time_already_past():
    person = desk(datetime(2026, 3, 2, 19, 0, tzinfo=BERLIN))
    person.run_until(person.at(23, 0))
    assert person.given == []
    assert person.scheduler.changed  # the first-seen time is worth saving


@pytest.mark.parametrize(
    ("day", "utc"),
    [
        (date(2026, 3, 28), "01:30"),  # winter time: 02:30 is 01:30 UTC
        (date(2026, 3, 29), "01:30"),  # 02:30 does not exist: given at 03:30 summer time
        (date(2026, 3, 30), "00:30"),
        (date(2026, 10, 24), "00:30"),
        (date(2026, 10, 25), "00:30"),  # 02:30 happens twice: given the first time only
        (date(2026, 10, 26), "01:30"),
    ],
)
def test_daylight_saving_changes_give_exactly_one_reminder(day, utc):
    person = desk(
        datetime.combine(day - timedelta(days=1), dtime(12), BERLIN), reminder_times=("02:30",)
    )
    person.on_reminder = Desk.practise
    person.run_until(datetime.combine(day, dtime(12), BERLIN))
    at, _ = person.given[-1]
    assert f"{at.astimezone(UTC):%H:%M}" == utc
    assert [a.date() for a, _ in person.given].count(day) == 1


def test_a_time_zone_change_moves_the_reminder_with_the_wall_clock():
    person = desk(datetime(2026, 3, 2, 12, 0, tzinfo=BERLIN))
    person.on_reminder = Desk.practise
    person.run_until(person.at(20, 0))
    person.zone = NEW_YORK  # flew to New York the next morning
    person.run_until(datetime(2026, 3, 3, 9, 0, tzinfo=NEW_YORK))
    person.check()  # the app looks again when it sees the zone change
    person.run_until(datetime(2026, 3, 3, 20, 0, tzinfo=NEW_YORK))
    assert [f"{at:%d %H:%M %Z}" for at, _ in person.given] == ["02 18:00 CET", "03 18:00 EST"]


def test_a_clock_set_back_does_not_silence_the_days_it_repeats():
    person = desk(datetime(2026, 3, 2, 12, 0, tzinfo=BERLIN))
    person.run_until(person.at(18, 30))
    person.clock.set_wall(datetime(2026, 3, 1, 12, 0, tzinfo=BERLIN))
    wakeup = person.scheduler.check()
    assert wakeup.clock_moved < -timedelta(hours=30)
    person.run_until(person.at(18, 30))
    assert times(person) == ["03-02 18:00 scheduled", "03-01 18:00 scheduled"]


def test_chosen_weekdays_and_turning_reminders_off():
    person = desk(
        datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN), reminder_days=("wed",), reminder_times=("07:00",)
    )
    person.on_reminder = Desk.practise
    person.run_until(datetime(2026, 3, 16, 8, 0, tzinfo=BERLIN))
    assert times(person) == ["03-04 07:00 scheduled", "03-11 07:00 scheduled"]
    person.scheduler.set_schedule(Schedule.from_settings(Settings(reminders=False)))
    person.run_until(datetime(2026, 3, 30, 8, 0, tzinfo=BERLIN))
    assert len(person.given) == 2


def test_state_from_a_hand_edited_table_keeps_only_what_makes_sense():
    assert state_from_table("nonsense") == ReminderState()
    state = state_from_table(
        {"handled_until": "yesterday", "snoozed_until": datetime(2026, 3, 2), "skipped_day": 3}
    )
    assert state == ReminderState()
    when = datetime(2026, 3, 2, 18, 0, tzinfo=BERLIN)
    round_trip = state_from_table(state_to_table(ReminderState(when, when, date(2026, 3, 2))))
    assert round_trip.handled_until == when and round_trip.skipped_day == date(2026, 3, 2)


@pytest.mark.skipif(not hasattr(system_time, "tzset"), reason="needs time.tzset")
def test_the_computers_own_zone_agrees_with_the_tz_database(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    system_time.tzset()
    try:
        local = LocalZone()
        for day in (date(2026, 3, 29), date(2026, 10, 25), date(2026, 7, 1)):
            for hour in range(24):
                for fold in (0, 1):
                    at = dtime(hour, 30, fold=fold)
                    ours = datetime.combine(day, at, local).astimezone(UTC)
                    assert ours == datetime.combine(day, at, BERLIN).astimezone(UTC)
        instant = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
        assert instant.astimezone(local).strftime("%H:%M %z") == "03:30 +0200"
    finally:
        monkeypatch.delenv("TZ")
        if "TZ" in os.environ:  # pragma: no cover
            del os.environ["TZ"]
        system_time.tzset()


@settings(max_examples=60, deadline=None)
@given(
    hours=st.sets(st.integers(0, 23), min_size=1, max_size=4),
    days=st.sets(st.sampled_from(("mon", "tue", "wed", "thu", "fri", "sat", "sun")), min_size=1),
    naps=st.lists(st.tuples(st.integers(0, 13 * 24), st.integers(1, 60 * 60)), max_size=6),
    practised=st.sets(st.integers(0, 13)),
)
def test_never_more_than_one_reminder_per_time_and_never_on_a_done_day(
    hours, days, naps, practised
):
    start = datetime(2026, 10, 19, 0, 30, tzinfo=BERLIN)  # two weeks across the autumn change
    person = desk(
        start, reminder_times=tuple(f"{h:02d}:00" for h in hours), reminder_days=tuple(days)
    )
    done_days = {start.date() + timedelta(days=d) for d in practised}
    person.done.update(done_days)
    for hour, minutes in sorted(naps):
        nap_start = start + timedelta(hours=hour)
        if nap_start > person.clock.now():
            person.run_until(nap_start)
            person.sleep_until(nap_start + timedelta(minutes=minutes))
    person.run_until(start + timedelta(days=14))
    per_day: dict[date, int] = {}
    for at, _ in person.given:
        assert at.date() not in done_days
        assert at.strftime("%a").lower()[:3] in days
        per_day[at.date()] = per_day.get(at.date(), 0) + 1
    assert all(count <= len(hours) for count in per_day.values())
    stamps = sorted(at for at, _ in person.given)
    assert all(b - a >= timedelta(minutes=1) for a, b in itertools.pairwise(stamps))
