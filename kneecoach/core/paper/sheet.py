"""The programme sheet: what goes on paper for each exercise of a routine.

For each exercise its pictures (the start and the held position, and the left
side's too where it is drawn apart), its name, the dosage as the person has set
it, the steps in the article's words and what to have ready; for the whole sheet
the safety lines the app shows at first run, and the days of the week to tick.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kneecoach.core.catalogue import Exercise, Kind
from kneecoach.core.i18n import translate
from kneecoach.core.my_exercises import Library
from kneecoach.core.paths import resources_dir
from kneecoach.core.routine import (
    Dose,
    Routine,
    Timings,
    dose_text,
    hold_seconds,
    rep_count,
    routine_minutes,
)
from kneecoach.core.safety import first_run_safety_lines, setup_lines
from kneecoach.core.wording import day_name, long_date

GENERIC_ART = "generic"


@dataclass(frozen=True)
class Picture:
    path: str  # an SVG drawn from the figure model, or the person's own picture
    caption: str  # "Start, right side"; "" when the exercise has one picture

    @property
    def vector(self) -> bool:
        """Drawn as shapes (sharp at any size), not as a photo's pixels."""
        return self.path.lower().endswith(".svg")


@dataclass(frozen=True)
class SheetExercise:
    number: int
    name: str
    dosage: str
    steps: tuple[str, ...]
    setup: tuple[str, ...]  # a stable chair, something soft under the knee
    pictures: tuple[Picture, ...]
    own: bool  # one the person added


@dataclass(frozen=True)
class ProgrammeSheet:
    title: str
    routine: str
    length: str  # "6 exercises · about 9 minutes"
    made_on: str
    safety_heading: str
    safety: tuple[str, ...]
    exercises: tuple[SheetExercise, ...]
    weekdays: tuple[str, ...]  # short names, Monday first, over the tick boxes
    tick_hint: str


def art_path(exercise_id: str, suffix: str = "") -> Path | None:
    """The drawing of one moment of a built-in exercise; None when it has none."""
    path = resources_dir() / "illustrations" / f"{exercise_id}{suffix}.svg"
    return path if path.is_file() else None


def pictures(exercise: Exercise) -> tuple[Picture, ...]:
    """Start and hold; the left side's too when it is drawn apart (it differs)."""
    if exercise.custom:
        own = exercise.picture if exercise.picture and Path(exercise.picture).is_file() else ""
        return (Picture(own or str(art_path(GENERIC_ART)), ""),)
    with_left = art_path(exercise.id, ".left") is not None
    moments = (
        (".start", translate("Paper", "Start", "picture"), translate("Paper", "Start, right side")),
        ("", translate("Paper", "Hold", "picture"), translate("Paper", "Hold, right side")),
    )
    shown = [
        Picture(
            str(art_path(exercise.id, suffix) or art_path(GENERIC_ART)),
            right if with_left else plain,
        )
        for suffix, plain, right in moments
    ]
    if with_left:
        for suffix, caption in (
            (".left.start", translate("Paper", "Start, left side")),
            (".left", translate("Paper", "Hold, left side")),
        ):
            path = art_path(exercise.id, suffix)
            if path is not None:
                shown.append(Picture(str(path), caption))
    return tuple(shown)


def dosage_note(exercise: Exercise, timings: Timings, dose: Dose) -> tuple[str, ...]:
    """A line when the person's dosage is not the article's, whose steps still give
    the article's (e.g. 'Hold for 30 seconds') so the sheet does not seem to contradict
    itself."""
    if exercise.custom:
        return ()
    if exercise.kind is Kind.HOLD:
        own = hold_seconds(exercise, timings, dose) != exercise.hold_seconds
    else:
        own = not exercise.reps_min <= rep_count(exercise, timings, dose) <= exercise.reps_max
    if not own:
        return ()
    note = translate("Paper", "You have set this dosage; the article's is: {dosage}.")
    return (note.format(dosage=exercise.dosage),)


def programme_sheet(
    routine: Routine, library: Library, timings: Timings, today: date
) -> ProgrammeSheet:
    """The sheet for `routine` on the person's timings, in the catalogue's language."""
    exercises = tuple(
        SheetExercise(
            number=index + 1,
            name=exercise.name,
            dosage=dose_text(exercise, timings, routine.dose(index)),
            steps=exercise.steps,
            setup=(*dosage_note(exercise, timings, routine.dose(index)), *setup_lines(exercise)),
            pictures=pictures(exercise),
            own=exercise.custom,
        )
        for index, exercise in enumerate(routine.exercises)
    )
    count, minutes = len(exercises), routine_minutes(routine, timings)
    length = translate("Paper", "%n exercise(s)", None, count)
    if minutes:
        length += " · " + translate("Paper", "about %n minute(s)", None, minutes)
    return ProgrammeSheet(
        title=translate("Paper", "My knee exercise programme"),
        routine=routine.name,
        length=length,
        made_on=translate("Paper", "Printed from KneeCoach on {date}").format(
            date=long_date(today)
        ),
        safety_heading=translate("Paper", "To stay safe"),
        safety=first_run_safety_lines(library.builtin),
        exercises=exercises,
        weekdays=tuple(day_name(weekday, short=True) for weekday in range(7)),
        tick_hint=translate("Paper", "Tick a day when you have done the exercise."),
    )
