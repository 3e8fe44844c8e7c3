"""When the system ends KneeCoach: a signal (logout, `systemctl --user stop`, Ctrl+C
in a terminal) or the session manager asking running programs to save before logout.

Python runs a signal handler only between bytecodes, and while Qt's event loop
waits no Python runs at all. So the C-level handler writes the signal's number to
a socket (`signal.set_wakeup_fd`), Qt's loop wakes on it (QSocketNotifier) and
the ending is handled on the main thread like any other event.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal
from PySide6.QtGui import QGuiApplication, QSessionManager

log = logging.getLogger(__name__)

# (Windows has no SIGHUP.)
ENDING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class Ending(QObject):
    # A signal asked KneeCoach to end (its name, e.g. "SIGTERM"): save and quit.
    quit_requested = Signal(str)
    # The desktop session is ending (logout, shutdown): save now, the quit follows.
    save_requested = Signal()

    def __init__(self, app: QGuiApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd: int | None = None
        self._previous: dict[signal.Signals, object] = {}
        try:
            self._previous_fd = signal.set_wakeup_fd(
                self._writer.fileno(), warn_on_full_buffer=False
            )
        except ValueError:  # not the main thread: the signals keep their default
            log.info("signals not watched: not on the main thread")
        else:
            for number in ENDING_SIGNALS:
                self._previous[number] = signal.signal(number, _noted)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        app.commitDataRequest.connect(self.commit_data)

    def _woken(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        for number in received:
            if number in set(ENDING_SIGNALS):
                name = signal.Signals(number).name
                log.info("%s received: the routine so far is saved and KneeCoach ends", name)
                self.quit_requested.emit(name)
                return

    def commit_data(self, _manager: QSessionManager | None = None) -> None:
        """The session manager's request before a logout: save, asking nothing (no
        interaction is asked for, so the logout is not held up)."""
        log.info("the desktop session is ending: the routine so far is saved")
        self.save_requested.emit()

    def close(self) -> None:
        """Give the signals back as they were (tests make several in one process)."""
        with contextlib.suppress(TypeError, RuntimeError):
            self._app.commitDataRequest.disconnect(self.commit_data)
        if self._previous_fd is not None:
            with contextlib.suppress(ValueError):
                signal.set_wakeup_fd(self._previous_fd)
            for number, handler in self._previous.items():
                with contextlib.suppress(ValueError, TypeError):
                    signal.signal(number, handler)  # type: ignore[arg-type]
            self._previous_fd = None
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def _noted(_number: int, _frame: FrameType | None) -> None:
    """Python's side of the handler: nothing; the wake-up socket carries the signal."""
