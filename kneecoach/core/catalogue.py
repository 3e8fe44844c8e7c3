"""The exercise catalogue: what each exercise is, how it is dosed, how it is done.

Loaded from `resources/exercises.toml` and validated on the way in, so a bad
entry is reported with the file, the exercise and the field that is wrong.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from kneecoach.core.catalogue_fields import CatalogueError as CatalogueError  # re-exported
from kneecoach.core.catalogue_fields import FieldReader
from kneecoach.core.i18n import PSEUDO_LANGUAGES, pseudo, translate
from kneecoach.core.paths import resources_dir

SIDES = ("right", "left")
DIRECTIONS = ("clockwise", "counter-clockwise")
_ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class Joint(StrEnum):
    ANKLE = "ankle"
    HIP = "hip"


class Kind(StrEnum):
    HOLD = "hold"  # a timed hold on each side
    REPS = "reps"  # counted repetitions in each direction


class Position(StrEnum):
    """Where an exercise starts: the time between exercises depends on the change."""

    SEATED = "seated"
    STANDING = "standing"
    LYING = "lying"
    KNEELING = "kneeling"

    @property
    def on_floor(self) -> bool:
        return self in (Position.LYING, Position.KNEELING)


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    joint: Joint
    kind: Kind
    steps: tuple[str, ...]
    cautions: tuple[str, ...] = ()
    hold_seconds: int = 0
    sides: tuple[str, ...] = ()
    side_means: str = ""
    reps: int = 0
    reps_min: int = 0
    reps_max: int = 0
    directions: tuple[str, ...] = ()
    custom: bool = False  # added by the user, not one of the article's
    picture: str = ""  # a custom exercise's own picture: a full path, or "" for the generic one
    position: Position | None = None  # None: not said (the user's own exercises)
    # The catalogue's ids of `cautions`, in the same order; empty for the user's own.
    caution_ids: tuple[str, ...] = ()

    def caution(self, caution_id: str) -> str | None:
        """The caution with this id, in the catalogue's language; None if it has none."""
        return dict(zip(self.caution_ids, self.cautions, strict=False)).get(caution_id)

    @property
    def dosage(self) -> str:
        """The article's dosage in a few words, e.g. '30 s each side'."""
        if self.kind is Kind.HOLD:
            if len(self.sides) > 1:
                return translate("Catalogue", "Hold {seconds} s each side").format(
                    seconds=self.hold_seconds
                )
            return translate("Catalogue", "Hold {seconds} s").format(seconds=self.hold_seconds)
        if self.reps_min < self.reps_max:
            span = translate("Catalogue", "{low}–{high}", "a range of reps").format(
                low=self.reps_min, high=self.reps_max
            )
        else:
            span = str(self.reps)
        if len(self.directions) > 1:
            return translate("Catalogue", "{reps} reps each direction").format(reps=span)
        return translate("Catalogue", "{reps} reps").format(reps=span)


@dataclass(frozen=True)
class JointInfo:
    name: str
    why: str


@dataclass(frozen=True)
class Advice:
    why: str
    breathing: str
    seek_help: str
    progress: str
    chain: str  # the kinetic chain in one sentence, shown beside each exercise


@dataclass(frozen=True)
class Catalogue:
    exercises: tuple[Exercise, ...]
    joints: Mapping[str, JointInfo] = field(default_factory=dict)
    advice: Advice | None = None
    # Cautions by id ("comfortable", "stop-if-sharp"…): the UI selects them by meaning.
    cautions: Mapping[str, str] = field(default_factory=dict)

    def get(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.exercises)


def load_catalogue(path: Path | None = None, language: str = "") -> Catalogue:
    """The catalogue, its text in `language` where a translation of it is shipped."""
    path = path or resources_dir() / "exercises.toml"
    catalogue = parse_catalogue(_read_toml(path), path)
    # Imported here: the translation code reads the classes defined in this module.
    from kneecoach.core.catalogue_text import translate_catalogue, with_texts

    if language in PSEUDO_LANGUAGES:
        return with_texts(catalogue, lambda _where, text: pseudo(text, language))
    translation = translation_path(language, path.parent)
    if not language or not translation.is_file():
        return catalogue
    return translate_catalogue(catalogue, _read_toml(translation), translation)


def translation_path(language: str, folder: Path | None = None) -> Path:
    """Translations sit beside the catalogue: exercises.de.toml, exercises.fr.toml…"""
    return (folder or resources_dir()) / f"exercises.{language}.toml"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(path, "the file", "-", f"is not valid TOML ({error})") from error


def parse_catalogue(document: Mapping[str, Any], path: Path | str) -> Catalogue:
    entries = document.get("exercise")
    if not isinstance(entries, list) or not entries:
        raise CatalogueError(path, "the file", "exercise", "needs at least one [[exercise]] table")
    cautions = _parse_cautions(document.get("cautions", {}), path)
    exercises: list[Exercise] = []
    for position, entry in enumerate(entries, start=1):
        exercise = parse_exercise(entry, path, position, cautions=cautions)
        if exercise.id in {e.id for e in exercises}:
            raise CatalogueError(
                path, _where(exercise.id, position), "id", translate("Catalogue", "is used twice")
            )
        exercises.append(exercise)
    return Catalogue(
        exercises=tuple(exercises),
        joints=_parse_joints(document.get("joints", {}), path),
        advice=_parse_advice(document.get("advice"), path),
        cautions=cautions,
    )


