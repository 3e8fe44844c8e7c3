"""A small versioned TOML file holding what the user made, read once and written whole.

It is read and written as every versioned file is (see versioned_file.py); an
entry that does not pass the checks stays in the file as it was, so a hand edit
gone wrong can still be mended.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.storage.versioned_file import FileWords, VersionedFile

__all__ = ["FileWords", "UserFile", "put_by_id", "read_entries", "user_file_words"]


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


def not_a_list(field: str) -> str:
    """A problem in words: a field that should list things does not."""
    return translate("UserFile", "'{field}' is not a list").format(field=field)


def user_file_words(read_only: str, unreadable: str, set_aside: str, unusable: str) -> FileWords:
    """The words of a file the user made: its own titles, and what every such file says."""
    return FileWords(
        read_only=read_only,
        newer=translate("UserFile", "The file {file}: {problem}."),
        unreadable=unreadable,
        set_aside=set_aside,
        unusable=unusable,
        kept_original=translate(
            "UserFile",
            "Part of the file could not be used: {problems}. The rest is used, and the "
            "original file was kept as {file} in {folder}.",
        ),
    )


class UserFile(VersionedFile):
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
