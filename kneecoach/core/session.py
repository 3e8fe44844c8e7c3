"""The session state machine: it runs a routine's steps against a clock.

It owns no timer and never sleeps. A driver calls `tick()` as often as it likes;
every answer is computed from deadlines on the monotonic clock, so a late tick
only delays what is shown and never miscounts. Each step starts exactly where
the one before was due to end, so nothing drifts across a routine.

Where ← goes and where a stopped routine goes on from: see `session_parts`.
A session may continue an earlier record of the same day: it starts where that
one stopped, keeps everything it did, and is recorded under the same id, so a
routine done in two sittings is one session.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field

from kneecoach.core.clock import Clock
from kneecoach.core.history import ExerciseRecord, Outcome, SessionRecord
from kneecoach.core.routine import Routine, Step, StepKind
from kneecoach.core.session_events import (
    FINAL_SECONDS,
    LAST_SECONDS,
    Event,
    ExerciseEnded,
    FinalSecond,
    Halfway,
    LastSeconds,
    Paused,
    RepStarted,
    Resumed,
    RoutineEnded,
    SecondShown,
    Snapshot,
    State,
    Status,
    StepStarted,
    SwitchSides,
)
from kneecoach.core.session_parts import back_target, continue_at, first_step_of, is_done

__all__ = [
    "FINAL_SECONDS",
    "LAST_SECONDS",
    "Event",
    "ExerciseEnded",
    "FinalSecond",
    "Halfway",
    "LastSeconds",
    "Paused",
    "RepStarted",
    "Resumed",
    "RoutineEnded",
    "SecondShown",
    "Session",
    "Snapshot",
    "State",
    "Status",
    "StepStarted",
    "SwitchSides",
]


@dataclass
class _Progress:
    """What has been completed of one exercise, kept across back and restart."""

    holds: set[str] = field(default_factory=set)
    reps: dict[str, int] = field(default_factory=dict)
    ended: bool = False


class Session:
    def __init__(
        self,
        routine: Routine,
        steps: tuple[Step, ...],
        clock: Clock,
        continues: SessionRecord | None = None,
    ) -> None:
        """`continues`: an earlier record of this routine, stopped part-way, to go on with."""
        if not steps:
            raise ValueError("a session needs at least one step")
        self.routine = routine
        self.steps = steps
        self._clock = clock
        self.status = Status.NOT_STARTED
        self._index = 0
        self._started_at = 0.0  # monotonic start of the current step; its end is derived
        self._paused_at = self._pause_began = self._paused_total = 0.0
        self._shown, self._rep = -1, 0
        self._progress = [_Progress() for _ in routine.exercises]
        # The reps each exercise asks for per direction, as the steps were built.
        self._reps_wanted = {s.exercise_index: s.reps for s in steps if s.kind is StepKind.REPS}
        self._wall_start = clock.now()
        self.record: SessionRecord | None = None
        self.continues = continues
        self._first = 0
        if continues is not None:
            for progress, done in zip(self._progress, continues.exercises, strict=False):
                progress.holds.update(done.holds)
                progress.reps.update(done.reps)
            self._first = continue_at(steps, continues.exercises) or 0

    # --- intent -----------------------------------------------------------
    def start(self) -> list[Event]:
        if self.status is not Status.NOT_STARTED:
            return []
        self._wall_start = self._clock.now()
        if self.continues is not None:  # the time away counts as a pause, not as time taken
            earlier = self.continues
            away = max(0.0, (self._wall_start - earlier.ended_at).total_seconds())
            self._paused_total = earlier.paused_seconds + away
            self._wall_start = earlier.started_at
        self.status = Status.RUNNING
        events: list[Event] = []
        self._enter(self._first, self._clock.monotonic(), events)
        return events + self.tick()

    def tick(self) -> list[Event]:
        """Bring the session up to the clock's now; returns what happened since the last call."""
        if self.status is not Status.RUNNING:
            return []
        now = self._clock.monotonic()
        events: list[Event] = []
        while self.status is Status.RUNNING and now >= self._deadline:
            self._complete_step(events)
            if self._index + 1 < len(self.steps):
                self._enter(self._index + 1, self._deadline, events)
            else:
                self._finish(finished=True, events=events)
        if self.status is Status.RUNNING:
            self._announce_progress(now, events)
        return events

    def pause(self) -> list[Event]:
        if self.status is not Status.RUNNING:
            return []
        events = self.tick()
        if self.status is Status.RUNNING:
            self._paused_at = self._pause_began = self._clock.monotonic()
            self.status = Status.PAUSED
            events.append(Paused())
        return events

    def resume(self) -> list[Event]:
        if self.status is not Status.PAUSED:
            return []
        self._started_at += self._clock.monotonic() - self._paused_at
        self._paused_total += self._clock.monotonic() - self._pause_began
        self.status = Status.RUNNING
        return [Resumed(), *self.tick()]

    def toggle_pause(self) -> list[Event]:
        if self.status is Status.NOT_STARTED:
            return self.start()
        return self.resume() if self.status is Status.PAUSED else self.pause()

    def skip(self) -> list[Event]:
        """Leave the current exercise (or the rest after it) for the next one."""
        following = self._current_step.exercise_index + 1
        if following >= len(self.routine.exercises):
            return self._jump(None)
        return self._jump(first_step_of(self.steps, following))

    def back(self) -> list[Event]:
        """One part back: a side, the get-ready, the previous exercise (see session_parts)."""
        return self._jump(back_target(self.steps, self._index))

    def restart_exercise(self) -> list[Event]:
        return self._jump(first_step_of(self.steps, self._current_step.exercise_index))

    def stop(self) -> list[Event]:
        """End early; what was done so far is recorded."""
        if self.status not in (Status.RUNNING, Status.PAUSED):
            return []
        events = self.tick()
        if self.status in (Status.RUNNING, Status.PAUSED):
            self._count_partial_reps(self._now_in_step())
            self._finish(finished=False, events=events)
        return events

    # --- what is shown ------------------------------------------------------
    def snapshot(self) -> Snapshot:
        step = self.steps[self._index] if self.status is not Status.NOT_STARTED else None
        if self.status in (Status.FINISHED, Status.STOPPED):
            step = None
        elapsed = self._now_in_step() if step else 0.0
        duration = step.duration if step else 0.0
        remaining = max(0.0, duration - elapsed)
        upcoming = self._index + 1 if step else 0
        return Snapshot(
            status=self.status,
            state=self._state(step),
            step=step,
            step_index=self._index,
            step_count=len(self.steps),
            remaining=remaining,
            shown_seconds=math.ceil(remaining) if step else 0,
            fraction_done=min(1.0, elapsed / duration) if duration > 0 else 0.0,
            rep=self._rep_at(step, elapsed) if step else 0,
            exercise_number=self.steps[self._index].exercise_index + 1,
            exercise_count=len(self.routine.exercises),
            next_step=self.steps[upcoming] if upcoming < len(self.steps) else None,
        )

    # --- inner workings -----------------------------------------------------
    @property
    def _current_step(self) -> Step:
        return self.steps[self._index]

    @property
    def _deadline(self) -> float:
        return self._started_at + self._current_step.duration

    def _now_in_step(self) -> float:
        now = self._paused_at if self.status is Status.PAUSED else self._clock.monotonic()
        return max(0.0, now - self._started_at)

    def _state(self, step: Step | None) -> State:
        if self.status is Status.NOT_STARTED:
            return State.NOT_STARTED
        if self.status is Status.PAUSED:
            return State.PAUSED
        if self.status is Status.FINISHED:
            return State.DONE
        if self.status is Status.STOPPED or step is None:
            return State.STOPPED
        return State(step.kind.value)

    def _enter(self, index: int, start: float, events: list[Event]) -> None:
        self._index = index
        self._started_at = start
        self._shown = -1
        self._rep = 0
        step = self.steps[index]
        if step.kind is StepKind.GET_READY:  # (re)entering an exercise: it may end again
            self._progress[step.exercise_index].ended = False
        events.append(StepStarted(index, step))
        if step.kind is StepKind.SWITCH:
            events.append(SwitchSides(step))

    def _announce_progress(self, now: float, events: list[Event]) -> None:
        step = self._current_step
        shown = math.ceil(self._deadline - now)
        if shown != self._shown:
            before = self._shown if self._shown >= 0 else math.inf
            self._shown = shown
            events.append(SecondShown(shown))
            if step.kind is StepKind.HOLD:
                self._hold_marks(step, before, shown, events)
            if shown <= FINAL_SECONDS and step.kind is not StepKind.REPS:
                events.append(FinalSecond(shown, step))
        rep = self._rep_at(step, now - self._started_at)
        if rep != self._rep:
            self._rep = rep
            events.append(RepStarted(rep, step.reps, step.direction))

    @staticmethod
    def _hold_marks(step: Step, before: float, shown: int, events: list[Event]) -> None:
        """Halfway, and the last seconds, each once, in a hold long enough to tell them
        apart (a late tick that skips a second still says them)."""
        halfway = math.ceil(step.duration / 2)
        if halfway > LAST_SECONDS and before > halfway >= shown:
            events.append(Halfway(step))
        if step.duration > LAST_SECONDS and before > LAST_SECONDS >= shown:
            events.append(LastSeconds(LAST_SECONDS, step))

    @staticmethod
    def _rep_at(step: Step, elapsed: float) -> int:
        if step.kind is not StepKind.REPS or step.pace <= 0:
            return 0
        return min(step.reps, int(elapsed // step.pace) + 1)

    def _complete_step(self, events: list[Event]) -> None:
        """The current step ran its full time."""
        step = self._current_step
        progress = self._progress[step.exercise_index]
        if step.kind is StepKind.HOLD:
            progress.holds.add(step.side)
        elif step.kind is StepKind.REPS:
            progress.reps[step.direction] = step.reps
        next_index = self._index + 1
        last_of_exercise = (
            next_index >= len(self.steps)
            or self.steps[next_index].exercise_index != step.exercise_index
            or self.steps[next_index].kind is StepKind.REST
        )
        if step.kind is not StepKind.REST and last_of_exercise:
            self._end_exercise(step.exercise_index, events)

    def _end_exercise(self, exercise_index: int, events: list[Event]) -> None:
        progress = self._progress[exercise_index]
        if progress.ended:
            return
        progress.ended = True
        exercise = self.routine.exercises[exercise_index]
        events.append(ExerciseEnded(exercise_index, exercise.id, self._is_done(exercise_index)))

    def _is_done(self, exercise_index: int) -> bool:
        exercise = self.routine.exercises[exercise_index]
        progress = self._progress[exercise_index]
        target = self._reps_wanted.get(exercise_index, exercise.reps)
        return is_done(exercise, progress.holds, progress.reps, target)

    def _count_partial_reps(self, elapsed: float) -> None:
        step = self._current_step
        if step.kind is StepKind.REPS and step.pace > 0:
            progress = self._progress[step.exercise_index]
            completed = min(step.reps, int(elapsed // step.pace))
            progress.reps[step.direction] = max(progress.reps.get(step.direction, 0), completed)

    def _jump(self, first: int | None) -> list[Event]:
        """Leave the current step early for step `first` (None: past the end)."""
        if self.status not in (Status.RUNNING, Status.PAUSED):
            return []
        events = self.tick()
        if self.status not in (Status.RUNNING, Status.PAUSED):
            return events
        self._count_partial_reps(self._now_in_step())
        leaving = self._current_step.exercise_index
        if first is None:
            self._end_exercise(leaving, events)
            self._finish(finished=True, events=events)
            return events
        if self.steps[first].exercise_index != leaving:  # one side back does not end it
            self._end_exercise(leaving, events)
        now = self._clock.monotonic()
        if self.status is Status.PAUSED:
            self._paused_at = now  # land paused at the new step; _pause_began stays
        self._enter(first, now, events)
        if self.status is Status.RUNNING:
            self._announce_progress(now, events)
        return events

    def _finish(self, finished: bool, events: list[Event]) -> None:
        if self.status is Status.PAUSED:  # ended while paused: that pause ends here
            self._paused_total += self._clock.monotonic() - self._pause_began
        self.status = Status.FINISHED if finished else Status.STOPPED
        self.record = self._build_record(finished)
        events.append(RoutineEnded(self.record))

    def _build_record(self, finished: bool) -> SessionRecord:
        exercises = tuple(
            ExerciseRecord(
                id=exercise.id,
                outcome=Outcome.DONE if self._is_done(index) else Outcome.SKIPPED,
                holds=tuple(s for s in exercise.sides if s in self._progress[index].holds),
                reps={d: self._progress[index].reps.get(d, 0) for d in exercise.directions},
            )
            for index, exercise in enumerate(self.routine.exercises)
        )
        earlier = self.continues
        return SessionRecord(
            # as random as uuid4, without loading uuid and ctypes at start
            id=earlier.id if earlier else os.urandom(16).hex(),
            local_date=earlier.local_date if earlier else self._wall_start.date(),
            started_at=self._wall_start,
            ended_at=self._clock.now(),
            routine=self.routine.id,
            finished=finished,
            exercises=exercises,
            pain_before=earlier.pain_before if earlier else None,
            pain_after=earlier.pain_after if earlier else None,
            paused_seconds=round(self._paused_total, 3),
        )
