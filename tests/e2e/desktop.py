"""Real desktop parts for end-to-end tests: a PulseAudio null sink, Xvfb, a D-Bus session bus.

Each is started for the test and stopped after it. A missing program skips the
test on a developer's machine but fails it in CI, where .ci/run installs them.
"""

from __future__ import annotations

import os
import shutil
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
