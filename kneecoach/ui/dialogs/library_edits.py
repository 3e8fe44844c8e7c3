"""The dialogs that edit the user's own exercises and routines.

They ask; the coach keeps. A save that fails is told by the coach in plain words,
and the change still applies until KneeCoach quits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from kneecoach.core.catalogue import Exercise
from kneecoach.core.coach import Coach
from kneecoach.core.i18n import translate
from kneecoach.core.my_routines import Plan
from kneecoach.core.routine import Routine
from kneecoach.ui.dialogs import question as ask

if TYPE_CHECKING:
    from kneecoach.ui.dialogs.exercise_editor import ExerciseEditor
    from kneecoach.ui.dialogs.routine_editor import RoutineEditor


class LibraryEdits:
    def __init__(self, coach: Coach, parent: QWidget) -> None:
        self.coach = coach
        self.parent = parent
        self.routine_editor: RoutineEditor | None = None  # the last one opened
        self.exercise_editor: ExerciseEditor | None = None
        # The routine shown in the editor on paper: (print it?, the routine).
        self.print_routine: Callable[[bool, Routine], object] = lambda _printing, _routine: None

    def edit_routines(self) -> None:
        library = self.coach.library
        from kneecoach.ui.dialogs.routine_editor import (
            RoutineEditor,  # a dialog loads when first opened, not on the way to the home page
        )

        editor = RoutineEditor(
            library.library,
            list(library.routines.plans),
            library.chosen_plan().id,
            self.coach.settings.timings(),
            self.parent,
        )
        editor.saved.connect(self._routines_saved)
        editor.paper_requested.connect(lambda asked: self.print_routine(*asked))
        editor.open()
        self.routine_editor = editor

    def _routines_saved(self, plans: list[Plan], chosen: str) -> None:
        self.coach.save_routines(plans, chosen)

    def edit_exercise(self, exercise: Exercise | None = None) -> None:
        """The editor for a new exercise (None) or one of the user's own."""
        from kneecoach.ui.dialogs.exercise_editor import (
            ExerciseEditor,  # a dialog loads when first opened, not on the way to the home page
        )

        editor = ExerciseEditor(exercise, self.coach.library.new_exercise_id(), self.parent)
        editor.accepted.connect(lambda: self._exercise_saved(editor))
        editor.open()
        self.exercise_editor = editor

    def _exercise_saved(self, editor: ExerciseEditor) -> None:
        exercise = editor.exercise()
        if exercise is not None:
            self.coach.save_exercise(exercise, editor.original is None, editor.picture_is_new)

    def delete_exercise(self, exercise: Exercise) -> None:
        changed, emptied = self.coach.library.routines_using(exercise.id)
        in_routines = changed + emptied
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
        if ask.ask_yes_or_no(
            self.parent,
            translate("LibraryKeeper", "Delete this exercise?"),
            question.format(exercise=exercise.name, routines=routines),
        ):
            self.coach.delete_exercise(exercise.id)
