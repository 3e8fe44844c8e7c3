"""Reading one file of sessions, whatever state it is found in, and what to tell about it.

Through the one reader of versioned files; what is particular to the history is
that a file which cannot be read has a last good copy to fall back on, and that
sessions which cannot be read are left out one by one, the original file kept.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from kneecoach.core.history import SessionRecord
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.storage.files import (
    PRIVATE_FILE_MODE,
    StoreError,
    backup_path,
    keep_copy,
    write_file,
)
from kneecoach.core.storage.history_files import (
    HISTORY_SCHEMA,
    MIGRATIONS,
    What,
    month_payload,
    parse_sessions,
)
from kneecoach.core.storage.versioned import Found, read_versioned
from kneecoach.core.storage.versioned_file import original_copy

Records = tuple[list[SessionRecord], list[Notice]]


class SessionFile:
    """One file of sessions. `read_only` is asked each time: when it says why nothing may
    be written, nothing on disk is moved or written, and what can be read is shown."""

    def __init__(
        self,
        path: Path,
        what: What,
        now: Callable[[], datetime],
        read_only: Callable[[], str | None],
        may_restore: bool,
    ) -> None:
        self.path = path
        self.what = what
        self._now = now
        self._read_only = read_only
        self._may_restore = may_restore  # write the last good copy back in place
        self.newer_because: str | None = None  # set when a newer KneeCoach wrote it

    def read(self) -> Records:
        """The sessions in the file and what to tell, handling each way it can be wrong."""
        what = self.what
        if not os.path.lexists(self.path):
            if backup_path(self.path).exists():
                opening = translate("HistoryStore", "{what} was missing").format(what=what.start)
                return self._restore_backup(opening)
            return [], []
        keeping = self._read_only() is None
        reading = read_versioned(
            self.path, HISTORY_SCHEMA, MIGRATIONS, self._now if keeping else None
        )
        if reading.found is Found.NEWER:
            self.newer_because = translate("HistoryStore", "{what}: {problem}.").format(
                what=what.start, problem=reading.problem
            )
            records, _ = parse_sessions(reading.document)
            return records, [
                Notice(translate("HistoryStore", "History is read-only"), self.newer_because)
            ]
        if reading.found is Found.UNREADABLE:
            if reading.kept is None:  # not ours to move aside, or it cannot be moved
                return [], [
                    Notice(
                        translate("HistoryStore", "History could not be read"),
                        translate("HistoryStore", "{what}: {problem}.").format(
                            what=what.start, problem=reading.problem
                        ),
                    )
                ]
            kept = reading.kept
            return self._restore_backup(
                translate(
                    "HistoryStore",
                    "{what} could not be read: {problem}. It was kept unchanged as "
                    "{file} in {folder}, so nothing in it is lost",
                ).format(
                    what=what.start, problem=reading.problem, file=kept.name, folder=kept.parent
                ),
            )
        records, problems = parse_sessions(reading.document)
        return records, self._some_left_out(problems)

    def _some_left_out(self, problems: list[str]) -> list[Notice]:
        if not problems:
            return []
        kept = self.path
        if self._read_only() is None:  # else the file is never written over: it stays
            kept = original_copy(self.path, self._now().strftime("%Y%m%d-%H%M%S"))
            with contextlib.suppress(OSError):
                if not kept.exists():
                    keep_copy(self.path, kept)
        listed = "; ".join(problems[:3]) + (" …" if len(problems) > 3 else "")
        count = len(problems)
        return [
            Notice(
                translate("HistoryStore", "Some history entries could not be read"),
                translate(
                    "HistoryStore",
                    "%n session(s) in {what} could not be read and (is|are) left out ({problems}). "
                    "The original file was kept as {file} in {folder}.",
                    None,
                    count,
                ).format(
                    what=self.what.inside, problems=listed, file=kept.name, folder=kept.parent
                ),
            )
        ]

    def _restore_backup(self, opening: str) -> Records:
        """Bring back the last good copy; `opening` says what happened to the file."""
        reading = read_versioned(backup_path(self.path), HISTORY_SCHEMA, MIGRATIONS, None)
        if reading.found is not Found.CURRENT:
            return [], [
                Notice(
                    translate("HistoryStore", "History could not be read"),
                    translate("HistoryStore", "{what_happened}. A new history was started.").format(
                        what_happened=opening
                    ),
                )
            ]
        records, _ = parse_sessions(reading.document)
        if self._read_only() is None and self._may_restore:
            with contextlib.suppress(StoreError, ValueError):
                write_file(self.path, month_payload(records), PRIVATE_FILE_MODE)
        count = len(records)
        return records, [
            Notice(
                translate("HistoryStore", "History restored from the last good copy"),
                translate(
                    "HistoryStore",
                    "{what_happened}. The last good copy, with %n session(s), was restored; "
                    "the most recent session may be missing from it.",
                    None,
                    count,
                ).format(what_happened=opening),
            )
        ]
