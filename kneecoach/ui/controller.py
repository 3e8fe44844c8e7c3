"""Holds the app together: stores, settings, the main window and the running session."""

from __future__ import annotations

import logging
import time
import wave
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from kneecoach.core.catalogue import Catalogue, CatalogueError, load_catalogue
from kneecoach.core.clock import Clock, SystemClock
from kneecoach.core.paths import resources_dir
from kneecoach.core.settings import SettingsStore
from kneecoach.core.store import HistoryStore
from kneecoach.core.tomlfile import StoreError
from kneecoach.ui.main_window import MainWindow
from kneecoach.ui.theme import apply_theme

if TYPE_CHECKING:
    from kneecoach.ui.tray import TrayIcon

log = logging.getLogger(__name__)


class AppController(QObject):
    def __init__(
        self, app: QApplication, data_dir: Path, config_dir: Path, clock: Clock | None = None
    ) -> None:
        super().__init__()
        self.app = app
        self.clock = clock or SystemClock()
        self.data_dir = data_dir
        self.config_dir = config_dir
        self.settings_store = SettingsStore(config_dir, self.clock)
        self.history = HistoryStore(data_dir, self.clock)
        self.catalogue: Catalogue | None = None
        self.window: MainWindow | None = None
        self.tray: TrayIcon | None = None
        self.shown_at = 0.0

    def open(self) -> bool:
        """Load everything the first window needs; False (after telling the user) if we cannot."""
        try:
            self.catalogue = load_catalogue()
        except (CatalogueError, FileNotFoundError) as error:
            log.error("exercise catalogue: %s", error)
            QMessageBox.critical(
                None, "KneeCoach cannot start", f"The exercises could not be loaded.\n\n{error}"
            )
            return False
        notices = self.settings_store.load()
        notices += self.history.open()
        apply_theme(self.app, self.settings_store.settings.theme)
        self.window = MainWindow(
            self.catalogue, self.history, self.settings_store.settings, self.clock, self.config_dir
        )
        self.window.start_requested.connect(self.start_routine)
        self.window.show_notices(notices)
        return True

    def show(self, fullscreen: bool, minimized: bool) -> None:
        assert self.window is not None
        from kneecoach.ui.tray import TrayIcon, app_icon

        self.app.setWindowIcon(app_icon())
        if TrayIcon.available():
            self.tray = TrayIcon(self)
            self.tray.open_requested.connect(self.window.bring_forward)
            self.tray.start_requested.connect(self.start_routine)
            self.tray.quit_requested.connect(self.app.quit)
            streak = self.window.streaks()
            self.tray.show(f"KneeCoach — streak: {streak.current} day(s)")
        if minimized:
            if self.tray is None:  # with a tray the window stays hidden until asked for
                self.window.showMinimized()
        elif fullscreen or self.settings_store.settings.start_fullscreen:
            self.window.showFullScreen()
        else:
            self.window.show()
        self.shown_at = time.time()

    def start_routine(self) -> None:
        assert self.window is not None
        self.window.bring_forward()
        self.window.start_session()

    def handle_message(self, message: dict[str, object]) -> None:
        """A second launch asked us to come forward (and perhaps to start)."""
        if self.window is None:
            return
        self.window.bring_forward()
        if message.get("start"):
            self.start_routine()

    def close(self) -> None:
        if self.history.unsaved:
            try:
                self.history.save()
            except StoreError as error:
                log.error("history not saved at exit: %s", error)
        self.history.close()

    def self_test(self) -> int:
        """Check every resource loads and the window is up; print the result; 0 when all is well."""
        from kneecoach.ui import illustrations

        assert self.catalogue is not None and self.window is not None
        problems: list[str] = []
        for exercise in self.catalogue.exercises:
            path = illustrations.illustration_path_for(exercise.id)
            if not path.endswith(f"{exercise.id}.svg"):
                problems.append(f"no illustration for {exercise.id}")
            if not illustrations.renderer(exercise.id, dark=False).isValid():
                problems.append(f"illustration for {exercise.id} does not render")
        for sound in sorted((resources_dir() / "sounds").glob("*.wav")):
            try:
                with wave.open(str(sound)) as handle:
                    if handle.getnframes() == 0:
                        problems.append(f"{sound.name} is empty")
            except (wave.Error, OSError) as error:
                problems.append(f"{sound.name}: {error}")
        if not self.window.isVisible() and self.tray is None:
            problems.append("the main window is not visible")
        print(f"shown-at {self.shown_at:.6f}")
        for problem in problems:
            print(f"self-test problem: {problem}")
        print("self-test passed" if not problems else "self-test FAILED", flush=True)
        return 0 if not problems else 1
