"""Arms one single-shot timer for the next reminder check; nothing polls.

The core decides what to say and when to look again. This adds what only the
desktop knows: a wake-up from suspend (logind's PrepareForSleep signal on the
system bus, where there is one) makes it look again at once.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import SLOT, QObject, Qt, QTimer, Signal, Slot

from kneecoach.core.clock import LocalZone
from kneecoach.core.reminders import ReminderScheduler

log = logging.getLogger(__name__)


class ReminderTimer(QObject):
    remind = Signal(object)  # kneecoach.core.reminders.Reminder
    status_changed = Signal()

    def __init__(
        self,
        scheduler: ReminderScheduler,
        save_state: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self.next_due: datetime | None = None
        self._save_state = save_state
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # coarse may fire 5% early
        self._timer.timeout.connect(self.check)
        self._watch_system_sleep()

    def check(self) -> None:
        """Look now: give a reminder if one is due, then arm the timer for the next look."""
        LocalZone.refresh()  # a time-zone change made while we run
        wakeup = self.scheduler.check()
        if wakeup.clock_moved:
            log.info("the wall clock moved by %s; reminders re-armed", wakeup.clock_moved)
        if self.scheduler.changed:
            self._save_state()
            self.scheduler.changed = False
        self.next_due = wakeup.next_due
        self._timer.start(math.ceil(wakeup.seconds * 1000))
        if wakeup.reminder is not None:
            log.info("reminder (%s) due %s", wakeup.reminder.reason, wakeup.reminder.due)
            self.remind.emit(wakeup.reminder)
        self.status_changed.emit()

    def snooze(self, minutes: int) -> None:
        self.scheduler.snooze(minutes)
        self.check()

    def skip_today(self) -> None:
        self.scheduler.skip_today()
        self.check()

    def stop(self) -> None:
        self._timer.stop()

    def _watch_system_sleep(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover
            return
        bus = QDBusConnection.systemBus()
        if bus.isConnected():
            bus.connect(  # type: ignore[call-overload]  # the stubs lack the SLOT() form
                "org.freedesktop.login1", "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager", "PrepareForSleep",
                self, SLOT("_on_prepare_for_sleep(bool)"),
            )  # fmt: skip

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            log.info("woke from sleep; checking reminders")
            self.check()
