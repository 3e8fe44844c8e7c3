"""One file per month, an index for earlier months, and the upgrade from one file."""

import shutil

import pytest
import tomli_w

from kneecoach.core.history import record_to_toml
from kneecoach.core.storage import history_files as store_module
from kneecoach.core.storage.history_store import OLD_HISTORY_KEPT, HistoryStore
from tests.core.storage.test_history_store import JANUARY, ids, open_store, record, records_of
from tests.fakes import FakeClock


def write_old_single_file(folder, records, version=1):
    folder.mkdir(parents=True, exist_ok=True)
    document = {"schema_version": version, "session": [record_to_toml(r) for r in records]}
    path = folder / "history.toml"
    path.write_text(tomli_w.dumps(document))
    return path


def test_the_old_single_file_moves_into_month_files_and_is_kept(tmp_path):
    old = [record(n, pain=n % 11) for n in range(0, 80, 3)]  # January to March
    original = write_old_single_file(tmp_path, old).read_bytes()

    store, notices = open_store(tmp_path)
    assert notices == []
    assert records_of(store) == old
    assert sorted(p.name for p in (tmp_path / "history").glob("*.toml")) == [
        "2026-01.toml",
        "2026-02.toml",
        "2026-03.toml",
    ]
    assert not (tmp_path / "history.toml").exists()
    assert (tmp_path / OLD_HISTORY_KEPT).read_bytes() == original
    store.close()
    assert records_of(open_store(tmp_path)[0]) == old


def test_an_interrupted_upgrade_runs_again_without_duplicates(tmp_path):
    old = [record(n) for n in range(10)]
    write_old_single_file(tmp_path, old)
    store, _ = open_store(tmp_path)
    store.add(record(50))
    store.close()
    # As if the app had stopped after saving the months but before renaming the old file.
    shutil.copy(tmp_path / OLD_HISTORY_KEPT, tmp_path / "history.toml")
    store, notices = open_store(tmp_path)
    assert notices == []
    assert ids(store) == [f"session-{n:05d}" for n in [*range(10), 50]]


def test_an_unreadable_old_file_is_kept_and_its_last_good_copy_upgraded(tmp_path):
    path = write_old_single_file(tmp_path, [record(1)])
    shutil.copy(path, tmp_path / "history.toml.bak")
    path.write_bytes(b"schema_version = 1\n[[session]\nid = 'half")
    store, notices = open_store(tmp_path)
    assert "could not be read" in notices[0].text
    assert ids(store) == ["session-00001"]
    assert next(tmp_path.glob("history.unreadable-*.toml")).read_bytes().startswith(b"schema")


def test_saving_rewrites_only_the_month_of_the_session(tmp_path):
    store, _ = open_store(tmp_path)
    for n in range(0, 60, 2):  # January and February
        store.add(record(n))
    january = (tmp_path / JANUARY).stat().st_mtime_ns
    index = (tmp_path / "history/index.txt").read_bytes()
    store.add(record(61))  # 3 March, this month
    assert (tmp_path / JANUARY).stat().st_mtime_ns == january
    assert (tmp_path / "history/index.txt").read_bytes() == index  # this month is not indexed
    assert (tmp_path / "history/2026-03.toml").exists()


def test_earlier_months_are_read_from_the_index_not_their_files(tmp_path, monkeypatch):
    store, _ = open_store(tmp_path)
    for n in range(0, 70, 2):
        store.add(record(n, pain=3))
    store.close()
    read = []
    real_load = HistoryStore._load_month
    monkeypatch.setattr(
        HistoryStore,
        "_load_month",
        lambda self, month: read.append(month) or real_load(self, month),
    )
    again, notices = open_store(tmp_path)
    # Not one file: this month too was indexed as the store closed.
    assert notices == [] and read == []
    assert len(again.sessions) == 35
    # Full records of an indexed month are read when they are first asked for.
    assert again.record("session-00002") == record(2, pain=3)
    assert read == ["2026-01"]
    again.add(record(70))  # this month's records are read to save it
    assert read == ["2026-01", "2026-03"]
    # Killed before it could close: this month changed since it was indexed, and is
    # read from its file at the next start.
    del again
    third, notices = open_store(tmp_path)
    assert notices == [] and read[2:] == ["2026-03"] and len(third.sessions) == 36


def test_a_month_edited_by_hand_is_read_again(tmp_path):
    store, _ = open_store(tmp_path)
    for n in range(3):
        store.add(record(n, pain=4))
    store.close()
    path = tmp_path / JANUARY
    path.write_text(path.read_text().replace("pain_after = 3", "pain_after = 1", 1))
    again, _ = open_store(tmp_path)
    assert [s.pain_after for s in again.sessions] == [1, 3, 3]


def test_a_damaged_or_missing_index_costs_nothing(tmp_path):
    store, _ = open_store(tmp_path)
    for n in range(0, 40, 4):
        store.add(record(n))
    store.close()
    index = tmp_path / "history/index.txt"
    for damage in (lambda: index.write_bytes(b"\x00 not an index"), index.unlink):
        damage()
        again, notices = open_store(tmp_path)
        again.close()
        assert notices == [] and len(again.sessions) == 10
        assert index.read_text().startswith("kneecoach-history-index")
    # Only a cache, yet its damaged bytes are kept like those of any file.
    assert next(index.parent.glob("index.unreadable-*")).read_bytes() == b"\x00 not an index"


