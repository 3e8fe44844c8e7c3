"""The history store: every session the user recorded, one TOML file per month.

It never loses what was recorded: writes are atomic, the last good copy of each
file is kept, a file it cannot read is moved aside untouched (and its last good
copy restored), entries it cannot read are left out but kept in a copy of the
original, and a session that could not be saved stays in memory to be saved
again. A lock on the folder keeps a second writer out; a folder it may not
write in at all (read-only) is opened read-only, everything recorded shown.

It stays fast as history grows for years: saving rewrites only the month the
session belongs to, and start-up reads the months from a small index (one line
per session) instead of parsing every file; the month under way is indexed as
the store closes. The index is only a cache: each entry carries the size and
time of its month file, and a month that changed since, by hand or otherwise,
is read again from its file.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from kneecoach.core.clock import Clock
from kneecoach.core.history import Chronological, SessionRecord, SessionSummary
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.storage.files import (
    PRIVATE_FILE_MODE,
    FolderLock,
    StoreError,
    backup_path,
    quarantine,
    write_file,
)
from kneecoach.core.storage.history_files import (
    HISTORY_FOLDER,
    INDEX_FILE,
    OLD_HISTORY_FILE,
    OLD_HISTORY_KEPT,
    OLD_INDEX_FILE,
    What,
    describe_month,
    fingerprint,
    index_payload,
    is_month,
    month_of,
    month_payload,
    read_index,
)
from kneecoach.core.storage.history_reading import Records, SessionFile

__all__ = ["OLD_HISTORY_KEPT", "HistoryStore", "month_of"]


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
        self._ids: set[str] | None = None  # every session's id, for merging
        self._texts: dict[str, tuple[SessionRecord, str]] = {}  # as last written
        # Each month's file as it was when its summaries were last read or written,
        # so the index never pairs old summaries with a file changed since.
        self._seen: dict[str, str | None] = {}
        self._indexed: dict[str, str] = {}  # each month's file as the index has it
        # Said while reading a month later on (on first use), for the app to show.
        self.notices: list[Notice] = []

    # --- what is recorded ----------------------------------------------------
    @property
    def sessions(self) -> list[SessionSummary]:
        """Every session, oldest first."""
        if self._sessions is None:
            months = [self._summaries[month] for month in sorted(self._summaries)]
            ordered = [s for summaries in months for s in summaries]
            # Each month's summaries are kept in order (see _summarised): only where two
            # months meet can a session dated in one have started before one of the
            # other (after a flight), and then all are sorted.
            ends = [(m[0], m[-1]) for m in months if m]
            if any(a[1].started_at > b[0].started_at for a, b in itertools.pairwise(ends)):
                ordered.sort(key=lambda s: s.started_at)
            self._sessions = Chronological(ordered)
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
    def add(self, record: SessionRecord) -> bool:
        """Keep a new session (or put a deleted one back); one already here is left as it
        is (and False is returned)."""
        return self.merge([record]) > 0

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
        by_month: dict[str, list[SessionRecord]] = {}
        for record in records:
            by_month.setdefault(month_of(record.local_date), []).append(record)
        # Read first: a month known from the index may hold other sessions by now.
        existing = {m: self._month_records(m) for m in by_month if m in self._summaries}
        if self._ids is None:
            self._ids = {s.id for summaries in self._summaries.values() for s in summaries}
        taken, added = self._ids, 0
        for month, candidates in by_month.items():
            new = []
            for record in candidates:
                if record.id not in taken:
                    taken.add(record.id)
                    new.append(record)
            if new:
                self._set_month(month, [*existing.get(month, []), *new])
                self._ids = taken  # still every id: _set_month only forgot it
                added += len(new)
        return added

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
            self._write(self._month_path(month), month_payload(records, self._texts))
            self._seen[month] = fingerprint(self._month_path(month))
            self._dirty.discard(month)
            index_changed = index_changed or month != this_month
        if index_changed:
            self._write_index()

    @staticmethod
    def _write(path: Path, payload: bytes) -> None:
        write_file(path, payload, PRIVATE_FILE_MODE, keep_backup=True)

    # --- opening -------------------------------------------------------------
    def open(self) -> list[Notice]:
        """Load the history; returns what the user should be told about it."""
        notices = self._take_lock()
        index = self._read_index()
        months = self._months_on_disk()
        this_month = self._this_month()
        # The month under way is indexed only as the app closes (see close()); its
        # entry is used when the file has not changed since, like any other's.
        index_stale = set(index) - {this_month} != months - {this_month}
        for month in sorted(months):
            lines = index.get(month)
            if lines is not None:  # _read_index remembered the file as it matched
                self._summaries[month] = lines
                continue
            records, said = self._load_month(month)
            notices += said
            self._summaries[month] = _summarised(records)
            self._records[month] = records
            index_stale = index_stale or month != this_month
        notices += self._upgrade_single_file()
        if index_stale and not self.read_only_reason:
            self._write_index()
        return notices

    def _take_lock(self) -> list[Notice]:
        try:
            held = self._lock.acquire()
            reason = (
                None
                if held
                else translate(
                    "HistoryStore", "Another KneeCoach is already using this data folder."
                )
            )
        except StoreError as error:  # a read-only folder, say: show it, change nothing
            reason = error.strerror
        if reason is None:
            self._remove_stale_temporaries()
            return []
        self.read_only_reason = reason
        return [Notice(translate("HistoryStore", "History is read-only"), reason)]

    def _months_on_disk(self) -> set[str]:
        months = {p.stem for p in self.months_folder.glob("????-??.toml") if is_month(p.stem)}
        return months | {
            p.name[: -len(".toml.bak")]
            for p in self.months_folder.glob("????-??.toml.bak")
            if is_month(p.name[: -len(".toml.bak")])
        }

    def close(self) -> None:
        """Let go of the folder; first index the month under way, so that the next start
        need not parse it, unless the index has it as it is already."""
        this_month = self._this_month()
        seen = self._seen.get(this_month)
        if (
            not self.read_only_reason
            and this_month in self._summaries
            and this_month not in self._dirty
            and seen is not None
            and seen != self._indexed.get(this_month)
        ):
            self._write_index(with_this_month=True)
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
            self._summaries[month] = _summarised(records)
            self._sessions = self._ids = None
        return self._records[month]

    def _set_month(self, month: str, records: list[SessionRecord]) -> None:
        self._records[month] = records
        self._summaries[month] = _summarised(records)
        self._dirty.add(month)
        self._sessions = self._ids = None

    def _load_month(self, month: str) -> Records:
        path = self._month_path(month)
        before = fingerprint(path)
        records, notices = self._read_file(path, describe_month(month, path.name), True)
        # The file as read; unless reading it changed it (restored from its last good copy).
        self._seen[month] = before if not notices else fingerprint(path)
        return records, notices

    def _read_file(self, path: Path, what: What, may_restore: bool) -> Records:
        file = SessionFile(path, what, self._clock.now, lambda: self.read_only_reason, may_restore)
        records, notices = file.read()
        if file.newer_because:
            self.read_only_reason = file.newer_because
        return records, notices

    def _upgrade_single_file(self) -> list[Notice]:
        """Move the sessions of the older single history.toml into month files.

        Merging by id makes it safe to run again after an interruption; the old
        file is kept under another name once its sessions are safely saved.
        """
        old = self.folder / OLD_HISTORY_FILE
        if not os.path.lexists(old) and not backup_path(old).exists():
            return []
        what = What(
            translate("HistoryStore", "Your history file"),
            translate("HistoryStore", "your history file", "inside a sentence"),
        )
        records, notices = self._read_file(old, what, False)
        if self.read_only_reason:
            self._merge_records(records)  # shown, though it cannot be saved this time
            return notices
        try:
            self.merge(records)
            # The last good copy first: left alone, it would look like a lost file.
            if backup_path(old).exists():
                os.replace(backup_path(old), self.folder / (OLD_HISTORY_KEPT + ".bak"))
            if os.path.lexists(old):
                os.replace(old, self.folder / OLD_HISTORY_KEPT)
        except (StoreError, OSError) as error:
            notices.append(
                Notice(translate("HistoryStore", "History could not be saved"), str(error))
            )
        return notices

    # --- the index of earlier months -------------------------------------------
    def _read_index(self) -> dict[str, list[SessionSummary]]:
        """Months whose file is unchanged since it was indexed; {} if there is no usable index."""
        path = self.months_folder / INDEX_FILE
        index = read_index(path)
        if index is None:  # damaged: its bytes are kept, though the month files hold it all
            if not self.read_only_reason:
                with contextlib.suppress(OSError):
                    quarantine(path, self._clock.now())
            return {}
        usable: dict[str, list[SessionSummary]] = {}
        for month, (indexed, summaries) in index.items():
            if is_month(month) and indexed == fingerprint(self._month_path(month)):
                usable[month] = summaries
                self._seen[month] = self._indexed[month] = indexed  # as its summaries say
        return usable

    def _write_index(self, with_this_month: bool = False) -> None:
        # Saving a session rewrites this month's file: its entry would be stale at once.
        skipped = set() if with_this_month else {self._this_month()}
        months: dict[str, tuple[str, list[SessionSummary]]] = {}
        for month in sorted(self._summaries):
            if month in skipped or month in self._dirty:
                continue
            seen = fingerprint(self._month_path(month))
            if seen is None or seen != self._seen.get(month):
                continue  # changed on disk since it was read: the next start reads it
            months[month] = (seen, self._summaries[month])
        # Only a cache: if it cannot be written, the next start reads the month files.
        with contextlib.suppress(StoreError):
            write_file(self.months_folder / INDEX_FILE, index_payload(months), PRIVATE_FILE_MODE)
            self._indexed = {month: seen for month, (seen, _) in months.items()}
            with contextlib.suppress(OSError):
                (self.months_folder / OLD_INDEX_FILE).unlink(missing_ok=True)

    def _remove_stale_temporaries(self) -> None:
        # Left behind only by a process killed mid-write; never a file anyone reads.
        for folder in (self.folder, self.months_folder):
            for leftover in folder.glob(".*.tmp"):
                with contextlib.suppress(OSError):
                    leftover.unlink()


def _summarised(records: list[SessionRecord]) -> list[SessionSummary]:
    """A month's summaries, oldest first, as the index keeps them."""
    return sorted((SessionSummary.of(r) for r in records), key=lambda s: s.started_at)
