"""The history store: every session the user recorded, one TOML file per month.

It never loses what was recorded: writes are atomic, the last good copy of each
file is kept, a file it cannot read is moved aside untouched (and its last good
copy restored), entries it cannot read are left out but kept in a copy of the
original, and a session that could not be saved stays in memory to be saved
again. A lock on the folder keeps a second writer out.

It stays fast as history grows for years: saving rewrites only the month the
session belongs to, and start-up reads the months before this one from a small
index (one line per session) instead of parsing every file. The index is only a
cache: each entry carries the size and time of its month file, and a month that
changed since, by hand or otherwise, is read again from its file.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from kneecoach.core.clock import Clock
from kneecoach.core.history import (
    RecordError,
    SessionRecord,
    SessionSummary,
    record_from_toml,
    record_to_toml,
    summary_from_line,
    summary_to_line,
)
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.tomlfile import (
    PRIVATE_FILE_MODE,
    FolderLock,
    NewerFileError,
    StoreError,
    UnreadableFile,
    backup_path,
    keep_copy,
    load_versioned,
    quarantine,
    read_toml,
    write_file,
    write_toml,
)
from kneecoach.core.wording import month_and_year

HISTORY_FOLDER = "history"
INDEX_FILE = "index.toml"
HISTORY_SCHEMA = 2  # 1 was a single history.toml; 2 is one file per month
INDEX_SCHEMA = 1
# The single file of schema 1, moved into month files and then kept under a new name.
OLD_HISTORY_FILE = "history.toml"
OLD_HISTORY_KEPT = "history.toml.before-upgrade"
# Files go from one schema to the next one step at a time. The sessions themselves
# did not change from 1 to 2, only where they are kept (one file, then one per month).
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: lambda document: document}


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _describe_month(month: str) -> str:
    year, number = month.split("-")
    return month_and_year(int(year), int(number))


class _What(NamedTuple):
    """A file of sessions as the user is told about it: at the start of a sentence
    ("Your history file") and inside one ("your history file")."""

    start: str
    inside: str


class HistoryStore:
    def __init__(self, folder: Path, clock: Clock) -> None:
        self.folder = folder
        self.months_folder = folder / HISTORY_FOLDER
        self.read_only_reason: str | None = None
        self._clock = clock
        self._lock = FolderLock(folder)
        self._summaries: dict[str, list[SessionSummary]] = {}
        self._records: dict[str, list[SessionRecord]] = {}  # months read in full
        self._dirty: set[str] = set()
        self._sessions: list[SessionSummary] | None = None
        # Each month's file as it was when its summaries were last read or written,
        # so the index never pairs old summaries with a file changed since.
        self._seen: dict[str, str | None] = {}
        # Said while reading a month later on (on first use), for the app to show.
        self.notices: list[Notice] = []

    # --- what is recorded ----------------------------------------------------
    @property
    def sessions(self) -> list[SessionSummary]:
        """Every session, oldest first."""
        if self._sessions is None:
            self._sessions = sorted(
                (s for month in sorted(self._summaries) for s in self._summaries[month]),
                key=lambda s: s.started_at,
            )
        return self._sessions

    @property
    def unsaved(self) -> bool:
        return bool(self._dirty)

    def record(self, session_id: str, day: date | None = None) -> SessionRecord:
        """The full record of a session, looked for in the month of `day` when given
        (its month is read if it is not in memory); KeyError when it is not there."""
        months = [month_of(day)] if day is not None else self._months_holding(session_id)
        for month in months:
            if month in self._summaries:
                for record in self._month_records(month):
                    if record.id == session_id:
                        return record
        raise KeyError(session_id)

    def all_records(self) -> Iterator[SessionRecord]:
        """Every full record, oldest first; reads the months not in memory."""
        for month in sorted(self._summaries):
            yield from sorted(self._month_records(month), key=lambda r: r.started_at)

    # --- changes (each is kept in memory even if saving fails: StoreError) --
    def add(self, record: SessionRecord) -> None:
        """Keep a new session (or put a deleted one back); one already here is left as it is."""
        self.merge([record])

    def replace(self, record: SessionRecord) -> None:
        month = month_of(record.local_date)
        self.record(record.id, record.local_date)  # KeyError when it is not there
        self._set_month(
            month, [record if r.id == record.id else r for r in self._month_records(month)]
        )
        self.save()

    def delete(self, record: SessionRecord) -> None:
        """Remove a session (the caller keeps `record` to put it back)."""
        month = month_of(record.local_date)
        self.record(record.id, record.local_date)  # KeyError when it is not there
        self._set_month(month, [r for r in self._month_records(month) if r.id != record.id])
        self.save()

    def merge(self, records: Iterable[SessionRecord]) -> int:
        """Add the sessions not already here (same id); returns how many were added."""
        added = self._merge_records(records)
        if self._dirty:
            self.save()
        return added

    def _merge_records(self, records: Iterable[SessionRecord]) -> int:
        taken = {s.id for summaries in self._summaries.values() for s in summaries}
        by_month: dict[str, list[SessionRecord]] = {}
        for record in records:
            if record.id not in taken:
                taken.add(record.id)
                by_month.setdefault(month_of(record.local_date), []).append(record)
        for month, new in by_month.items():
            existing = self._month_records(month) if month in self._summaries else []
            self._set_month(month, [*existing, *new])
        return sum(len(new) for new in by_month.values())

    def save(self) -> None:
        if self.read_only_reason:
            raise StoreError(
                0,
                translate("HistoryStore", "Your history was not saved. {reason}").format(
                    reason=self.read_only_reason
                ),
            )
        index_changed = False
        this_month = self._this_month()
        for month in sorted(self._dirty):
            records = sorted(self._records[month], key=lambda r: r.started_at)
            # A month whose last session was deleted keeps an empty file, so that
            # its last good copy is never mistaken for a lost file and brought back.
            write_toml(self._month_path(month), _document(records))
            self._seen[month] = self._fingerprint(month)
            self._dirty.discard(month)
            index_changed = index_changed or month != this_month
        if index_changed:
            self._write_index()

    # --- opening -------------------------------------------------------------
    def open(self) -> list[Notice]:
        """Load the history; returns what the user should be told about it."""
        notices: list[Notice] = []
        if not self._lock.acquire():
            self.read_only_reason = translate(
                "HistoryStore", "Another KneeCoach is already using this data folder."
            )
            notices.append(
                Notice(translate("HistoryStore", "History is read-only"), self.read_only_reason)
            )
        else:
            self._remove_stale_temporaries()
        index = self._read_index()
        months = {p.stem for p in self.months_folder.glob("????-??.toml") if _is_month(p.stem)}
        months |= {
            p.name[: -len(".toml.bak")]
            for p in self.months_folder.glob("????-??.toml.bak")
            if _is_month(p.name[: -len(".toml.bak")])
        }
        this_month = self._this_month()
        index.pop(this_month, None)  # the month under way is always read from its file
        index_stale = set(index) != months - {this_month}
        for month in sorted(months):
            lines = index.get(month)
            if lines is not None:  # _read_index remembered the file as it matched
                self._summaries[month] = lines
                continue
            records, said = self._load_month(month)
            notices += said
            self._summaries[month] = [SessionSummary.of(r) for r in records]
            self._records[month] = records
            index_stale = index_stale or month != this_month
        notices += self._upgrade_single_file()
        if index_stale and not self.read_only_reason:
            self._write_index()
        return notices

    def close(self) -> None:
        self._lock.release()

    # --- months ----------------------------------------------------------------
    def _this_month(self) -> str:
        return month_of(self._clock.now().date())

    def _month_path(self, month: str) -> Path:
        return self.months_folder / f"{month}.toml"

    def _months_holding(self, session_id: str) -> list[str]:
        return [
            m
            for m, summaries in self._summaries.items()
            if any(s.id == session_id for s in summaries)
        ]

    def _month_records(self, month: str) -> list[SessionRecord]:
        if month not in self._records:
            # Known so far from the index. The file is what counts: what it holds now
            # replaces the summaries, and anything wrong with it is told.
            records, notices = self._load_month(month)
            self.notices += notices
            self._records[month] = records
            self._summaries[month] = [SessionSummary.of(r) for r in records]
            self._sessions = None
        return self._records[month]

    def _set_month(self, month: str, records: list[SessionRecord]) -> None:
        self._records[month] = records
        self._summaries[month] = [SessionSummary.of(r) for r in records]
        self._dirty.add(month)
        self._sessions = None

    def _load_month(self, month: str) -> tuple[list[SessionRecord], list[Notice]]:
        path = self._month_path(month)
        month_name = _describe_month(month)
        what = _What(
            translate("HistoryStore", "Your history for {month} ({file})").format(
                month=month_name, file=path.name
            ),
            translate(
                "HistoryStore", "your history for {month} ({file})", "inside a sentence"
            ).format(month=month_name, file=path.name),
        )
        before = self._fingerprint(month)
        records, notices = self._load_file(path, what)
        # The file as read; unless reading it changed it (restored from its last good copy).
        self._seen[month] = before if not notices else self._fingerprint(month)
        return records, notices

    def _load_file(self, path: Path, what: _What) -> tuple[list[SessionRecord], list[Notice]]:
        """Read one file of sessions, handling each way it can be wrong."""
        if not path.exists():
            if backup_path(path).exists():
                opening = translate("HistoryStore", "{what} was missing").format(what=what.start)
                return self._restore_backup(path, opening)
            return [], []
        try:
            document = load_versioned(path, HISTORY_SCHEMA, MIGRATIONS)
        except NewerFileError as newer:
            self.read_only_reason = translate("HistoryStore", "{what}: {problem}.").format(
                what=what.start, problem=newer
            )
            records, _ = parse_sessions(read_toml(path))
            return records, [
                Notice(translate("HistoryStore", "History is read-only"), self.read_only_reason)
            ]
        except UnreadableFile as problem:
            if self.read_only_reason:  # not ours to move aside while another app holds it
                return [], [
                    Notice(
                        translate("HistoryStore", "History could not be read"),
                        translate("HistoryStore", "{what}: {problem}.").format(
                            what=what.start, problem=problem
                        ),
                    )
                ]
            kept = quarantine(path, self._clock.now())
            return self._restore_backup(
                path,
                translate(
                    "HistoryStore",
                    "{what} could not be read: {problem}. It was kept unchanged as "
                    "{file} in {folder}, so nothing in it is lost",
                ).format(what=what.start, problem=problem, file=kept.name, folder=kept.parent),
            )
        records, problems = parse_sessions(document)
        if not problems:
            return records, []
        kept = path.with_name(
            f"{path.stem}.original-{self._clock.now().strftime('%Y%m%d-%H%M%S')}.toml"
        )
        keep_copy(path, kept)
        listed = "; ".join(problems[:3]) + (" …" if len(problems) > 3 else "")
        count = len(problems)
        return records, [
            Notice(
                translate("HistoryStore", "Some history entries could not be read"),
                translate(
                    "HistoryStore",
                    "%n session(s) in {what} could not be read and (is|are) left out ({problems}). "
                    "The original file was kept as {file} in {folder}.",
                    None,
                    count,
                ).format(what=what.inside, problems=listed, file=kept.name, folder=kept.parent),
            )
        ]

    def _restore_backup(self, path: Path, opening: str) -> tuple[list[SessionRecord], list[Notice]]:
        """Bring back the last good copy of `path`; `opening` says what happened to the file."""
        backup = backup_path(path)
        try:
            records, _ = parse_sessions(load_versioned(backup, HISTORY_SCHEMA, MIGRATIONS))
        except (UnreadableFile, NewerFileError):
            return [], [
                Notice(
                    translate("HistoryStore", "History could not be read"),
                    translate("HistoryStore", "{what_happened}. A new history was started.").format(
                        what_happened=opening
                    ),
                )
            ]
        if not self.read_only_reason and path.parent == self.months_folder:
            with contextlib.suppress(StoreError):
                write_toml(path, _document(records), keep_backup=False)
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

    def _upgrade_single_file(self) -> list[Notice]:
        """Move the sessions of the older single history.toml into month files.

        Merging by id makes it safe to run again after an interruption; the old
        file is kept under another name once its sessions are safely saved.
        """
        old = self.folder / OLD_HISTORY_FILE
        if not old.exists() and not backup_path(old).exists():
            return []
        what = _What(
            translate("HistoryStore", "Your history file"),
            translate("HistoryStore", "your history file", "inside a sentence"),
        )
        records, notices = self._load_file(old, what)
        if self.read_only_reason:
            self._merge_records(records)  # shown, though it cannot be saved this time
            return notices
        try:
            self.merge(records)
            # The last good copy first: left alone, it would look like a lost file.
            if backup_path(old).exists():
                os.replace(backup_path(old), self.folder / (OLD_HISTORY_KEPT + ".bak"))
            if old.exists():
                os.replace(old, self.folder / OLD_HISTORY_KEPT)
        except (StoreError, OSError) as error:
            notices.append(
                Notice(translate("HistoryStore", "History could not be saved"), str(error))
            )
        return notices

    # --- the index of earlier months -------------------------------------------
    def _index_path(self) -> Path:
        return self.months_folder / INDEX_FILE

    def _read_index(self) -> dict[str, list[SessionSummary]]:
        """Months whose file is unchanged since it was indexed; {} if there is no usable index."""
        try:
            document = read_toml(self._index_path())
            if document.get("schema_version") != INDEX_SCHEMA:
                return {}
            index: dict[str, list[SessionSummary]] = {}
            for month, entry in document.get("month", {}).items():
                if entry["fingerprint"] == self._fingerprint(month):
                    text = entry["sessions"]
                    index[month] = [summary_from_line(x) for x in text.split("\n") if x]
                    self._seen[month] = entry["fingerprint"]  # the file as its summaries say
            return index
        except (UnreadableFile, ValueError, KeyError, TypeError, AttributeError):
            return {}  # only a cache: the month files are read instead

    def _write_index(self) -> None:
        # Written by hand to use multi-line literal strings, which tomllib reads
        # many times faster than the escaped strings tomli_w writes.
        parts = [f"schema_version = {INDEX_SCHEMA}\n"]
        this_month = self._this_month()
        for month in sorted(self._summaries):
            if month == this_month or month in self._dirty:
                continue
            fingerprint = self._fingerprint(month)
            if fingerprint is None or fingerprint != self._seen.get(month):
                continue  # changed on disk since it was read: the next start reads it
            lines = "\n".join(summary_to_line(s) for s in self._summaries[month])
            parts.append(
                f"\n[month.{month}]\nfingerprint = \"{fingerprint}\"\nsessions = '''\n{lines}'''\n"
            )
        payload = "".join(parts).encode("utf-8")
        # Only a cache: if it cannot be written, the next start reads the month files.
        with contextlib.suppress(StoreError):
            write_file(self._index_path(), payload, PRIVATE_FILE_MODE)

    def _fingerprint(self, month: str) -> str | None:
        try:
            status = self._month_path(month).stat()
        except OSError:
            return None
        # The inode and change time too: some tools keep the modification time.
        return f"{status.st_size}:{status.st_mtime_ns}:{status.st_ctime_ns}:{status.st_ino}"

    def _remove_stale_temporaries(self) -> None:
        # Left behind only by a process killed mid-write; never a file anyone reads.
        for folder in (self.folder, self.months_folder):
            for leftover in folder.glob(".*.tmp"):
                with contextlib.suppress(OSError):
                    leftover.unlink()


def _document(records: list[SessionRecord]) -> dict[str, Any]:
    return {"schema_version": HISTORY_SCHEMA, "session": [record_to_toml(r) for r in records]}


def _is_month(name: str) -> bool:
    return re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", name) is not None


def parse_sessions(document: dict[str, Any]) -> tuple[list[SessionRecord], list[str]]:
    records: list[SessionRecord] = []
    problems: list[str] = []
    entries = document.get("session", [])
    if not isinstance(entries, list):
        return [], [
            translate("Store", "'{field}' is not a list of sessions").format(field="session")
        ]
    for position, entry in enumerate(entries, start=1):
        try:
            if not isinstance(entry, dict):
                raise RecordError(translate("Store", "it is not a table"))
            records.append(record_from_toml(entry))
        except RecordError as problem:
            problems.append(
                translate("Store", "session #{number}: {problem}").format(
                    number=position, problem=problem
                )
            )
    return records, problems
