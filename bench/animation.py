"""What the moving figure costs: CPU share and frame timing of the session view.

The session view runs full screen (1920 × 1080) in Xvfb on the real clock, once
with the moving figure and once with the still picture (the "less motion"
setting) as the baseline, for two exercises: a stretch (get ready, easing in,
holding and breathing) and ankle circles (the foot turning at the rep pace).
Each run is its own process; the X server's CPU is counted too.

    python bench/animation.py [seconds [run ...]]   (30 s per run; Linux, needs Xvfb)

A run is one of stretch-still, stretch-moving, circles-still, circles-moving (all
four when none is named).
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from proc_stats import cpu_seconds  # beside this script

LATE_FACTOR = 1.5  # on a beat: a frame this many intervals after the last means one was dropped
LATE_MS = 1000 / 120  # woken for a change: half a 60 Hz frame after it means a frame missed
WIDGETS = {"figure": "picture", "ring": "ring", "pacer": "pacer"}  # the view's moving parts
SCENARIOS = {"stretch": "dorsiflexion-stretch", "circles": "ankle-circles"}


def timed(function: Callable[..., object], times: list[float]) -> Callable[..., object]:
    """`function`, noting how long each call takes (ms) in `times`."""

    def call(*arguments: object) -> object:
        started = time.perf_counter()
        result = function(*arguments)
        times.append((time.perf_counter() - started) * 1000)
        return result

    return call


def watch_paints(widget: object, record: list[tuple[float, int]]) -> None:
    """Note each redraw of `widget`: how long it took (ms) and how many pixels it covered."""
    paint = widget.paintEvent  # type: ignore[attr-defined]

    def counted(event: object) -> None:
        started = time.perf_counter()
        paint(event)
        area = event.rect()  # type: ignore[attr-defined]
        record.append(((time.perf_counter() - started) * 1000, area.width() * area.height()))

    widget.paintEvent = counted  # type: ignore[attr-defined]


def run_view(exercise_id: str, moving: bool, seconds: float) -> dict[str, float]:
    """In this process: the app, full screen, running `exercise_id` alone; watch the view."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kneecoach import app as composition
    from kneecoach import opening
    from kneecoach.core.autostart import for_this_computer
    from kneecoach.core.clock import SystemClock
    from kneecoach.core.routine import single_exercise_routine

    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="kneecoach-bench-"))
    (folder / "config").mkdir()
    (folder / "data").mkdir()
    # Someone who has used it before: no welcome over the view being measured.
    hints = '["welcome", "offer-start-at-login", "no-tray"]'
    (folder / "data" / "state.toml").write_text(f"schema_version = 1\nhints_given = {hints}\n")
    (folder / "config" / "settings.toml").write_text(
        f"schema_version = 1\nmoving_figures = {str(moving).lower()}\nask_pain_before = false\n"
        'when_window_closes = "quit"\n'  # no question on closing where there is no tray
    )
    opened = opening.open_coach(
        app, folder / "data", folder / "config", SystemClock(), for_this_computer()
    )
    assert opened is not None
    controller = composition.build(app, *opened)
    controller.show(fullscreen=True, minimized=False)
    catalogue = controller.coach.library.catalogue
    controller.shell.start_routine(single_exercise_routine(catalogue.get(exercise_id)))
    assert controller.window.run is not None
    view = controller.window.run.view
    timer = view._frame_timer
    interval = timer.interval() if hasattr(timer, "interval") else 0  # a timer on a beat
    wakes: list[float] = []  # when the view woke to draw, and how late (ms) against its plan
    lateness: list[float] = []

    def woke() -> None:
        now = time.perf_counter()
        wakes.append(now)
        if hasattr(timer, "due"):  # woken at the moment a picture changes
            lateness.append((now - timer.due) * 1000)

    timer.timeout.connect(woke)
    paints: dict[str, list[tuple[float, int]]] = {name: [] for name in WIDGETS}
    for name, attribute in WIDGETS.items():
        watch_paints(getattr(view, attribute), paints[name])
    poses: list[float] = []  # how long posing the figure for a frame took, in ms
    view._draw_picture = timed(view._draw_picture, poses)  # type: ignore[method-assign]
    warm_up = 1.0
    QTimer.singleShot(round((warm_up + seconds) * 1000), app.quit)
    started_cpu = started_wall = 0.0
    size = ""

    def begin() -> None:
        nonlocal started_cpu, started_wall, size
        size = f"{view.picture.width()}x{view.picture.height()}, ring {view.ring.width()}"
        for record in (wakes, lateness, poses, *paints.values()):
            record.clear()
        started_cpu, started_wall = time.process_time(), time.perf_counter()

    QTimer.singleShot(round(warm_up * 1000), begin)
    app.exec()
    controller.close()
    wall = time.perf_counter() - started_wall
    cpu = time.process_time() - started_cpu
    return summary(wakes, lateness, paints, poses, interval, wall, cpu) | {"size": size}


