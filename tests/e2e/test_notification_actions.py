"""A reminder in dunst on a real session bus: it stays, its menu lists each choice once,
and Snooze takes it away."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from kneecoach.ui.platform import desktop_notifications
from kneecoach.ui.platform.desktop_notifications import (
    INTERFACE,
    PATH,
    SERVICE,
    DesktopNotifications,
    _uint_argument,
)
from tests.e2e.desktop import (
    embedded_in_tray,
    private_session_bus,
    require,
    running,
    wait_for,
    x_display,
)
from tests.e2e.test_reminder_desktop import name_has_owner, prepare_folders, started

pytestmark = pytest.mark.e2e

EXPIRES_AFTER = 2  # dunst's own time-out here, in seconds: a reminder must outlast it


def dunst_config(folder: Path) -> Path:
    """dunst with a short time-out and, as its menu program, one that picks Snooze."""
    menu = folder / "menu"
    menu.write_text(
        "#!/bin/sh\n"
        f"tee '{folder / 'menu.txt'}' | grep ',snooze]'\n"  # dunst invokes the line printed
    )
    menu.chmod(0o755)
    config = folder / "dunstrc"
    config.write_text(
        f"[global]\ndmenu = {menu}\n"
        f"[urgency_low]\ntimeout = {EXPIRES_AFTER}\n"
        f"[urgency_normal]\ntimeout = {EXPIRES_AFTER}\n"
        f"[urgency_critical]\ntimeout = {EXPIRES_AFTER}\n"
    )
    return config


def displayed(env: dict[str, str]) -> str:
    counted = ["dunstctl", "count", "displayed"]
    return subprocess.run(counted, env=env, capture_output=True, text=True).stdout.strip()


def test_a_reminder_stays_lists_start_once_and_closes_on_snooze(tmp_path):
    require("trayer", "dunst", "dunstctl", "stdbuf", "dbus-send")
    folders = prepare_folders(tmp_path)
    config = dunst_config(tmp_path)
    with x_display() as env:
        tray = started(["trayer", "--edge", "top", "--widthtype", "request"], env)
        printed = tmp_path / "dunst.txt"
        with printed.open("w") as out:
            daemon = started(
                ["stdbuf", "-oL", "dunst", "-config", str(config), "-print"], env, stdout=out
            )
        try:
            assert wait_for(lambda: name_has_owner("org.freedesktop.Notifications", env))
            command = [sys.executable, "-m", "kneecoach", *folders, "--minimized"]
            with running(command, env) as app:
                assert wait_for(lambda: embedded_in_tray("KneeCoach", env)), "no tray icon"
                assert wait_for(lambda: displayed(env) == "1", timeout=15), "no reminder"
                assert wait_for(lambda: "timeout: 0" in printed.read_text())
                time.sleep(EXPIRES_AFTER + 1)
                assert displayed(env) == "1", "the reminder expired with nobody there"

                subprocess.run(["dunstctl", "context"], env=env, check=True, timeout=10)
                listed = tmp_path / "menu.txt"  # dunst runs the menu program on its own time
                assert wait_for(lambda: listed.exists() and "snooze" in listed.read_text())
                menu = listed.read_text().splitlines()
                labels = [line.split(" (", 1)[0] for line in menu]
                assert labels.count("#Start now") == 1, menu
                assert labels.count("#Snooze 15 min") == 1, menu

                assert wait_for(lambda: displayed(env) == "0", timeout=5), (
                    "the reminder stayed on screen after Snooze"
                )
                log_file = tmp_path / "data" / "kneecoach.log"
                assert wait_for(lambda: "reminder notification: snooze" in log_file.read_text())
                assert wait_for(
                    lambda: "snoozed_until" in (tmp_path / "data" / "state.toml").read_text()
                )
                assert app.poll() is None
        finally:
            for helper in (daemon, tray):
                helper.terminate()
                helper.wait(timeout=10)


@pytest.fixture
def private_bus():
    """A D-Bus daemon of the test's own: its address."""
    with private_session_bus() as address:
        yield address


def test_the_daemons_activation_token_is_offered_as_the_action_raises_the_window(
    qapp, qtbot, private_bus, monkeypatch
):
    """The signals as a daemon sends them (spec 1.2: ActivationToken, then ActionInvoked)."""
    monkeypatch.setattr(desktop_notifications, "_on_wayland", lambda: True)
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    app_bus = QDBusConnection.connectToBus(private_bus, "kneecoach")
    daemon_bus = QDBusConnection.connectToBus(private_bus, "daemon")
    assert daemon_bus.registerService(SERVICE)
    notifications = DesktopNotifications("KneeCoach", "icon", bus=app_bus)
    notifications._shown = {5}  # as if Notify had answered 5
    tokens, raised_with = [], []
    notifications.activation_token.connect(tokens.append)
    notifications.action_invoked.connect(
        lambda key: raised_with.append((key, os.environ.get("XDG_ACTIVATION_TOKEN")))
    )

    def send(signal: str, *arguments: object) -> None:
        message = QDBusMessage.createSignal(PATH, INTERFACE, signal)
        message.setArguments([_uint_argument(5), *arguments])
        assert daemon_bus.send(message)

    send("ActivationToken", "wayland-token-1")
    send("ActionInvoked", "start")
    qtbot.waitUntil(lambda: bool(raised_with), timeout=5000)
    assert tokens == ["wayland-token-1"]
    assert raised_with == [("start", "wayland-token-1")]
    assert "XDG_ACTIVATION_TOKEN" not in os.environ
    assert notifications.shown() == 0  # answered, so taken away
    QDBusConnection.disconnectFromBus("kneecoach")
    QDBusConnection.disconnectFromBus("daemon")
