"""A routine is an ordered set of exercises; this module turns it into timed steps.

Per exercise: get ready, then either a hold on each side with a switch between,
or counted reps in each direction with a change of direction between; a rest
follows every exercise but the last. Changing position takes time: the get-ready
of an exercise that starts in another position (down to the floor, up from it)
is longer, and so is the switch of the kneeling knee (see `change_seconds`).

How long a hold lasts (or how many reps): a routine's own choice for that
exercise first; else, for the article's exercises, the user's setting; else the
exercise's own dosage (what the user wrote for an exercise they added, often a
physiotherapist's prescription, which a general setting should not change).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from kneecoach.core.catalogue import Catalogue, Exercise, Kind, Position
from kneecoach.core.i18n import QT_TRANSLATE_NOOP, translate
from kneecoach.core.safety import (
    CHAIR_AND_STANDING,
    KNEELING_SWITCH_EXTRA,
    ON_THE_FLOOR,
    STARTING_POSITION,
    TO_OR_FROM_FLOOR,
)

DEFAULT_ROUTINE_ID = "knee-relief"
# Shown in the user's language: translate("Routine", DEFAULT_ROUTINE_NAME).
DEFAULT_ROUTINE_NAME = QT_TRANSLATE_NOOP("Routine", "Knee relief — ankles & hips")
SINGLE_ROUTINE_PREFIX = "single:"
READ_SECONDS = 2.5  # a set-up step stays on screen at least this long while getting ready


class StepKind(StrEnum):
    GET_READY = "get-ready"
    HOLD = "hold"
    SWITCH = "switch"
    REPS = "reps"
    REST = "rest"


@dataclass(frozen=True)
class Timings:
    """How long the parts of a routine take, in seconds. None keeps the catalogue's dosage."""

    get_ready: float = 5
    switch_sides: float = 5
    switch_direction: float = 3
    rest: float = 10
    rep_pace: float = 3
    hold_seconds: int | None = None
    reps: int | None = None


@dataclass(frozen=True)
class Step:
    kind: StepKind
    exercise_index: int
    exercise: Exercise
    duration: float
    side: str = ""  # HOLD: the side held; SWITCH: the side to change to
    direction: str = ""  # REPS: the direction; SWITCH: the direction to change to
    reps: int = 0  # REPS: how many, one every `pace` seconds
    pace: float = 0.0
    from_position: Position | None = None  # GET_READY: the position left, when it changes

    @property
    def is_active(self) -> bool:
        """True for the steps that are the exercise itself (a hold or the reps)."""
        return self.kind in (StepKind.HOLD, StepKind.REPS)


@dataclass(frozen=True)
class Dose:
    """A routine's own hold time or rep count for one exercise; None keeps the usual."""

    hold_seconds: int | None = None
    reps: int | None = None


NO_DOSE = Dose()


@dataclass(frozen=True)
class Routine:
    id: str
    name: str
    exercises: tuple[Exercise, ...]
    doses: tuple[Dose, ...] = ()  # one per exercise, or none at all

    def dose(self, index: int) -> Dose:
        return self.doses[index] if index < len(self.doses) else NO_DOSE


def default_routine(catalogue: Catalogue) -> Routine:
    return Routine(
        DEFAULT_ROUTINE_ID, translate("Routine", DEFAULT_ROUTINE_NAME), catalogue.exercises
    )


def single_exercise_routine(exercise: Exercise) -> Routine:
    """One exercise on its own, as "Try this one" runs it."""
    return Routine(f"{SINGLE_ROUTINE_PREFIX}{exercise.id}", exercise.name, (exercise,))


def change_seconds(before: Position | None, after: Position | None) -> float:
    """Extra seconds to move from one starting position to the next (0 when either
    is not known, as for the user's own exercises)."""
    if before is None or after is None or before is after:
        return 0
    if before.on_floor != after.on_floor:
        return TO_OR_FROM_FLOOR
    return ON_THE_FLOOR if after.on_floor else CHAIR_AND_STANDING


