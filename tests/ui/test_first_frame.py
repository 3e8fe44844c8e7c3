"""The window's frame is on screen before the rest of KneeCoach loads, in the user's
theme, and is the very window the home page then fills."""

import json
import os
import subprocess
import sys

from kneecoach.core.settings import Settings, SettingsStore
from kneecoach.ui.theme import DARK, LIGHT, build_palette, palette_is_dark
from tests.fakes import FakeClock

# Runs the real start-up with two probes: one where the frame has just been shown,
# one where the home page is about to be built in it.
PROBE = r"""
import json, sys
from kneecoach import app
from kneecoach.ui import main_window

seen = {"paints": 0}
show_frame = app._show_frame

def probed_show_frame(*args):
    frame = show_frame(*args)
    seen["modules"] = sorted(sys.modules)
    seen["colour"] = frame.palette().color(frame.backgroundRole()).name()
    seen["frame"] = id(frame)
    from PySide6.QtCore import QEvent, QObject

    class CountPaints(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                seen["paints"] += 1
            return False

    seen["counter"] = CountPaints(frame)
    frame.installEventFilter(seen["counter"])
    return frame

fill = main_window.MainWindow.fill

def probed_fill(self, *args):
    seen["painted_before_fill"] = seen["paints"] > 0
    seen["filled"] = id(self)
    fill(self, *args)

app._show_frame = probed_show_frame
main_window.MainWindow.fill = probed_fill
code = app.main(sys.argv[1:])
del seen["counter"]
print("PROBE " + json.dumps(seen), flush=True)
sys.exit(code)
"""

# What the home page needs, and what only a session needs: none of it is loaded
# before the frame is up. (A test that fails here names the import to move.)
LOADED_LATER = (
    "kneecoach.ui.controller",
    "kneecoach.ui.exercise_list",
    "kneecoach.ui.language",
    "kneecoach.core.catalogue",
    "kneecoach.core.settings",
    "kneecoach.core.store",
    "kneecoach.core.session",
    "PySide6.QtNetwork",
    "PySide6.QtSvg",
    "PySide6.QtMultimedia",
)


def start_with_probe(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    folders = ["--data-dir", str(tmp_path / "data"), "--config-dir", str(tmp_path / "config")]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "--self-test", *folders],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    line = next(line for line in result.stdout.splitlines() if line.startswith("PROBE "))
    return json.loads(line.removeprefix("PROBE "))


def test_the_frame_is_shown_and_painted_before_the_rest_loads(tmp_path):
    SettingsStore(tmp_path / "config", FakeClock()).save(Settings(theme="dark"))
    seen = start_with_probe(tmp_path)
    loaded_early = [name for name in LOADED_LATER if name in seen["modules"]]
    assert loaded_early == []
    assert seen["colour"] == DARK.window  # the user's theme from the first frame
    assert seen["painted_before_fill"]
    assert seen["filled"] == seen["frame"]  # filled in place: no second window


def test_a_light_theme_is_light_from_the_first_frame(tmp_path):
    SettingsStore(tmp_path / "config", FakeClock()).save(Settings(theme="light"))
    assert start_with_probe(tmp_path)["colour"] == LIGHT.window


def test_the_quick_guess_at_the_system_theme_reads_the_palette(qapp):
    before = qapp.palette()
    try:
        qapp.setPalette(build_palette(DARK))
        assert palette_is_dark(qapp)
        qapp.setPalette(build_palette(LIGHT))
        assert not palette_is_dark(qapp)
    finally:
        qapp.setPalette(before)
