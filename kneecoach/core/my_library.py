"""The exercises a person can do: the built-in catalogue, their own exercises and routines.

Editing goes through here, so the rules live in one place: a new exercise's id
comes from its name and is never reused, its picture is copied into the data
folder, a deleted exercise leaves every routine, and a routine it emptied goes.
Each change returns the saves it needs; the coach runs them and tells what failed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from kneecoach.core.catalogue import Catalogue, Exercise
from kneecoach.core.clock import Clock
from kneecoach.core.i18n import translate
from kneecoach.core.my_exercises import Library, MyExercises, new_id
from kneecoach.core.my_routines import MyRoutines, Plan, to_routine
from kneecoach.core.notices import Notice
from kneecoach.core.routine import Routine
from kneecoach.core.tomlfile import StoreError

log = logging.getLogger(__name__)
Save = Callable[[], None]


class MyLibrary:
    def __init__(self, catalogue: Catalogue, data_dir: Path, clock: Clock) -> None:
        self.catalogue = catalogue
        self.exercises = MyExercises(data_dir, clock)
        self.routines = MyRoutines(data_dir, clock)

    def load(self) -> list[Notice]:
        return self.exercises.load(self.catalogue) + self.routines.load()

    @property
    def library(self) -> Library:
        return self.exercises.library(self.catalogue)

    def every_plan(self) -> tuple[Plan, ...]:
        return self.routines.every_plan(self.library)

    def chosen_plan(self) -> Plan:
        return self.routines.chosen_plan(self.library)

    def chosen_routine(self) -> Routine:
        """What the Start button, a reminder and the tray's Start run."""
        return to_routine(self.chosen_plan(), self.library)

    def new_exercise_id(self, name: str = "exercise") -> str:
        return new_id(name, self.exercises.taken_ids() | set(self.catalogue.ids))

    def routines_using(self, exercise_id: str) -> tuple[list[str], list[str]]:
        """The routines a deletion would change, and those it would empty (and remove)."""
        return self.routines.in_routines(exercise_id)

    # --- changes: each returns the saves it needs ---------------------------------
    def choose(self, plan_id: str) -> tuple[Save, ...]:
        if plan_id == self.routines.chosen:
            return ()
        self.routines.chosen = plan_id
        return (self.routines.save,)

    def set_routines(self, plans: list[Plan], chosen: str) -> tuple[Save, ...]:
        self.routines.plans, self.routines.chosen = plans, chosen
        log.info("routines saved: %d of the user's own", len(plans))
        return (self.routines.save,)

    def put_exercise(
        self, exercise: Exercise, is_new: bool, picture_is_new: bool, notices: list[Notice]
    ) -> tuple[Save, ...]:
        """Keep an edited or new exercise (a new one's id from its name); a picture that
        could not be copied is told in `notices`, and the old one stays."""
        if is_new:
            exercise = replace(exercise, id=self.new_exercise_id(exercise.name))
        if picture_is_new:
            old = self.library.find(exercise.id)
            try:
                picture = self.exercises.import_picture(Path(exercise.picture), exercise.id)
            except StoreError as error:
                notices.append(
                    Notice(translate("Coach", "The picture was not kept"), error.strerror or "")
                )
                picture = old.picture if old is not None and not is_new else ""
            exercise = replace(exercise, picture=picture)
        self.exercises.put(exercise)
        log.info("exercise saved: %s", exercise.id)
        return (self.exercises.save,)

    def delete_exercise(self, exercise_id: str) -> tuple[Save, ...]:
        self.exercises.remove(exercise_id)
        self.routines.forget_exercise(exercise_id)
        return (self.exercises.save, self.routines.save)

    def set_hidden(self, exercise_id: str, hidden: bool) -> tuple[Save, ...]:
        self.exercises.set_hidden(exercise_id, hidden)
        return (self.exercises.save,)
