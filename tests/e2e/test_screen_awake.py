"""Keeping the screen on during a routine, against fake inhibitors on a real (private)
D-Bus bus: the portal first, then GNOME's session manager, then the ScreenSaver; the
one that held is logged and released."""

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from kneecoach.ui.platform.screen_awake import ScreenAwake
from tests.e2e.desktop import private_session_bus

pytestmark = pytest.mark.e2e

FAKE = Path(__file__).with_name("fake_inhibitors.py")
REASON = "A KneeCoach routine is in progress"
GNOME_CALLS = [f"gnome Inhibit io.github.kneecoach.KneeCoach 0 {REASON} 8", "gnome Uninhibit 7"]


@pytest.fixture
def bus_address():
    with private_session_bus() as address:
        yield address


def served(address: str, *services: str) -> subprocess.Popen:
    fake = subprocess.Popen(
        [sys.executable, str(FAKE), address, *services],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert fake.stdout.readline().strip() == "ready", fake.stderr.read()
    return fake


def calls(fake: subprocess.Popen) -> list[str]:
    fake.terminate()
    out, _ = fake.communicate(timeout=10)
    return out.splitlines()


@pytest.mark.parametrize(
    ("services", "holder", "expected"),
    [
        (
            ("portal", "gnome", "screensaver"),
            "org.freedesktop.portal.Desktop",
            ["portal Inhibit '' 8 A KneeCoach routine is in progress", "portal Close"],
        ),
        (
            ("gnome", "screensaver"),
            "org.gnome.SessionManager",
            GNOME_CALLS,
        ),
        (
            ("portal-without-inhibit", "gnome"),
            "org.gnome.SessionManager",
            GNOME_CALLS,
        ),
        (
            ("screensaver",),
            "org.freedesktop.ScreenSaver",
            ["screensaver Inhibit KneeCoach A KneeCoach routine is in progress",
             "screensaver UnInhibit 42"],
        ),
    ],
)  # fmt: skip
def test_the_first_inhibitor_there_holds_the_screen_and_is_logged(
    qapp, bus_address, caplog, services, holder, expected
):
    fake = served(bus_address, *services)
    bus = QDBusConnection.connectToBus(bus_address, f"awake-{len(services)}")
    try:
        awake = ScreenAwake(bus)
        with caplog.at_level(logging.INFO, logger="kneecoach.ui.platform.screen_awake"):
            awake.hold()
            assert awake.held and awake.held_by == holder
            awake.hold()  # held already: not asked twice
            awake.release()
        assert not awake.held
        assert f"the screen is kept awake by {holder}" in caplog.text
        if "portal-without-inhibit" in services:
            assert "org.freedesktop.portal.Desktop did not keep the screen awake" in caplog.text
    finally:
        received = calls(fake)
        QDBusConnection.disconnectFromBus(f"awake-{len(services)}")
    assert received == expected


def test_with_no_inhibitor_the_routine_goes_on_and_says_so(qapp, bus_address, caplog):
    bus = QDBusConnection.connectToBus(bus_address, "awake-none")
    try:
        awake = ScreenAwake(bus)
        with caplog.at_level(logging.INFO, logger="kneecoach.ui.platform.screen_awake"):
            awake.hold()
        assert not awake.held
        assert "no service to keep the screen on" in caplog.text
    finally:
        QDBusConnection.disconnectFromBus("awake-none")
