"""Every kind of file KneeCoach reads, each with a good example and the loader the app
runs on it: shared by the hostile-input tests and the fuzz test.

A data folder and a config folder are made once with every file in them, as a
user of some months has them; each check copies that pair of folders, changes
one file and runs that file's loader.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.first_look import first_look
from kneecoach.core.my_exercises import MyExercises
from kneecoach.core.my_routines import MyRoutines, Plan, PlanItem
from kneecoach.core.notices import Notice
from kneecoach.core.settings import Settings
from kneecoach.core.storage.app_state import AppStateStore
from kneecoach.core.storage.exchange import ImportProblem, export_toml, read_export
from kneecoach.core.storage.files import StoreError
from kneecoach.core.storage.history_files import read_index
from kneecoach.core.storage.history_store import HistoryStore
from kneecoach.core.storage.settings_store import SettingsStore
from kneecoach.core.storage.window_place import WindowPlace
from tests.core.storage.test_history_store import record
from tests.core.test_my_exercises import BRIDGE
from tests.fakes import FakeClock

BUILTIN = load_catalogue()


def _settings(root: Path) -> list[Notice]:
    store = SettingsStore(root / "config", FakeClock())
    notices = store.load()
    first_look(root / "config")
    store.save(store.settings)  # a save after a bad read must never lose the original
    return notices


def _state(root: Path) -> list[Notice]:
    store = AppStateStore(root / "data", FakeClock())
    notices = store.load()
    store.save()
    return notices


def _exercises(root: Path) -> list[Notice]:
    mine = MyExercises(root / "data", FakeClock())
    notices = mine.load(BUILTIN)
    mine.library(BUILTIN).exercises  # noqa: B018 - what the home page asks of it
    # A file that must not be written over says so in plain words, and stays.
    with contextlib.suppress(StoreError):
        mine.save()
    return notices


def _routines(root: Path) -> list[Notice]:
    routines = MyRoutines(root / "data", FakeClock())
    notices = routines.load()
    with contextlib.suppress(StoreError):
        routines.save()
    return notices


def _history(root: Path) -> list[Notice]:
    # A cache, never told about: noted here, as the store noticed it too.
    index = read_index(root / "data/history/index.txt")
    notices = [] if index is not None else [Notice("the index", "not used")]
    store = HistoryStore(root / "data", FakeClock())
    notices += store.open()
    store.sessions  # noqa: B018 - what the progress page shows
    list(store.all_records())  # every month read in full, the indexed ones too
    notices += store.notices
    if not store.read_only_reason:
        store.add(record(61))  # a save into this month
    store.close()
    return notices


def _window(root: Path) -> list[Notice]:
    store = WindowPlace(root / "config", FakeClock())
    used = store.load()
    store.save(b"\x01\xd9\xd0\xcb")
    # Never told about (the window opens at its default size): noted here.
    return [] if used else [Notice("window", "not used")]


def _import(root: Path) -> list[Notice]:
    try:
        read_export(root / "export.toml")
    except ImportProblem as problem:
        return [Notice("import", str(problem))]
    return []


@dataclass(frozen=True)
class Kind:
    name: str
    path: str  # inside the pair of folders
    load: Callable[[Path], list[Notice]]


KINDS = (
    Kind("settings", "config/settings.toml", _settings),
    Kind("state", "data/state.toml", _state),
    Kind("my-exercises", "data/my-exercises.toml", _exercises),
    Kind("routines", "data/routines.toml", _routines),
    Kind("this month", "data/history/2026-03.toml", _history),
    Kind("an earlier month", "data/history/2026-01.toml", _history),
    Kind("the index", "data/history/index.txt", _history),
    Kind("the old history.toml", "data/history.toml", _history),
    Kind("window", "config/window.toml", _window),
    Kind("an import", "export.toml", _import),
)


def make_folders(root: Path) -> Path:
    """A user's folders with every kind of file in them, each written by KneeCoach."""
    clock = FakeClock()
    data, config = root / "data", root / "config"
    SettingsStore(config, clock).save(Settings(theme="dark", hold_seconds=40))
    state = AppStateStore(data, clock)
    state.state.hints_given.add("welcome")
    state.save()
    mine = MyExercises(data, clock)
    mine.put(BRIDGE)
    mine.hidden.add("seated-twist")
    mine.save()
    routines = MyRoutines(data, clock)
    routines.put(Plan("my-evening", "Evening", (PlanItem("calf-stretch"), PlanItem(BRIDGE.id))))
    routines.save()
    records = [record(n, pain=n % 11) for n in range(0, 70, 3)]  # January to March
    history = HistoryStore(data, clock)
    history.open()
    history.merge(records[:-2])
    history.merge(records[-2:])  # the last good copies differ from the files
    history.close()
    WindowPlace(config, clock).save(b"\x01\xd9\xd0\xcb\x00\x03\x00\x00")
    (root / "export.toml").write_bytes(export_toml(records))
    # The single file of the first schema, as an older KneeCoach left it.
    old = b"schema_version = 1\n" + export_toml(records[:3]).split(b"\n", 2)[2]
    (data / "history.toml").write_bytes(old)
    return root


def copy_folders(seed: Path, target: Path) -> Path:
    shutil.copytree(seed, target, symlinks=True)
    return target
