"""Cold start to the first shown window: KneeCoach against a bare PySide6 window.

Both are started the same way, alternately, several times; each prints the wall
time at which its window was shown, and the figure is that minus the moment the
process was spawned. Reports medians and the ratio (target: within 1.25x), and the CPU time each
process used up to that moment, which a busy machine disturbs less.

KneeCoach shows its window's frame first and fills it once that is painted, so
it also reports when the home page was ready: the filled window painted, with the
exercises, their pictures, today and the streak.

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
import os, sys, time
from kneecoach import startup

show_frame = startup._show_frame

def probed_frame(*args):
    frame = show_frame(*args)
    print(f"shown-at {time.time():.6f}", flush=True)
    # Only now, as start-up itself does: the frame is painted, then filled; the home
    # page is ready once the filled window is painted (start-up's second wait).
    from kneecoach.ui import first_paint
    when_painted = first_paint.when_painted
    waits = []

    def probed_when_painted(window, action):
        waits.append(window)
        if len(waits) < 2:
            return when_painted(window, action)

        def ready():
            print(f"ready-at {time.time():.6f}", flush=True)
            os._exit(0)  # the process's CPU time is then the time spent getting here
        when_painted(window, ready)

    first_paint.when_painted = probed_when_painted
    return frame

startup._show_frame = probed_frame
sys.exit(startup.main(sys.argv[1:]))
"""
BARE_WINDOW = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1100, 720)
window.show()
print(f"shown-at {time.time():.6f}", flush=True)
QTimer.singleShot(0, lambda: os._exit(0))  # once painted, as KneeCoach's home page is
app.exec()
"""


def time_to_window(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning `command` to each moment it reports ('shown', 'ready'),
    and the CPU seconds the process used in all ('cpu'): on a machine shared with
    other work, CPU time varies far less than wall time."""
    spawned = time.time()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    ) as process:
        assert process.stdout is not None
        output = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    moments = {
        line.split()[0].removesuffix("-at"): float(line.split()[1]) - spawned
        for line in output.splitlines()
        if line.startswith(("shown-at ", "ready-at "))
    }
    if "shown" not in moments:
        raise RuntimeError(f"no window was shown by {command}: {output}")
    return moments | {"cpu": usage.ru_utime + usage.ru_stime}


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
        bare, bare_cpu, shown, ready, ready_cpu = [], [], [], [], []
        for _ in range(runs):
            moments = time_to_window(bare_command, env)
            bare.append(moments["shown"])
            bare_cpu.append(moments["cpu"])
            moments = time_to_window(app_command, env)
            shown.append(moments["shown"])
            ready.append(moments["ready"])
            ready_cpu.append(moments["cpu"])
    bare_median = statistics.median(bare)
    print(f"bare PySide6 window:   median {bare_median * 1000:.0f} ms over {runs} runs")
    for name, times in (("KneeCoach window", shown), ("home page ready", ready)):
        median = statistics.median(times)
        print(f"{name + ':':22} median {median * 1000:.0f} ms, {median / bare_median:.2f}x")
    cpu, base_cpu = statistics.median(ready_cpu), statistics.median(bare_cpu)
    print(f"CPU to the home page:  median {cpu * 1000:.0f} ms, {cpu / base_cpu:.2f}x the bare's")
    print("target: the window within 1.25x of the bare one")


if __name__ == "__main__":
    main()
