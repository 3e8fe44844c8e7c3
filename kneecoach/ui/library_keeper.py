"""Keeps the user's own exercises and routines: loads them, opens their editors, saves changes.

The window only says what the user asked for; this writes it to the data folder
and tells the window what to show. A save that fails is said in plain words and
the change still applies until KneeCoach quits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from kneecoach.core.catalogue import Catalogue, Exercise
from kneecoach.core.clock import Clock
from kneecoach.core.i18n import translate
from kneecoach.core.my_exercises import Library, MyExercises, new_id
from kneecoach.core.my_routines import MyRoutines, Plan, to_routine
from kneecoach.core.notices import Notice
from kneecoach.core.routine import Routine, Timings
from kneecoach.core.storage.files import StoreError

if TYPE_CHECKING:
    from kneecoach.ui.exercise_editor import ExerciseEditor
    from kneecoach.ui.routine_editor import RoutineEditor

log = logging.getLogger(__name__)


class LibraryKeeper:
    def __init__(
        self,
        catalogue: Catalogue,
        data_dir: Path,
        clock: Clock,
        tell: Callable[[Notice], None],
    ) -> None:
        self.catalogue = catalogue
        self.exercises = MyExercises(data_dir, clock)
        self.routines = MyRoutines(data_dir, clock)
        self.tell = tell
        self.on_change: Callable[[], None] = lambda: None  # the window shows the change
        self.routine_editor: RoutineEditor | None = None  # the last one opened
        self.exercise_editor: ExerciseEditor | None = None

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

    # --- what the user asked for ---------------------------------------------------
    def choose(self, plan_id: str) -> None:
        if plan_id != self.routines.chosen:
            self.routines.chosen = plan_id
            self._save(self.routines.save)

    def edit_routines(self, parent: QWidget, timings: Timings) -> None:
        from kneecoach.ui.routine_editor import RoutineEditor

        editor = RoutineEditor(
            self.library, list(self.routines.plans), self.chosen_plan().id, timings, parent
        )
        editor.saved.connect(self._routines_saved)
        editor.open()
        self.routine_editor = editor

    def _routines_saved(self, plans: list[Plan], chosen: str) -> None:
        self.routines.plans, self.routines.chosen = plans, chosen
        self._save(self.routines.save)
        log.info("routines saved: %d of the user's own", len(plans))

    def edit_exercise(self, parent: QWidget, exercise: Exercise | None = None) -> None:
        """The editor for a new exercise (None) or one of the user's own."""
        from kneecoach.ui.exercise_editor import ExerciseEditor

        editor = ExerciseEditor(exercise, new_id("exercise", self._taken_ids()), parent)
        editor.accepted.connect(lambda: self._exercise_saved(editor))
        editor.open()
        self.exercise_editor = editor

    def _taken_ids(self) -> set[str]:
        return self.exercises.taken_ids() | set(self.catalogue.ids)

    def _exercise_saved(self, editor: ExerciseEditor) -> None:
        exercise = editor.exercise()
        if exercise is None:
            return
        if editor.original is None:  # a new one: its id from the name it was given
            exercise = replace(exercise, id=new_id(exercise.name, self._taken_ids()))
        if editor.picture_is_new:
            try:
                picture = self.exercises.import_picture(Path(exercise.picture), exercise.id)
            except StoreError as error:
                self.tell(
                    Notice(
                        translate("LibraryKeeper", "The picture was not kept"), error.strerror or ""
                    )
                )
                picture = editor.original.picture if editor.original else ""
            exercise = replace(exercise, picture=picture)
        self.exercises.put(exercise)
        self._save(self.exercises.save)
        log.info("exercise saved: %s", exercise.id)

    def delete_exercise(self, parent: QWidget, exercise: Exercise) -> None:
        in_routines = [p.name for p in self.routines.plans if exercise.id in p.exercise_ids]
        if in_routines:
            question = translate(
                "LibraryKeeper",
                "Delete “{exercise}” and its picture? Sessions you already did keep its name. "
                "It is also taken out of {routines}.",
            )
        else:
            question = translate(
                "LibraryKeeper",
                "Delete “{exercise}” and its picture? Sessions you already did keep its name.",
            )
        routines = translate("LibraryKeeper", ", ", "between the names of routines").join(
            in_routines
        )
        answer = QMessageBox.question(
            parent,
            translate("LibraryKeeper", "Delete this exercise?"),
            question.format(exercise=exercise.name, routines=routines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.exercises.remove(exercise.id)
        self.routines.forget_exercise(exercise.id)
        self._save(self.exercises.save, self.routines.save)

    def set_hidden(self, exercise_id: str, hidden: bool) -> None:
        self.exercises.set_hidden(exercise_id, hidden)
        self._save(self.exercises.save)

    def _save(self, *saves: Callable[[], None]) -> None:
        for save in saves:
            try:
                save()
            except StoreError as error:
                self.tell(
                    Notice(
                        translate("LibraryKeeper", "Your change was not saved"),
                        translate("LibraryKeeper", "{problem} It applies until you quit.").format(
                            problem=error.strerror
                        ),
                    )
                )
        self.on_change()
