"""The one reader of KneeCoach's versioned files: every store reads through it.

Each way a file can be found has one behaviour, the same for every file:

- missing: the store starts from its defaults, and nothing is written;
- written by a newer KneeCoach (a higher `schema_version`): what can be read is
  used, the file is never written over, and the user is told once;
- unreadable (damaged, not UTF-8 text, nested too deeply, too large, a folder or
  anything else in its place, no valid `schema_version`): it is moved aside with
  its bytes untouched and the user is told where; the store goes on with its
  defaults or its last good copy. When it cannot even be moved (a read-only
  folder) it stays where it is and is never written over;
- older: migrated one schema step at a time;
- readable, with values of the wrong type or keys this version does not know:
  each store keeps what is valid, and `VersionedFile.keep_original` keeps the
  file's bytes in a copy before anything is written over them.

This module stays light (no dataclasses, no writer): the first window's quick
look at the settings reads through it before the rest of the app loads.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from kneecoach.core.i18n import translate
from kneecoach.core.storage.files import MAX_FILE_BYTES, UnreadableFile, quarantine, read_toml

Migrations = Mapping[int, Callable[[dict[str, Any]], dict[str, Any]]]


class Found(Enum):
    MISSING = "missing"
    CURRENT = "current"  # read, and migrated if it was older
    NEWER = "newer"  # read as it is; never to be written over
    UNREADABLE = "unreadable"


class Reading:
    """What was found at a path, and what was done about it."""

    __slots__ = ("document", "found", "kept", "problem")

    def __init__(
        self,
        found: Found,
        document: dict[str, Any] | None = None,
        problem: str = "",
        kept: Path | None = None,
    ) -> None:
        self.found = found
        self.document: dict[str, Any] = document if document is not None else {}
        self.problem = problem  # in words, for NEWER and UNREADABLE
        # Where an unreadable file's bytes went; None when they are still at the path.
        self.kept = kept

    @property
    def writable(self) -> bool:
        """Whether the path may be written: never over a newer file, nor over an
        unreadable one still in place."""
        if self.found is Found.NEWER:
            return False
        return self.found is not Found.UNREADABLE or self.kept is not None


def read_versioned(
    path: Path,
    schema: int,
    migrations: Migrations,
    now: Callable[[], datetime] | None,
    limit: int = MAX_FILE_BYTES,
) -> Reading:
    """Read `path` as a document of format `schema`. An unreadable file is moved aside
    (stamped with `now()`), unless `now` is None: then nothing on disk is touched."""
    if not os.path.lexists(path):
        return Reading(Found.MISSING)
    try:
        document = read_toml(path, limit)
        version = document.get("schema_version")
        if type(version) is not int or version < 1:
            raise UnreadableFile(translate("TomlFile", "it has no valid schema_version"))
    except UnreadableFile as problem:
        return _set_aside(path, str(problem), now)
    if version > schema:
        newer = translate(
            "TomlFile",
            "it was written by a newer version of KneeCoach (format {version}); "
            "it is shown but not changed",
        ).format(version=version)
        return Reading(Found.NEWER, document, newer)
    while version < schema:
        try:
            document = migrations[version](document)
        except (KeyError, TypeError, ValueError, AttributeError):
            return _set_aside(
                path,
                translate("VersionedFile", "its format {version} could not be upgraded").format(
                    version=version
                ),
                now,
            )
        version += 1
        document["schema_version"] = version
    return Reading(Found.CURRENT, document)


def _set_aside(path: Path, problem: str, now: Callable[[], datetime] | None) -> Reading:
    if now is None:
        return Reading(Found.UNREADABLE, problem=problem)
    try:
        kept = quarantine(path, now())
    except OSError:  # a read-only folder: leave it, and write nothing over it
        return Reading(Found.UNREADABLE, problem=problem)
    return Reading(Found.UNREADABLE, problem=problem, kept=kept)
