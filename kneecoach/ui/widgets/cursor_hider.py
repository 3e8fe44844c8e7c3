"""Hides the mouse pointer over a full-screen session once it has been still a while."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QWidget

CURSOR_IDLE_SECONDS = 3.0  # in fullscreen the pointer hides after this long without moving


class CursorHider:
    """Hides the pointer over a fullscreen window once it has been still for a while."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self._last_position = QPoint()
        self._last_moved = time.monotonic()
        self.hidden = False

    def check(self, fullscreen: bool) -> None:
        position = QCursor.pos()
        now = time.monotonic()
        if position != self._last_position:
            self._last_position, self._last_moved = position, now
        idle = now - self._last_moved >= CURSOR_IDLE_SECONDS
        self._set_hidden(fullscreen and idle)

    def _set_hidden(self, hidden: bool) -> None:
        if hidden != self.hidden:
            self.hidden = hidden
            if hidden:
                self.widget.setCursor(Qt.CursorShape.BlankCursor)
            else:
                self.widget.unsetCursor()
