"""What the user did: one SessionRecord per session, finished or stopped early.

Each record keeps the local calendar date it was done on, so streaks count the
days the user lived, whatever time zone or daylight-saving change came since.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, NamedTuple

from kneecoach.core.i18n import translate
from kneecoach.core.safety import PRACTICE_SHARE


def counts_as_practice(done: int, total: int) -> bool:
    """The one rule for a practised day (streaks, goals, progression, praise): a session
    in which at least half of the routine's exercises were done in full, at least one."""
    return done >= 1 and done >= PRACTICE_SHARE * total


def practice_rule() -> str:
    """The rule above in plain words, for the progress page."""
    return translate(
        "History",
        "A day counts as practised when you do at least half of a routine's exercises in full. "
        "Skipped exercises, and holds cut short, do not count; a routine you stopped counts "
        "the same way as one you finished.",
    )


class Outcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class ExerciseRecord:
    id: str
    outcome: Outcome
    holds: tuple[str, ...] = ()  # sides held for the full time
    reps: Mapping[str, int] = field(default_factory=dict)  # completed reps per direction


@dataclass(frozen=True)
class SessionRecord:
    id: str
    local_date: date
    started_at: datetime  # aware: carries the UTC offset in force at the time
    ended_at: datetime
    routine: str
    finished: bool  # False when the user stopped before the end
    exercises: tuple[ExerciseRecord, ...]
    pain_before: int | None = None
    pain_after: int | None = None
    paused_seconds: float = 0.0  # time spent paused, left out of the time taken

    @property
    def done_count(self) -> int:
        return sum(1 for e in self.exercises if e.outcome is Outcome.DONE)

    @property
    def counts_as_practice(self) -> bool:
        return counts_as_practice(self.done_count, len(self.exercises))

    @property
    def duration_seconds(self) -> float:
        """The time taken, without the time spent paused."""
        return _taken(self.started_at, self.ended_at, self.paused_seconds)


def _taken(started_at: datetime, ended_at: datetime, paused_seconds: float) -> float:
    return max(0.0, (ended_at - started_at).total_seconds() - paused_seconds)


class SessionSummary(NamedTuple):
    """What the views and statistics need of a session: everything but holds and reps.

    Small enough to keep for years of history in memory and in the store's index;
    a named tuple because it is made thousands of times at start-up.
    """

    id: str
    local_date: date
    started_at: datetime
    ended_at: datetime
    routine: str
    finished: bool
    done: tuple[str, ...]  # exercise ids, in routine order
    skipped: tuple[str, ...]
    pain_before: int | None = None
    pain_after: int | None = None
    paused_seconds: float = 0.0

    @classmethod
    def of(cls, record: SessionRecord) -> SessionSummary:
        return cls(
            id=record.id,
            local_date=record.local_date,
            started_at=record.started_at,
            ended_at=record.ended_at,
            routine=record.routine,
            finished=record.finished,
            done=tuple(e.id for e in record.exercises if e.outcome is Outcome.DONE),
            skipped=tuple(e.id for e in record.exercises if e.outcome is Outcome.SKIPPED),
            pain_before=record.pain_before,
            pain_after=record.pain_after,
            paused_seconds=record.paused_seconds,
        )

    @property
    def counts_as_practice(self) -> bool:
        return counts_as_practice(len(self.done), len(self.done) + len(self.skipped))

    @property
    def duration_seconds(self) -> float:
        return _taken(self.started_at, self.ended_at, self.paused_seconds)

    @property
    def pain(self) -> int | None:
        """The session's pain reading: after the routine if given, else before."""
        return self.pain_after if self.pain_after is not None else self.pain_before


# One summary per line, fields separated by spaces. Texts are escaped only if
# they hold a separator or a quote, so the lines sit in a TOML literal string
# (read with one search, not character by character) and reading years of them
# stays a split and a few parses.
_SEPARATORS = frozenset("% ,'")


def _escaped(value: str) -> str:
    if value.isprintable() and _SEPARATORS.isdisjoint(value):
        return value
    from urllib.parse import quote

    # Anything TOML or a line split could trip on, control characters included.
    return "".join(
        c if c.isprintable() and c not in _SEPARATORS else quote(c, safe="") for c in value
    )


def _unescaped(value: str) -> str:
    if "%" not in value:
        return value
    from urllib.parse import unquote

    return unquote(value)


@functools.lru_cache(maxsize=256)  # the same few lists of exercises, over and over
def _ids(value: str) -> tuple[str, ...]:
    return tuple(_unescaped(i) for i in value.split(",")) if value else ()


def _pain_text(value: int | None) -> str:
    return "-" if value is None else str(value)


def _pain_value(value: str) -> int | None:
    return None if value == "-" else int(value)


def summary_to_line(summary: SessionSummary) -> str:
    return " ".join(
        (
            _escaped(summary.id),
            summary.local_date.isoformat(),
            summary.started_at.isoformat(),
            summary.ended_at.isoformat(),
            "1" if summary.finished else "0",
            _escaped(summary.routine),
            ",".join(_escaped(i) for i in summary.done),
            ",".join(_escaped(i) for i in summary.skipped),
            _pain_text(summary.pain_before),
            _pain_text(summary.pain_after),
            # Left off when nothing was paused: the line reads as it did before.
            *((f"{summary.paused_seconds:g}",) if summary.paused_seconds else ()),
        )
    )


