"""Cold start to the first shown window: KneeCoach against a bare PySide6 window.

Both are started the same way, alternately, several times; each prints the wall
time at which its window was shown, and the figure is that minus the moment the
process was spawned. Reports medians and the ratio (target: within 1.25x).

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


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    spawned = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    for line in result.stdout.splitlines():
        if line.startswith("shown-at "):
            return float(line.split()[1]) - spawned
    raise RuntimeError(f"no window was shown by {command}: {result.stdout} {result.stderr}")


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
        app_command = [sys.executable, "-m", "kneecoach", "--self-test"]
        time_to_window(bare_command, env)  # warm the disk cache for both
        time_to_window(app_command, env)
        bare, app = [], []
        for _ in range(runs):
            bare.append(time_to_window(bare_command, env))
            app.append(time_to_window(app_command, env))
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window: median {bare_median * 1000:.0f} ms over {runs} runs")
    print(f"KneeCoach window:    median {app_median * 1000:.0f} ms over {runs} runs")
    print(f"ratio: {app_median / bare_median:.2f}x (target: within 1.25x)")


if __name__ == "__main__":
    main()
