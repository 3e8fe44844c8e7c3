"""A small versioned TOML file holding what the user made, read once and written whole.

It is never written over when it could not be read (it is set aside, bytes
untouched, and the user is told), nor when a newer KneeCoach wrote it.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol, TypeVar

from kneecoach.core.clock import Clock
from kneecoach.core.store import Notice
from kneecoach.core.tomlfile import (
    NewerFileError,
    StoreError,
    UnreadableFile,
    load_versioned,
    quarantine,
    read_toml,
    write_toml,
)


class HasId(Protocol):
    @property
    def id(self) -> str: ...


Item = TypeVar("Item", bound=HasId)


def put_by_id(items: list[Item], item: Item) -> None:
    """Replace the item with the same id where it stands (keeping the user's order), or
    add it at the end."""
    for index, old in enumerate(items):
        if old.id == item.id:
            items[index] = item
            return
    items.append(item)


def read_entries(
    entries: object,
    parse: Callable[[object, int, set[str]], Item],
    taken: set[str],
    describe: Callable[[ValueError, int], str],
) -> tuple[list[Item], list[Any], list[str]]:
    """Each entry of a [[table]] list through `parse` (which raises ValueError, and is
    told the ids already taken): (the entries that passed, those to keep as they were,
    what was wrong with each, in words)."""
    passed: list[Item] = []
    kept: list[Any] = []
    problems: list[str] = []
    for position, entry in enumerate(entries if isinstance(entries, list) else [], 1):
        try:
            item = parse(entry, position, taken)
        except ValueError as error:
            kept.append(entry)
            problems.append(describe(error, position))
            continue
        taken.add(item.id)
        passed.append(item)
    return passed, kept, problems


class UserFile:
    def __init__(self, path: Path, schema: int, clock: Clock, what: str) -> None:
        self.path = path
        self.schema = schema
        self.what = what  # e.g. "your own exercises", as the user is told about it
        self._clock = clock
        self._read_only_because: str | None = None  # set when the file must not be written

    def read(self) -> tuple[dict[str, Any], list[Notice]]:
        """The document ({} when there is none or it cannot be used) and what to tell."""
        if not self.path.exists():
            return {}, []
        try:
            return load_versioned(self.path, self.schema, {}), []
        except NewerFileError as newer:
            self._read_only_because = str(newer)
            return read_toml(self.path), [
                Notice(f"{self.what.capitalize()} are read-only", f"The file {self.path}: {newer}.")
            ]
        except UnreadableFile as problem:
            try:
                kept = quarantine(self.path, self._clock.now())
            except OSError as error:  # a read-only folder: leave it, and change nothing
                self._read_only_because = f"it could not be read, nor set aside ({error.strerror})"
                return {}, [
                    Notice(
                        f"{self.what.capitalize()} could not be read",
                        f"The file {self.path} could not be read ({problem}) and is left "
                        "as it is; nothing in it is changed.",
                    )
                ]
            return {}, [
                Notice(
                    f"{self.what.capitalize()} could not be read",
                    f"The file holding {self.what} could not be read: {problem}. It was kept "
                    f"unchanged as {kept.name} in {kept.parent}, and nothing was deleted.",
                )
            ]

    def entries_kept(self, problems: list[str]) -> list[Notice]:
        """What to tell about entries that did not pass the checks and stay in the file."""
        if not problems:
            return []
        return [
            Notice(
                f"Some of {self.what} could not be used",
                f"In {self.path}: " + "; ".join(problems) + ". They are kept in the file "
                "unchanged until you mend them.",
            )
        ]

    def write(self, document: Mapping[str, Any]) -> None:
        """Replace the file atomically; StoreError in plain words when it cannot be."""
        if self._read_only_because is not None:
            raise StoreError(
                errno.EPERM,
                f"{self.path.name} is not changed: {self._read_only_because}. Your change "
                "applies until "
                "you quit.",
            )
        write_toml(self.path, {"schema_version": self.schema, **document})
