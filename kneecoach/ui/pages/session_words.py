"""The words of the current step, in the article's own words: the set-up steps in
order while getting ready, what to hold during a hold, and what comes next."""

from __future__ import annotations

from kneecoach.core import cues
from kneecoach.core.catalogue import Exercise
from kneecoach.core.i18n import translate
from kneecoach.core.routine import Step, StepKind
from kneecoach.core.safety import position_hint, setup_lines
from kneecoach.core.session import Snapshot


def numbered(steps: tuple[str, ...]) -> str:
    """The steps on lines of their own, numbered when there are more than one."""
    if len(steps) == 1:
        return steps[0]
    return "\n".join(f"{number}. {text}" for number, text in enumerate(steps, 1))


def one_of(steps: tuple[str, ...], fraction_done: float) -> tuple[int, str]:
    """The set-up step for this moment when they are shown one at a time: each
    gets an equal share of the get-ready; (its index, its words)."""
    index = min(len(steps) - 1, max(0, int(fraction_done * len(steps))))
    return index, f"{index + 1}. {steps[index]}"


def hold_words(step: Step) -> str:
    """What to hold: the position the article's steps end in and how long it says to
    keep it. The other side gets the same, mirrored (the article words one side)."""
    steps = step.exercise.steps
    if step.exercise.sides and step.side != step.exercise.sides[0]:
        return cues.instruction(step)
    return " ".join(steps[-2:])


def instruction(step: Step, following: Exercise | None) -> str:
    """The instruction for every step but the get-ready, whose steps the view pages."""
    if step.kind is StepKind.HOLD:
        return hold_words(step)
    return cues.instruction(step, following)


def safety_text(step: Step, hold_safety: str) -> str:
    """During a hold or the circles the safety words; getting ready, what to set up
    and a calm word when the position changes (down to the floor, say)."""
    if step.kind in (StepKind.HOLD, StepKind.REPS):
        return hold_safety
    if step.kind is StepKind.GET_READY:
        hint = position_hint(step.from_position, step.exercise.position)
        return " ".join(line for line in (hint, *setup_lines(step.exercise)) if line)
    return ""


def next_text(snapshot: Snapshot, steps: tuple[Step, ...]) -> str:
    current, upcoming = snapshot.step, snapshot.next_step
    if upcoming is None:
        return translate("SessionView", "Next: finish")
    if current is None or upcoming.exercise_index != current.exercise_index:
        return translate("SessionView", "Next: {exercise}").format(exercise=upcoming.exercise.name)
    if upcoming.kind is StepKind.REST:
        after = snapshot.step_index + 2
        if after >= len(steps):
            return ""
        return translate("SessionView", "Next: rest, then {exercise}").format(
            exercise=steps[after].exercise.name
        )
    if upcoming.kind is StepKind.SWITCH and upcoming.side:  # sides are "left" and "right"
        if upcoming.side == "left":
            return translate("SessionView", "Next: switch to the left side")
        return translate("SessionView", "Next: switch to the right side")
    direction = cues.direction_name(upcoming.direction)
    if upcoming.kind is StepKind.SWITCH:
        return translate("SessionView", "Next: change direction, {direction}").format(
            direction=direction
        )
    if upcoming.kind is StepKind.REPS:
        reps = upcoming.reps  # a plain name: lupdate reads no dotted count
        return translate("SessionView", "Next: %n circle(s), {direction}", None, reps).format(
            direction=direction
        )
    return translate("SessionView", "Next: {step}", "the next step, e.g. hold").format(
        step=cues.headline(upcoming)  # as written: German nouns keep their capitals
    )
