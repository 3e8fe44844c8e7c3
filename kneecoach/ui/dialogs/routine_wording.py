"""The routine editor's words: how a routine, an exercise in it and its dose are said.

Kept apart from the widgets so the dialog reads as what it shows and does. The
texts stay in the "RoutineEditor" context, where their translations are kept.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from kneecoach.core.catalogue import Exercise
from kneecoach.core.i18n import QT_TRANSLATE_NOOP, translate
from kneecoach.core.my_exercises import Library, new_id
from kneecoach.core.my_routines import Plan, to_routine
from kneecoach.core.routine import NO_DOSE, Dose, Timings, dose_text, routine_minutes

# Shown in the dose box when the routine keeps the usual dose.
USUAL = QT_TRANSLATE_NOOP("RoutineEditor", "Usual")


def summary(plan: Plan, library: Library, timings: Timings) -> str:
    """'3 exercises · about 4 min'."""
    routine = to_routine(plan, library)
    minutes = routine_minutes(routine, timings)
    count = len(routine.exercises)
    return translate("RoutineEditor", "%n exercise(s) · about {minutes} min", None, count).format(
        minutes=minutes
    )


def listed(plan: Plan, library: Library, timings: Timings) -> str:
    """A routine as the list on the left shows it: its name over its summary."""
    name = plan.name
    if plan.preset:
        name = translate("RoutineEditor", "{routine} (built in)").format(routine=name)
    return f"{name}\n{summary(plan, library, timings)}"


def total(plan: Plan, library: Library, timings: Timings) -> str:
    return translate("RoutineEditor", "Total: {summary}").format(
        summary=summary(plan, library, timings)
    )


def note(own: bool) -> str:
    """What may be done with the routine shown."""
    if own:
        return translate(
            "RoutineEditor",
            "Your routine: add exercises, put them in order and change a hold or count.",
        )
    return translate(
        "RoutineEditor",
        "A built-in routine cannot be changed. Copy it to make one of your own.",
    )


def listed_item(number: int, exercise: Exercise | None, dose: Dose, timings: Timings) -> str:
    """'2. Calf stretch — Hold 30 s each side', as the routine's list shows it."""
    return f"{number}. {describe(exercise, dose, timings)}"


def describe(exercise: Exercise | None, dose: Dose, timings: Timings) -> str:
    """An exercise in the routine with its dose, marked when the routine gives its own."""
    if exercise is None:
        return translate("RoutineEditor", "(an exercise that is no longer there)")
    amount = dose_text(exercise, timings, dose)  # as written: German nouns keep capitals
    if dose == NO_DOSE:
        text = translate("RoutineEditor", "{exercise} — {dose}")
    else:
        text = translate("RoutineEditor", "{exercise} — {dose} (this routine)")
    return text.format(exercise=exercise.name, dose=amount)


def unfinished(plans: list[Plan]) -> str:
    """Why the routines cannot be saved yet, or "" when they can."""
    waiting = [p for p in plans if not (p.items and p.name.strip())]
    if not waiting:
        return ""
    name = waiting[0].name or translate("RoutineEditor", "A routine")
    return translate("RoutineEditor", "“{routine}” needs a name and at least one exercise.").format(
        routine=name
    )


def dose_words(exercise: Exercise | None, hold: bool) -> tuple[str, str]:
    """The dose box's suffix and the label beside it, for a hold or a count."""
    if hold:
        suffix = translate("RoutineEditor", " s each side", "after a number of seconds")
    else:
        suffix = translate("RoutineEditor", " reps", "after a number of repetitions")
    name = exercise.name if exercise else translate("RoutineEditor", "this exercise")
    if hold:
        text = translate("RoutineEditor", "Hold for {exercise}")
    else:
        text = translate("RoutineEditor", "Reps for {exercise}")
    return suffix, text.format(exercise=name)


def as_saved(
    plans: Sequence[Plan], presets: Sequence[Plan], saved_ids: Collection[str], chosen: str
) -> tuple[list[Plan], str]:
    """The routines as they are kept, and the chosen one's id: a new routine's id comes
    from its final name, never one taken."""
    final: dict[str, str] = {}  # id while editing → id kept
    taken = [p.id for p in presets] + list(saved_ids)
    for plan in plans:
        final[plan.id] = plan.id if plan.id in saved_ids else new_id(plan.name, taken)
        taken.append(final[plan.id])
    kept = [replace(p, id=final[p.id], name=p.name.strip()) for p in plans]
    return kept, final.get(chosen, chosen)
