"""Windows that fit their screen: never larger than its free area (panels left out),
title bar included, however large the text or the scaling.

With 1.5× text (a font DPI of 144) a 1366×768 laptop screen is 911×512 to Qt; at
200 % scaling a 2732×1536 one is 1366×768. A window sized for a roomy desktop
would run off such a screen with its buttons, so each window is shrunk to the
room there is and moved inside it, and long content scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QSize
from PySide6.QtWidgets import QWidget

# A title bar and borders, until the window manager has framed the window (GNOME's
# title bars are about 37 px, most others less; the bottom border may hold a grip).
FRAME_GUESS = QMargins(4, 38, 4, 4)


def frame_margins(window: QWidget) -> QMargins:
    """How much the window manager adds around `window`, or a guess before it has."""
    frame, inner = window.frameGeometry(), window.geometry()
    if frame == inner and window.isWindow():
        return FRAME_GUESS
    return QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )


def room(window: QWidget) -> QSize:
    """The largest size `window` can have with its frame on its screen's free area."""
    screen = window.screen()
    margins = frame_margins(window)
    available = screen.availableGeometry().size()
    width = available.width() - margins.left() - margins.right()
    height = available.height() - margins.top() - margins.bottom()
    return QSize(max(width, 1), max(height, 1))


def fit_to_screen(window: QWidget, move: bool = True) -> None:
    """Shrink `window` (and the least size it allows) to its screen, and move it inside
    (a dialog is placed by Qt, over its parent and inside the screen: `move` False)."""
    if window.isFullScreen() or window.isMaximized():
        return  # the window manager sizes those to the screen itself
    space = room(window)
    least = window.minimumSize()
    if least.width() > space.width() or least.height() > space.height():
        window.setMinimumSize(least.boundedTo(space))
    size = window.size().boundedTo(space)
    if size != window.size():
        window.resize(size)
    if not move:
        return
    margins = frame_margins(window)
    available = window.screen().availableGeometry()
    right = available.right() + 1 - size.width() - margins.left() - margins.right()
    bottom = available.bottom() + 1 - size.height() - margins.top() - margins.bottom()
    place = window.pos()  # a window's pos() is its frame's corner
    inside = QPoint(
        max(available.left(), min(place.x(), right)), max(available.top(), min(place.y(), bottom))
    )
    if inside != place:
        window.move(inside)


def size_for(window: QWidget, wanted: QSize) -> QSize:
    """`wanted`, or less where the screen has less room."""
    return wanted.boundedTo(room(window))


class _KeepOnScreen(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.shown = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            if not self.shown:
                # Qt gives a new window at most two thirds of the screen: it may have all
                # the room there is, so a body that scrolls scrolls only when it must.
                self.shown = True
                wanted = watched.sizeHint().expandedTo(watched.size())
                watched.resize(size_for(watched, wanted))
            fit_to_screen(watched, move=False)
        return False


def keep_on_screen(window: QWidget) -> None:
    """Fit `window` to its screen each time it is shown (a dialog, say)."""
    window.installEventFilter(_KeepOnScreen(window))
