"""A logout or `systemctl --user stop` during a routine: SIGTERM (and SIGINT) to a real
KneeCoach record the routine so far exactly as Stop would, and it ends at once."""

import signal
import subprocess
import time
from dataclasses import replace
from datetime import datetime

import pytest

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.routine import build_steps, default_routine
from kneecoach.core.session import Session
from kneecoach.core.settings import Settings
from kneecoach.core.storage.history_store import HistoryStore
from tests.e2e.desktop import wait_for
from tests.fakes import FakeClock
from tests.ui.processes import start_python

pytestmark = pytest.mark.e2e

# Short steps, so that a few seconds in some reps are counted and one exercise is under way.
SETTINGS = Settings(get_ready_seconds=3, rep_pace=1.5, ask_pain_before=False)
SETTINGS_FILE = """schema_version = 1
get_ready_seconds = 3
rep_pace = 1.5
ask_pain_before = false
"""


def folders(tmp_path):
    data, config = tmp_path / "data", tmp_path / "config"
    data.mkdir()
    config.mkdir()
    (config / "settings.toml").write_text(SETTINGS_FILE)
    (data / "state.toml").write_text(
        'schema_version = 1\nhints_given = ["welcome", "offer-start-at-login"]\n'
    )
    return data, config


def as_stop_records_it(started_at: datetime, ended_at: datetime, paused: float):
    """The record the Stop button makes after the same time in the same routine."""
    clock = FakeClock(started_at)
    routine = default_routine(load_catalogue(language="en"))
    session = Session(routine, build_steps(routine, SETTINGS.timings()), clock)
    session.start()
    taken = (ended_at - started_at).total_seconds() - paused
    while taken > 0:  # the driver asks at least this often
        step = min(0.25, taken)
        clock.advance(step)
        taken -= step
        session.tick()
    session.stop()
    return session.record


@pytest.mark.parametrize("sent", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_during_a_routine_records_it_as_stop_would_and_ends(tmp_path, sent):
    data, config = folders(tmp_path)
    log = data / "kneecoach.log"
    app = start_python(
        ["-m", "kneecoach", "--data-dir", data, "--config-dir", config, "--start"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert wait_for(lambda: log.exists() and "routine started" in log.read_text(), 30)
        time.sleep(6)  # past the first get-ready, into counted reps
        app.send_signal(sent)
        asked = time.monotonic()
        app.wait(timeout=10)
        took = time.monotonic() - asked
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        output = app.communicate()
    assert app.returncode == 0, output
    assert took < 3, f"took {took:.1f} s to end"
    text = log.read_text()
    assert f"{sent.name} received" in text and "session recorded" in text

    store = HistoryStore(data, FakeClock())
    store.open()
    [record] = list(store.all_records())
    store.close()
    assert not record.finished
    assert record.exercises[0].reps or record.exercises[0].holds, record  # something was done
    expected = as_stop_records_it(record.started_at, record.ended_at, record.paused_seconds)
    assert replace(expected, id=record.id) == record
