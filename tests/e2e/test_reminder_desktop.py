"""A reminder on a real desktop: tray icon in trayer, notification in dunst, click starts it."""

import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.desktop import embedded_in_tray, require, running, wait_for, windows_named, x_display

pytestmark = pytest.mark.e2e


def started(command: list[str], env: dict[str, str], **options) -> subprocess.Popen:
    return subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL, **options)


def name_has_owner(name: str, env: dict[str, str]) -> bool:
    asked = subprocess.run(
        [
            "dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{name}",
        ],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    return "boolean true" in asked.stdout


def prepare_folders(tmp_path: Path) -> list[str]:
    """Settings with a reminder this very minute, and state saying the last one was long ago."""
    data, config = tmp_path / "data", tmp_path / "config"
    data.mkdir()
    config.mkdir()
    this_minute = time.strftime("%H:%M", time.localtime())
    (config / "settings.toml").write_text(
        f'schema_version = 1\nreminder_times = ["{this_minute}"]\n'
    )
    long_ago = (datetime.now(UTC) - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    (data / "state.toml").write_text(
        f'schema_version = 1\nhints_given = ["offer-start-at-login"]\n'
        f"[reminders]\nhandled_until = {long_ago}\n"
    )
    return ["--data-dir", str(data), "--config-dir", str(config)]


def test_a_reminder_reaches_the_notification_daemon_and_its_click_starts_the_routine(tmp_path):
    require("trayer", "dunst", "dunstctl", "stdbuf", "dbus-send")
    folders = prepare_folders(tmp_path)
    with x_display() as env:
        tray = started(
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"], env
        )
        printed = tmp_path / "dunst.txt"
        with printed.open("w") as out:  # what dunst receives, line by line as it arrives
            daemon = started(["stdbuf", "-oL", "dunst", "-print"], env, stdout=out)
        try:
            # Asking dunst itself could start a second one through D-Bus activation.
            assert wait_for(lambda: name_has_owner("org.freedesktop.Notifications", env)), (
                "dunst did not start"
            )
            command = [sys.executable, "-m", "kneecoach", *folders, "--minimized"]
            with running(command, env) as app:
                assert wait_for(lambda: embedded_in_tray("KneeCoach", env)), "no tray icon"
                shown = wait_for(
                    lambda: (
                        subprocess.run(
                            ["dunstctl", "count", "displayed"],
                            env=env,
                            capture_output=True,
                            text=True,
                        ).stdout.strip()
                        == "1"
                    ),
                    timeout=15,
                )
                assert shown, "the notification daemon received no reminder"
                assert wait_for(lambda: "summary: 'Time" in printed.read_text())
                received = printed.read_text()
                assert "summary: 'Time for your knee routine'" in received, received
                assert "appname: 'KneeCoach'" in received
                assert "gentle mobility for your knees" in received
                assert windows_named("KneeCoach", env) == []  # still quietly in the tray
                subprocess.run(["dunstctl", "action", "0"], env=env, check=True)
                assert wait_for(lambda: windows_named("KneeCoach", env), timeout=15), (
                    "clicking the reminder did not bring the routine up"
                )
                displayed = ["dunstctl", "count", "displayed"]
                assert wait_for(
                    lambda: (
                        subprocess.run(
                            displayed, env=env, capture_output=True, text=True
                        ).stdout.strip()
                        == "0"
                    ),
                    timeout=5,  # well before dunst's own 10 s time-out takes it away
                ), "the reminder stayed on screen after the routine started"
                # The window comes forward a moment before the routine is under way.
                log_file = tmp_path / "data" / "kneecoach.log"
                assert wait_for(lambda: "routine started" in log_file.read_text())
                assert app.poll() is None
            log = (tmp_path / "data" / "kneecoach.log").read_text()
            assert "reminder shown by the desktop's notification service" in log
            assert "reminder notification: default" in log
            assert "routine started" in log
        finally:
            for helper in (daemon, tray):
                helper.terminate()
                helper.wait(timeout=10)
