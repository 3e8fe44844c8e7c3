"""What KneeCoach costs while it waits in the tray, beside a bare PySide6 tray app.

Both run in the same Xvfb session with a real tray host (trayer) and a D-Bus
session bus. After a warm-up, each is watched for the same span: CPU time,
wake-ups (context switches of all its threads) and resident memory.

    python bench/idle.py [seconds]      (default 60; Linux, needs Xvfb, trayer, dbus-launch)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from proc_stats import cpu_seconds  # beside this script

WARM_UP = 8.0

BARE_TRAY_APP = """
import sys
from PySide6.QtGui import QIcon, QPixmap, QColor
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon
app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(32, 32); pixmap.fill(QColor("#2f6fb0"))
tray = QSystemTrayIcon(QIcon(pixmap)); menu = QMenu(); menu.addAction("Quit", app.quit)
tray.setContextMenu(menu); tray.setToolTip("bare"); tray.show()
sys.exit(app.exec())
"""


def wakeups(pid: int) -> int:
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        for line in (task / "status").read_text().splitlines():
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                total += int(line.split()[1])
    return total


def resident_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def watch(command: list[str], env: dict[str, str], seconds: float) -> dict[str, float]:
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        time.sleep(WARM_UP)
        if process.poll() is not None:
            raise SystemExit(f"{command[-1]} exited: {process.stderr.read().decode()[-500:]}")
        cpu, woke = cpu_seconds(process.pid), wakeups(process.pid)
        time.sleep(seconds)
        return {
            "cpu_percent": 100 * (cpu_seconds(process.pid) - cpu) / seconds,
            "wakeups_per_minute": (wakeups(process.pid) - woke) * 60 / seconds,
            "rss_mib": resident_mib(process.pid),
        }
    finally:
        process.terminate()
        process.wait(timeout=10)


def desktop() -> tuple[dict[str, str], list[subprocess.Popen], int | None]:
    display = f":{300 + os.getpid() % 300}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    time.sleep(1.5)
    bus_pid = None
    for line in subprocess.run(
        ["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True, check=True
    ).stdout.splitlines():
        if line.startswith("DBUS_SESSION_BUS_ADDRESS="):
            env["DBUS_SESSION_BUS_ADDRESS"] = line.split("=", 1)[1].rstrip(";").strip("'")
        if line.startswith("DBUS_SESSION_BUS_PID="):
            bus_pid = int(line.split("=", 1)[1].rstrip(";"))
    tray = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1)
    return env, [tray, xvfb], bus_pid


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    env, helpers, bus_pid = desktop()
    try:
        with tempfile.TemporaryDirectory() as folder:
            app = [sys.executable, "-m", "kneecoach", "--minimized"]
            app += ["--data-dir", f"{folder}/data", "--config-dir", f"{folder}/config"]
            bare = watch([sys.executable, "-c", BARE_TRAY_APP], env, seconds)
            ours = watch(app, env, seconds)
    finally:
        for helper in helpers:
            helper.terminate()
            helper.wait(timeout=10)
        if bus_pid:
            os.kill(bus_pid, 15)
    print(f"idle in the tray for {seconds:.0f} s (after {WARM_UP:.0f} s warm-up)")
    print(f"{'':12} {'CPU %':>8} {'wake-ups/min':>13} {'RSS MiB':>8}")
    for name, row in (("bare tray", bare), ("KneeCoach", ours)):
        print(
            f"{name:12} {row['cpu_percent']:8.3f} {row['wakeups_per_minute']:13.1f} "
            f"{row['rss_mib']:8.1f}"
        )
    print(f"memory ratio KneeCoach / bare: {ours['rss_mib'] / bare['rss_mib']:.2f}")


if __name__ == "__main__":
    main()
