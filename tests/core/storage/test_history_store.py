import errno
import os
import random
import signal
import stat
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kneecoach.core.history import ExerciseRecord, Outcome, SessionRecord, SessionSummary
from kneecoach.core.storage import files
from kneecoach.core.storage.files import StoreError, backup_path
from kneecoach.core.storage.history_store import HistoryStore
from tests.fakes import FakeClock


def record(number: int, offset_hours: float = 1.0, pain: int | None = None) -> SessionRecord:
    start = datetime(2026, 1, 1, 18, tzinfo=timezone(timedelta(hours=offset_hours)))
    start += timedelta(days=number)
    return SessionRecord(
        id=f"session-{number:05d}",
        local_date=start.date(),
        started_at=start,
        ended_at=start + timedelta(minutes=8, seconds=3),
        routine="knee-relief",
        finished=number % 3 != 0,
        exercises=(
            ExerciseRecord(
                "ankle-circles", Outcome.DONE, (), {"clockwise": 12, "counter-clockwise": 12}
            ),
            ExerciseRecord("calf-stretch", Outcome.SKIPPED, ("right",), {}),
        ),
        pain_before=pain,
        pain_after=None if pain is None else max(0, pain - 1),
    )


JANUARY = "history/2026-01.toml"  # record(0) to record(30); the fake clock is in March


def records_of(store):
    return list(store.all_records())


def ids(store):
    return [s.id for s in store.sessions]


def open_store(folder, clock=None):
    store = HistoryStore(folder, clock or FakeClock())
    notices = store.open()
    return store, notices


