"""Reading one table of a catalogue file: typed fields, and an error that names the
file, the entry and the field when one is wrong."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kneecoach.core.i18n import translate


class CatalogueError(ValueError):
    """A catalogue file that does not say what KneeCoach needs, with where and why."""

    def __init__(self, path: Path | str, where: str, field_name: str, problem: str) -> None:
        self.path = Path(path)
        self.where = where
        self.field_name = field_name
        self.problem = problem
        super().__init__(f"{path}: {where}: field '{field_name}': {problem}")


class FieldReader:
    """Reads typed fields from one table and names the field when one is wrong."""

    _MISSING = object()

    def __init__(self, table: Mapping[str, Any], path: Path | str, where: str) -> None:
        self.table, self.path, self.where = table, path, where

    def fail(self, name: str, problem: str) -> None:
        raise CatalogueError(self.path, self.where, name, problem)

    def _get(self, name: str, default: object) -> object:
        value = self.table.get(name, default)
        if value is self._MISSING:
            self.fail(name, translate("Catalogue", "is missing"))
        return value

    def text(self, name: str, default: object = _MISSING) -> str:
        value = self._get(name, default)
        if not isinstance(value, str) or (default is self._MISSING and not value.strip()):
            self.fail(name, translate("Catalogue", "must be a non-empty text"))
        assert isinstance(value, str)
        return value.strip()

    def texts(self, name: str, minimum: int, default: object = _MISSING) -> tuple[str, ...]:
        value = self._get(name, default)
        if (
            not isinstance(value, list | tuple)
            or len(value) < minimum
            or not all(isinstance(v, str) and v.strip() for v in value)
        ):
            self.fail(
                name,
                translate(
                    "Catalogue", "must be a list of at least %n non-empty text(s)", None, minimum
                )
                if minimum
                else translate("Catalogue", "must be a list of non-empty texts"),
            )
        assert isinstance(value, list | tuple)
        return tuple(v.strip() for v in value)

    def integer(self, name: str, low: int, high: int) -> int:
        value = self._get(name, self._MISSING)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(
                name,
                translate("Catalogue", "must be a whole number from {low} to {high}").format(
                    low=low, high=high
                ),
            )
        assert isinstance(value, int)
        if not low <= value <= high:
            self.fail(
                name,
                translate("Catalogue", "is {value}; it must be from {low} to {high}").format(
                    value=value, low=low, high=high
                ),
            )
        return value

    def choice(self, name: str, options: list[str]) -> str:
        value = self._get(name, self._MISSING)
        if value not in options:
            self.fail(
                name,
                translate("Catalogue", "is {value}; it must be one of {options}").format(
                    value=repr(value), options=", ".join(options)
                ),
            )
        assert isinstance(value, str)
        return value

    def subset(self, name: str, options: tuple[str, ...]) -> tuple[str, ...]:
        value = self._get(name, self._MISSING)
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(v, str) for v in value)  # a list in it is not hashable
            or len(set(value)) != len(value)
            or not all(v in options for v in value)
        ):
            self.fail(
                name,
                translate("Catalogue", "must list one or both of {options}, each once").format(
                    options=", ".join(options)
                ),
            )
        assert isinstance(value, list)
        return tuple(value)