_COMMON_FIELDS = {"id", "name", "joint", "kind", "steps", "cautions", "position"}
_HOLD_FIELDS = {"hold_seconds", "sides", "side_means"}
_REPS_FIELDS = {"reps", "reps_min", "reps_max", "directions"}
_CUSTOM_FIELDS = {"picture"}


def parse_exercise(
    entry: object,
    path: Path | str,
    position: int,
    custom: bool = False,
    cautions: Mapping[str, str] | None = None,
) -> Exercise:
    """One [[exercise]] table to an Exercise, or a CatalogueError saying what is wrong.

    A custom exercise (one the user added) may name a picture; the caller checks
    and resolves it, since only it knows the folder the picture lives in. Given the
    catalogue's `cautions` table, the exercise's cautions are ids into it; else texts."""
    if not isinstance(entry, Mapping):
        raise CatalogueError(path, f"exercise #{position}", "-", "is not a table")
    check = FieldReader(entry, path, _where(entry.get("id"), position))
    kind = Kind(check.choice("kind", [k.value for k in Kind]))
    _check_fields(check, entry, kind, custom)
    common = _common_fields(check, entry, kind, custom, cautions)
    if kind is Kind.HOLD:
        return Exercise(
            **common,
            hold_seconds=check.integer("hold_seconds", 1, 600),
            sides=check.subset("sides", SIDES),
            side_means=check.text("side_means", default=""),
        )
    reps_min = check.integer("reps_min", 1, 200)
    reps_max = check.integer("reps_max", reps_min, 200)
    return Exercise(
        **common,
        reps=check.integer("reps", reps_min, reps_max),
        reps_min=reps_min,
        reps_max=reps_max,
        directions=check.subset("directions", DIRECTIONS),
    )


def _check_fields(check: FieldReader, entry: Mapping[Any, Any], kind: Kind, custom: bool) -> None:
    """Every key is a field of this kind of exercise (and of a custom one, if it is)."""
    allowed = _COMMON_FIELDS | (_HOLD_FIELDS if kind is Kind.HOLD else _REPS_FIELDS)
    if custom:
        allowed |= _CUSTOM_FIELDS
    for key in entry:
        if key not in allowed:
            check.fail(
                str(key),
                translate("Catalogue", "is not a field of a '{kind}' exercise").format(
                    kind=kind.value
                ),
            )


def _common_fields(
    check: FieldReader,
    entry: Mapping[Any, Any],
    kind: Kind,
    custom: bool,
    cautions: Mapping[str, str] | None,
) -> dict[str, Any]:
    """What every exercise has, whatever its kind; cautions as ids when a table is given."""
    exercise_id = check.text("id")
    if not _ID_PATTERN.match(exercise_id):
        check.fail(
            "id",
            translate(
                "Catalogue", "use lower-case letters, digits and dashes, e.g. 'calf-stretch'"
            ),
        )
    common: dict[str, Any] = {
        "id": exercise_id,
        "name": check.text("name"),
        "joint": Joint(check.choice("joint", [j.value for j in Joint])),
        "kind": kind,
        "steps": check.texts("steps", minimum=1),
        "cautions": check.texts("cautions", minimum=0, default=()),
        "custom": custom,
        "picture": check.text("picture", default="") if custom else "",
        "position": Position(check.choice("position", [p.value for p in Position]))
        if "position" in entry
        else None,
    }
    if cautions is not None:
        ids = common["cautions"]
        unknown = [key for key in ids if key not in cautions]
        if unknown:
            check.fail("cautions", f"names {', '.join(unknown)}, not in the [cautions] table")
        common["caution_ids"] = ids
        common["cautions"] = tuple(cautions[key] for key in ids)
    return common


def _where(exercise_id: object, position: int) -> str:
    if isinstance(exercise_id, str) and exercise_id:
        return f"exercise '{exercise_id}' (#{position})"
    return f"exercise #{position}"


def _parse_joints(table: object, path: Path | str) -> dict[str, JointInfo]:
    joints: dict[str, JointInfo] = {}
    if not isinstance(table, Mapping):
        raise CatalogueError(path, "[joints]", "-", "is not a table")
    for key, entry in table.items():
        if key not in {j.value for j in Joint} or not isinstance(entry, Mapping):
            raise CatalogueError(path, f"[joints.{key}]", "-", "is not a known joint table")
        reader = FieldReader(entry, path, f"[joints.{key}]")
        joints[key] = JointInfo(name=reader.text("name"), why=reader.text("why"))
    return joints


def _parse_cautions(table: object, path: Path | str) -> dict[str, str]:
    if not isinstance(table, Mapping):
        raise CatalogueError(path, "[cautions]", "-", "is not a table")
    reader = FieldReader(table, path, "[cautions]")
    for key in table:
        if not _ID_PATTERN.match(str(key)):
            reader.fail(str(key), "is not an id of lower-case letters, digits and dashes")
    return {str(key): reader.text(str(key)) for key in table}


def _parse_advice(table: object, path: Path | str) -> Advice | None:
    if table is None:
        return None
    if not isinstance(table, Mapping):
        raise CatalogueError(path, "[advice]", "-", "is not a table")
    reader = FieldReader(table, path, "[advice]")
    return Advice(
        why=reader.text("why"),
        breathing=reader.text("breathing"),
        seek_help=reader.text("seek_help"),
        progress=reader.text("progress"),
        chain=reader.text("chain"),
    )
