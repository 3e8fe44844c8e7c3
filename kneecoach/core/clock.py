"""One clock abstraction, injected wherever time matters.

`monotonic()` drives timers (it never jumps); `now()` is the wall clock, aware
of the local UTC offset, used only to date what the user did.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards."""
        ...

    def now(self) -> datetime:
        """The local wall-clock time, with its UTC offset."""
        ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now().astimezone()
