"""Fake screen-saver inhibitors on a D-Bus bus, for tests: the XDG portal, GNOME's session
manager and the freedesktop ScreenSaver, each with the real method signatures, so a
call with a wrong argument type fails as it would on a desktop.

    python fake_inhibitors.py BUS_ADDRESS SERVICE...   (SERVICE: portal, gnome, screensaver)

Prints "ready", then one line per call received ("gnome Inhibit ... 8").
"""

import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusObjectPath

EXPORT = QDBusConnection.RegisterOption.ExportAllSlots
REQUEST = "/org/freedesktop/portal/desktop/request/1_0/kneecoach"


def said(*words: object) -> None:
    print(*words, flush=True)


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Inhibit"})
class Portal(QObject):
    @Slot(str, "uint", "QVariantMap", result=QDBusObjectPath)
    def Inhibit(self, window, flags, options):
        said("portal Inhibit", repr(window), flags, options.get("reason"))
        return QDBusObjectPath(REQUEST)


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Request"})
class Request(QObject):
    @Slot()
    def Close(self):
        said("portal Close")


@ClassInfo({"D-Bus Interface": "org.gnome.SessionManager"})
class Gnome(QObject):
    @Slot(str, "uint", str, "uint", result="uint")
    def Inhibit(self, app_id, xid, reason, flags):
        said("gnome Inhibit", app_id, xid, reason, flags)
        return 7

    @Slot("uint")
    def Uninhibit(self, cookie):
        said("gnome Uninhibit", cookie)


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    @Slot(str, str, result="uint")
    def Inhibit(self, app, reason):
        said("screensaver Inhibit", app, reason)
        return 42

    @Slot("uint")
    def UnInhibit(self, cookie):
        said("screensaver UnInhibit", cookie)


SERVICES = {
    "portal": ("org.freedesktop.portal.Desktop", {"/org/freedesktop/portal/desktop": Portal,
                                                   REQUEST: Request}),
    "portal-without-inhibit": ("org.freedesktop.portal.Desktop", {}),  # a backend lacking it
    "gnome": ("org.gnome.SessionManager", {"/org/gnome/SessionManager": Gnome}),
    "screensaver": ("org.freedesktop.ScreenSaver", {"/org/freedesktop/ScreenSaver": ScreenSaver}),
}  # fmt: skip


def main() -> None:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.connectToBus(sys.argv[1], "fake-inhibitors")
    kept = []
    for key in sys.argv[2:]:
        service, objects = SERVICES[key]
        for path, kind in objects.items():
            served = kind()
            kept.append(served)
            assert bus.registerObject(path, served, EXPORT), path
        assert bus.registerService(service), service
    said("ready")
    app.exec()


if __name__ == "__main__":
    main()
