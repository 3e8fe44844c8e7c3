"""Work to the filled home page, counted in instructions: this tree against another
revision (for instance the one before a change), or against a bare PySide6 window.

Wall time on a shared machine wanders by a tenth from run to run; the number of
instructions a program runs does not (valgrind's callgrind counts them, to within
half a percent here). Both starts stop at the same moment: the first paint of the
home page's "Start routine" button, for a returning user (no welcome, no first-run
hints), in English, offscreen.

    .venv/bin/python bench/home_instructions.py [--against REVISION] [--runs N]

Needs valgrind (apt-get install valgrind). Each run takes a minute or two.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Returning user: every first-run hint given, closing the window quits.
STATE = (
    "schema_version = 1\n"
    'hints_given = ["welcome", "offer-start-at-login", "no-tray", "safety-check",'
    ' "close-to-tray", "menu-entry"]\n'
)
SETTINGS = 'schema_version = 1\nwhen_window_closes = "quit"\n'
# Stops at the first paint of the filled home page's Start button. The probe is armed
# at the first wait for a paint (the application exists by then), which every
# revision since the frame-first start has; it starts the app as its revision does.
PROBE = """
import importlib.util, os, sys
from kneecoach.ui import first_paint
when_painted = first_paint.when_painted
armed = []

def arm():
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QPushButton

    class Stop(QObject):
        def eventFilter(self, watched, event):
            if (event.type() == QEvent.Type.Paint and isinstance(watched, QPushButton)
                    and watched.text().startswith("Start routine")):
                os._exit(0)
            return False

    armed.append(Stop())
    QApplication.instance().installEventFilter(armed[0])

def probed(window, action):
    if not armed:
        arm()
    when_painted(window, action)

first_paint.when_painted = probed
entry = "kneecoach.startup" if importlib.util.find_spec("kneecoach.startup") else "kneecoach.app"
sys.exit(importlib.import_module(entry).main([]))
"""
BARE = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class Stop(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            os._exit(0)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 720)
stop = Stop()
window.installEventFilter(stop)
window.show()
app.exec()
"""


def instructions(tree: Path, program: str) -> int:
    """Instructions `program` runs with `tree` first on the path, to its own exit."""
    with tempfile.TemporaryDirectory() as scratch:
        data, config = Path(scratch, "data"), Path(scratch, "config")
        data.mkdir()
        config.mkdir()
        (data / "state.toml").write_text(STATE)
        (config / "settings.toml").write_text(SETTINGS)
        env = dict(
            os.environ,
            PYTHONPATH=str(tree),
            PYTHONHASHSEED="0",
            QT_QPA_PLATFORM="offscreen",
            KNEECOACH_DATA_DIR=str(data),
            KNEECOACH_CONFIG_DIR=str(config),
            LANG="en_GB.UTF-8",
            LANGUAGE="en",
        )
        command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
        result = subprocess.run(
            [*command, sys.executable, "-c", program],
            cwd=tree,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        raise RuntimeError(f"no count from valgrind:\n{result.stderr[-2000:]}")
    return int(found.group(1))


def compiled(tree: Path) -> None:
    """Byte-compiled as an install would be: else the compiler is counted too."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    compile_command = [sys.executable, "-m", "compileall", "-q", str(tree / "kneecoach")]
    subprocess.run(compile_command, check=True, env=env, stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--against", help="a git revision to compare with")
    parser.add_argument("--runs", type=int, default=2)
    options = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    compiled(ROOT)
    ours = [instructions(ROOT, PROBE) for _ in range(options.runs)]
    print(f"this tree, to the filled home page: {statistics.median(ours) / 1e6:,.0f} M")
    bare = instructions(ROOT, BARE)
    print(f"bare PySide6 window, to its first paint: {bare / 1e6:,.0f} M")
    if options.against:
        with tempfile.TemporaryDirectory() as scratch:
            other = Path(scratch, "other")
            add = ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(other)]
            subprocess.run([*add, options.against], check=True, capture_output=True)
            try:
                compiled(other)
                theirs = [instructions(other, PROBE) for _ in range(options.runs)]
            finally:
                remove = ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)]
                subprocess.run(remove, check=True)
        theirs_median = statistics.median(theirs)
        print(f"{options.against}, to the filled home page: {theirs_median / 1e6:,.0f} M")
        print(f"this tree / {options.against}: {statistics.median(ours) / theirs_median:.3f}")


if __name__ == "__main__":
    main()
