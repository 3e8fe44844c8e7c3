"""A known history for the documents' tests: eight weeks with counts worked out by hand.

Today is Monday 2 March 2026 (the fake clock). The eight weeks of the report
start on Monday 12 January. In week k the person practised on the first
DAYS[k] days of it; each week's first session skipped the ankle circles; a
session on a Wednesday gave pain before and after; one check-in was 8.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from kneecoach.core.history import ExerciseRecord, Outcome, SessionRecord

TODAY = date(2026, 3, 2)
FIRST_MONDAY = date(2026, 1, 12)
DAYS = (5, 3, 6, 4, 7, 2, 5, 1)  # days practised, week by week; the last is today
GOAL = 5
ROUTINE = (
    "ankle-circles",
    "dorsiflexion-stretch",
    "calf-stretch",
    "hip-flexor-stretch",
    "knee-to-chest",
    "seated-twist",
)
VERY_HIGH_DAY = date(2026, 2, 11)  # a Wednesday: the check-in of 8
ZONE = timezone(timedelta(hours=1))


def pain_of(day: date) -> tuple[int | None, int | None]:
    """Pain before and after on a Wednesday (3 and 2, or 6 and 8 on VERY_HIGH_DAY)."""
    if day == VERY_HIGH_DAY:
        return 6, 8
    if day.weekday() == 2:
        return 3 + day.day % 3, 2 + day.day % 2
    return None, None


def session(day: date, first_of_week: bool) -> SessionRecord:
    start = datetime(day.year, day.month, day.day, 8, 15, tzinfo=ZONE)
    exercises = tuple(
        ExerciseRecord(
            exercise_id,
            Outcome.SKIPPED if first_of_week and exercise_id == "ankle-circles" else Outcome.DONE,
        )
        for exercise_id in ROUTINE
    )
    before, after = pain_of(day)
    return SessionRecord(
        id=f"known-{day}",
        local_date=day,
        started_at=start,
        ended_at=start + timedelta(minutes=9),
        routine="knee-relief",
        finished=True,
        exercises=exercises,
        pain_before=before,
        pain_after=after,
    )


def records() -> list[SessionRecord]:
    made = []
    for week, days in enumerate(DAYS):
        monday = FIRST_MONDAY + timedelta(weeks=week)
        made += [session(monday + timedelta(days=d), d == 0) for d in range(days)]
    return made


def pain_days() -> list[date]:
    return [r.local_date for r in records() if r.pain_after is not None]
