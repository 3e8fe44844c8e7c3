"""Notifications through the desktop's own notification daemon (freedesktop spec, over D-Bus).

They land in the desktop's notification centre and carry action buttons. Where
there is no daemon (Windows, macOS, a bare X session) `available()` is false and
the caller falls back to the tray balloon or the window.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot

from kneecoach import APP_ID

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"


class DesktopNotifications(QObject):
    # The action key ("default" when the notification itself is clicked).
    action_invoked = Signal(str)

    def __init__(self, app_name: str, icon: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._icon = icon
        self._shown: set[int] = set()
        self._bus = None
        if not sys.platform.startswith("linux") and not sys.platform.startswith("freebsd"):
            return
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus is part of PySide6-Essentials
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        self._bus = bus
        bus.connect(  # type: ignore[call-overload]  # the stubs lack the SLOT() form
            SERVICE, PATH, INTERFACE, "ActionInvoked", self, SLOT("_on_action(uint,QString)")
        )

    def available(self) -> bool:
        """True when a notification daemon is running (or can be started) on the session bus."""
        if self._bus is None or _uint_argument(0) is None:
            return False
        names = self._bus.interface()
        if names.isServiceRegistered(SERVICE).value():
            return True
        from PySide6.QtDBus import QDBusMessage

        listing = QDBusMessage.createMethodCall(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
            "ListActivatableNames",
        )  # fmt: skip
        reply = self._bus.call(listing)
        return bool(reply.arguments()) and SERVICE in reply.arguments()[0]

    def notify(self, title: str, body: str, actions: Sequence[tuple[str, str]]) -> bool:
        """Show a notification with (key, label) action buttons; False if it could not be shown."""
        if self._bus is None:
            return False
        from PySide6.QtDBus import QDBusMessage

        replaces = _uint_argument(0)
        if replaces is None:
            return False
        flat_actions = [word for pair in actions for word in pair]
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Notify")
        hints = {"desktop-entry": APP_ID, "category": "reminder"}
        message.setArguments(
            [self._app_name, replaces, self._icon, title, body, flat_actions, hints, -1]
        )
        reply = self._bus.call(message)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            log.warning("notification not shown: %s", reply.errorMessage())
            return False
        self._shown.add(int(reply.arguments()[0]))
        return True

    def close_all(self) -> None:
        """Take our notifications away (the routine was started another way)."""
        if self._bus is None:
            return
        from PySide6.QtDBus import QDBusMessage

        for notification in list(self._shown):
            argument = _uint_argument(notification)
            if argument is None:
                break
            message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "CloseNotification")
            message.setArguments([argument])
            self._bus.call(message)
        self._shown.clear()

    @Slot("uint", str)
    def _on_action(self, notification: int, key: str) -> None:
        if notification in self._shown:  # other programs' notifications are not ours to act on
            self.action_invoked.emit(key)


def _uint_argument(value: int) -> object | None:
    """A D-Bus UINT32 argument, or None where one cannot be made.

    The spec's ids are UINT32 and daemons check the signature, but PySide6 turns
    a Python int into INT32 and QDBusArgument's `<<` picks the unsigned *short*
    overload. So the uint overload of `QDBusArgument::operator<<` is called
    directly from the Qt library already loaded into this process.
    """
    try:
        import shiboken6
        from PySide6.QtDBus import QDBusArgument

        append = _append_uint()
        argument = QDBusArgument()
        append(shiboken6.getCppPointer(argument)[0], value)
    except (OSError, AttributeError, ImportError) as error:
        log.info("D-Bus notifications unavailable: %s", error)
        return None
    return argument


_APPEND_UINT: Any = None  # a C function from ctypes


def _append_uint() -> Any:
    global _APPEND_UINT
    if _APPEND_UINT is None:
        # NOLOAD: only the copy PySide6 already uses, never another Qt found on the system.
        library = ctypes.CDLL("libQt6DBus.so.6", mode=os.RTLD_NOLOAD | ctypes.RTLD_GLOBAL)
        function = library._ZN13QDBusArgumentlsEj  # QDBusArgument::operator<<(uint)
        function.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        function.restype = ctypes.c_void_p
        _APPEND_UINT = function
    return _APPEND_UINT
