"""Every file of the user's, opened in one place: settings, history, state, own exercises.

The settings come first and apart, because the language they choose decides the
catalogue's words; the rest opens once the catalogue is loaded. What was found
wrong on the way is returned as notices, to be told once the window is up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kneecoach.core.app_state import AppStateStore
from kneecoach.core.catalogue import Catalogue
from kneecoach.core.clock import Clock
from kneecoach.core.my_library import MyLibrary
from kneecoach.core.notices import Notice
from kneecoach.core.settings import SettingsStore
from kneecoach.core.store import HistoryStore
from kneecoach.core.window_place import WindowPlace


@dataclass
class Stores:
    settings: SettingsStore
    history: HistoryStore
    state: AppStateStore
    library: MyLibrary
    window: WindowPlace

    @classmethod
    def open(
        cls, settings: SettingsStore, catalogue: Catalogue, data_dir: Path, clock: Clock
    ) -> tuple[Stores, list[Notice]]:
        """The stores of `data_dir` (settings already loaded), and what reading them found."""
        stores = cls(
            settings,
            HistoryStore(data_dir, clock),
            AppStateStore(data_dir, clock),
            MyLibrary(catalogue, data_dir, clock),
            WindowPlace(settings.path.parent),
        )
        notices = stores.history.open() + stores.state.load() + stores.library.load()
        return stores, notices
