"""Routines: the default one, quick presets, and the user's own.

The default, "Knee relief — ankles & hips", runs every exercise of the article
the user has not hidden; the presets pick them by joint. The user's routines
name exercises by id, in their own order, each with an optional hold time or
rep count of its own. They live in `routines.toml` in the data folder, with the
routine the Start button runs. A routine that does not pass the checks is
reported and written back as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kneecoach.core.catalogue import Joint
from kneecoach.core.clock import Clock
from kneecoach.core.i18n import QT_TRANSLATE_NOOP, translate
from kneecoach.core.my_exercises import Library, new_id
from kneecoach.core.notices import Notice
from kneecoach.core.routine import (
    DEFAULT_ROUTINE_ID,
    DEFAULT_ROUTINE_NAME,
    NO_DOSE,
    Dose,
    Routine,
)
from kneecoach.core.storage.user_file import (
    FileWords,
    UserFile,
    not_a_list,
    put_by_id,
    read_entries,
    user_file_words,
)

ROUTINES_FILE = "routines.toml"
ROUTINES_SCHEMA = 1
# A routine's own dose for one exercise: wide, for what a physiotherapist prescribes.
DOSE_LIMITS = {"hold_seconds": (5, 300), "reps": (1, 50)}
# The names are shown in the user's language: translate("Routine", name), as presets() does.
PRESETS = (
    (DEFAULT_ROUTINE_ID, DEFAULT_ROUTINE_NAME, None),
    ("ankles-only", QT_TRANSLATE_NOOP("Routine", "Ankles only"), Joint.ANKLE),
    ("hips-only", QT_TRANSLATE_NOOP("Routine", "Hips only"), Joint.HIP),
)


@dataclass(frozen=True)
class PlanItem:
    exercise_id: str
    dose: Dose = NO_DOSE


@dataclass(frozen=True)
class Plan:
    """A routine as the user sees and edits it: exercises by id, in order."""

    id: str
    name: str
    items: tuple[PlanItem, ...]
    preset: bool = False  # one of KneeCoach's own: it can be copied, not changed

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        return tuple(item.exercise_id for item in self.items)


def presets(library: Library) -> tuple[Plan, ...]:
    """The default routine and the quick presets, from the article's exercises not hidden;
    named in the user's language (the file keeps only the chosen one's id)."""
    shown = [e for e in library.builtin.exercises if e.id not in library.hidden]
    return tuple(
        Plan(
            plan_id,
            translate("Routine", name),
            tuple(PlanItem(e.id) for e in shown if joint is None or e.joint is joint),
            preset=True,
        )
        for plan_id, name, joint in PRESETS
    )


def to_routine(plan: Plan, library: Library) -> Routine:
    """What a session runs. An exercise no longer there (deleted by hand) is left out."""
    found = [(library.find(item.exercise_id), item.dose) for item in plan.items]
    kept = [(exercise, dose) for exercise, dose in found if exercise is not None]
    return Routine(
        plan.id,
        plan.name,
        tuple(exercise for exercise, _ in kept),
        tuple(dose for _, dose in kept),
    )


class PlanError(ValueError):
    """A routine in the file that does not say what KneeCoach needs."""


@dataclass
class MyRoutines:
    folder: Path
    clock: Clock
    plans: list[Plan] = field(default_factory=list)
    chosen: str = DEFAULT_ROUTINE_ID  # the routine the Start button runs
    _kept: list[Any] = field(default_factory=list)  # routines that did not pass the checks

    def __post_init__(self) -> None:
        self.file = UserFile(self.folder / ROUTINES_FILE, ROUTINES_SCHEMA, self.clock, _file_words)

    def load(self) -> list[Notice]:
        document, notices = self.file.read()
        shape: list[str] = []  # parts of the wrong type: the original file is kept
        chosen = document.get("chosen", self.chosen)
        if isinstance(chosen, str):
            self.chosen = chosen
        else:
            shape.append(
                translate("MyRoutines", "'{field}' must be the id of a routine").format(
                    field="chosen"
                )
            )
        entries = document.get("routine", [])
        if not isinstance(entries, list):
            shape.append(not_a_list("routine"))
        notices += self.file.keep_original(shape)
        self.plans, self._kept, problems = read_entries(
            entries,
            lambda entry, _position, taken: parse_plan(entry, taken),
            {plan_id for plan_id, _, _ in PRESETS},
            lambda error, position: translate("MyRoutines", "routine #{number}: {problem}").format(
                number=position, problem=error
            ),
        )
        notices += self.file.entries_kept(problems)
        return notices

    def save(self) -> None:
        """Write every routine and the chosen one; StoreError in plain words when it cannot."""
        routines = [plan_table(plan) for plan in self.plans] + self._kept
        self.file.write({"chosen": self.chosen, "routine": routines})

    def every_plan(self, library: Library) -> tuple[Plan, ...]:
        return presets(library) + tuple(self.plans)

    def chosen_plan(self, library: Library) -> Plan:
        """The routine the Start button runs; the default when the chosen one is gone
        or has nothing left to run (every exercise in it hidden, say)."""
        plans = self.every_plan(library)
        chosen = next((p for p in plans if p.id == self.chosen), plans[0])
        return chosen if to_routine(chosen, library).exercises else plans[0]

    def put(self, plan: Plan) -> None:
        put_by_id(self.plans, plan)

    def forget_exercise(self, exercise_id: str) -> tuple[list[str], list[str]]:
        """Take a deleted exercise out of every routine: (names of the routines it leaves,
        names of those deleted because it was all they had)."""
        changed, emptied, kept = [], [], []
        for plan in self.plans:
            items = tuple(i for i in plan.items if i.exercise_id != exercise_id)
            if not items:
                emptied.append(plan.name)
                if self.chosen == plan.id:
                    self.chosen = DEFAULT_ROUTINE_ID
                continue
            if items != plan.items:
                changed.append(plan.name)
            kept.append(replace(plan, items=items))
        self.plans = kept
        return changed, emptied

    def in_routines(self, exercise_id: str) -> tuple[list[str], list[str]]:
        """What forget_exercise would do, to say so before it is done."""
        holding = [p for p in self.plans if exercise_id in p.exercise_ids]
        only = [p.name for p in holding if set(p.exercise_ids) == {exercise_id}]
        return [p.name for p in holding if p.name not in only], only

    def new_id(self, name: str) -> str:
        taken = [p.id for p in self.plans] + [plan_id for plan_id, _, _ in PRESETS]
        return new_id(name, taken)


def _file_words() -> FileWords:
    return user_file_words(
        read_only=translate("MyRoutines", "Your routines are read-only"),
        unreadable=translate("MyRoutines", "Your routines could not be read"),
        set_aside=translate(
            "MyRoutines",
            "The file holding your routines could not be read: {problem}. It was kept "
            "unchanged as {file} in {folder}, and nothing was deleted.",
        ),
        unusable=translate("MyRoutines", "Some of your routines could not be used"),
    )


def parse_plan(entry: object, taken: set[str]) -> Plan:
    """One [[routine]] table to a Plan; PlanError in plain words when it is not right."""
    if not isinstance(entry, dict):
        raise PlanError(translate("MyRoutines", "is not a table"))
    plan_id, name = entry.get("id"), entry.get("name")
    if not isinstance(plan_id, str) or not plan_id.strip():
        raise PlanError(
            translate("MyRoutines", "'{field}' must be a non-empty text").format(field="id")
        )
    if plan_id in taken:
        raise PlanError(translate("MyRoutines", "the id '{id}' is used twice").format(id=plan_id))
    if not isinstance(name, str) or not name.strip():
        raise PlanError(
            translate("MyRoutines", "'{id}': '{field}' must be a non-empty text").format(
                id=plan_id, field="name"
            )
        )
    items = entry.get("exercises")
    if not isinstance(items, list) or not items:
        raise PlanError(
            translate("MyRoutines", "'{id}': '{field}' must list at least one exercise").format(
                id=plan_id, field="exercises"
            )
        )
    return Plan(plan_id, name.strip(), tuple(_parse_item(plan_id, item) for item in items))


def _parse_item(plan_id: str, item: object) -> PlanItem:
    if not isinstance(item, dict) or not isinstance(item.get("id"), str):
        raise PlanError(
            translate("MyRoutines", "'{id}': each exercise needs an '{field}'").format(
                id=plan_id, field="id"
            )
        )
    unknown = set(item) - {"id", *DOSE_LIMITS}
    if unknown:
        raise PlanError(
            translate("MyRoutines", "'{id}': '{field}' is not a field of an exercise").format(
                id=plan_id, field=sorted(unknown)[0]
            )
        )
    dose: dict[str, int] = {}
    for key, (low, high) in DOSE_LIMITS.items():
        value = item.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise PlanError(
                translate(
                    "MyRoutines",
                    "'{id}': {field} of '{exercise}' must be a whole number from {low} to {high}",
                ).format(id=plan_id, field=key, exercise=item["id"], low=low, high=high)
            )
        dose[key] = value
    return PlanItem(item["id"], Dose(**dose))


def plan_table(plan: Plan) -> dict[str, Any]:
    """The [[routine]] table that parse_plan reads back into the same plan."""
    items: list[dict[str, Any]] = []
    for item in plan.items:
        table: dict[str, Any] = {"id": item.exercise_id}
        if item.dose.hold_seconds is not None:
            table["hold_seconds"] = item.dose.hold_seconds
        if item.dose.reps is not None:
            table["reps"] = item.dose.reps
        items.append(table)
    return {"id": plan.id, "name": plan.name, "exercises": items}
