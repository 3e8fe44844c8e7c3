"""Notifications through the desktop's own notification daemon (freedesktop spec, over D-Bus).

They land in the desktop's notification centre and carry action buttons. Where
there is no daemon (Windows, macOS, a bare X session) `available()` is false and
the caller falls back to the tray balloon or the window.

A reminder stays until it is acted on (no expiry), and any action takes it away.
On Wayland the daemon hands over an activation token with the action; it is put
where Qt's xdg-activation reads it, so the window the action raises comes forward.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot

from kneecoach import APP_ID

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"


# Daemons that list the "default" action beside the others (dunst's menu): a
# second action with the same label would show twice there. GNOME, Plasma and
# Xfce use "default" for a click on the notification and show no button for it.
LISTS_DEFAULT_ACTION = {"dunst"}
NEVER_EXPIRES = 0  # expire_timeout in ms: 0 is "never", -1 the daemon's own (10 s in dunst)


class DesktopNotifications(QObject):
    # The action key ("default" when the notification itself is clicked).
    action_invoked = Signal(str)
    # The xdg-activation token (Wayland) the daemon gave for the action that follows.
    activation_token = Signal(str)
    # A reminder appeared or went away (answered, closed by the person, replaced):
    # what the tray menu offers may change with it.
    shown_changed = Signal()

    def __init__(
        self, app_name: str, icon: str, parent: QObject | None = None, bus: object = None
    ) -> None:
        """`bus`: a QDBusConnection other than the session bus (tests use a private one)."""
        super().__init__(parent)
        self._app_name = app_name
        self._icon = icon
        self._shown: set[int] = set()
        self._server: str | None = None
        self._token = ""
        self._bus = None
        if not sys.platform.startswith("linux") and not sys.platform.startswith("freebsd"):
            return
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus is part of PySide6-Essentials
            return
        bus = bus if isinstance(bus, QDBusConnection) else QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        self._bus = bus
        for signal, slot in (
            ("ActionInvoked", "_on_action(uint,QString)"),
            ("ActivationToken", "_on_activation_token(uint,QString)"),
            ("NotificationClosed", "_on_closed(uint,uint)"),
        ):
            # The stubs lack the SLOT() form.
            bus.connect(SERVICE, PATH, INTERFACE, signal, self, SLOT(slot))  # type: ignore[call-overload]

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

    def notify(
        self,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]],
        expires: int = NEVER_EXPIRES,
    ) -> bool:
        """Show a notification with (key, label) action buttons; False if it could not be shown.
        `expires`: in ms; -1 is the daemon's own time-out (reminders never expire)."""
        if self._bus is None:
            return False
        from PySide6.QtDBus import QDBusMessage

        replaces = _uint_argument(0)
        if replaces is None:
            return False
        shown = distinct_actions(actions) if self.server() in LISTS_DEFAULT_ACTION else actions
        flat_actions = [word for pair in shown for word in pair]
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Notify")
        hints = {"desktop-entry": APP_ID, "category": "reminder"}
        message.setArguments(
            [self._app_name, replaces, self._icon, title, body, flat_actions, hints, expires]
        )
        reply = self._bus.call(message)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            log.warning("notification not shown: %s", reply.errorMessage())
            return False
        self._shown.add(int(reply.arguments()[0]))
        self.shown_changed.emit()
        return True

    def close_all(self) -> None:
        """Take our notifications away: answered, or the routine was started another way."""
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
        if self._shown:
            self._shown.clear()
            self.shown_changed.emit()

    def server(self) -> str:
        """The daemon's name ("dunst", "gnome-shell", "Plasma" ...); "" when it does not say."""
        if self._server is None and self._bus is not None:
            from PySide6.QtDBus import QDBusMessage

            asked = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "GetServerInformation")
            reply = self._bus.call(asked)
            answer = reply.arguments() if reply.type() == reply.MessageType.ReplyMessage else []
            self._server = str(answer[0]) if answer else ""
        return self._server or ""

    def shown(self) -> int:
        """How many of our notifications are on screen or in the notification centre."""
        return len(self._shown)

    @Slot("uint", str)
    def _on_action(self, notification: int, key: str) -> None:
        if notification not in self._shown:  # other programs' notifications are not ours
            return
        self.close_all()  # answered: Snooze as much as Start takes the reminder away
        token, self._token = self._token, ""
        with activation_token(token):
            self.action_invoked.emit(key)

    @Slot("uint", str)
    def _on_activation_token(self, notification: int, token: str) -> None:
        if notification in self._shown:  # comes just before the ActionInvoked it goes with
            self._token = token
            self.activation_token.emit(token)

    @Slot("uint", "uint")
    def _on_closed(self, notification: int, _reason: int) -> None:
        if notification in self._shown:
            self._shown.discard(notification)
            self.shown_changed.emit()


def distinct_actions(actions: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The actions without those repeating the default action's label (it does the same)."""
    default = dict(actions).get("default")
    return [(key, label) for key, label in actions if key == "default" or label != default]


@contextmanager
def activation_token(token: str) -> Iterator[None]:
    """While inside, a window's requestActivate() presents `token` to the compositor.

    Qt's Wayland plugin reads XDG_ACTIVATION_TOKEN once and unsets it; what is not
    used is taken away again, so no later raise offers a stale token.
    """
    if not token or not _on_wayland():
        yield
        return
    os.environ["XDG_ACTIVATION_TOKEN"] = token
    try:
        yield
    finally:
        if os.environ.get("XDG_ACTIVATION_TOKEN") == token:
            del os.environ["XDG_ACTIVATION_TOKEN"]


def _on_wayland() -> bool:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName().startswith("wayland")


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
