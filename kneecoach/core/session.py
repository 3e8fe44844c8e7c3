"""The session state machine: it runs a routine's steps against a clock.

It owns no timer and never sleeps. A driver calls `tick()` as often as it likes;
every answer is computed from deadlines on the monotonic clock, so a late tick
only delays what is shown and never miscounts. Each step starts exactly where
the one before was due to end, so nothing drifts across a routine.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from enum import StrEnum

from kneecoach.core.catalogue import Kind
from kneecoach.core.clock import Clock
from kneecoach.core.history import ExerciseRecord, Outcome, SessionRecord
from kneecoach.core.routine import Routine, Step, StepKind

FINAL_SECONDS = 3


class Status(StrEnum):
    NOT_STARTED = "not-started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class State(StrEnum):
    """What the person on the mat is doing now: the step while running, else the status."""

    NOT_STARTED = "not-started"
    GET_READY = "get-ready"
    HOLD = "hold"
    SWITCH = "switch"
    REPS = "reps"
    REST = "rest"
    PAUSED = "paused"
    DONE = "done"
    STOPPED = "stopped"


# Events: small immutable facts for the UI to show, chime or speak.
@dataclass(frozen=True)
class StepStarted:
    index: int
    step: Step


@dataclass(frozen=True)
class SecondShown:
    remaining: int  # the whole seconds now on the countdown


@dataclass(frozen=True)
class FinalSecond:
    remaining: int  # 3, 2, 1 in the last seconds of a timed step
    step: Step


@dataclass(frozen=True)
class SwitchSides:
    step: Step  # the SWITCH step, naming the side or direction to change to


@dataclass(frozen=True)
class RepStarted:
    number: int
    total: int
    direction: str


@dataclass(frozen=True)
class ExerciseEnded:
    exercise_index: int
    exercise_id: str
    done: bool


@dataclass(frozen=True)
class RoutineEnded:
    record: SessionRecord


@dataclass(frozen=True)
class Paused:
    """The session was paused."""


@dataclass(frozen=True)
class Resumed:
    """The session goes on."""


Event = (
    StepStarted
    | SecondShown
    | FinalSecond
    | SwitchSides
    | RepStarted
    | ExerciseEnded
    | RoutineEnded
    | Paused
    | Resumed
)


@dataclass(frozen=True)
class Snapshot:
    """Everything a view needs to draw the session at one instant."""

    status: Status
    state: State
    step: Step | None
    step_index: int
    step_count: int
    remaining: float  # seconds to the step's deadline
    shown_seconds: int  # what the countdown shows: ceil(remaining)
    fraction_done: float  # of the current step, 0..1
    rep: int  # the rep in progress, 1-based; 0 outside REPS
    exercise_number: int  # 1-based
    exercise_count: int
    next_step: Step | None

    @property
    def elapsed(self) -> float:
        """Seconds into the current step (0 when there is none)."""
        return self.step.duration - self.remaining if self.step else 0.0


@dataclass
class _Progress:
    """What has been completed of one exercise, kept across back and restart."""

    holds: set[str] = field(default_factory=set)
    reps: dict[str, int] = field(default_factory=dict)
    ended: bool = False


class Session:
    def __init__(self, routine: Routine, steps: tuple[Step, ...], clock: Clock) -> None:
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

    # --- intent -----------------------------------------------------------
    def start(self) -> list[Event]:
        if self.status is not Status.NOT_STARTED:
            return []
        self._wall_start = self._clock.now()
        self.status = Status.RUNNING
        events: list[Event] = []
        self._enter(0, self._clock.monotonic(), events)
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
        return self._jump(self._current_step.exercise_index + 1)

    def back(self) -> list[Event]:
        """Go to the start of the previous exercise; from a rest, to the one just done."""
        step = self._current_step
        target = step.exercise_index if step.kind is StepKind.REST else step.exercise_index - 1
        return self._jump(max(target, 0))

    def restart_exercise(self) -> list[Event]:
        return self._jump(self._current_step.exercise_index)

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
            self._shown = shown
            events.append(SecondShown(shown))
            if shown <= FINAL_SECONDS and step.kind is not StepKind.REPS:
                events.append(FinalSecond(shown, step))
        rep = self._rep_at(step, now - self._started_at)
        if rep != self._rep:
            self._rep = rep
            events.append(RepStarted(rep, step.reps, step.direction))

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
        if exercise.kind is Kind.HOLD:
            return progress.holds >= set(exercise.sides)
        target = self._reps_wanted.get(exercise_index, exercise.reps)
        return all(progress.reps.get(d, 0) >= target for d in exercise.directions)

    def _count_partial_reps(self, elapsed: float) -> None:
        step = self._current_step
        if step.kind is StepKind.REPS and step.pace > 0:
            progress = self._progress[step.exercise_index]
            completed = min(step.reps, int(elapsed // step.pace))
            progress.reps[step.direction] = max(progress.reps.get(step.direction, 0), completed)

    def _jump(self, exercise_index: int) -> list[Event]:
        """Leave the current step early for the first step of `exercise_index`."""
        if self.status not in (Status.RUNNING, Status.PAUSED):
            return []
        events = self.tick()
        if self.status not in (Status.RUNNING, Status.PAUSED):
            return events
        self._count_partial_reps(self._now_in_step())
        self._end_exercise(self._current_step.exercise_index, events)
        if exercise_index >= len(self.routine.exercises):
            self._finish(finished=True, events=events)
            return events
        first = next(i for i, s in enumerate(self.steps) if s.exercise_index == exercise_index)
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
        return SessionRecord(
            id=os.urandom(16).hex(),  # as random as uuid4, without loading uuid and ctypes
            local_date=self._wall_start.date(),
            started_at=self._wall_start,
            ended_at=self._clock.now(),
            routine=self.routine.id,
            finished=finished,
            exercises=exercises,
            paused_seconds=round(self._paused_total, 3),
        )
