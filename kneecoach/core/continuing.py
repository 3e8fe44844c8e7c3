"""Going on with today's routine after stopping it part-way: one session, not two.

A routine can be continued when today's last session was stopped before its end,
something of it was done, something is left after where it stopped, and its
routine still holds the same exercises in the same order (an edited routine
starts afresh). The continued session keeps the earlier one's id, start, holds,
circles and pain check-in; the time between the two sittings counts as a pause.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from kneecoach.core.history import SessionRecord, SessionSummary
from kneecoach.core.my_routines import to_routine
from kneecoach.core.routine import (
    SINGLE_ROUTINE_PREFIX,
    Routine,
    Step,
    Timings,
    build_steps,
    single_exercise_routine,
)
from kneecoach.core.session_parts import continue_at

if TYPE_CHECKING:
    from kneecoach.core.my_library import MyLibrary
    from kneecoach.core.storage.history_store import HistoryStore


@dataclass(frozen=True)
class Continuation:
    """Today's stopped routine and where it goes on from."""

    record: SessionRecord
    routine: Routine
    steps: tuple[Step, ...]
    at: int  # the step it goes on from

    @property
    def exercise_number(self) -> int:
        """1-based, as the home page tells it."""
        return self.steps[self.at].exercise_index + 1


def routine_of(routine_id: str, library: MyLibrary) -> Routine | None:
    """The routine a session ran, as it is now; None when it is gone."""
    if routine_id.startswith(SINGLE_ROUTINE_PREFIX):
        exercise = library.library.find(routine_id.removeprefix(SINGLE_ROUTINE_PREFIX))
        return single_exercise_routine(exercise) if exercise else None
    for plan in library.every_plan():
        if plan.id == routine_id:
            return to_routine(plan, library.library)
    return None


def latest_on(history: HistoryStore, day: date) -> SessionSummary | None:
    """The last session dated `day`, looked for from the newest back: asked at every
    refresh of the home page, it reads a few sessions, not years of them."""
    for session in reversed(history.sessions):
        if session.local_date == day:
            return session
        if session.local_date < day - timedelta(days=1):  # dates follow starts, give or take
            return None  # a change of time zone
    return None


def continuation(
    history: HistoryStore, library: MyLibrary, today: date, timings: Timings
) -> Continuation | None:
    """Today's routine stopped part-way, when it can be continued (see above)."""
    last = latest_on(history, today)
    if last is None or last.finished:
        return None
    try:
        record = history.record(last.id, today)
    except KeyError:
        return None
    routine = routine_of(record.routine, library)
    if routine is None or [e.id for e in routine.exercises] != [e.id for e in record.exercises]:
        return None
    steps = build_steps(routine, timings)
    at = continue_at(steps, record.exercises)
    return Continuation(record, routine, steps, at) if at is not None else None
