"""What the app remembers for itself between runs: reminder state and hints already given.

Nothing here was recorded by the user, so an unreadable file is set aside and
the app starts from fresh defaults (and says so); the history is never involved.
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
from kneecoach.core.reminders import ReminderState, state_from_table, state_to_table
from kneecoach.core.tomlfile import (
    NewerFileError,
    UnreadableFile,
    load_versioned,
    quarantine,
    write_toml,
)

STATE_FILE = "state.toml"
STATE_SCHEMA = 1


@dataclass
class AppState:
    reminders: ReminderState = field(default_factory=ReminderState)
    hints_given: set[str] = field(default_factory=set)  # e.g. "close-to-tray", said once
    seek_help_hidden: Hidden | None = None  # the advice to see a professional
    progression_answered: date | None = None  # when an offer of longer holds was last answered


class AppStateStore:
    def __init__(self, folder: Path, clock: Clock) -> None:
        self.path = folder / STATE_FILE
        self.state = AppState()
        self._clock = clock
        self._writable = True

    def load(self) -> list[Notice]:
        if not self.path.exists():
            return []
        try:
            table = load_versioned(self.path, STATE_SCHEMA, {})
        except NewerFileError:
            self._writable = False
            return []
        except UnreadableFile as problem:
            kept = quarantine(self.path, self._clock.now())
            return [
                Notice(
                    translate("AppStateStore", "Reminder state was reset"),
                    translate(
                        "AppStateStore",
                        "A small file KneeCoach keeps for its reminders could not be read: "
                        "{problem}. It was set aside as {file}; your history is not affected.",
                    ).format(problem=problem, file=kept.name),
                )
            ]
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
        return []

    def save(self) -> None:
        """Write the state; StoreError (plain words) when it cannot be written."""
        if not self._writable:
            return
        document: dict[str, Any] = {
            "schema_version": STATE_SCHEMA,
            "reminders": state_to_table(self.state.reminders),
            "hints_given": sorted(self.state.hints_given),
        }
        hidden = self.state.seek_help_hidden
        if hidden is not None:
            document["seek_help_hidden"] = {"reason": hidden.reason.value, "on": hidden.on}
        if self.state.progression_answered is not None:
            document["progression_answered"] = self.state.progression_answered
        write_toml(self.path, document, keep_backup=False)


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
