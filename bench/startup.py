"""Cold start to the first shown window: KneeCoach against a bare PySide6 window.

Both are started the same way, alternately, several times; each prints the wall
time at which its window was shown, and the figure is that minus the moment the
process was spawned. Reports medians and the ratio (target: within 1.25x).

KneeCoach shows its window's frame first and fills it once that is painted, so
it also reports when the home page was ready: the exercises, today and the streak.

The package is byte-compiled first, as pip does on install and PyInstaller does
for the bundle: otherwise a machine that sets PYTHONDONTWRITEBYTECODE would time
the compiler instead of the start.

    .venv/bin/python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# KneeCoach's own start, with two probes: when the frame is shown, and when the
# home page has been built in it. The program itself carries no timing fields.
PROBED_APP = """
import sys, time
from kneecoach import startup

show_frame = startup._show_frame

def probed_frame(*args):
    frame = show_frame(*args)
    print(f"shown-at {time.time():.6f}", flush=True)
    # Only now, as start-up itself does: what fills the frame once it is painted.
    from kneecoach.ui import first_paint
    when_painted = first_paint.when_painted

    def probed_when_painted(window, load):
        def timed_load():
            load()
            print(f"ready-at {time.time():.6f}", flush=True)
        when_painted(window, timed_load)

    first_paint.when_painted = probed_when_painted
    return frame

startup._show_frame = probed_frame
sys.exit(startup.main(sys.argv[1:]))
"""
BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1100, 720)
window.show()
print(f"shown-at {time.time():.6f}", flush=True)
"""


def time_to_window(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning `command` to each moment it reports ('shown', 'ready')."""
    spawned = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    moments = {
        line.split()[0].removesuffix("-at"): float(line.split()[1]) - spawned
        for line in result.stdout.splitlines()
        if line.startswith(("shown-at ", "ready-at "))
    }
    if "shown" not in moments:
        raise RuntimeError(f"no window was shown by {command}: {result.stdout} {result.stderr}")
    return moments


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "kneecoach")], check=True)
    with tempfile.TemporaryDirectory() as scratch:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            KNEECOACH_DATA_DIR=f"{scratch}/data",
            KNEECOACH_CONFIG_DIR=f"{scratch}/config",
        )
        bare_command = [sys.executable, "-c", BARE_WINDOW]
        app_command = [sys.executable, "-c", PROBED_APP, "--self-test"]
        time_to_window(bare_command, env)  # warm the disk cache for both
        time_to_window(app_command, env)
        bare, shown, ready = [], [], []
        for _ in range(runs):
            bare.append(time_to_window(bare_command, env)["shown"])
            moments = time_to_window(app_command, env)
            shown.append(moments["shown"])
            ready.append(moments["ready"])
    bare_median = statistics.median(bare)
    print(f"bare PySide6 window:   median {bare_median * 1000:.0f} ms over {runs} runs")
    for name, times in (("KneeCoach window", shown), ("home page ready", ready)):
        median = statistics.median(times)
        print(f"{name + ':':22} median {median * 1000:.0f} ms, {median / bare_median:.2f}x")
    print("target: the window within 1.25x of the bare one")


if __name__ == "__main__":
    main()
