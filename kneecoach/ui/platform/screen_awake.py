"""Keeps the screen from blanking while a session runs, where the platform allows it.

Linux desktops answer to different services, so each is tried in turn and the
first that holds is logged: the XDG desktop portal (sandboxes, GNOME, Plasma),
GNOME's session manager, then the freedesktop ScreenSaver (Plasma, Xfce and
others). Only services already running are asked, so a routine never waits
for one to start. Windows has SetThreadExecutionState.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kneecoach import APP_ID
from kneecoach.core.i18n import translate

log = logging.getLogger(__name__)

IDLE = 8  # the "idle" flag of the portal's and GNOME's Inhibit: the screen stays on
TIMEOUT_MS = 2000  # a service that does not answer by then is passed over
PORTAL = "org.freedesktop.portal.Desktop"
GNOME = "org.gnome.SessionManager"
SCREENSAVER = "org.freedesktop.ScreenSaver"


@dataclass
class _Hold:
    service: str
    release: Callable[[], None]


class ScreenAwake:
    """Holds the screen on between `hold` and `release`; `held_by` names the service."""

    def __init__(self, bus: object = None) -> None:
        """`bus`: a QDBusConnection other than the session bus (tests use a private one)."""
        self._bus = bus
        self._hold: _Hold | None = None
        self._windows_held = False

    @property
    def held(self) -> bool:
        return self._hold is not None or self._windows_held

    @property
    def held_by(self) -> str:
        return self._hold.service if self._hold is not None else ""

    def hold(self) -> None:
        if self.held:
            return
        if sys.platform == "win32":
            self._windows_held = _windows_keep_display_on(True)
        elif sys.platform.startswith(("linux", "freebsd")):
            self._hold = _dbus_hold(self._bus)

    def release(self) -> None:
        if self._hold is not None:
            self._hold.release()
            log.info("the screen may blank again (%s)", self._hold.service)
            self._hold = None
        if self._windows_held:
            _windows_keep_display_on(False)
            self._windows_held = False


def _dbus_hold(bus: Any) -> _Hold | None:
    from PySide6.QtDBus import QDBusConnection

    bus = bus if isinstance(bus, QDBusConnection) else QDBusConnection.sessionBus()
    if not bus.isConnected():
        log.info("no session bus: the screen may blank during the routine")
        return None
    # The desktop may show the reason, e.g. when the user logs out while it holds.
    reason = translate("ScreenAwake", "A KneeCoach routine is in progress")
    names = bus.interface()
    for service, inhibit in ((PORTAL, _portal), (GNOME, _gnome), (SCREENSAVER, _screensaver)):
        if not names.isServiceRegistered(service).value():
            continue
        hold = inhibit(bus, reason)
        if hold is not None:
            log.info("the screen is kept awake by %s", service)
            return hold
        log.info("%s did not keep the screen awake", service)
    log.info("no service to keep the screen on during the routine")
    return None


def _call(
    bus: Any, service: str, path: str, interface: str, method: str, *arguments: object
) -> list[Any] | None:
    """The reply's arguments, or None when the call failed."""
    from PySide6.QtDBus import QDBus, QDBusMessage

    message = QDBusMessage.createMethodCall(service, path, interface, method)
    message.setArguments(list(arguments))
    reply = bus.call(message, QDBus.CallMode.Block, TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        log.info("%s.%s: %s", interface, method, reply.errorMessage())
        return None
    return list(reply.arguments())


def _later(bus: Any, *call: Any) -> Callable[[], None]:
    """A call kept for later: the release of a hold."""

    def release() -> None:
        _call(bus, *call)

    return release


def _uint(value: int) -> object | None:
    from kneecoach.ui.platform.desktop_notifications import _uint_argument

    return _uint_argument(value)


def _portal(bus: Any, reason: str) -> _Hold | None:
    """The portal's Inhibit: the hold lasts until its request object is closed."""
    flags = _uint(IDLE)
    if flags is None:
        return None
    path, interface = "/org/freedesktop/portal/desktop", "org.freedesktop.portal.Inhibit"
    answer = _call(bus, PORTAL, path, interface, "Inhibit", "", flags, {"reason": reason})
    if not answer:
        return None
    handle = answer[0].path() if hasattr(answer[0], "path") else str(answer[0])
    return _Hold(PORTAL, _later(bus, PORTAL, handle, "org.freedesktop.portal.Request", "Close"))


def _gnome(bus: Any, reason: str) -> _Hold | None:
    """GNOME's session manager: Inhibit(app_id, toplevel_xid, reason, flags) -> cookie."""
    window, flags = _uint(0), _uint(IDLE)
    if window is None or flags is None:
        return None
    path = "/org/gnome/SessionManager"
    answer = _call(bus, GNOME, path, GNOME, "Inhibit", APP_ID, window, reason, flags)
    if not answer:
        return None
    cookie = _uint(int(answer[0]))
    return _Hold(GNOME, _later(bus, GNOME, path, GNOME, "Uninhibit", cookie))


def _screensaver(bus: Any, reason: str) -> _Hold | None:
    path = "/org/freedesktop/ScreenSaver"
    answer = _call(bus, SCREENSAVER, path, SCREENSAVER, "Inhibit", "KneeCoach", reason)
    if not answer:
        return None
    cookie = _uint(int(answer[0]))
    return _Hold(SCREENSAVER, _later(bus, SCREENSAVER, path, SCREENSAVER, "UnInhibit", cookie))


def _windows_keep_display_on(on: bool) -> bool:
    import ctypes

    continuous, display_required, system_required = 0x80000000, 0x00000002, 0x00000001
    flags = continuous | (display_required | system_required if on else 0)
    return bool(ctypes.windll.kernel32.SetThreadExecutionState(flags))  # type: ignore[attr-defined]
