"""What the app remembers for itself between runs: reminder state and hints already given.

Nothing here was recorded by the user, so an unreadable file is set aside and
the app starts from fresh defaults (and says so); the history is never involved.
A value of the wrong kind, or a key this version does not know, is left out and
said, and the file as it was is kept in a copy before it is written again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kneecoach.core.clock import Clock
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.pain import Hidden, Reason
from kneecoach.core.reminder_state import ReminderState, state_from_table, state_to_table
from kneecoach.core.storage.versioned_file import FileWords, VersionedFile

STATE_FILE = "state.toml"
STATE_SCHEMA = 1


@dataclass
class AppState:
    reminders: ReminderState = field(default_factory=ReminderState)
    hints_given: set[str] = field(default_factory=set)  # e.g. "close-to-tray", said once
    seek_help_hidden: Hidden | None = None  # the advice to see a professional
    progression_answered: date | None = None  # when an offer of longer holds was last answered


def _words() -> FileWords:
    return FileWords(
        read_only=translate("AppStateStore", "Reminder state is not saved"),
        newer=translate(
            "AppStateStore",
            "A small file KneeCoach keeps for its reminders ({file}): {problem}.",
        ),
        unreadable=translate("AppStateStore", "Reminder state was reset"),
        set_aside=translate(
            "AppStateStore",
            "A small file KneeCoach keeps for its reminders could not be read: "
            "{problem}. It was set aside as {file}; your history is not affected.",
        ),
        unusable=translate("AppStateStore", "Part of the reminder state was reset"),
        kept_original=translate(
            "AppStateStore",
            "In a small file KneeCoach keeps for its reminders, {problems}; that part was "
            "reset. The original file was kept as {file} in {folder}; your history is not "
            "affected.",
        ),
    )


class AppStateStore:
    def __init__(self, folder: Path, clock: Clock) -> None:
        self.file = VersionedFile(folder / STATE_FILE, STATE_SCHEMA, clock, _words)
        self.state = AppState()

    @property
    def path(self) -> Path:
        return self.file.path

    def load(self) -> list[Notice]:
        table, notices = self.file.read()
        hints = table.get("hints_given", [])
        hidden = table.get("seek_help_hidden")
        self.state = AppState(
            reminders=state_from_table(table.get("reminders")),
            hints_given={h for h in hints if isinstance(h, str)}
            if isinstance(hints, list)
            else set(),
            seek_help_hidden=_hidden_from_table(hidden),
            progression_answered=_date_or_none(table.get("progression_answered")),
        )
        return notices + self.file.keep_original(_problems(table, self.state))

    def save(self) -> None:
        """Write the state; StoreError (plain words) when it cannot be written. Nothing
        is written over a file that must not be (the user was told when it was read)."""
        if not self.file.writable:
            return
        document: dict[str, Any] = {
            "reminders": state_to_table(self.state.reminders),
            "hints_given": sorted(self.state.hints_given),
        }
        hidden = self.state.seek_help_hidden
        if hidden is not None:
            document["seek_help_hidden"] = {"reason": hidden.reason.value, "on": hidden.on}
        if self.state.progression_answered is not None:
            document["progression_answered"] = self.state.progression_answered
        self.file.write(document, keep_backup=False)


_KNOWN = {"schema_version", "reminders", "hints_given", "seek_help_hidden", "progression_answered"}
_REMINDER_KEYS = ("handled_until", "snoozed_until", "skipped_day")


def _problems(table: dict[str, Any], state: AppState) -> list[str]:
    """What in `table` was not used: unknown keys and values of the wrong kind."""
    unused = [k for k in table if k not in _KNOWN]
    reminders = table.get("reminders", {})
    if isinstance(reminders, dict):
        read = state_to_table(state.reminders)
        unused += [f"reminders.{k}" for k in reminders if k not in read]
    else:
        unused.append("reminders")
    hints = table.get("hints_given", [])
    if not isinstance(hints, list) or not all(isinstance(h, str) for h in hints):
        unused.append("hints_given")
    if "seek_help_hidden" in table and state.seek_help_hidden is None:
        unused.append("seek_help_hidden")
    if "progression_answered" in table and state.progression_answered is None:
        unused.append("progression_answered")
    if not unused:
        return []
    return [translate("AppStateStore", "{keys} could not be used").format(keys=", ".join(unused))]


def _date_or_none(value: object) -> date | None:
    return value if isinstance(value, date) and not isinstance(value, datetime) else None


def _hidden_from_table(table: object) -> Hidden | None:
    # Only a reminder of a choice: anything odd in it just shows the advice again.
    if not isinstance(table, dict):
        return None
    on = _date_or_none(table.get("on"))
    if on is None:
        return None
    try:
        return Hidden(Reason(str(table.get("reason"))), on)
    except ValueError:
        return None
