"""The app in a real X session: its window, a second launch, --minimized into a real tray."""

import subprocess
import sys
import time

import pytest

from tests.e2e.desktop import (
    embedded_in_tray,
    require,
    running,
    wait_for,
    windows_named,
    x_display,
)

pytestmark = pytest.mark.e2e


def kneecoach(tmp_path, *arguments):
    folders = ["--data-dir", str(tmp_path / "data"), "--config-dir", str(tmp_path / "config")]
    return [sys.executable, "-m", "kneecoach", *folders, *arguments]


def test_the_window_opens_and_a_second_launch_hands_over(tmp_path):
    with x_display() as env, running(kneecoach(tmp_path), env) as app:
        assert wait_for(lambda: windows_named("KneeCoach", env)), "no window appeared"
        second = subprocess.run(
            kneecoach(tmp_path, "--start"), env=env, capture_output=True, text=True, timeout=30
        )
        assert second.returncode == 0
        assert "already running" in second.stdout
        assert app.poll() is None  # the first one runs on, holding the data folder
        assert (tmp_path / "data" / ".lock").exists()


def test_a_double_click_twice_starts_one_kneecoach(tmp_path):
    """Two launches at once, each still loading as the other starts: one runs, one hands over."""
    with (
        x_display() as env,
        running(kneecoach(tmp_path), env) as one,
        running(kneecoach(tmp_path), env) as other,
    ):
        assert wait_for(lambda: (one.poll() is None) != (other.poll() is None), timeout=20)
        gone = one if one.poll() is not None else other
        assert gone.returncode == 0
        assert "already running" in gone.stdout.read()
        assert wait_for(lambda: len(windows_named("^KneeCoach", env)) == 1)  # not the welcome
        time.sleep(1)
        assert len(windows_named("^KneeCoach", env)) == 1


def test_minimized_starts_hidden_in_a_real_tray(tmp_path):
    require("trayer")
    with x_display() as env:
        placement = [
            "--edge",
            "top",
            "--align",
            "right",
            "--widthtype",
            "request",
            "--height",
            "32",
        ]
        tray = subprocess.Popen(
            ["trayer", *placement],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(1)
            with running(kneecoach(tmp_path, "--minimized"), env):
                assert wait_for(lambda: embedded_in_tray("KneeCoach", env)), "no tray icon"
                time.sleep(1)
                assert windows_named("KneeCoach", env) == []  # the main window stays hidden
        finally:
            tray.terminate()
            tray.wait(timeout=10)
