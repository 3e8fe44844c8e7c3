"""Keeps the screen from blanking while a session runs, where the platform allows it."""

from __future__ import annotations

import logging
import sys

from kneecoach.core.i18n import translate

log = logging.getLogger(__name__)


class ScreenAwake:
    """Linux: the freedesktop ScreenSaver D-Bus interface; Windows: SetThreadExecutionState."""

    def __init__(self) -> None:
        self._cookie: int | None = None
        self._windows_held = False

    @property
    def held(self) -> bool:
        return self._cookie is not None or self._windows_held

    def hold(self) -> None:
        if self.held:
            return
        if sys.platform == "win32":
            self._windows_held = _windows_keep_display_on(True)
        elif sys.platform.startswith("linux"):
            self._cookie = _dbus_inhibit()

    def release(self) -> None:
        if self._cookie is not None:
            _dbus_uninhibit(self._cookie)
            self._cookie = None
        if self._windows_held:
            _windows_keep_display_on(False)
            self._windows_held = False


def _screensaver() -> object | None:
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None
    interface = QDBusInterface(
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        bus,
    )
    return interface if interface.isValid() else None


def _dbus_inhibit() -> int | None:
    interface = _screensaver()
    if interface is None:
        log.info("No screen saver service to keep the screen on during the routine.")
        return None
    # The desktop may show the reason, e.g. when the user logs out while it holds.
    reason = translate("ScreenAwake", "A KneeCoach routine is in progress")
    reply = interface.call("Inhibit", "KneeCoach", reason)  # type: ignore[attr-defined]
    arguments = reply.arguments()
    return int(arguments[0]) if arguments else None


def _dbus_uninhibit(cookie: int) -> None:
    interface = _screensaver()
    if interface is not None:
        interface.call("UnInhibit", cookie)  # type: ignore[attr-defined]


def _windows_keep_display_on(on: bool) -> bool:
    import ctypes

    continuous, display_required, system_required = 0x80000000, 0x00000002, 0x00000001
    flags = continuous | (display_required | system_required if on else 0)
    return bool(ctypes.windll.kernel32.SetThreadExecutionState(flags))  # type: ignore[attr-defined]
