"""When to remind: the next daily reminder from the settings, what happened so far, and the time.

Reminder times are wall-clock times ("18:00") on chosen weekdays, found in the
time zone passed in, so a daylight-saving change or a move to another zone moves
the reminder with the clock on the wall. All comparisons are between UTC
instants: aware datetimes that share a tzinfo compare by their wall time alone.

The app arms one single-shot timer for `Wakeup.seconds`; nothing polls. Because
the computer can sleep or have its clock set while that timer waits, the wait is
never longer than RECHECK, and every check starts again from the wall clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from kneecoach.core.clock import Clock
from kneecoach.core.i18n import translate
from kneecoach.core.reminder_state import ReminderState
from kneecoach.core.settings import WEEKDAYS, Settings
from kneecoach.core.wording import day_name, time_of_day

# A reminder given later than this after its time is a catch-up ("you missed ...").
GRACE = timedelta(minutes=2)
# The longest wait between two checks, so that a clock change is noticed soon.
RECHECK = timedelta(minutes=15)
# A jump of the wall clock against the monotonic one larger than this is worth a log line.
NOTICEABLE_JUMP = timedelta(minutes=1)
LONGEST_SNOOZE = timedelta(hours=1)
LOOK_AHEAD_DAYS = 8  # a week plus one: any weekday choice has a slot in it


class Reason(StrEnum):
    SCHEDULED = "scheduled"
    CATCH_UP = "catch-up"  # missed while asleep or closed; given once
    SNOOZE = "snooze"


@dataclass(frozen=True)
class Schedule:
    enabled: bool
    times: tuple[time, ...]
    weekdays: frozenset[int]  # 0 = Monday

    @classmethod
    def from_settings(cls, settings: Settings) -> Schedule:
        times = tuple(
            time(int(text[:2]), int(text[3:])) for text in sorted(settings.reminder_times)
        )
        days = frozenset(WEEKDAYS.index(day) for day in settings.reminder_days)
        return cls(settings.reminders and bool(times) and bool(days), times, days)

    def slots_on(self, day: date, zone: tzinfo) -> list[datetime]:
        """This day's reminder instants (UTC), in order.

        A time that does not exist that day (skipped by a daylight-saving change)
        falls one hour later; a time that happens twice is taken the first time.
        """
        if day.weekday() not in self.weekdays:
            return []
        return [datetime.combine(day, at, zone).astimezone(UTC) for at in self.times]


@dataclass(frozen=True)
class Reminder:
    due: datetime  # UTC
    reason: Reason


def next_reminder(
    schedule: Schedule, state: ReminderState, now: datetime, zone: tzinfo, quiet_today: bool
) -> Reminder | None:
    """The next reminder to give; when its `due` is not after `now`, give it now.

    `quiet_today` is true when today's routine is done or the user chose to skip
    it: then nothing more is said today. A reminder missed earlier today (asleep,
    or the app closed) is given once; days already over are not brought back.
    """
    today = now.astimezone(zone).date()
    if state.snoozed_until is not None and not quiet_today:
        # Reminders that fall due before the snooze ends are folded into it.
        return Reminder(state.snoozed_until, Reason.SNOOZE)
    if not schedule.enabled:
        return None
    handled = state.handled_until

    def open_slots(day: date) -> list[datetime]:
        return [s for s in schedule.slots_on(day, zone) if handled is None or s > handled]

    if not quiet_today:
        missed = [s for s in open_slots(today) if s <= now]
        if missed:
            late = now - missed[-1] > GRACE
            return Reminder(missed[-1], Reason.CATCH_UP if late else Reason.SCHEDULED)
    for offset in range(LOOK_AHEAD_DAYS):
        day = today + timedelta(days=offset)
        if day == today and quiet_today:
            continue
        upcoming = [s for s in open_slots(day) if s > now]
        if upcoming:
            return Reminder(upcoming[0], Reason.SCHEDULED)
    return None


@dataclass(frozen=True)
class Wakeup:
    """The outcome of one check: what to say now, and when to look again."""

    reminder: Reminder | None
    seconds: float
    next_due: datetime | None  # the next reminder after this one, for the tooltip
    clock_moved: timedelta  # how far the wall clock jumped since the last check


class ReminderScheduler:
    """Keeps the reminder state and decides, at each check, what to say and when to wake."""

    def __init__(
        self,
        clock: Clock,
        zone: Callable[[], tzinfo],
        schedule: Schedule,
        state: ReminderState,
        is_quiet: Callable[[date], bool],
    ) -> None:
        self._clock = clock
        self._zone = zone
        self.schedule = schedule
        self.state = state
        self._is_quiet = is_quiet
        self._wall_minus_mono: float | None = None
        if state.handled_until is None:
            # The first run reminds from now on; it does not catch up on a day it never saw.
            self.state = replace(state, handled_until=self._now())
        self.changed = state != self.state

    def _now(self) -> datetime:
        return self._clock.now().astimezone(UTC)

    def today(self) -> date:
        return self._now().astimezone(self._zone()).date()

    def _quiet(self, today: date) -> bool:
        return self.state.skipped_day == today or self._is_quiet(today)

    def check(self) -> Wakeup:
        now = self._now()
        zone = self._zone()
        today = now.astimezone(zone).date()
        quiet = self._quiet(today)
        moved = self._clock_moved(now)
        if quiet and self.state.snoozed_until is not None:
            self._update(snoozed_until=None)
        self._undo_future(now)
        given = next_reminder(self.schedule, self.state, now, zone, quiet)
        if given is not None and given.due <= now:
            self._update(handled_until=now, snoozed_until=None)
        else:
            given = None
        upcoming = next_reminder(self.schedule, self.state, now, zone, quiet)
        midnight = datetime.combine(today + timedelta(days=1), time(0), zone).astimezone(UTC)
        wake = min(now + RECHECK, midnight)  # at midnight "done today" turns over
        if upcoming is not None:
            wake = min(wake, upcoming.due)
        seconds = max((wake - now).total_seconds(), 0.0)
        return Wakeup(given, seconds, upcoming.due if upcoming else None, moved)

    def snooze(self, minutes: int) -> None:
        now = self._now()
        self._update(snoozed_until=now + timedelta(minutes=minutes), handled_until=now)

    def skip_today(self) -> None:
        self._update(skipped_day=self.today(), snoozed_until=None)

    def set_schedule(self, schedule: Schedule) -> None:
        self.schedule = schedule

    def _update(self, **changes: object) -> None:
        new = replace(self.state, **changes)  # type: ignore[arg-type]
        self.changed = self.changed or new != self.state
        self.state = new

    def _undo_future(self, now: datetime) -> None:
        """After the clock is set back, "already handled" and a long snooze would wait for
        the old time to come round again; from now on is what the user means."""
        handled, snoozed = self.state.handled_until, self.state.snoozed_until
        if handled is not None and handled > now:
            self._update(handled_until=now)
        if snoozed is not None and snoozed > now + LONGEST_SNOOZE:
            self._update(snoozed_until=now)

    def _clock_moved(self, now: datetime) -> timedelta:
        offset = now.timestamp() - self._clock.monotonic()
        previous, self._wall_minus_mono = self._wall_minus_mono, offset
        moved = timedelta(seconds=0 if previous is None else offset - previous)
        return moved if abs(moved) >= NOTICEABLE_JUMP else timedelta(0)


def describe_when(due: datetime, now: datetime, zone: tzinfo) -> str:
    """'today 18:00', 'tomorrow 08:00' or 'Wednesday 18:00', in the local zone."""
    local, today = due.astimezone(zone), now.astimezone(zone).date()
    days = (local.date() - today).days
    at = time_of_day(local.hour, local.minute)
    if days == 0:
        return translate("Reminders", "today {time}").format(time=at)
    if days == 1:
        return translate("Reminders", "tomorrow {time}").format(time=at)
    return translate("Reminders", "{day} {time}", "a day of the week and a time of day").format(
        day=day_name(local.weekday()), time=at
    )


def reminder_message(reminder: Reminder, minutes: int, zone: tzinfo) -> tuple[str, str]:
    """The title and text of a reminder, in plain words."""
    title = translate("Reminders", "Time for your knee routine")
    text = translate(
        "Reminders", "About %n minute(s) of gentle mobility for your knees.", None, minutes
    )
    if reminder.reason is Reason.CATCH_UP:
        missed = reminder.due.astimezone(zone)
        text = translate(
            "Reminders", "You missed your {time} reminder; there is still time today. {reminder}"
        ).format(time=time_of_day(missed.hour, missed.minute), reminder=text)
    return title, text
