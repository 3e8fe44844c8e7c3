"""The user's own exercises, often a physiotherapist's additions, and the built-in ones hidden.

They live in the data folder as `my-exercises.toml`, never among the app's
resources, and are checked exactly as the built-in catalogue is. A picture the
user picks is copied into `pictures/` beside it, so moving or deleting the
original loses nothing; a picture no longer used is removed only once the file
naming its successor is safely written. An entry that does not pass the checks
is reported and written back as it was, so a hand edit gone wrong can still be
mended. A deleted exercise leaves its name behind, so the sessions that had it
still say what was done, and its id is never given to another exercise.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from kneecoach.core.catalogue import (
    Advice,
    Catalogue,
    CatalogueError,
    Exercise,
    JointInfo,
    Kind,
    parse_exercise,
)
from kneecoach.core.clock import Clock
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.tomlfile import PRIVATE_FILE_MODE, StoreError, remove_file, write_file
from kneecoach.core.userfile import FileWords, UserFile, put_by_id, read_entries

MY_EXERCISES_FILE = "my-exercises.toml"
MY_EXERCISES_SCHEMA = 1
PICTURES_FOLDER = "pictures"
PICTURE_TYPES = (".png", ".jpg", ".jpeg", ".svg", ".webp", ".bmp", ".gif")
MAX_PICTURE_BYTES = 20 * 1024 * 1024  # a photo from a phone fits; a video renamed does not
ID_PREFIX = "my-"  # never the id of a built-in exercise


@dataclass(frozen=True)
class Library:
    """Every exercise KneeCoach knows: the article's and the user's own."""

    builtin: Catalogue
    custom: tuple[Exercise, ...] = ()
    hidden: frozenset[str] = frozenset()
    retired: Mapping[str, str] = field(default_factory=dict)  # deleted exercises' id → name

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        """What the home page lists: the built-in ones not hidden, then the user's own."""
        shown = tuple(e for e in self.builtin.exercises if e.id not in self.hidden)
        return shown + self.custom

    @property
    def every_exercise(self) -> tuple[Exercise, ...]:
        """Hidden ones too: a routine or an old session may still name them."""
        return self.builtin.exercises + self.custom

    @property
    def joints(self) -> Mapping[str, JointInfo]:
        return self.builtin.joints

    @property
    def advice(self) -> Advice | None:
        return self.builtin.advice

    def find(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.every_exercise if e.id == exercise_id), None)

    def names(self) -> dict[str, str]:
        return {**self.retired, **{e.id: e.name for e in self.every_exercise}}


