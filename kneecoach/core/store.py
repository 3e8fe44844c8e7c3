"""The history store: every session the user recorded, in one TOML file.

It never loses what was recorded: writes are atomic, the last good copy is
kept, a file it cannot read is moved aside untouched (and the last good copy
restored), entries it cannot read are left out but kept in a copy of the
original, and a session that could not be saved stays in memory to be saved
again. A lock on the folder keeps a second writer out.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kneecoach.core.clock import Clock
from kneecoach.core.history import RecordError, SessionRecord, record_from_toml, record_to_toml
from kneecoach.core.tomlfile import (
    FolderLock,
    NewerFileError,
    StoreError,
    UnreadableFile,
    backup_path,
    keep_copy,
    load_versioned,
    quarantine,
    read_toml,
    write_toml,
)

HISTORY_FILE = "history.toml"
HISTORY_SCHEMA = 1
# One step per older schema: MIGRATIONS[n] turns a version-n document into n+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


@dataclass(frozen=True)
class Notice:
    """Something the user must be told, in plain words."""

    title: str
    text: str


class HistoryStore:
    def __init__(self, folder: Path, clock: Clock) -> None:
        self.folder = folder
        self.path = folder / HISTORY_FILE
        self.records: list[SessionRecord] = []
        self.read_only_reason: str | None = None
        self.unsaved = False
        self._clock = clock
        self._lock = FolderLock(folder)

    def open(self) -> list[Notice]:
        """Load the history; returns what the user should be told about it."""
        notices: list[Notice] = []
        if not self._lock.acquire():
            self.read_only_reason = "Another KneeCoach is already using this data folder."
            notices.append(Notice("History is read-only", self.read_only_reason))
        else:
            self._remove_stale_temporaries()
        if self.path.exists():
            notices += self._load_current()
        elif backup_path(self.path).exists():
            notices += self._restore_backup(
                "Your history file was missing. The last saved copy was restored"
            )
        return notices

    def close(self) -> None:
        self._lock.release()

    def add(self, record: SessionRecord) -> None:
        """Keep a new session; it stays in memory even if saving fails (StoreError)."""
        self.records.append(record)
        self.unsaved = True
        self.save()

    def replace(self, record: SessionRecord) -> None:
        self.records = [record if r.id == record.id else r for r in self.records]
        self.unsaved = True
        self.save()

    def save(self) -> None:
        if self.read_only_reason:
            raise StoreError(0, f"Your history was not saved. {self.read_only_reason}")
        document = {
            "schema_version": HISTORY_SCHEMA,
            "session": [record_to_toml(r) for r in self.records],
        }
        write_toml(self.path, document)
        self.unsaved = False

    # --- loading ----------------------------------------------------------
    def _load_current(self) -> list[Notice]:
        try:
            document = load_versioned(self.path, HISTORY_SCHEMA, MIGRATIONS)
        except NewerFileError as newer:
            self.read_only_reason = f"Your history file: {newer}."
            self.records, _ = _parse_sessions(read_toml(self.path))
            return [Notice("History is read-only", self.read_only_reason)]
        except UnreadableFile as problem:
            if self.read_only_reason:  # not ours to move aside while another app holds it
                return [Notice("History could not be read", f"Your history file: {problem}.")]
            kept = quarantine(self.path, self._clock.now())
            return self._restore_backup(
                f"Your history file could not be read: {problem}. It was kept unchanged as "
                f"{kept.name} in {kept.parent}, so nothing in it is lost"
            )
        self.records, problems = _parse_sessions(document)
        if not problems:
            return []
        kept = self.path.with_name(
            f"history.original-{self._clock.now().strftime('%Y%m%d-%H%M%S')}.toml"
        )
        keep_copy(self.path, kept)
        listed = "; ".join(problems[:3]) + (" …" if len(problems) > 3 else "")
        return [
            Notice(
                "Some history entries could not be read",
                f"{len(problems)} session(s) in your history could not be read and are left out "
                f"({listed}). The original file was kept as {kept.name} in {kept.parent}.",
            )
        ]

    def _restore_backup(self, opening: str) -> list[Notice]:
        backup = backup_path(self.path)
        try:
            document = load_versioned(backup, HISTORY_SCHEMA, MIGRATIONS)
            self.records, _ = _parse_sessions(document)
        except (UnreadableFile, NewerFileError):
            self.records = []
            return [Notice("History could not be read", f"{opening}. A new history was started.")]
        if not self.read_only_reason:
            with contextlib.suppress(StoreError):
                self.save()
        return [
            Notice(
                "History restored from the last good copy",
                f"{opening}. The last good copy, with {len(self.records)} session(s), "
                "was restored; the most recent session may be missing from it.",
            )
        ]

    def _remove_stale_temporaries(self) -> None:
        # Left behind only by a process killed mid-write; never a file anyone reads.
        for leftover in self.folder.glob(".*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _parse_sessions(document: dict[str, Any]) -> tuple[list[SessionRecord], list[str]]:
    records: list[SessionRecord] = []
    problems: list[str] = []
    entries = document.get("session", [])
    if not isinstance(entries, list):
        return [], ["'session' is not a list of sessions"]
    for position, entry in enumerate(entries, start=1):
        try:
            if not isinstance(entry, dict):
                raise RecordError("it is not a table")
            records.append(record_from_toml(entry))
        except RecordError as problem:
            problems.append(f"session #{position}: {problem}")
    return records, problems
