"""Where ← goes, and where a routine stopped part-way goes on from.

A routine's steps fall into parts: each exercise's get-ready; each side (or
direction) of the exercise, the first beginning with its hold (or circles) and
every later one with the switch that leads into it; and the rest after it.

The back rule, one part per press, wherever in the part it is pressed:
- on a later side (its switch or its hold): back to the start of the side before;
- on the first side: back to this exercise's get-ready;
- on a get-ready: back to the previous exercise's get-ready (the first stays put);
- in a rest: back to the get-ready of the exercise just done.
So on the calf stretch's left side, ← goes to the right side, again to the start
of the calf stretch, again to the exercise before. Restarting the part under
way is not ←'s job: that is what "Restart exercise" (R) is for. Every hold or
set of circles done in full stays in the record, whatever ← does.

Continuing: a routine stopped part-way goes on right after the last part done
in full (or with circles counted) before it stopped: at the next side's switch
within that exercise, else at the next exercise's get-ready.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kneecoach.core.catalogue import Exercise, Kind
from kneecoach.core.history import ExerciseRecord
from kneecoach.core.routine import Step, StepKind


def first_step_of(steps: Sequence[Step], exercise_index: int) -> int:
    return next(i for i, s in enumerate(steps) if s.exercise_index == exercise_index)


def part_start(steps: Sequence[Step], index: int) -> int:
    """The first step of the part that step `index` belongs to."""
    if steps[index].is_active and index > 0 and steps[index - 1].kind is StepKind.SWITCH:
        return index - 1
    return index


def back_target(steps: Sequence[Step], index: int) -> int:
    """The step ← goes to from step `index` (the rule above)."""
    step = steps[index]
    if step.kind is StepKind.REST:
        return first_step_of(steps, step.exercise_index)
    if step.kind is StepKind.GET_READY:
        return first_step_of(steps, max(0, step.exercise_index - 1))
    start = part_start(steps, index)
    if start == 0 or steps[start - 1].kind is StepKind.GET_READY:
        return max(0, start - 1)  # the first side: back to the get-ready
    return part_start(steps, start - 1)


def is_done(exercise: Exercise, holds: set[str], reps: Mapping[str, int], wanted: int) -> bool:
    """An exercise is done when every side was held, or every direction's circles counted."""
    if exercise.kind is Kind.HOLD:
        return holds >= set(exercise.sides)
    return all(reps.get(d, 0) >= wanted for d in exercise.directions)


def continue_at(steps: Sequence[Step], done_before: Sequence[ExerciseRecord]) -> int | None:
    """The step a stopped routine goes on from; None when nothing was done or nothing is left.

    `done_before` is the earlier record's exercises, in routine order."""
    touched = [
        i
        for i, record in enumerate(done_before)
        if record.holds or any(count > 0 for count in record.reps.values())
    ]
    if not touched:
        return None
    last = touched[-1]
    record = done_before[last]
    for index, step in enumerate(steps):
        if step.exercise_index != last or not step.is_active:
            continue
        part_done = (
            step.side in record.holds
            if step.kind is StepKind.HOLD
            else record.reps.get(step.direction, 0) >= step.reps
        )
        if not part_done:
            return _landing(steps, index)
    following = [i for i, s in enumerate(steps) if s.exercise_index == last + 1]
    return following[0] if following else None


def _landing(steps: Sequence[Step], index: int) -> int:
    """Where a part not yet done is begun again: a later side at its switch, the first
    side at the exercise's get-ready."""
    start = part_start(steps, index)
    if start > 0 and steps[start - 1].kind is StepKind.GET_READY:
        return start - 1
    return start
