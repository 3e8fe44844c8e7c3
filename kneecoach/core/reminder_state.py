"""What the reminders remember between runs: which were given, snoozed or skipped.
Read with the other small state at start; the schedule itself (`reminders.py`)
joins with the reminders, once the home page is up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime


@dataclass(frozen=True)
class ReminderState:
    """What the user has already been told or asked for; saved between runs."""

    handled_until: datetime | None = None  # reminders due up to here were given or set aside
    snoozed_until: datetime | None = None
    skipped_day: date | None = None


def state_to_table(state: ReminderState) -> dict[str, object]:
    table: dict[str, object] = {}
    if state.handled_until is not None:
        table["handled_until"] = state.handled_until
    if state.snoozed_until is not None:
        table["snoozed_until"] = state.snoozed_until
    if state.skipped_day is not None:
        table["skipped_day"] = state.skipped_day
    return table


def state_from_table(table: object) -> ReminderState:
    """The saved state; a value of the wrong kind is dropped rather than trusted."""
    if not isinstance(table, dict):
        return ReminderState()

    def instant(key: str) -> datetime | None:
        value = table.get(key)
        if isinstance(value, datetime) and value.tzinfo is not None:
            return value.astimezone(UTC)
        return None

    skipped = table.get("skipped_day")
    return ReminderState(
        handled_until=instant("handled_until"),
        snoozed_until=instant("snoozed_until"),
        skipped_day=skipped if type(skipped) is date else None,
    )
