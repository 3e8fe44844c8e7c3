"""Enter presses the focused button, as Space does.

Outside a dialog Qt leaves Enter to the window, so a keyboard user who tabs to
"Start routine" and presses Enter would see nothing happen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class EnterPressesButtons(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and isinstance(watched, QPushButton)
            and not watched.autoDefault()  # a dialog's buttons: the dialog sees to Enter
            and watched.isEnabled()
        ):
            watched.click()
            return True
        return False


def install(app: QApplication) -> None:
    if not app.property("kneecoach_enter_filter"):
        app.setProperty("kneecoach_enter_filter", True)
        app.installEventFilter(EnterPressesButtons(app))
