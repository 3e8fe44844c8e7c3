"""The X11 window names the desktop entry it belongs to, so the dock groups it under its icon."""

import re
import subprocess
import sys

import pytest

from kneecoach import APP_ID
from kneecoach.core.paths import resources_dir
from tests.e2e.desktop import require, running, wait_for, windows_named, x_display

pytestmark = pytest.mark.e2e


def test_wm_class_matches_the_desktop_entry(tmp_path):
    require("xprop")
    entry = (resources_dir() / "desktop" / f"{APP_ID}.desktop").read_text()
    [startup_class] = re.findall(r"^StartupWMClass=(.*)$", entry, re.MULTILINE)
    folders = ["--data-dir", str(tmp_path / "data"), "--config-dir", str(tmp_path / "config")]
    # Started as `python -m`, whose own name would otherwise be "__main__.py".
    with x_display() as env, running([sys.executable, "-m", "kneecoach", *folders], env):
        assert wait_for(lambda: windows_named("KneeCoach", env), timeout=20), "no window"
        window = windows_named("KneeCoach", env)[0]
        shown = subprocess.run(
            ["xprop", "-id", window, "WM_CLASS"], env=env, capture_output=True, text=True
        ).stdout
    instance, window_class = re.findall(r'"([^"]*)"', shown)
    assert instance == APP_ID  # the entry's file name, which GNOME Shell looks up directly
    assert window_class == startup_class