def summary_from_line(line: str) -> SessionSummary:
    """The inverse of summary_to_line; ValueError when the line is not one."""
    fields = line.split(" ")
    if len(fields) == 10:  # nothing paused, or written before pauses were kept
        fields.append("0")
    key, day, start, end, finished, routine, done, skipped, before, after, paused = fields
    return SessionSummary(
        _unescaped(key),
        date.fromisoformat(day),
        datetime.fromisoformat(start),
        datetime.fromisoformat(end),
        _unescaped(routine),
        finished == "1",
        _ids(done),
        _ids(skipped),
        _pain_value(before),
        _pain_value(after),
        _paused_value(paused),
    )


def _paused_value(value: str) -> float:
    seconds = float(value)
    if not 0 <= seconds < float("inf"):
        raise ValueError(f"paused seconds {value!r}")
    return seconds


class RecordError(ValueError):
    """A history entry that cannot be understood."""


def record_to_toml(record: SessionRecord) -> dict[str, Any]:
    table: dict[str, Any] = {
        "id": record.id,
        "local_date": record.local_date,
        "started_at": record.started_at,
        "ended_at": record.ended_at,
        "routine": record.routine,
        "finished": record.finished,
    }
    if record.pain_before is not None:
        table["pain_before"] = record.pain_before
    if record.pain_after is not None:
        table["pain_after"] = record.pain_after
    if record.paused_seconds:  # older files have none: nothing was paused, or not kept
        table["paused_seconds"] = record.paused_seconds
    table["exercise"] = [
        {"id": e.id, "outcome": e.outcome.value, "holds": list(e.holds), "reps": dict(e.reps)}
        for e in record.exercises
    ]
    return table


def record_from_toml(table: Mapping[str, Any]) -> SessionRecord:
    """Parse one [[session]] table; raises RecordError naming the field that is wrong."""
    try:
        started_at = _aware(table["started_at"], "started_at")
        ended_at = _aware(table["ended_at"], "ended_at")
        local_date = table["local_date"]
        if not isinstance(local_date, date) or isinstance(local_date, datetime):
            raise RecordError(
                translate("History", "{field} must be a date such as 2026-05-01").format(
                    field="local_date"
                )
            )
        exercises = tuple(_exercise_from_toml(e) for e in table.get("exercise", []))
        return SessionRecord(
            id=_text(table["id"], "id"),
            local_date=local_date,
            started_at=started_at,
            ended_at=ended_at,
            routine=_text(table["routine"], "routine"),
            finished=_flag(table["finished"], "finished"),
            exercises=exercises,
            pain_before=_pain(table.get("pain_before"), "pain_before"),
            pain_after=_pain(table.get("pain_after"), "pain_after"),
            paused_seconds=_seconds(table.get("paused_seconds", 0.0), "paused_seconds"),
        )
    except KeyError as missing:
        raise RecordError(
            translate("History", "{field} is missing").format(field=missing.args[0])
        ) from None
    except (TypeError, AttributeError) as error:
        raise RecordError(
            translate("History", "an entry has the wrong shape ({error})").format(error=error)
        ) from None


def _exercise_from_toml(table: Mapping[str, Any]) -> ExerciseRecord:
    try:
        outcome = Outcome(table["outcome"])
    except ValueError:
        raise RecordError(
            translate("History", "{field} {value} is neither done nor skipped").format(
                field="outcome", value=repr(table["outcome"])
            )
        ) from None
    holds = table.get("holds", [])
    reps = table.get("reps", {})
    if not all(isinstance(h, str) for h in holds):
        raise RecordError(
            translate("History", "{field} must be a list of sides").format(field="holds")
        )
    if not all(isinstance(k, str) and type(v) is int and v >= 0 for k, v in reps.items()):
        raise RecordError(
            translate("History", "{field} must map each direction to a whole number").format(
                field="reps"
            )
        )
    return ExerciseRecord(_text(table["id"], "exercise id"), outcome, tuple(holds), dict(reps))


def _aware(value: object, name: str) -> datetime:
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise RecordError(
            translate("History", "{field} must be a date and time with its UTC offset").format(
                field=name
            )
        )
    return value


def _text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value:
        raise RecordError(
            translate("History", "{field} must be a non-empty text").format(field=name)
        )
    return value


def _flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise RecordError(translate("History", "{field} must be true or false").format(field=name))
    return value


def _seconds(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1e9:
        raise RecordError(
            translate("History", "{field} must be a number of seconds, 0 or more").format(
                field=name
            )
        )
    return float(value)


def _pain(value: object, name: str) -> int | None:
    if value is None:
        return None
    if type(value) is not int or not 0 <= value <= 10:
        raise RecordError(
            translate("History", "{field} must be a whole number from 0 to 10").format(field=name)
        )
    return value
