"""KneeCoach on a real X desktop with no tray, as GNOME is out of the box: a window manager
(openbox) and a notification daemon (dunst), no tray host. Closing the window asks once,
then it keeps reminding with no window; start at login shows no window and still
reminds; a new launch brings the window back and Ctrl+Q quits."""

import subprocess
import sys
import tomllib
from datetime import UTC, datetime, timedelta

import pytest

from tests.e2e.desktop import require, running, wait_for, windows_named, x_display
from tests.e2e.test_reminder_desktop import name_has_owner, prepare_folders, started

pytestmark = pytest.mark.e2e

MAIN_WINDOW = "^KneeCoach —"  # the main window's title, not the question's


def desktop_without_tray(env: dict[str, str], printed) -> list[subprocess.Popen]:
    """openbox and dunst (printing what it shows to `printed`), ready."""
    managed = ["wmctrl", "-m"]
    for _ in range(3):  # openbox now and then finds the fresh display not yet open
        window_manager = started(["openbox", "--sm-disable"], env)
        if wait_for(lambda: subprocess.run(managed, env=env, capture_output=True).returncode == 0):
            break
        window_manager.terminate()
        window_manager.wait(timeout=10)
    else:
        pytest.fail("openbox did not start")
    with printed.open("w") as out:
        daemon = started(["stdbuf", "-oL", "dunst", "-print"], env, stdout=out)
    assert wait_for(lambda: name_has_owner("org.freedesktop.Notifications", env))
    return [window_manager, daemon]


def kneecoach(folders: list[str], *arguments: str) -> list[str]:
    return [sys.executable, "-m", "kneecoach", *folders, *arguments]


def reminder_in_a_minute(tmp_path) -> None:
    """The reminder next comes at the start of a coming minute, not at once."""
    soon = datetime.now() + timedelta(minutes=1 if datetime.now().second < 40 else 2)
    settings = tmp_path / "config" / "settings.toml"
    settings.write_text(f'schema_version = 1\nreminder_times = ["{soon:%H:%M}"]\n')
    state = tmp_path / "data" / "state.toml"
    state.write_text(
        'schema_version = 1\nhints_given = ["welcome", "offer-start-at-login"]\n'
        f"[reminders]\nhandled_until = {datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}\n"
    )


def welcomed(tmp_path) -> None:
    """Someone who answered the first-run welcome already (it would stand before Ctrl+Q)."""
    state = tmp_path / "data" / "state.toml"
    state.write_text(state.read_text().replace('["offer', '["welcome", "offer'))


def key(window: str, keys: str, env: dict[str, str]) -> None:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", window],
        env=env, capture_output=True, text=True,
    ).stdout.split()  # fmt: skip
    assert found, f"no window named {window}"
    subprocess.run(["xdotool", "windowactivate", "--sync", found[0]], env=env, check=True)
    subprocess.run(["xdotool", "key", "--clearmodifiers", keys], env=env, check=True)


def bring_back_and_quit(folders: list[str], app: subprocess.Popen, env: dict[str, str]) -> None:
    """A new launch shows the window; Ctrl+Q in it quits for real."""
    second = subprocess.run(kneecoach(folders), env=env, capture_output=True, text=True, timeout=30)
    assert "already running" in second.stdout
    assert wait_for(lambda: windows_named(MAIN_WINDOW, env)), "a new launch showed no window"
    key(MAIN_WINDOW, "ctrl+q", env)
    app.wait(timeout=10)
    assert app.returncode == 0


def test_closing_without_a_tray_asks_once_then_keeps_reminding(tmp_path):
    require("openbox", "wmctrl", "dunst", "stdbuf", "dbus-send")
    folders = prepare_folders(tmp_path)
    reminder_in_a_minute(tmp_path)
    printed = tmp_path / "dunst.txt"
    with x_display() as env:
        helpers = desktop_without_tray(env, printed)
        try:
            with running(kneecoach(folders), env) as app:
                assert wait_for(lambda: windows_named(MAIN_WINDOW, env), timeout=20)
                log = tmp_path / "data" / "kneecoach.log"  # filled, and the rest joined
                assert wait_for(lambda: log.exists() and "KneeCoach is up" in log.read_text())
                subprocess.run(["wmctrl", "-c", "KneeCoach —"], env=env, check=True)
                assert wait_for(lambda: windows_named("^Keep reminding you", env)), "no question"
                key("^Keep reminding you", "Return", env)  # the default: keep reminding
                assert wait_for(lambda: not windows_named("KneeCoach", env))
                assert app.poll() is None, "closing the window quit KneeCoach"
                settings = tomllib.loads((tmp_path / "config" / "settings.toml").read_text())
                assert settings["when_window_closes"] == "keep-reminding"
                assert wait_for(lambda: "KneeCoach keeps reminding you" in printed.read_text())

                subprocess.run(["wmctrl", "-c", "KneeCoach —"], env=env)  # nothing to close
                assert wait_for(
                    lambda: "summary: 'Time for your knee routine'" in printed.read_text(),
                    timeout=150,
                ), "no reminder came after the window was closed"
                assert app.poll() is None and not windows_named("KneeCoach", env)
                bring_back_and_quit(folders, app, env)
        finally:
            for helper in helpers:
                helper.terminate()
                helper.wait(timeout=10)


def test_start_at_login_without_a_tray_shows_no_window_and_reminds(tmp_path):
    require("openbox", "wmctrl", "dunst", "stdbuf", "dbus-send")
    folders = prepare_folders(tmp_path)  # a reminder due this minute, the last long ago
    welcomed(tmp_path)
    printed = tmp_path / "dunst.txt"
    with x_display() as env:
        helpers = desktop_without_tray(env, printed)
        try:
            with running(kneecoach(folders, "--minimized"), env) as app:
                assert wait_for(
                    lambda: "summary: 'Time for your knee routine'" in printed.read_text(),
                    timeout=20,
                ), "no reminder while started at login"
                assert windows_named("KneeCoach", env, visible_only=False) == []  # not made
                assert app.poll() is None
                bring_back_and_quit(folders, app, env)
        finally:
            for helper in helpers:
                helper.terminate()
                helper.wait(timeout=10)