def summary(
    wakes: list[float],
    lateness: list[float],
    paints: dict[str, list[tuple[float, int]]],
    poses: list[float],
    interval: int,
    wall: float,
    cpu: float,
) -> dict[str, float]:
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(wakes)]
    if interval:  # a timer on a beat: late when a beat came half an interval behind
        late = sum(gap > interval * LATE_FACTOR for gap in gaps)
    else:  # a timer set for the next change: late when it woke half a 60 Hz frame after it
        late = sum(ms > LATE_MS for ms in lateness)
    poses.sort()
    result = {
        "cpu_percent": 100 * cpu / wall,
        "wakes_per_second": len(wakes) / wall,
        "late": late,
        "wakes": len(wakes),
        "late_max_ms": max(lateness, default=max(gaps, default=0.0) - interval),
        "pose_median_ms": statistics.median(poses) if poses else 0.0,
    }
    for name, record in paints.items():
        result[f"{name}_per_second"] = len(record) / wall
        result[f"{name}_median_ms"] = statistics.median(t for t, _ in record) if record else 0.0
        result[f"{name}_kpixels"] = statistics.mean(a for _, a in record) / 1000 if record else 0.0
    return result


def child(argv: list[str]) -> None:
    exercise_id, moving, seconds = argv[0], argv[1] == "moving", float(argv[2])
    print(json.dumps(run_view(exercise_id, moving, seconds)), flush=True)


def measure(
    display_env: dict[str, str], xvfb_pid: int, exercise_id: str, mode: str, seconds: float
) -> dict[str, float]:
    x_before = cpu_seconds(xvfb_pid)
    started = time.perf_counter()
    output = subprocess.run(
        [sys.executable, __file__, "--child", exercise_id, mode, str(seconds)],
        env=display_env,
        capture_output=True,
        text=True,
    )
    if output.returncode:
        raise SystemExit(f"the {mode} run failed:\n{output.stderr[-2000:]}")
    result: dict[str, float] = json.loads(output.stdout.strip().splitlines()[-1])
    # The X server draws what the app sends: count its share over the run too.
    result["x_server_cpu_percent"] = (
        100 * (cpu_seconds(xvfb_pid) - x_before) / (time.perf_counter() - started)
    )
    return result


def main(seconds: float, runs: list[str]) -> None:
    display = f":{400 + os.getpid() % 300}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.5)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    # A window manager, where there is one, so full screen fills the screen as on a desktop.
    manager = (
        subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL)
        if shutil.which("openbox")
        else None
    )
    time.sleep(0.5)
    root = Path(__file__).resolve().parent.parent
    env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
    try:
        print(f"{os.cpu_count()} CPUs; {seconds:.0f} s per run, full screen 1920x1080 in Xvfb")
        header = f"{'run':<17}{'app CPU':>8}{'X CPU':>7}{'wakes/s':>8}{'late':>5}{'worst':>7}"
        for name in WIDGETS:
            header += f"{name + '/s':>10}{'ms':>6}{'kpx':>6}"
        print(header)
        for name, exercise_id in SCENARIOS.items():
            for mode in ("still", "moving"):
                if runs and f"{name}-{mode}" not in runs:
                    continue
                r = measure(env, xvfb.pid, exercise_id, mode, seconds)
                line = (
                    f"{name + ', ' + mode:<17}{r['cpu_percent']:>7.1f}%"
                    f"{r['x_server_cpu_percent']:>6.1f}%{r['wakes_per_second']:>8.1f}"
                    f"{r['late']:>5}{r['late_max_ms']:>5.1f}ms"
                )
                for part in WIDGETS:
                    line += (
                        f"{r[part + '_per_second']:>10.1f}{r[part + '_median_ms']:>6.2f}"
                        f"{r[part + '_kpixels']:>6.0f}"
                    )
                print(line + f"   pose {r['pose_median_ms']:.2f} ms; {r['size']}", flush=True)
        print(
            "app CPU, X CPU: share of one core; wakes/s: the view's frame timer; late: wakes "
            f"half a 60 Hz frame ({LATE_MS:.1f} ms) or more behind plan, worst: the latest;"
        )
        print(
            "per part: redraws a second, the median redraw (ms) and the mean area redrawn "
            "(thousands of pixels); pose: the median time to pose the figure for a wake."
        )
    finally:
        if manager is not None:
            manager.terminate()
        xvfb.terminate()
        xvfb.wait(timeout=10)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2:])
    else:
        main(float(sys.argv[1]) if len(sys.argv) > 1 else 30.0, sys.argv[2:])