def test_delete_and_put_back(tmp_path):
    store, _ = open_store(tmp_path)
    for n in (1, 2, 40):
        store.add(record(n))
    store.delete(record(2))
    assert ids(store) == ["session-00001", "session-00040"]
    store.add(record(2))  # undo
    store.add(record(2))  # a second undo, or the same session imported meanwhile
    assert ids(store) == ["session-00001", "session-00002", "session-00040"]
    store.delete(record(40))  # the only session of February
    store.close()
    assert ids(open_store(tmp_path)[0]) == ["session-00001", "session-00002"]


def test_merge_adds_only_what_is_new(tmp_path):
    store, _ = open_store(tmp_path)
    store.add(record(1))
    assert store.merge([record(1), record(2), record(2), record(70)]) == 2
    assert store.merge([record(1), record(2), record(70)]) == 0
    assert ids(store) == ["session-00001", "session-00002", "session-00070"]


def test_a_session_is_filed_by_its_local_date(tmp_path):
    clock = FakeClock()
    store, _ = open_store(tmp_path, clock)
    store.add(record(30, offset_hours=-12))  # 31 January in its own zone, 1 Feb in UTC
    assert "session-00030" in (tmp_path / JANUARY).read_text()
    assert store_module.month_of(record(30).local_date) == "2026-01"


def test_a_month_damaged_while_the_app_runs_is_told_and_nothing_crashes(tmp_path):
    store, _ = open_store(tmp_path)
    for n in (1, 2, 40):
        store.add(record(n))
    store.close()
    again, notices = open_store(tmp_path)  # January now comes from the index
    assert notices == [] and len(again.sessions) == 3
    (tmp_path / JANUARY).write_bytes(b"schema_version = 2\n[[session]\nid = 'x")  # damaged now
    with pytest.raises(KeyError):
        again.record("session-00002")  # newer than the last good copy
    assert "January 2026" in again.notices[0].text and "could not be read" in again.notices[0].text
    # What is shown is what is there: the last good copy, the kept file says the rest.
    assert ids(again) == [r.id for r in again.all_records()]


def test_the_index_never_pairs_old_summaries_with_a_changed_file(tmp_path):
    store, _ = open_store(tmp_path)
    for n in (1, 40):
        store.add(record(n))
    store.close()
    again, _ = open_store(tmp_path)
    text = (tmp_path / JANUARY).read_text()
    extra = tomli_w.dumps({"session": [record_to_toml(record(5))]})
    (tmp_path / JANUARY).write_text(text + extra)  # added by hand while the app runs
    again.add(record(41))  # February, an earlier month: the index is written
    again.close()
    third, _ = open_store(tmp_path)
    assert ids(third) == ["session-00001", "session-00005", "session-00040", "session-00041"]


def test_files_that_are_not_months_are_left_alone(tmp_path):
    store, _ = open_store(tmp_path)
    store.add(record(1))
    store.close()
    for name in ("2026-13.toml", "copy-me.toml", "2026-00.toml.bak"):
        (tmp_path / "history" / name).write_text("whatever")
    again, notices = open_store(tmp_path)
    assert notices == [] and ids(again) == ["session-00001"]


def test_a_month_saved_with_a_byte_order_mark_is_read(tmp_path):
    store, _ = open_store(tmp_path)
    store.add(record(1))
    store.close()
    path = tmp_path / JANUARY
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    again, notices = open_store(tmp_path)
    assert notices == [] and ids(again) == ["session-00001"]


def test_an_upgrade_stopped_between_its_two_renames_raises_no_alarm(tmp_path):
    old = write_old_single_file(tmp_path, [record(n) for n in range(5)])
    shutil.copy(old, tmp_path / "history.toml.bak")
    store, notices = open_store(tmp_path)
    store.close()
    assert notices == []
    # As if stopped after keeping the last good copy and before moving the file.
    shutil.copy(tmp_path / OLD_HISTORY_KEPT, tmp_path / "history.toml")
    store, notices = open_store(tmp_path)
    assert notices == [] and len(store.sessions) == 5


def test_a_month_file_of_the_first_schema_is_read(tmp_path):
    store, _ = open_store(tmp_path)
    store.add(record(3))
    store.close()
    path = tmp_path / JANUARY
    path.write_text(path.read_text().replace("schema_version = 2", "schema_version = 1"))
    (tmp_path / "history" / "index.txt").unlink()
    store, notices = open_store(tmp_path)
    assert notices == [] and ids(store) == ["session-00003"]


def test_an_old_file_met_while_another_app_holds_the_folder_is_shown_in_full(tmp_path):
    store, _ = open_store(tmp_path)
    store.add(record(3))  # January, indexed: only its summaries are read at start-up
    store.close()
    holder, _ = open_store(tmp_path)  # the other app
    write_old_single_file(tmp_path, [record(5)])
    reader, notices = open_store(tmp_path)
    assert reader.read_only_reason and "read-only" in notices[0].title
    assert ids(reader) == ["session-00003", "session-00005"]
    day = record(5).local_date
    assert reader.record("session-00005", day) == record(5)
    assert reader.record("session-00003", day) == record(3)  # the month read in full
    holder.close()
