"""What Orca would hear, asked over AT-SPI as Orca asks: KneeCoach in a real X session
with a session bus and the accessibility bus, read by pyatspi (python3-pyatspi)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kneecoach.core.catalogue import load_catalogue
from tests.e2e.desktop import require, running, wait_for, windows_named, x_display

pytestmark = pytest.mark.e2e
WALKER = Path(__file__).with_name("atspi_walk.py")
SYSTEM_PYTHON = "/usr/bin/python3"


def require_pyatspi() -> None:
    require("dbus-launch")
    found = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if found.returncode != 0:
        require("python3-pyatspi")  # not a program: skips here, fails in CI


def run_walker(env: dict[str, str], *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [SYSTEM_PYTHON, str(WALKER), *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def ask(env: dict[str, str], *command: str) -> list[dict]:
    done = run_walker(env, *command)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def walk_until(env: dict[str, str], ready) -> list[dict]:
    """The tree once `ready(tree)` holds: a pressed button's page comes a moment later,
    and a KneeCoach just started may not be on the accessibility bus yet (on a busy
    machine, its bridge can take longer than one walk waits)."""
    last: list[list[dict]] = [[]]

    def walked() -> bool:
        done = run_walker(env, "walk")
        if done.returncode != 0:
            last[0] = [{"not yet": done.stderr}]
            return False
        last[0] = [json.loads(line) for line in done.stdout.splitlines()]
        return ready(last[0])

    assert wait_for(walked, timeout=45), last[0]
    return last[0]


def seen_before(tmp_path: Path) -> list[str]:
    """Folders of someone who has used KneeCoach: no welcome, no question before."""
    data, config = tmp_path / "data", tmp_path / "config"
    data.mkdir()
    config.mkdir()
    hints = '["welcome", "offer-start-at-login", "no-tray"]'
    (data / "state.toml").write_text(f"schema_version = 1\nhints_given = {hints}\n")
    (config / "settings.toml").write_text("schema_version = 1\nask_pain_before = false\n")
    return [sys.executable, "-m", "kneecoach", "--data-dir", str(data), "--config-dir", str(config)]


def named(tree: list[dict], role: str) -> dict[str, dict]:
    return {node["name"]: node for node in tree if node["role"] == role}


def test_a_screen_reader_hears_the_values_over_at_spi(tmp_path):
    require_pyatspi()
    command = seen_before(tmp_path)
    with x_display() as env:
        env |= {"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "XDG_DATA_HOME": str(tmp_path / "xdg")}
        with running(command, env) as app:
            assert wait_for(lambda: windows_named("KneeCoach", env), timeout=20)
            home = ask(env, "walk")
            labels = named(home, "label")
            assert "Today: not done yet" in labels and "Streak: 0 days" in labels
            [routine] = [node for node in home if node["role"] == "combo box"]
            assert routine["labelled_by"] == ["Routine:"]

            ask(env, "press", "Settings")
            settings = walk_until(env, lambda tree: any(n["role"] == "dialog" for n in tree))
            time_box = named(settings, "spin button")["Reminder time 1"]
            assert time_box["value"] == 18 * 60  # 18:00, not 0.0
            ask(env, "press", "Cancel")

            ask(env, "press", "Start routine")
            session = walk_until(env, lambda tree: any(n["description"] == "Next" for n in tree))
            heard = {node["description"]: node["name"] for node in session}
            # Getting ready for ankle circles: one of the article's steps, as shown.
            steps = load_catalogue(language="en").get("ankle-circles").steps
            assert any(heard["Instruction"].startswith(step[:40]) for step in steps)
            assert heard["Next"].startswith("Next:")
            app.terminate()
            _, errors = app.communicate(timeout=10)
    assert "Could not convert to double" not in errors


def test_the_stop_question_is_read_without_a_warning_from_qt(tmp_path):
    """With a screen reader listening, a question whose words could be selected had Qt
    log "Received text event for invalid interface" for each of its labels."""
    require_pyatspi()
    command = seen_before(tmp_path)
    log = tmp_path / "errors.txt"
    with x_display() as env, log.open("w") as errors:
        env |= {"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "XDG_DATA_HOME": str(tmp_path / "xdg")}
        app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            walk_until(env, lambda tree: "Start routine" in named(tree, "push button"))
            with running([SYSTEM_PYTHON, str(WALKER), "listen"], env) as reader:
                assert reader.stdout is not None and reader.stdout.readline() == "listening\n"
                ask(env, "press", "Start routine")
                walk_until(env, lambda tree: any(n["description"] == "Next" for n in tree))
                before = log.read_text()
                ask(env, "press", "Stop the routine")
                question = walk_until(env, lambda tree: any(n["role"] == "alert" for n in tree))
                words = "Stop now? What you have done so far is saved."
                assert words in named(question, "label"), "the question is read as before"
                ask(env, "press", "No")
                walk_until(env, lambda tree: not any(n["role"] == "alert" for n in tree))
        finally:
            app.terminate()
            app.wait(timeout=10)
    asked = log.read_text()[len(before) :]
    assert "Received text event for invalid interface" not in asked


WARNING = "Received text event for invalid interface"
OFFER = "Start KneeCoach when you log in?"  # a notice above the home page


def shows(name: str):
    return lambda tree: any(node["name"] == name for node in tree)


def test_the_home_page_is_read_without_a_warning_from_qt(tmp_path):
    """The chosen exercise's words (its steps, cautions and why it helps) are set when
    the home page fills and again for each exercise chosen, and a notice may stand above
    them: words Qt laid out as rich or selectable text had it log a warning each time
    while a screen reader listened."""
    require_pyatspi()
    command = seen_before(tmp_path)
    state = tmp_path / "data" / "state.toml"
    state.write_text(state.read_text().replace('"offer-start-at-login", ', ""))
    log = tmp_path / "errors.txt"
    with x_display() as env, log.open("w") as errors:
        env |= {"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "XDG_DATA_HOME": str(tmp_path / "xdg")}
        with running([SYSTEM_PYTHON, str(WALKER), "listen"], env) as reader:
            assert reader.stdout is not None and reader.stdout.readline() == "listening\n"
            app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
            try:
                home = walk_until(env, lambda tree: "Start routine" in named(tree, "push button"))
                assert shows("Ankle circles: how to do it")(home) and shows(OFFER)(home)
                started = log.read_text()
                ask(env, "choose", "2. Dorsiflexion stretch")
                walk_until(env, shows("Dorsiflexion stretch: how to do it"))
                ask(env, "choose", "4. Knee to chest")
                walk_until(env, shows("Knee to chest: how to do it"))
            finally:
                app.terminate()
                app.wait(timeout=10)
    assert WARNING not in started, "the home page filled with a warning"
    assert WARNING not in log.read_text()[len(started) :], "choosing an exercise warned"
