"""Real desktop parts for end-to-end tests: a PulseAudio null sink, Xvfb, a D-Bus session bus.

Each is started for the test and stopped after it. A missing program skips the
test on a developer's machine but fails it in CI, where .ci/run installs them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def require(*programs: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        message = f"needs {', '.join(missing)} (installed by .ci/run)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def wait_for(condition, timeout: float = 10.0, every: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return False


@contextmanager
def null_sink(runtime_dir: Path) -> Iterator[dict[str, str]]:
    """A PulseAudio server whose only output is a null sink named 'probe'; yields its env."""
    require("pulseaudio", "pactl", "parecord", "sox")
    runtime_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime_dir), HOME=str(runtime_dir))
    env.pop("PULSE_SERVER", None)
    server = subprocess.Popen(
        [
            "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--system=false",
            "--load=module-null-sink sink_name=probe",
            "--load=module-native-protocol-unix",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        ready = wait_for(
            lambda: subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0
        )
        assert ready, "PulseAudio did not start"
        subprocess.run(["pactl", "set-default-sink", "probe"], env=env, check=True)
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextmanager
def x_display(size: str = "1366x768") -> Iterator[dict[str, str]]:
    """Xvfb with a D-Bus session bus; yields the environment for programs to run in it."""
    require("Xvfb", "dbus-launch", "xdotool", "xwininfo")
    number = 200 + os.getpid() % 500
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
    bus_pid = None
    try:
        assert wait_for(
            lambda: subprocess.run(["xdpyinfo"], env=env, capture_output=True).returncode == 0
        ), "Xvfb did not start"
        launched = subprocess.run(
            ["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True, check=True
        )
        for line in launched.stdout.splitlines():
            if line.startswith("DBUS_SESSION_BUS_ADDRESS="):
                env["DBUS_SESSION_BUS_ADDRESS"] = line.split("=", 1)[1].rstrip(";").strip("'")
            if line.startswith("DBUS_SESSION_BUS_PID="):
                bus_pid = int(line.split("=", 1)[1].rstrip(";"))
        yield env
    finally:
        if bus_pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(bus_pid, signal.SIGTERM)
        server.terminate()
        server.wait(timeout=10)


@contextmanager
def running(command: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()


def windows_named(name: str, env: dict[str, str], visible_only: bool = True) -> list[str]:
    command = ["xdotool", "search", "--name", name]
    if visible_only:
        command.insert(2, "--onlyvisible")
    found = subprocess.run(command, env=env, capture_output=True, text=True)
    return found.stdout.split()


def embedded_in_tray(name: str, env: dict[str, str]) -> bool:
    """True when a window called `name` sits inside trayer's panel."""
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True)
    lines = tree.stdout.splitlines()
    for index, line in enumerate(lines):
        if '("panel" "trayer")' in line:
            depth = len(line) - len(line.lstrip())
            for inner in lines[index + 1 :]:
                if inner.strip() and len(inner) - len(inner.lstrip()) <= depth:
                    break
                if f'"{name}"' in inner:
                    return True
    return False


@contextmanager
def private_session_bus() -> Iterator[str]:
    """A D-Bus daemon of the test's own: its address."""
    require("dbus-daemon")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert daemon.stdout is not None
    try:
        yield daemon.stdout.readline().strip()
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()
