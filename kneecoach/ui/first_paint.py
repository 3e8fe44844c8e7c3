"""Run something once a window has been painted, so the user sees it before the wait."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that is never painted (on another workspace, say) must not hold the rest up.
_AT_THE_LATEST_MS = 250


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, action: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._action: Callable[[], None] | None = action
        window.installEventFilter(self)  # removed once run: no cost afterwards
        QTimer.singleShot(_AT_THE_LATEST_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._run)  # after the painted frame reaches the screen
        return False

    def _run(self) -> None:
        action, self._action = self._action, None
        if action is not None:
            self._window.removeEventFilter(self)
            action()


def when_painted(window: QWidget, action: Callable[[], None]) -> None:
    """Call `action` once, just after `window`'s first paint (or soon, if it is not painted)."""
    _FirstPaint(window, action)
