"""A small versioned TOML file holding what the user made, read once and written whole.

It is never written over when it could not be read (it is set aside, bytes
untouched, and the user is told), nor when a newer KneeCoach wrote it.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from kneecoach.core.clock import Clock
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
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


@dataclass(frozen=True)
class FileWords:
    """What the user is told about one user file, each a whole text for translators."""

    read_only: str  # a title: "Your own exercises are read-only"
    unreadable: str  # a title: "Your own exercises could not be read"
    # With {problem}, {file} and {folder}: "The file holding your own exercises could not
    # be read: {problem}. It was kept unchanged as {file} in {folder}, and nothing was deleted."
    set_aside: str
    unusable: str  # a title: "Some of your own exercises could not be used"


class UserFile:
    def __init__(
        self, path: Path, schema: int, clock: Clock, words: Callable[[], FileWords]
    ) -> None:
        self.path = path
        self.schema = schema
        # Asked for when something is to be told, in the language in use then.
        self.words = words
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
                Notice(
                    self.words().read_only,
                    translate("UserFile", "The file {file}: {problem}.").format(
                        file=self.path, problem=newer
                    ),
                )
            ]
        except UnreadableFile as problem:
            try:
                kept = quarantine(self.path, self._clock.now())
            except OSError as error:  # a read-only folder: leave it, and change nothing
                self._read_only_because = translate(
                    "UserFile", "it could not be read, nor set aside ({reason})"
                ).format(reason=error.strerror)
                return {}, [
                    Notice(
                        self.words().unreadable,
                        translate(
                            "UserFile",
                            "The file {file} could not be read ({problem}) and is left "
                            "as it is; nothing in it is changed.",
                        ).format(file=self.path, problem=problem),
                    )
                ]
            words = self.words()
            return {}, [
                Notice(
                    words.unreadable,
                    words.set_aside.format(problem=problem, file=kept.name, folder=kept.parent),
                )
            ]

    def entries_kept(self, problems: list[str]) -> list[Notice]:
        """What to tell about entries that did not pass the checks and stay in the file."""
        if not problems:
            return []
        return [
            Notice(
                self.words().unusable,
                translate(
                    "UserFile",
                    "In {file}: {problems}. They are kept in the file unchanged until you mend "
                    "them.",
                ).format(file=self.path, problems="; ".join(problems)),
            )
        ]

    def write(self, document: Mapping[str, Any]) -> None:
        """Replace the file atomically; StoreError in plain words when it cannot be."""
        if self._read_only_because is not None:
            raise StoreError(
                errno.EPERM,
                translate(
                    "UserFile",
                    "{file} is not changed: {reason}. Your change applies until you quit.",
                ).format(file=self.path.name, reason=self._read_only_because),
            )
        write_toml(self.path, {"schema_version": self.schema, **document})
