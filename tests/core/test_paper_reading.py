"""The files read for a document from the command line: what can be read, nothing changed."""

from datetime import datetime

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.paper.reading import read_history, read_library, read_settings
from kneecoach.core.storage.history_store import HistoryStore
from tests.fakes import FakeClock
from tests.paper import known


def snapshot(folder):
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def seeded(tmp_path, clock):
    store = HistoryStore(tmp_path, clock)
    store.open()
    store.merge(known.records())
    store.close()
    return tmp_path


def clock():
    return FakeClock(datetime(2026, 3, 2, 18, 0, tzinfo=known.ZONE))


def test_every_session_of_the_period_is_read(tmp_path):
    data = seeded(tmp_path, clock())
    sessions, left_out = read_history(data, known.FIRST_MONDAY, known.TODAY, clock())
    assert left_out == []
    assert [s.id for s in sessions] == [r.id for r in known.records()]


def test_a_damaged_month_is_left_out_and_said_and_nothing_is_changed(tmp_path):
    data = seeded(tmp_path, clock())
    damaged = data / "history" / "2026-02.toml"
    damaged.write_bytes(b"schema_version = 2\n[[session]\nthis is not toml")
    before = snapshot(data)
    sessions, left_out = read_history(data, known.FIRST_MONDAY, known.TODAY, clock())
    assert snapshot(data) == before  # not set aside, not restored, no index written
    assert {s.local_date.month for s in sessions} == {1, 3}
    assert len(left_out) == 1 and "2026-02.toml" in left_out[0]


def test_damaged_settings_and_routines_are_read_as_defaults_and_left_alone(tmp_path):
    (tmp_path / "settings.toml").write_text("weekly_goal = [broken")
    (tmp_path / "routines.toml").write_text("chosen = ")
    before = snapshot(tmp_path)
    settings = read_settings(tmp_path)
    library = read_library(load_catalogue(), tmp_path, clock())
    assert settings.weekly_goal == 5
    assert library.chosen_plan().id == "knee-relief"
    assert snapshot(tmp_path) == before
