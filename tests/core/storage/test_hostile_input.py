"""Files made to break KneeCoach: each is set aside or kept, told, and the app goes on."""

import time
import tomllib

import pytest
import tomli_w

from kneecoach.core.my_exercises import MyExercises
from kneecoach.core.storage.app_state import AppStateStore
from kneecoach.core.storage.exchange import ImportProblem, read_export
from kneecoach.core.storage.history_store import HistoryStore
from tests.core.storage.file_kinds import BUILTIN, KINDS, copy_folders, make_folders
from tests.core.storage.test_history_store import record
from tests.core.test_my_exercises import BRIDGE
from tests.fakes import FakeClock

DEEP_ARRAY = b"schema_version = 1\nx = " + b"[" * 2000 + b"]" * 2000 + b"\n"
DEEP_TABLE = b"schema_version = 1\nx = " + b"{a = " * 2000 + b"1" + b"}" * 2000 + b"\n"
# Told nothing: a cache, and where the window was.
SILENT = {"the index", "window"}


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    return make_folders(tmp_path_factory.mktemp("seed"))


def kept_anywhere(root, content):
    return any(p.is_file() and p.read_bytes() == content for p in root.rglob("*"))


@pytest.mark.parametrize("content", [DEEP_ARRAY, DEEP_TABLE], ids=["arrays", "inline tables"])
@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_deep_nesting_is_an_unreadable_file_set_aside_and_told(seed, tmp_path, kind, content):
    root = copy_folders(seed, tmp_path / "user")
    (root / kind.path).write_bytes(content)
    notices = kind.load(root)  # no RecursionError
    if kind.name not in SILENT:
        assert any("nested too deeply" in n.text for n in notices), notices
    assert kept_anywhere(root, content)


def test_a_list_where_a_side_belongs_keeps_the_entry_and_says_so(tmp_path):
    exercise = tomli_w.dumps({"schema_version": 1, "exercise": [_table(BRIDGE)]})
    broken = exercise.replace('sides = [\n    "right",\n]', 'sides = [["right"]]')
    assert broken != exercise
    (tmp_path / "my-exercises.toml").write_text(broken)
    mine = MyExercises(tmp_path, FakeClock())
    notices = mine.load(BUILTIN)
    assert mine.exercises == []
    assert "sides must list one or both of" in notices[0].text
    mine.save()  # the entry is written back as it was, to be mended
    saved = tomllib.loads((tmp_path / "my-exercises.toml").read_text())
    assert saved["exercise"][0]["sides"] == [["right"]]


def _table(exercise):
    from kneecoach.core.my_exercises import exercise_table

    return exercise_table(exercise)


@pytest.mark.parametrize(
    "part",
    ["hidden = 3", 'hidden = ["calf-stretch", 4]', "retired = [1]", 'exercise = "none"'],
)
def test_a_wrong_type_in_my_exercises_keeps_the_file_and_says_so(tmp_path, part):
    content = f"schema_version = 1\n{part}\n".encode()
    (tmp_path / "my-exercises.toml").write_bytes(content)
    mine = MyExercises(tmp_path, FakeClock())
    notices = mine.load(BUILTIN)
    assert len(notices) == 1 and "original file was kept as" in notices[0].text
    mine.save()
    assert kept_anywhere(tmp_path, content)


@pytest.mark.parametrize(
    "content",
    [
        b'schema_version = 1\nhints_given = ["welcome"]\nlater = true\n',
        b'schema_version = 1\nhints_given = "welcome"\n',
        b"schema_version = 1\n[reminders]\nhandled_until = 3\n",
        b"schema_version = 1\nprogression_answered = 2026\n",
    ],
)
def test_state_with_unknown_keys_or_wrong_types_keeps_the_original_and_says_so(tmp_path, content):
    (tmp_path / "state.toml").write_bytes(content)
    store = AppStateStore(tmp_path, FakeClock())
    notices = store.load()
    assert len(notices) == 1 and "could not be used" in notices[0].text
    store.save()
    assert kept_anywhere(tmp_path, content)
    assert AppStateStore(tmp_path, FakeClock()).load() == []  # said once, not at every start


def test_a_good_state_file_is_read_without_a_word(tmp_path):
    store = AppStateStore(tmp_path, FakeClock())
    store.state.hints_given.add("welcome")
    store.save()
    assert AppStateStore(tmp_path, FakeClock()).load() == []


@pytest.fixture
def history(tmp_path):
    store = HistoryStore(tmp_path / "data", FakeClock())
    store.open()
    store.add(record(1))
    yield store
    store.close()


def test_an_import_of_200_mb_is_refused_at_once(tmp_path, history):
    export = tmp_path / "huge.toml"
    with open(export, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no disk used
    started = time.perf_counter()
    with pytest.raises(ImportProblem, match="too large"):
        read_export(export)
    assert time.perf_counter() - started < 1.0
    assert len(history.sessions) == 1


def test_an_import_of_a_million_sessions_is_refused_at_once(tmp_path, history):
    export = tmp_path / "million.toml"
    export.write_bytes(
        b"schema_version = 1\nkind = 'kneecoach-history'\n" + b"[[session]]\n" * 10**6
    )
    started = time.perf_counter()
    with pytest.raises(ImportProblem, match="more than 25,000 sessions"):
        read_export(export)
    assert time.perf_counter() - started < 2.0
    assert len(history.sessions) == 1  # nothing merged


def test_a_deeply_nested_import_is_refused_in_plain_words(tmp_path, history):
    export = tmp_path / "deep.toml"
    export.write_bytes(DEEP_ARRAY)
    with pytest.raises(ImportProblem, match="nested too deeply"):
        read_export(export)
    assert len(history.sessions) == 1
