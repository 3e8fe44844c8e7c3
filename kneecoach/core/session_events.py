"""What a session says happened, and what it shows at one instant.

Events are small immutable facts for the interface to show, chime, speak or
announce; a Snapshot is everything a view needs to draw the session now.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kneecoach.core.history import SessionRecord
from kneecoach.core.routine import Step

FINAL_SECONDS = 3  # counted down with a tick
LAST_SECONDS = 5  # "five seconds left", once, in a hold long enough for it


class Status(StrEnum):
    NOT_STARTED = "not-started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class State(StrEnum):
    """What the person on the mat is doing now: the step while running, else the status."""

    NOT_STARTED = "not-started"
    GET_READY = "get-ready"
    HOLD = "hold"
    SWITCH = "switch"
    REPS = "reps"
    REST = "rest"
    PAUSED = "paused"
    DONE = "done"
    STOPPED = "stopped"


# Events: small immutable facts for the UI to show, chime or speak.
@dataclass(frozen=True)
class StepStarted:
    index: int
    step: Step


@dataclass(frozen=True)
class SecondShown:
    remaining: int  # the whole seconds now on the countdown


@dataclass(frozen=True)
class FinalSecond:
    remaining: int  # 3, 2, 1 in the last seconds of a timed step
    step: Step


@dataclass(frozen=True)
class SwitchSides:
    step: Step  # the SWITCH step, naming the side or direction to change to


@dataclass(frozen=True)
class Halfway:
    step: Step  # a hold has reached its halfway point


@dataclass(frozen=True)
class LastSeconds:
    remaining: int  # LAST_SECONDS: the hold enters its last seconds
    step: Step


@dataclass(frozen=True)
class RepStarted:
    number: int
    total: int
    direction: str


@dataclass(frozen=True)
class ExerciseEnded:
    exercise_index: int
    exercise_id: str
    done: bool


@dataclass(frozen=True)
class RoutineEnded:
    record: SessionRecord


@dataclass(frozen=True)
class Paused:
    """The session was paused."""


@dataclass(frozen=True)
class Resumed:
    """The session goes on."""


Event = (
    StepStarted
    | SecondShown
    | FinalSecond
    | SwitchSides
    | Halfway
    | LastSeconds
    | RepStarted
    | ExerciseEnded
    | RoutineEnded
    | Paused
    | Resumed
)


@dataclass(frozen=True)
class Snapshot:
    """Everything a view needs to draw the session at one instant."""

    status: Status
    state: State
    step: Step | None
    step_index: int
    step_count: int
    remaining: float  # seconds to the step's deadline
    shown_seconds: int  # what the countdown shows: ceil(remaining)
    fraction_done: float  # of the current step, 0..1
    rep: int  # the rep in progress, 1-based; 0 outside REPS
    exercise_number: int  # 1-based
    exercise_count: int
    next_step: Step | None

    @property
    def elapsed(self) -> float:
        """Seconds into the current step (0 when there is none)."""
        return self.step.duration - self.remaining if self.step else 0.0