@dataclass
class MyExercises:
    folder: Path
    clock: Clock
    exercises: list[Exercise] = field(default_factory=list)
    hidden: set[str] = field(default_factory=set)
    retired: dict[str, str] = field(default_factory=dict)  # deleted exercises' id → name
    _kept: list[Any] = field(default_factory=list)  # entries that did not pass the checks

    def __post_init__(self) -> None:
        self.file = UserFile(
            self.folder / MY_EXERCISES_FILE, MY_EXERCISES_SCHEMA, self.clock, _file_words
        )

    @property
    def path(self) -> Path:
        return self.file.path

    def load(self, builtin: Catalogue) -> list[Notice]:
        document, notices = self.file.read()
        hidden = document.get("hidden", [])
        self.hidden = (
            {h for h in hidden if isinstance(h, str)} if isinstance(hidden, list) else set()
        )
        retired = document.get("retired", {})
        self.retired = (
            {k: v for k, v in retired.items() if isinstance(v, str)}
            if isinstance(retired, dict)
            else {}
        )
        self.exercises, self._kept, problems = read_entries(
            document.get("exercise"), self._parse, set(builtin.ids) | set(self.retired), _said
        )
        notices += self.file.entries_kept(problems)
        return notices

    def _parse(self, entry: object, position: int, taken: set[str]) -> Exercise:
        exercise = parse_exercise(entry, self.path, position, custom=True)
        where = f"exercise '{exercise.id}' (#{position})"
        if exercise.id in taken:
            raise CatalogueError(
                self.path,
                where,
                "id",
                translate("MyExercises", "is already used by another exercise"),
            )
        if not exercise.picture:
            return exercise
        relative = PurePosixPath(exercise.picture)
        if (
            relative.is_absolute()
            or len(relative.parts) != 2
            or relative.parts[0] != PICTURES_FOLDER
            or relative.suffix.lower() not in PICTURE_TYPES
        ):
            raise CatalogueError(
                self.path,
                where,
                "picture",
                translate(
                    "MyExercises", "must be an image in the {folder} folder, e.g. '{example}'"
                ).format(folder=PICTURES_FOLDER, example=f"{PICTURES_FOLDER}/{exercise.id}.png"),
            )
        return replace(exercise, picture=str(self.folder.joinpath(*relative.parts)))

    def library(self, builtin: Catalogue) -> Library:
        return Library(builtin, tuple(self.exercises), frozenset(self.hidden), dict(self.retired))

    def taken_ids(self) -> set[str]:
        """Ids a new exercise may not have: those in use, kept aside or deleted."""
        kept = {e.get("id") for e in self._kept if isinstance(e, Mapping)}
        return {e.id for e in self.exercises} | set(self.retired) | {k for k in kept if k}

    def save(self) -> None:
        """Write every exercise and choice, then remove pictures no longer named;
        StoreError in plain words when it cannot be written (then nothing is removed)."""
        document: dict[str, Any] = {"hidden": sorted(self.hidden), "retired": self.retired}
        document["exercise"] = [self._table(e) for e in self.exercises] + self._kept
        self.file.write(document)
        self._tidy_pictures()

    def _tidy_pictures(self) -> None:
        folder = self.folder / PICTURES_FOLDER
        named = {Path(e.picture).name for e in self.exercises if e.picture}
        named |= {
            PurePosixPath(str(e.get("picture"))).name for e in self._kept if isinstance(e, Mapping)
        }
        for picture in folder.glob("*") if folder.is_dir() else ():
            if picture.name not in named and picture.suffix.lower() in PICTURE_TYPES:
                # One left behind costs a little disk space, nothing more.
                with contextlib.suppress(StoreError):
                    remove_file(picture)

    def put(self, exercise: Exercise) -> None:
        put_by_id(self.exercises, exercise)

    def remove(self, exercise_id: str) -> None:
        """Forget one of the user's exercises, keeping its name for the sessions that had it;
        its picture goes at the next save."""
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                self.retired[exercise.id] = exercise.name
        self.exercises = [e for e in self.exercises if e.id != exercise_id]

    def set_hidden(self, exercise_id: str, hidden: bool) -> None:
        if hidden:
            self.hidden.add(exercise_id)
        else:
            self.hidden.discard(exercise_id)

    def import_picture(self, source: Path, exercise_id: str) -> str:
        """Copy a picture the user chose into the data folder; its new full path.

        StoreError in plain words when it cannot be read or is not a picture."""
        suffix = source.suffix.lower()
        if suffix not in PICTURE_TYPES:
            kinds = ", ".join(t.lstrip(".").upper() for t in PICTURE_TYPES)
            raise StoreError(
                0,
                translate(
                    "MyExercises", "{file} is not a picture KneeCoach can show ({kinds})."
                ).format(file=source.name, kinds=kinds),
            )
        try:
            size = source.stat().st_size
            if size > MAX_PICTURE_BYTES:
                raise StoreError(
                    0,
                    translate(
                        "MyExercises", "{file} is too large for a picture (%n byte(s)).", None, size
                    ).format(file=source.name),
                )
            payload = source.read_bytes()
        except OSError as error:
            raise StoreError(
                error.errno,
                translate("MyExercises", "{file} could not be read ({reason}).").format(
                    file=source.name, reason=error.strerror
                ),
            ) from error
        # A name not used yet: the picture it replaces stays until the new one is saved.
        folder, number = self.folder / PICTURES_FOLDER, 1
        target = folder / f"{exercise_id}{suffix}"
        while target.exists():
            number += 1
            target = folder / f"{exercise_id}-{number}{suffix}"
        write_file(target, payload, PRIVATE_FILE_MODE)
        return str(target)

    def _table(self, exercise: Exercise) -> dict[str, Any]:
        table = exercise_table(exercise)
        if exercise.picture:
            picture = Path(exercise.picture)
            table["picture"] = f"{PICTURES_FOLDER}/{picture.name}"
        return table


def _file_words() -> FileWords:
    return FileWords(
        read_only=translate("MyExercises", "Your own exercises are read-only"),
        unreadable=translate("MyExercises", "Your own exercises could not be read"),
        set_aside=translate(
            "MyExercises",
            "The file holding your own exercises could not be read: {problem}. It was kept "
            "unchanged as {file} in {folder}, and nothing was deleted.",
        ),
        unusable=translate("MyExercises", "Some of your own exercises could not be used"),
    )


def _said(error: ValueError, _position: int) -> str:
    assert isinstance(error, CatalogueError)  # the only error _parse raises
    return translate(
        "MyExercises",
        "{where}: {field} {problem}",
        "where in the file, the name of the field, and what is wrong with its value",
    ).format(where=error.where, field=error.field_name, problem=error.problem)


def exercise_table(exercise: Exercise) -> dict[str, Any]:
    """The [[exercise]] table that parse_exercise reads back into the same exercise."""
    table: dict[str, Any] = {
        "id": exercise.id,
        "name": exercise.name,
        "joint": exercise.joint.value,
        "kind": exercise.kind.value,
        "steps": list(exercise.steps),
        "cautions": list(exercise.cautions),
    }
    if exercise.position is not None:
        table["position"] = exercise.position.value
    if exercise.kind is Kind.HOLD:
        table |= {"hold_seconds": exercise.hold_seconds, "sides": list(exercise.sides)}
        if exercise.side_means:
            table["side_means"] = exercise.side_means
    else:
        table |= {
            "reps": exercise.reps,
            "reps_min": exercise.reps_min,
            "reps_max": exercise.reps_max,
            "directions": list(exercise.directions),
        }
    return table


def new_id(name: str, taken: Iterable[str]) -> str:
    """An id for something the user named: 'Bridge (small)' → 'my-bridge-small'."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40].strip("-") or "own"
    used = set(taken)
    candidate, number = f"{ID_PREFIX}{slug}", 1
    while candidate in used:
        number += 1
        candidate = f"{ID_PREFIX}{slug}-{number}"
    return candidate
