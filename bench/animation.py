"""What the moving figure costs: CPU share and frame timing of the session view.

The session view runs full screen (1920 × 1080) in Xvfb on the real clock, once
with the moving figure and once with the still picture (the "less motion"
setting) as the baseline, for two exercises: a stretch (get ready, easing in,
holding and breathing) and ankle circles (the foot turning at the rep pace).
Each run is its own process; the X server's CPU is counted too.

    python bench/animation.py [seconds]      (default 30 per run; Linux, needs Xvfb)
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

LATE_FACTOR = 1.5  # a frame this many intervals after the last means one was dropped
SCENARIOS = {"stretch": "dorsiflexion-stretch", "circles": "ankle-circles"}


def timed(function: Callable[..., None], times: list[float]) -> Callable[..., None]:
    """`function`, noting how long each call takes (ms) in `times`."""

    def call(*arguments: object) -> None:
        started = time.perf_counter()
        function(*arguments)
        times.append((time.perf_counter() - started) * 1000)

    return call


def run_view(exercise_id: str, moving: bool, seconds: float) -> dict[str, float]:
    """In this process: the app, full screen, running `exercise_id` alone; watch its figure."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kneecoach import app as composition
    from kneecoach.core.autostart import for_this_computer
    from kneecoach.core.clock import SystemClock
    from kneecoach.core.routine import single_exercise_routine

    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="kneecoach-bench-"))
    (folder / "config").mkdir()
    (folder / "config" / "settings.toml").write_text(
        f"schema_version = 1\nmoving_figures = {str(moving).lower()}\nask_pain_before = false\n"
    )
    opened = composition.open_coach(
        app, folder / "data", folder / "config", SystemClock(), for_this_computer()
    )
    assert opened is not None
    controller = composition.build(app, *opened)
    controller.show(fullscreen=True, minimized=False)
    catalogue = controller.coach.library.catalogue
    controller.shell.start_routine(single_exercise_routine(catalogue.get(exercise_id)))
    assert controller.window.run is not None
    view = controller.window.run.view
    interval = view._frame_timer.interval()
    ticks: list[float] = []  # the frame clock: when the view asked for a new frame
    paints: list[float] = []  # how long each redraw of the figure took, in ms
    view._frame_timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    poses: list[float] = []  # how long posing the figure for a frame took, in ms
    view.picture.paintEvent = timed(view.picture.paintEvent, paints)  # type: ignore[method-assign]
    view._draw_picture = timed(view._draw_picture, poses)  # type: ignore[method-assign]
    warm_up = 1.0
    QTimer.singleShot(round((warm_up + seconds) * 1000), app.quit)
    started_cpu = started_wall = 0.0
    size = ""

    def begin() -> None:
        nonlocal started_cpu, started_wall, size
        size = f"{view.picture.width()}x{view.picture.height()}"
        ticks.clear()
        paints.clear()
        poses.clear()
        started_cpu, started_wall = time.process_time(), time.perf_counter()

    QTimer.singleShot(round(warm_up * 1000), begin)
    app.exec()
    controller.close()
    wall = time.perf_counter() - started_wall
    cpu = time.process_time() - started_cpu
    return summary(ticks, paints, poses, interval, wall, cpu) | {"size": size}


def summary(
    ticks: list[float],
    paints: list[float],
    poses: list[float],
    interval: int,
    wall: float,
    cpu: float,
) -> dict[str, float]:
    intervals = sorted((b - a) * 1000 for a, b in itertools.pairwise(ticks))
    paints.sort()
    poses.sort()
    return {
        "cpu_percent": 100 * cpu / wall,
        "ticks_per_second": len(ticks) / wall,
        "tick_p99_ms": intervals[int(len(intervals) * 0.99)] if intervals else 0.0,
        "tick_max_ms": intervals[-1] if intervals else 0.0,
        # Late: more than half a frame behind the clock's own pace (60 Hz moving, 25 Hz still).
        "late_ticks": sum(i > interval * LATE_FACTOR for i in intervals),
        "late_ms": interval * LATE_FACTOR,
        "ticks": len(ticks),
        "paints_per_second": len(paints) / wall,
        "paint_median_ms": statistics.median(paints) if paints else 0.0,
        "paint_max_ms": paints[-1] if paints else 0.0,
        # Posing: the core works out the frame (and the view what changed), every tick.
        "pose_median_ms": statistics.median(poses) if poses else 0.0,
        "pose_p99_ms": poses[int(len(poses) * 0.99)] if poses else 0.0,
    }


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


def main(seconds: float) -> None:
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
        print(
            f"{'run':<18}{'app CPU':>8}{'X CPU':>7}{'frames/s':>9}{'p99':>7}{'max':>7}"
            f"{'late':>5}{'drawn/s':>8}{'draw':>7}{'max':>7}{'pose':>7}{'p99':>7}"
        )
        results = {}
        for name, exercise_id in SCENARIOS.items():
            for mode in ("still", "moving"):
                r = measure(env, xvfb.pid, exercise_id, mode, seconds)
                results[(name, mode)] = r
                print(
                    f"{name + ', ' + mode:<18}{r['cpu_percent']:>7.1f}%"
                    f"{r['x_server_cpu_percent']:>6.1f}%{r['ticks_per_second']:>9.1f}"
                    f"{r['tick_p99_ms']:>5.1f}ms{r['tick_max_ms']:>5.1f}ms{r['late_ticks']:>5}"
                    f"{r['paints_per_second']:>8.1f}{r['paint_median_ms']:>5.2f}ms"
                    f"{r['paint_max_ms']:>5.1f}ms{r['pose_median_ms']:>5.2f}ms"
                    f"{r['pose_p99_ms']:>5.2f}ms",
                    flush=True,
                )
        print(
            f"frames/s, p99, max: the frame clock; late: frames more than {LATE_FACTOR} "
            "intervals after the one before (moving: "
            f"{results[(next(iter(SCENARIOS)), 'moving')]['late_ms']:.0f} ms, a dropped frame);"
        )
        print("drawn/s, draw, max: redraws of the figure and what one costs (median, worst);")
        print("pose, p99: posing the figure for one frame, every tick (median, 99th percentile).")
        for name in SCENARIOS:
            moving, still = results[(name, "moving")], results[(name, "still")]
            extra = moving["cpu_percent"] - still["cpu_percent"]
            print(
                f"{name}: the moving figure adds {extra:.1f} points of one CPU "
                f"({moving['cpu_percent'] / max(still['cpu_percent'], 0.1):.1f}x the still "
                f"view); {moving['late_ticks']} of {moving['ticks']} frames late; "
                f"figure drawn at {moving['size']}"
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
        main(float(sys.argv[1]) if len(sys.argv) > 1 else 30.0)
