"""The words shown (and spoken) for each step: what to do now, in plain language."""

from __future__ import annotations

import math

from kneecoach.core import session as s
from kneecoach.core.catalogue import Exercise
from kneecoach.core.routine import Step, StepKind

_DIRECTION_NAMES = {"clockwise": "Clockwise", "counter-clockwise": "Counter-clockwise"}


def headline(step: Step) -> str:
    """One or two words for the state, e.g. 'Hold' or 'Switch sides'."""
    match step.kind:
        case StepKind.GET_READY:
            return "Get ready"
        case StepKind.HOLD:
            return "Hold"
        case StepKind.SWITCH:
            return "Switch sides" if step.side else "Change direction"
        case StepKind.REPS:
            return "Circles"
        case StepKind.REST:
            return "Rest"


def side_or_direction(step: Step) -> str:
    """The big word: LEFT / RIGHT or the direction; empty where neither applies."""
    if step.side:
        return step.side.upper()
    if step.direction:
        return _DIRECTION_NAMES.get(step.direction, step.direction).upper()
    first = _first(step.exercise)
    return f"{first.upper()} first" if first and step.kind is StepKind.GET_READY else ""


def side_meaning(exercise: Exercise) -> str:
    return f"Side = {exercise.side_means}" if exercise.side_means else ""


def instruction(step: Step, next_exercise: Exercise | None = None) -> str:
    """The instruction for this moment, in the article's words where it has them."""
    steps = step.exercise.steps
    match step.kind:
        case StepKind.GET_READY:
            return f"Get into position: {steps[0]}"
        case StepKind.HOLD:
            if step.exercise.sides and step.side != step.exercise.sides[0]:
                # The article words the first side; its left/right would be wrong here.
                return (
                    "Now the other side: the same position, mirrored. Breathe fully and steadily."
                )
            action = steps[-2] if len(steps) > 1 else steps[0]
            return f"{action} Breathe fully and steadily."
        case StepKind.SWITCH:
            if step.side:
                return f"Switch to your {step.side} side."
            return f"Now roll your ankles {step.direction}."
        case StepKind.REPS:
            index = min(step.exercise.directions.index(step.direction), len(steps) - 1)
            return f"{steps[index]} One circle for each beat."
        case StepKind.REST:
            coming = f" Next: {next_exercise.name}." if next_exercise else ""
            return f"Rest and breathe.{coming}"


def spoken(step: Step) -> str:
    """A short sentence for voice cues when a step starts."""
    match step.kind:
        case StepKind.GET_READY:
            first = _first(step.exercise)
            return f"{step.exercise.name}. Get ready" + (f", {first} side first." if first else ".")
        case StepKind.HOLD:
            return f"Hold, {step.side} side."
        case StepKind.SWITCH:
            if step.side:
                return f"Switch to your {step.side} side."
            return f"Change direction: {step.direction}."
        case StepKind.REPS:
            return f"{step.reps} circles, {step.direction}."
        case StepKind.REST:
            return "Rest."


def _first(exercise: Exercise) -> str:
    return exercise.sides[0] if exercise.sides else ""


# --- sounds ------------------------------------------------------------------
class Chime:
    """Names of the sound files in resources/sounds, without '.wav'."""

    TICK = "tick"  # each of the last three seconds of a hold
    REP = "rep"  # the pace of each repetition
    SWITCH = "switch"  # change side or direction
    EXERCISE_DONE = "exercise_done"
    ROUTINE_DONE = "routine_done"

    ALL = (TICK, REP, SWITCH, EXERCISE_DONE, ROUTINE_DONE)


def chime_for(event: s.Event, exercise_count: int) -> str | None:
    """Which chime, if any, marks this session event."""
    if isinstance(event, s.FinalSecond) and event.step.kind is StepKind.HOLD:
        return Chime.TICK
    if isinstance(event, s.RepStarted):
        return Chime.REP
    if isinstance(event, s.SwitchSides):
        return Chime.SWITCH
    if isinstance(event, s.ExerciseEnded) and event.done:
        # The last exercise's end is the routine's end: one finishing chime, not two.
        return Chime.EXERCISE_DONE if event.exercise_index < exercise_count - 1 else None
    if isinstance(event, s.RoutineEnded) and event.record.finished:
        return Chime.ROUTINE_DONE
    return None


# --- breathing -----------------------------------------------------------------
BREATHE_IN_SECONDS = 4.0
BREATHE_OUT_SECONDS = 6.0


def breath_at(elapsed: float) -> tuple[str, float]:
    """('Breathe in' | 'Breathe out', fullness 0..1) at `elapsed` seconds into a hold.

    A slow, calm rhythm (4 s in, 6 s out: six breaths a minute), eased so the
    pacer swells and settles softly instead of moving at a constant speed.
    """

    cycle = BREATHE_IN_SECONDS + BREATHE_OUT_SECONDS
    phase = max(0.0, elapsed) % cycle
    if phase < BREATHE_IN_SECONDS:
        progress = phase / BREATHE_IN_SECONDS
        return "Breathe in", (1 - math.cos(math.pi * progress)) / 2
    progress = (phase - BREATHE_IN_SECONDS) / BREATHE_OUT_SECONDS
    return "Breathe out", (1 + math.cos(math.pi * progress)) / 2