def test_sessions_round_trip_with_their_offsets(tmp_path):
    store, notices = open_store(tmp_path)
    assert notices == [] and store.sessions == []
    store.add(record(1, offset_hours=-7, pain=6))
    store.add(record(2, offset_hours=5.5))
    store.close()
    again, notices = open_store(tmp_path)
    assert notices == []
    assert records_of(again) == [record(1, offset_hours=-7, pain=6), record(2, offset_hours=5.5)]
    assert again.sessions == [SessionSummary.of(r) for r in records_of(again)]
    text = (tmp_path / JANUARY).read_text()
    assert text.startswith("schema_version = 2")
    assert "started_at = 2026-01-02 18:00:00-07:00" in text


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3000),
            st.sampled_from([-12, -3.5, 0, 1, 9, 14]),
            st.none() | st.integers(0, 10),
        ),
        max_size=15,
    )
)
def test_any_history_reads_back_exactly(tmp_path_factory, entries):
    folder = tmp_path_factory.mktemp("history")
    store, _ = open_store(folder)
    records = []
    for n, offset, pain in entries:
        store.add(record(n, offset, pain))
        if record(n).id not in {r.id for r in records}:  # a second one with the same id is not
            records.append(record(n, offset, pain))
    store.close()
    again = open_store(folder)[0]
    assert sorted(records_of(again), key=repr) == sorted(records, key=repr)
    # Earlier months come from the index at start-up; they must say the same.
    summaries = sorted((SessionSummary.of(r) for r in records), key=lambda s: s.started_at)
    assert sorted(again.sessions, key=repr) == sorted(summaries, key=repr)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_health_data_is_readable_by_the_user_only(tmp_path):
    folder = tmp_path / "data"
    store, _ = open_store(folder)
    store.add(record(1))
    store.add(record(2))
    for path in (folder / JANUARY, backup_path(folder / JANUARY), folder / "history/index.txt"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for path in (folder, folder / "history"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700


def test_the_previous_good_copy_is_kept(tmp_path):
    store, _ = open_store(tmp_path)
    store.add(record(1))
    store.add(record(2))
    backup = (tmp_path / (JANUARY + ".bak")).read_text()
    assert "session-00001" in backup and "session-00002" not in backup


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # truncated
        lambda text: "\x00\x01garbage" + text,  # corrupt
        lambda text: text.replace("[[session]]", "[[session]", 1),  # hand-broken syntax
        lambda text: text.replace("schema_version = 2", "schema_version = 'one'"),
    ],
    ids=["truncated", "corrupt", "hand-broken", "bad-version"],
)
def test_an_unreadable_file_is_kept_untouched_and_the_last_good_copy_restored(tmp_path, damage):
    store, _ = open_store(tmp_path)
    for n in range(3):
        store.add(record(n))
    store.close()
    path = tmp_path / JANUARY
    broken = damage(path.read_text()).encode()
    path.write_bytes(broken)

    store, notices = open_store(tmp_path)
    assert len(notices) == 1 and "could not be read" in notices[0].text
    assert "January 2026" in notices[0].text
    kept = [p for p in path.parent.iterdir() if ".unreadable-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == broken
    assert kept[0].name in notices[0].text
    assert ids(store) == ["session-00000", "session-00001"]
    store.add(record(9))
    assert kept[0].read_bytes() == broken


def test_one_bad_entry_is_left_out_and_the_original_kept(tmp_path):
    store, _ = open_store(tmp_path)
    for n in range(3):
        store.add(record(n))
    store.close()
    path = tmp_path / JANUARY
    original = path.read_text().replace('routine = "knee-relief"', "routine = 7", 1)
    path.write_text(original)
    store, notices = open_store(tmp_path)
    assert ids(store) == ["session-00001", "session-00002"]
    assert "1 session in" in notices[0].text and "session #1: routine" in notices[0].text
    kept = next(p for p in path.parent.iterdir() if p.name.startswith("2026-01.original-"))
    assert kept.read_text() == original


def test_a_newer_file_is_read_but_never_written(tmp_path):
    store, _ = open_store(tmp_path)
    store.add(record(1))
    store.close()
    path = tmp_path / JANUARY
    newer = path.read_text().replace("schema_version = 2", "schema_version = 7")
    path.write_text(newer)
    store, notices = open_store(tmp_path)
    assert "newer version" in notices[0].text
    assert ids(store) == ["session-00001"]
    with pytest.raises(StoreError):
        store.add(record(2))
    assert path.read_text() == newer


def test_a_second_writer_is_kept_out(tmp_path):
    first, _ = open_store(tmp_path)
    second, notices = open_store(tmp_path)
    assert "Another KneeCoach" in notices[0].text
    with pytest.raises(StoreError):
        second.add(record(1))
    first.add(record(2))
    first.close()
    third, notices = open_store(tmp_path)
    assert notices == [] and ids(third) == ["session-00002"]


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "not allowed to write in"),
        (errno.EACCES, "not allowed to write in"),
    ],
)
def test_a_failed_write_loses_nothing_and_says_why(tmp_path, monkeypatch, code, message):
    store, _ = open_store(tmp_path)
    store.add(record(1))

    def refuse(descriptor):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, "fsync", refuse)
    with pytest.raises(StoreError, match=message):
        store.add(record(2))
    assert store.unsaved and ids(store) == ["session-00001", "session-00002"]
    assert [p.name for p in tmp_path.rglob("*.tmp")] == []
    monkeypatch.undo()
    store.save()
    assert ids(open_store(tmp_path)[0]) == ["session-00001", "session-00002"]


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_gets_a_plain_message(tmp_path):
    store, _ = open_store(tmp_path)
    store.add(record(1))
    (tmp_path / "history").chmod(0o500)
    try:
        with pytest.raises(StoreError, match="not allowed to write"):
            store.add(record(2))
    finally:
        (tmp_path / "history").chmod(0o700)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_sigkill_in_the_middle_of_saving_never_loses_a_committed_session(tmp_path):
    """200 times: a writer is killed at a random moment; what it committed is always there."""
    store, _ = open_store(tmp_path)
    for n in range(120):
        store.add(record(n))
    store.close()
    rng = random.Random(2026)
    committed = 120
    for _ in range(200):
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # the writer: append and save until killed
            os.close(reader)
            child, _ = open_store(tmp_path)
            os.write(writer, b"open\n")
            number = len(child.sessions)
            while True:
                child.add(record(number))
                number += 1
                os.write(writer, f"{number}\n".encode())
        os.close(writer)
        assert os.read(reader, 5) == b"open\n"  # kill only once it is saving
        time.sleep(rng.uniform(0.0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(reader) as pipe:
            lines = pipe.read().split()
        committed = max([committed, *(int(x) for x in lines)])
        after, notices = open_store(tmp_path)
        after.close()
        assert notices == [], notices
        assert len(after.sessions) >= committed
        assert ids(after) == [f"session-{n:05d}" for n in range(len(after.sessions))]
    assert committed > 120 + 100  # the writers really were saving when killed


_text = st.text(min_size=1, max_size=12)


@given(_text, _text, st.lists(_text, max_size=3))
def test_any_names_survive_the_index_line(key, routine, exercises):
    from kneecoach.core.history import summary_from_line, summary_to_line

    summary = SessionSummary.of(record(3))._replace(
        id=key, routine=routine, done=tuple(exercises), skipped=()
    )
    line = summary_to_line(summary)
    assert "\n" not in line
    assert summary_from_line(line) == summary
    # Never taken for the line that names a month in the index.
    assert not line.startswith("% ")


def test_a_folder_on_a_read_only_disk_shows_everything_and_says_why(tmp_path, monkeypatch):
    store, _ = open_store(tmp_path)
    for n in (1, 40, 60):  # January, February, March
        store.add(record(n))
    store.close()
    real_open = os.open

    def read_only_disk(path, flags, *args):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(files.os, "open", read_only_disk)
    again, notices = open_store(tmp_path)
    assert [n.title for n in notices] == ["History is read-only"]
    assert "not allowed to write in" in notices[0].text
    assert ids(again) == ["session-00001", "session-00040", "session-00060"]
    with pytest.raises(StoreError, match="Your history was not saved"):
        again.add(record(61))
    assert len(again.sessions) == 4  # kept in memory all the same


def test_time_spent_paused_is_kept_in_the_month_file_and_the_index(tmp_path):
    from dataclasses import replace

    paused = replace(record(1), paused_seconds=61.25)
    store, _ = open_store(tmp_path)
    store.add(paused)
    store.add(record(2))
    store.close()
    assert "paused_seconds = 61.25" in (tmp_path / JANUARY).read_text()
    again, notices = open_store(tmp_path)  # January from the index
    assert notices == [] and again.sessions[0].paused_seconds == 61.25
    assert again.record(paused.id) == paused and again.sessions[1].paused_seconds == 0.0
