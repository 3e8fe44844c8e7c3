"""The chimes really play: through QSoundEffect into a PulseAudio null sink, recorded back."""

import ctypes.util
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kneecoach.core.cues import Chime
from tests.e2e.desktop import null_sink

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).parents[2]


def probe(env, *arguments):
    env = dict(env, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "tests.e2e.chime_probe", *arguments],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def max_amplitude(wav: Path) -> float:
    stats = subprocess.run(["sox", str(wav), "-n", "stat"], capture_output=True, text=True)
    line = next(x for x in stats.stderr.splitlines() if x.startswith("Maximum amplitude"))
    return float(line.split(":")[1])


def test_every_chime_loads_to_ready(tmp_path):
    with null_sink(tmp_path / "runtime") as env:
        output = probe(env)
    statuses = dict(line.split() for line in output.splitlines())
    assert statuses == {name: "Ready" for name in Chime.ALL}


def test_a_chime_reaches_the_speakers(tmp_path):
    recording = tmp_path / "heard.wav"
    with null_sink(tmp_path / "runtime") as env:
        recorder = subprocess.Popen(
            ["parecord", "--device=probe.monitor", "--file-format=wav", str(recording)], env=env
        )
        time.sleep(0.5)
        probe(env, Chime.SWITCH)
        time.sleep(0.3)
        recorder.terminate()
        recorder.wait(timeout=10)
    assert max_amplitude(recording) > 0.2  # the chime peaks at -6 dBFS; silence is 0


def app_command() -> list[str]:
    """The app from this checkout, or a packaged one named by KNEECOACH_COMMAND."""
    return shlex.split(os.environ.get("KNEECOACH_COMMAND", "")) or [
        sys.executable,
        "-m",
        "kneecoach",
    ]


def test_the_sound_check_is_heard(tmp_path):
    recording = tmp_path / "heard.wav"
    folders = ["--data-dir", str(tmp_path / "data"), "--config-dir", str(tmp_path / "config")]
    with null_sink(tmp_path / "runtime") as env:
        recorder = subprocess.Popen(
            ["parecord", "--device=probe.monitor", "--file-format=wav", str(recording)], env=env
        )
        time.sleep(0.5)
        result = subprocess.run(
            [*app_command(), "--test-sound", *folders],
            env=dict(env, QT_QPA_PLATFORM="offscreen"),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        time.sleep(0.3)
        recorder.terminate()
        recorder.wait(timeout=10)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Played the chime at volume 70 %" in result.stdout
    assert max_amplitude(recording) > 0.1  # -6 dBFS at 70 % volume; silence is 0


def test_the_sound_check_says_when_there_is_no_sound(tmp_path):
    env = dict(os.environ, XDG_RUNTIME_DIR=str(tmp_path), PULSE_SERVER="unix:/nonexistent")
    result = subprocess.run(
        [*app_command(), "--test-sound", "--data-dir", str(tmp_path / "d"), "--config-dir",
         str(tmp_path / "c")],
        env=dict(env, QT_QPA_PLATFORM="offscreen"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stdout.startswith("No sound:")


def pulse_library_present() -> bool:
    return ctypes.util.find_library("pulse") is not None


def test_without_an_audio_device_the_app_runs_silently(tmp_path):
    env = dict(os.environ, XDG_RUNTIME_DIR=str(tmp_path), PULSE_SERVER="unix:/nonexistent")
    output = probe(env, Chime.SWITCH)
    if pulse_library_present():
        assert output.startswith("silent: no audio output device")
    else:  # a machine without libpulse0: Qt's sound cannot load at all, which is said too
        assert output.startswith("silent: audio support could not be loaded (libpulse.so.0")


def test_without_the_sound_library_the_app_runs_silently(tmp_path):
    # A libpulse.so.0 that cannot load, found first: as on a machine without libpulse0.
    broken = tmp_path / "lib"
    broken.mkdir()
    (broken / "libpulse.so.0").write_bytes(b"not a library")
    env = dict(os.environ, LD_LIBRARY_PATH=str(broken))
    output = probe(env, Chime.SWITCH)
    assert output.startswith("silent: audio support could not be loaded (")
    assert "libpulse.so.0" in output
