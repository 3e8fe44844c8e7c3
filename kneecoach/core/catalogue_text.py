"""The catalogue's texts in another language, keyed the way a translation file names them.

A translation (resources/exercises.<lang>.toml) gives texts by exercise id, joint
and advice field, and the shared cautions by their id; whatever it leaves out
stays English, and `untranslated` lists where.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from kneecoach.core.catalogue import Advice, Catalogue, CatalogueError, JointInfo


def translate_catalogue(
    catalogue: Catalogue, document: Mapping[str, Any], path: Path | str
) -> Catalogue:
    """The catalogue with the texts a translation gives, keyed by exercise id (and
    joint, and advice field); a text it leaves out stays English. A list of steps
    or cautions must have as many items as the English, so no step is dropped."""
    known = {f"exercise.{e.id}" for e in catalogue.exercises}
    known |= {f"joints.{key}" for key in catalogue.joints} | {"advice", "cautions"}
    for where in _tables(document):
        if where not in known:
            raise CatalogueError(path, f"[{where}]", "-", "is not in the catalogue")

    def text_for(where: str, english: str) -> str:
        table_name, _, field_name = where.rpartition(".")
        table = _table(document, table_name)
        value = table.get(field_name.split("#")[0])
        if value is None:
            return english
        if "#" in field_name:  # one item of a list of steps or cautions
            name, index = field_name.split("#")
            english_count = len(_english_list(catalogue, table_name, name))
            if not isinstance(value, list) or len(value) != english_count:
                raise CatalogueError(
                    path,
                    f"[{table_name}]",
                    name,
                    f"must list {english_count} texts, as the English does",
                )
            value = value[int(index)]
        if not isinstance(value, str) or not value.strip():
            raise CatalogueError(path, f"[{table_name}]", field_name, "must be a non-empty text")
        return value.strip()

    return with_texts(catalogue, text_for)


def untranslated(catalogue: Catalogue, document: Mapping[str, Any]) -> list[str]:
    """Where a translation leaves a text in English, e.g. 'exercise.calf-stretch.steps#2'."""
    missing: list[str] = []

    def check(where: str, english: str) -> str:
        table_name, _, field_name = where.rpartition(".")
        name, _, index = field_name.partition("#")
        value = _table(document, table_name).get(name)
        if index and isinstance(value, list) and int(index) < len(value):
            value = value[int(index)]
        if not isinstance(value, str) or not value.strip():
            missing.append(where)
        return english

    with_texts(catalogue, check)
    return missing


def _tables(document: Mapping[str, Any]) -> list[str]:
    names = [name for name in ("advice", "cautions") if name in document]
    for group in ("exercise", "joints"):
        table = document.get(group, {})
        names += [f"{group}.{key}" for key in (table if isinstance(table, Mapping) else {})]
    return names


def _table(document: Mapping[str, Any], dotted: str) -> Mapping[str, Any]:
    table: Any = document
    for key in dotted.split("."):
        table = table.get(key, {}) if isinstance(table, Mapping) else {}
    return table if isinstance(table, Mapping) else {}


def _english_list(catalogue: Catalogue, table_name: str, name: str) -> tuple[str, ...]:
    exercise = catalogue.get(table_name.removeprefix("exercise."))
    return exercise.steps if name == "steps" else exercise.cautions


def with_texts(catalogue: Catalogue, text_for: Callable[[str, str], str]) -> Catalogue:
    """The catalogue with each user-facing text replaced by `text_for(where, english)`;
    `where` names it the way a translation file does: 'exercise.<id>.steps#0'."""

    def each(where: str, texts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(text_for(f"{where}#{i}", text) for i, text in enumerate(texts))

    cautions = {key: text_for(f"cautions.{key}", text) for key, text in catalogue.cautions.items()}
    exercises = []
    for e in catalogue.exercises:
        where = f"exercise.{e.id}"
        exercises.append(
            replace(
                e,
                name=text_for(f"{where}.name", e.name),
                steps=each(f"{where}.steps", e.steps),
                # The catalogue's cautions are shared texts, translated once by id.
                cautions=tuple(cautions.get(key, "") for key in e.caution_ids)
                if e.caution_ids
                else each(f"{where}.cautions", e.cautions),
                side_means=text_for(f"{where}.side_means", e.side_means) if e.side_means else "",
            )
        )
    joints = {
        key: JointInfo(
            name=text_for(f"joints.{key}.name", info.name),
            why=text_for(f"joints.{key}.why", info.why),
        )
        for key, info in catalogue.joints.items()
    }
    advice = catalogue.advice
    if advice is not None:
        advice = Advice(
            **{
                name: text_for(f"advice.{name}", getattr(advice, name))
                for name in ("why", "breathing", "seek_help", "progress", "chain")
            }
        )
    return Catalogue(exercises=tuple(exercises), joints=joints, advice=advice, cautions=cautions)
