"""The progress report for a clinician: what was done, and how the knee felt, in a period.

Only what the person recorded and what KneeCoach said, counted plainly: the days
practised each week against the weekly goal (by the one rule for a practised
day), how often each exercise was done or skipped and its dosage as set now, the
pain check-ins before and after each session, and the days on which the
check-ins called for the advice to see a professional. No score of our own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from kneecoach.core.history import SessionSummary, practice_rule
from kneecoach.core.i18n import translate
from kneecoach.core.my_exercises import Library
from kneecoach.core.paper.advice_days import AdviceSpell, advice_spells
from kneecoach.core.routine import NO_DOSE, Routine, Timings, dose_text
from kneecoach.core.streaks import DAYS_A_WEEK, week_start
from kneecoach.core.wording import long_date, short_date, time_of_day

DEFAULT_WEEKS = 8
MAX_WEEKS = 52 * 20  # twenty years: more than anyone keeps


@dataclass(frozen=True)
class WeekRow:
    monday: date
    label: str  # "12 Oct"
    days: int  # days practised
    so_far: bool  # the week under way: not over yet


@dataclass(frozen=True)
class ExerciseRow:
    name: str
    dosage: str  # as set now; "" for an exercise no longer there
    done: int
    skipped: int
    own: bool


@dataclass(frozen=True)
class PainRow:
    day: date
    when: str  # "Tue 3 Nov 2026, 08:15"
    before: int | None
    after: int | None


@dataclass(frozen=True)
class OwnExercise:
    name: str
    dosage: str
    steps: tuple[str, ...]


@dataclass(frozen=True)
class ProgressReport:
    title: str
    period: str  # "12 Oct 2026 – 7 Dec 2026 (8 weeks)"
    first: date
    last: date
    made_on: str
    weekly_goal: int
    summary: tuple[str, ...]  # a few plain sentences of counts
    weeks: tuple[WeekRow, ...]
    exercises: tuple[ExerciseRow, ...]
    pain: tuple[PainRow, ...]
    advice: tuple[AdviceSpell, ...]
    own: tuple[OwnExercise, ...]
    rule: str  # what counts as a practised day
    left_out: tuple[str, ...]  # what could not be read, in plain lines


def period_start(today: date, weeks: int) -> date:
    """The Monday `weeks` calendar weeks back, counting the week under way."""
    return week_start(today) - timedelta(weeks=weeks - 1)


def in_period(sessions: Sequence[SessionSummary], first: date, last: date) -> list[SessionSummary]:
    return sorted(
        (s for s in sessions if first <= s.local_date <= last), key=lambda s: s.started_at
    )


def week_rows(sessions: Sequence[SessionSummary], first: date, today: date) -> tuple[WeekRow, ...]:
    practised = {s.local_date for s in sessions if s.counts_as_practice}
    per_week = Counter(week_start(day) for day in practised)
    rows = []
    monday = first
    while monday <= today:
        days = per_week[monday]
        so_far = today < monday + timedelta(days=DAYS_A_WEEK - 1)
        rows.append(WeekRow(monday, short_date(monday, with_year=False), days, so_far))
        monday += timedelta(days=DAYS_A_WEEK)
    return tuple(rows)


def exercise_rows(
    sessions: Sequence[SessionSummary], library: Library, routine: Routine, timings: Timings
) -> tuple[ExerciseRow, ...]:
    """Every exercise done or skipped in the period, the routine's own order first."""
    done = Counter(i for s in sessions for i in s.done)
    skipped = Counter(i for s in sessions for i in s.skipped)
    doses = {e.id: routine.dose(n) for n, e in enumerate(routine.exercises)}
    names = library.names()
    order = [e.id for e in routine.exercises]
    order += sorted((set(done) | set(skipped)) - set(order), key=lambda i: names.get(i, i))
    rows = []
    for exercise_id in dict.fromkeys(i for i in order if done[i] or skipped[i]):
        exercise = library.find(exercise_id)
        dosage = (
            ""
            if exercise is None
            else dose_text(exercise, timings, doses.get(exercise_id, NO_DOSE))
        )
        own = exercise is not None and exercise.custom
        rows.append(
            ExerciseRow(
                names.get(exercise_id, exercise_id),
                dosage,
                done[exercise_id],
                skipped[exercise_id],
                own,
            )
        )
    return tuple(rows)


def pain_rows(sessions: Sequence[SessionSummary], with_year: bool) -> tuple[PainRow, ...]:
    return tuple(
        PainRow(
            s.local_date,
            translate("Paper", "{date}, {time}").format(
                date=short_date(s.local_date, with_year),
                time=time_of_day(s.started_at.hour, s.started_at.minute),
            ),
            s.pain_before,
            s.pain_after,
        )
        for s in sessions
        if s.pain_before is not None or s.pain_after is not None
    )


def summary_lines(
    sessions: Sequence[SessionSummary], weeks: Sequence[WeekRow], goal: int
) -> tuple[str, ...]:
    practised = len({s.local_date for s in sessions if s.counts_as_practice})
    stopped = sum(1 for s in sessions if not s.finished)
    completed = [w for w in weeks if not w.so_far]  # a week under way may still reach it
    met = sum(1 for w in completed if w.days >= goal)
    total, recorded = len(completed), len(sessions)  # lupdate reads a count only from a plain name
    lines = [
        translate("Paper", "Weekly goal: %n day(s) a week.", None, goal),
        translate("Paper", "Practised on %n day(s) in the period.", None, practised),
        translate("Paper", "%n session(s) recorded", None, recorded)
        + translate("Paper", ", %n of them stopped before the end.", None, stopped),
        translate(
            "Paper", "The goal was reached in {met} of %n completed week(s).", None, total
        ).format(met=met),
    ]
    return tuple(lines)


def own_exercises(library: Library, timings: Timings) -> tuple[OwnExercise, ...]:
    return tuple(OwnExercise(e.name, dose_text(e, timings), e.steps) for e in library.custom)


def progress_report(
    sessions: Sequence[SessionSummary],
    today: date,
    weeks: int,
    goal: int,
    library: Library,
    routine: Routine,
    timings: Timings,
    left_out: Sequence[str] = (),
) -> ProgressReport:
    """The report of the `weeks` calendar weeks up to `today` (the week under way counted)."""
    weeks = max(1, min(weeks, MAX_WEEKS))
    first = period_start(today, weeks)
    chosen = in_period(sessions, first, today)
    rows = week_rows(chosen, first, today)
    return ProgressReport(
        title=translate("Paper", "Knee exercise progress report"),
        period=translate("Paper", "{first} – {last} (%n week(s))", None, weeks).format(
            first=short_date(first), last=short_date(today)
        ),
        first=first,
        last=today,
        made_on=translate("Paper", "Made by KneeCoach on {date}").format(date=long_date(today)),
        weekly_goal=goal,
        summary=summary_lines(chosen, rows, goal),
        weeks=rows,
        exercises=exercise_rows(chosen, library, routine, timings),
        pain=pain_rows(chosen, with_year=first.year != today.year),
        advice=advice_spells(sessions, first, today),
        own=own_exercises(library, timings),
        rule=practice_rule(),
        left_out=tuple(left_out),
    )