def build_steps(routine: Routine, timings: Timings) -> tuple[Step, ...]:
    steps: list[Step] = []
    position: Position | None = STARTING_POSITION
    for index, exercise in enumerate(routine.exercises):
        change = change_seconds(position, exercise.position)
        steps.append(
            Step(
                StepKind.GET_READY,
                index,
                exercise,
                get_ready_seconds(exercise, timings) + change,
                from_position=position if change else None,
            )
        )
        position = exercise.position
        steps.extend(_exercise_steps(index, exercise, timings, routine.dose(index)))
        if index < len(routine.exercises) - 1 and timings.rest > 0:
            steps.append(Step(StepKind.REST, index, exercise, timings.rest))
    return tuple(steps)


def setup_steps(exercise: Exercise) -> tuple[str, ...]:
    """The steps that lead into the position, shown while getting ready. The article
    ends a stretch with how long to hold it, which the countdown shows; circles
    start with the first step."""
    steps = exercise.steps
    if exercise.kind is Kind.REPS:
        return steps[:1]
    return steps[:-1] if len(steps) > 1 else steps


def get_ready_seconds(exercise: Exercise, timings: Timings) -> float:
    """The get-ready before `exercise`: the setting, or long enough to read each of
    its set-up steps in large type, one after another, from the mat (whole seconds,
    as the countdown shows them)."""
    return max(timings.get_ready, math.ceil(READ_SECONDS * len(setup_steps(exercise))))


def hold_seconds(exercise: Exercise, timings: Timings, dose: Dose = NO_DOSE) -> int:
    setting = None if exercise.custom else timings.hold_seconds
    return dose.hold_seconds or setting or exercise.hold_seconds


def rep_count(exercise: Exercise, timings: Timings, dose: Dose = NO_DOSE) -> int:
    setting = None if exercise.custom else timings.reps
    return dose.reps or setting or exercise.reps


def dose_text(exercise: Exercise, timings: Timings, dose: Dose = NO_DOSE) -> str:
    """What a session will ask of this exercise, e.g. 'Hold 30 s each side'."""
    if exercise.kind is Kind.HOLD:
        seconds = hold_seconds(exercise, timings, dose)
        if len(exercise.sides) > 1:
            return translate("Routine", "Hold {seconds} s each side").format(seconds=seconds)
        return translate("Routine", "Hold {seconds} s").format(seconds=seconds)
    reps = rep_count(exercise, timings, dose)
    if len(exercise.directions) > 1:
        return translate("Routine", "%n rep(s) each direction", None, reps)
    return translate("Routine", "%n rep(s)", None, reps)


def _exercise_steps(index: int, exercise: Exercise, timings: Timings, dose: Dose) -> list[Step]:
    steps: list[Step] = []
    if exercise.kind is Kind.HOLD:
        hold = hold_seconds(exercise, timings, dose)
        switch = timings.switch_sides
        if exercise.position is Position.KNEELING:  # up, and down onto the other knee
            switch += KNEELING_SWITCH_EXTRA
        for number, side in enumerate(exercise.sides):
            if number:
                steps.append(Step(StepKind.SWITCH, index, exercise, switch, side=side))
            steps.append(Step(StepKind.HOLD, index, exercise, hold, side=side))
        return steps
    reps = rep_count(exercise, timings, dose)
    for number, direction in enumerate(exercise.directions):
        if number:
            steps.append(
                Step(
                    StepKind.SWITCH, index, exercise, timings.switch_direction, direction=direction
                )
            )
        steps.append(
            Step(
                StepKind.REPS,
                index,
                exercise,
                reps * timings.rep_pace,
                direction=direction,
                reps=reps,
                pace=timings.rep_pace,
            )
        )
    return steps


def total_seconds(steps: tuple[Step, ...]) -> float:
    return sum(step.duration for step in steps)


def routine_minutes(routine: Routine, timings: Timings) -> int:
    """The routine's length in whole minutes, as it is announced to the user (at least 1)."""
    seconds = total_seconds(build_steps(routine, timings))
    return max(1, round(seconds / 60)) if seconds else 0
