"""One versioned file of a store: read through the one reader, told in the store's words,
written only when that is safe.

A store names its file, its format and its words; everything else (what to do
with a missing, newer, unreadable or partly valid file, and what to say) is
decided here once, for every store.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kneecoach.core.clock import Clock
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.storage.files import StoreError, keep_copy, write_toml
from kneecoach.core.storage.versioned import Found, Migrations, Reading, read_versioned


@dataclass(frozen=True)
class FileWords:
    """What the user is told about one file, each a whole text for translators."""

    read_only: str  # a title: "Settings are read-only"
    # With {problem} (and {file}): "Your settings file: {problem}."
    newer: str
    unreadable: str  # a title: "Settings could not be read"
    # With {problem}, {file} and {folder}, where the bytes were kept, and what is used now.
    set_aside: str
    unusable: str  # a title: "Some settings were not valid"
    # With {problems}, {file} and {folder}: what was wrong, where the original was kept.
    kept_original: str


class VersionedFile:
    def __init__(
        self,
        path: Path,
        schema: int,
        clock: Clock,
        words: Callable[[], FileWords],
        migrations: Migrations | None = None,
    ) -> None:
        self.path = path
        self.schema = schema
        # Asked for when something is to be told, in the language in use then.
        self.words = words
        self._clock = clock
        self._migrations: Migrations = migrations or {}
        self.read_only_because: str | None = None  # set when the file must not be written

    @property
    def writable(self) -> bool:
        return self.read_only_because is None

    def read(self) -> tuple[dict[str, Any], list[Notice]]:
        """The document ({} when there is none or it cannot be used) and what to tell."""
        now = self._clock.now if self.writable else None  # read-only: nothing is set aside
        reading = read_versioned(self.path, self.schema, self._migrations, now)
        return reading.document, self.told(reading)

    def told(self, reading: Reading) -> list[Notice]:
        """What the user is told about a reading, in this file's words; notes whether the
        file may be written."""
        if not reading.writable:
            self.read_only_because = reading.problem
        if reading.found is Found.NEWER:
            words = self.words()
            text = words.newer.format(problem=reading.problem, file=self.path)
            return [Notice(words.read_only, text)]
        if reading.found is not Found.UNREADABLE:
            return []
        words = self.words()
        if reading.kept is None:
            self.read_only_because = translate(
                "UserFile", "it could not be read, nor set aside ({reason})"
            ).format(reason=reading.problem)
            text = translate(
                "UserFile",
                "The file {file} could not be read ({problem}) and is left "
                "as it is; nothing in it is changed.",
            ).format(file=self.path, problem=reading.problem)
            return [Notice(words.unreadable, text)]
        text = words.set_aside.format(
            problem=reading.problem, file=reading.kept.name, folder=reading.kept.parent
        )
        return [Notice(words.unreadable, text)]

    def keep_original(self, problems: list[str]) -> list[Notice]:
        """Keep the file's bytes as they are in a copy beside it, before values that could
        not be used are written over, and say so; nothing when there were no problems."""
        if not problems:
            return []
        copy = self.path  # never written over when read-only: the original stays there
        if self.writable:
            copy = original_copy(self.path, self._clock.now().strftime("%Y%m%d-%H%M%S"))
            try:
                if not copy.exists():
                    keep_copy(self.path, copy)
            except OSError:  # a read-only folder: then the file itself is not written either
                self.read_only_because = translate(
                    "VersionedFile", "its original could not be kept in a copy"
                )
                copy = self.path
        words = self.words()
        listed = "; ".join(problems[:5]) + (" …" if len(problems) > 5 else "")
        text = words.kept_original.format(problems=listed, file=copy.name, folder=copy.parent)
        return [Notice(words.unusable, text)]

    def write(self, document: Mapping[str, Any], keep_backup: bool = True) -> None:
        """Replace the file atomically; StoreError in plain words when it cannot be, or
        must not be (a newer or unreadable file is never written over)."""
        if self.read_only_because is not None:
            raise StoreError(
                errno.EPERM,
                translate(
                    "UserFile",
                    "{file} is not changed: {reason}. Your change applies until you quit.",
                ).format(file=self.path.name, reason=self.read_only_because),
            )
        write_toml(self.path, {"schema_version": self.schema, **document}, keep_backup)


def original_copy(path: Path, stamp: str) -> Path:
    """Where the original of a file partly read is kept: NAME.original-STAMP.toml, or
    the copy kept already when the file has not changed since (read again at each start)."""
    try:
        size = path.stat().st_size
        for earlier in path.parent.glob(f"{path.stem}.original-*{path.suffix}"):
            if earlier.stat().st_size == size and earlier.read_bytes() == path.read_bytes():
                return earlier
    except OSError:
        pass  # then a new copy, which keep_copy makes or explains
    copy = path.with_name(f"{path.stem}.original-{stamp}{path.suffix}")
    number = 1
    while copy.exists():
        number += 1
        copy = path.with_name(f"{path.stem}.original-{stamp}-{number}{path.suffix}")
    return copy
