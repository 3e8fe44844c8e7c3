"""The words shown (and spoken) for each step: what to do now, in plain language."""

from __future__ import annotations

import math

from kneecoach.core import session as s
from kneecoach.core.catalogue import Exercise
from kneecoach.core.i18n import translate
from kneecoach.core.routine import Step, StepKind


def side_name(side: str) -> str:
    """'right' or 'left' in the user's language; an unknown side as it is."""
    if side == "right":
        return translate("Cues", "right", "the side of the body")
    if side == "left":
        return translate("Cues", "left", "the side of the body")
    return side


def direction_name(direction: str) -> str:
    """'clockwise' or 'counter-clockwise' in the user's language; an unknown one as it is."""
    if direction == "clockwise":
        return translate("Cues", "clockwise", "the direction of ankle circles")
    if direction == "counter-clockwise":
        return translate("Cues", "counter-clockwise", "the direction of ankle circles")
    return direction


def headline(step: Step) -> str:
    """One or two words for the state, e.g. 'Hold' or 'Switch sides'."""
    match step.kind:
        case StepKind.GET_READY:
            return translate("Cues", "Get ready")
        case StepKind.HOLD:
            return translate("Cues", "Hold", "a stretch held still")
        case StepKind.SWITCH:
            if step.side:
                return translate("Cues", "Switch sides")
            return translate("Cues", "Change direction")
        case StepKind.REPS:
            return translate("Cues", "Circles", "ankle circles being done now")
        case StepKind.REST:
            return translate("Cues", "Rest", "a pause between exercises")


def side_or_direction(step: Step) -> str:
    """The big word: LEFT / RIGHT or the direction; empty where neither applies."""
    if step.side:
        return side_name(step.side).upper()
    if step.direction:
        return direction_name(step.direction).upper()
    first = _first(step.exercise)
    if not first or step.kind is not StepKind.GET_READY:
        return ""
    if first == "right":
        return translate("Cues", "RIGHT first", "the side an exercise starts with")
    if first == "left":
        return translate("Cues", "LEFT first", "the side an exercise starts with")
    return first.upper()


def side_meaning(exercise: Exercise) -> str:
    if not exercise.side_means:
        return ""
    return translate("Cues", "Side = {meaning}", "which side the left/right refers to").format(
        meaning=exercise.side_means
    )


def instruction(step: Step, next_exercise: Exercise | None = None) -> str:
    """The instruction for this moment, in the article's words where it has them."""
    steps = step.exercise.steps
    match step.kind:
        case StepKind.GET_READY:
            return translate("Cues", "Get into position: {step}").format(step=steps[0])
        case StepKind.HOLD:
            if step.exercise.sides and step.side != step.exercise.sides[0]:
                # The article words the first side; its left/right would be wrong here.
                return translate(
                    "Cues",
                    "Now the other side: the same position, mirrored. Breathe fully and steadily.",
                )
            action = steps[-2] if len(steps) > 1 else steps[0]
            return translate("Cues", "{action} Breathe fully and steadily.").format(action=action)
        case StepKind.SWITCH:
            if step.side:
                return _switch_to(step.side)
            if step.direction == "clockwise":
                return translate("Cues", "Now roll your ankles clockwise.")
            if step.direction == "counter-clockwise":
                return translate("Cues", "Now roll your ankles counter-clockwise.")
            return step.direction
        case StepKind.REPS:
            index = min(step.exercise.directions.index(step.direction), len(steps) - 1)
            return translate("Cues", "{step} One circle for each beat.").format(step=steps[index])
        case StepKind.REST:
            if next_exercise:
                return translate("Cues", "Rest and breathe. Next: {exercise}.").format(
                    exercise=next_exercise.name
                )
            return translate("Cues", "Rest and breathe.")


def spoken(step: Step) -> str:
    """A short sentence for voice cues when a step starts."""
    match step.kind:
        case StepKind.GET_READY:
            name = step.exercise.name
            first = _first(step.exercise)
            if first == "right":
                return translate("Cues", "{exercise}. Get ready, right side first.").format(
                    exercise=name
                )
            if first == "left":
                return translate("Cues", "{exercise}. Get ready, left side first.").format(
                    exercise=name
                )
            return translate("Cues", "{exercise}. Get ready.").format(exercise=name)
        case StepKind.HOLD:
            if step.side == "right":
                return translate("Cues", "Hold, right side.")
            if step.side == "left":
                return translate("Cues", "Hold, left side.")
            return translate("Cues", "Hold.")
        case StepKind.SWITCH:
            if step.side:
                return _switch_to(step.side)
            if step.direction == "clockwise":
                return translate("Cues", "Change direction: clockwise.")
            if step.direction == "counter-clockwise":
                return translate("Cues", "Change direction: counter-clockwise.")
            return translate("Cues", "Change direction.")
        case StepKind.REPS:
            reps = step.reps  # a plain name: lupdate reads no dotted count
            if step.direction == "counter-clockwise":
                return translate("Cues", "%n circle(s), counter-clockwise.", None, reps)
            return translate("Cues", "%n circle(s), clockwise.", None, reps)
        case StepKind.REST:
            return translate("Cues", "Rest.", "spoken: a pause between exercises")


def said(event: s.Event) -> str:
    """What the voice says for a session event; '' for the many it lets pass.

    It speaks at the changes a person on the mat needs to hear without looking: the
    exercise and its side as they start, each switch, the halfway point of a hold,
    its last seconds, a pause and going on. Never every second."""
    match event:
        case s.StepStarted(step=step):
            return spoken(step)  # a switch's words are here ("switch to your left side")
        case s.Halfway():
            return translate("Cues", "Halfway.", "spoken: half of a hold is done")
        case s.LastSeconds(remaining=remaining):
            return translate("Cues", "%n second(s) left.", "spoken, once per hold", remaining)
        case s.Paused():
            return translate("Cues", "Paused.", "spoken")
        case s.Resumed():
            return translate("Cues", "Resumed.", "spoken: the routine goes on")
    return ""


def _switch_to(side: str) -> str:
    if side == "left":
        return translate("Cues", "Switch to your left side.")
    return translate("Cues", "Switch to your right side.")


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
        return translate("Cues", "Breathe in"), (1 - math.cos(math.pi * progress)) / 2
    progress = (phase - BREATHE_IN_SECONDS) / BREATHE_OUT_SECONDS
    return translate("Cues", "Breathe out"), (1 + math.cos(math.pi * progress)) / 2
