"""The composition root: builds the clock, the stores, the coach, the window's pages,
the tray and the reminders, and ties them together. Loaded once the frame is painted."""

from __future__ import annotations

import logging
import sys
from argparse import Namespace
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kneecoach import APP_NAME
from kneecoach.core import desktop_entry
from kneecoach.core.autostart import Autostart, launch_command
from kneecoach.core.autostart import for_this_computer as autostart_for_this_computer
from kneecoach.core.catalogue import CatalogueError, load_catalogue
from kneecoach.core.clock import Clock, SystemClock
from kneecoach.core.coach import Coach
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.storage.files import StoreError
from kneecoach.core.storage.log_file import LOG_FILE
from kneecoach.core.storage.settings_store import SettingsStore
from kneecoach.core.stores import Stores
from kneecoach.ui.main_window import MainWindow
from kneecoach.ui.offers import Offers
from kneecoach.ui.platform import language
from kneecoach.ui.platform.background import Background, notifications_available
from kneecoach.ui.platform.ending import Ending
from kneecoach.ui.platform.single_instance import SingleInstance
from kneecoach.ui.platform.theme import apply_theme
from kneecoach.ui.platform.tray import TrayIcon, app_icon
from kneecoach.ui.reminding import Reminding
from kneecoach.ui.shell import Shell

log = logging.getLogger("kneecoach")


@dataclass
class Composed:
    """KneeCoach, put together."""

    coach: Coach
    shell: Shell
    reminding: Reminding
    offers: Offers
    background: Background
    ending: Ending | None = None  # signals and logout: only for the real process

    @property
    def window(self) -> MainWindow:
        """The main window, made when first asked for (not while waiting in the tray)."""
        return self.shell.window

    def show(self, fullscreen: bool, minimized: bool) -> None:
        """Show the window as asked; minimised with a tray, it stays out of sight."""
        if minimized and self.reminding.tray is not None:
            pass  # the window is made when first asked for, from the tray
        elif minimized and notifications_available():
            self.background.started_unseen()  # no window: reminders come as notifications
        elif minimized:
            self.window.showMinimized()  # out of the way where the desktop allows it
        elif fullscreen or self.coach.settings.start_fullscreen:
            self.window.showFullScreen()
        elif self.window.isFullScreen():
            self.window.showNormal()  # the frame guessed fullscreen from settings found wrong since
        else:
            self.window.show()
        # After the window's first paint: D-Bus, the schedule and the hints can wait a moment.
        QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.reminding.start()
        desktop_entry.mend_at_start()  # an unpacked folder that moved: its menu entry follows it
        self.offers.first_run_hints()
        self.offers.offer_progression()

    def open_window(self) -> None:
        self.window.bring_forward()
        self.background.came_back()
        self.offers.maybe_welcome()
        self.offers.offer_progression()

    def handle_message(self, message: dict[str, object]) -> None:
        """A second launch asked us to come forward (and perhaps to start, full screen).
        While the welcome is open it comes first: nothing starts behind it."""
        self.open_window()
        welcome = self.offers.welcome_dialog
        if welcome is not None and welcome.isVisible():
            welcome.raise_()
            welcome.activateWindow()
            return
        if message.get("fullscreen"):
            self.window.showFullScreen()
        if message.get("start"):
            self.shell.start_routine()

    def end_with_signals(self, app: QApplication) -> None:
        """A SIGTERM (logout, `systemctl --user stop`) or the session manager's
        commit request records the routine so far, as Stop does."""
        self.ending = Ending(app, self.shell)
        self.ending.quit_requested.connect(lambda _name: self.shell.quit())
        self.ending.save_requested.connect(self.shell.save_for_logout)

    def close(self) -> None:
        if self.ending is not None:
            self.ending.close()
        self.reminding.stop()
        self.coach.close()


def open_coach(
    app: QApplication, data_dir: Path, config_dir: Path, clock: Clock, autostart: Autostart
) -> tuple[Coach, list[Notice]] | None:
    """The settings, the language they choose, the catalogue in it, then every store.
    None (after telling the user) when the exercises cannot be loaded."""
    settings = SettingsStore(config_dir, clock)
    notices = settings.load()
    chosen = language.resolve(settings.settings.language)
    language.install(app, chosen)  # before any text is made
    try:
        catalogue = load_catalogue(language=chosen)
    except (CatalogueError, FileNotFoundError) as error:
        log.error("exercise catalogue: %s", error)
        QMessageBox.critical(
            None,
            translate("AppController", "KneeCoach cannot start"),
            translate("AppController", "The exercises could not be loaded.\n\n{problem}").format(
                problem=error
            ),
        )
        return None
    stores, found = Stores.open(settings, catalogue, data_dir, clock)
    apply_theme(app, settings.settings.theme)
    return Coach(clock, stores, autostart), notices + found


def build(
    app: QApplication,
    coach: Coach,
    notices: list[Notice],
    frame: MainWindow | None = None,
) -> Composed:
    """The shell (its window in `frame`, when one is on screen already), tray and offers."""
    app.setWindowIcon(app_icon())
    shell = Shell(app, coach, frame)
    tray = TrayIcon(shell) if TrayIcon.available() else None
    shell.keep_in_tray = tray is not None
    if frame is not None:
        frame.keep_in_tray = shell.keep_in_tray
    reminding = Reminding(shell, coach.clock.zone, tray)
    away = Background(shell, tray is not None)
    composed = Composed(coach, shell, reminding, Offers(shell, tray), away)
    if tray is not None:
        tray.open_requested.connect(composed.open_window)
    # Closing the window may leave KneeCoach reminding: only Quit (or the choice) quits.
    app.setQuitOnLastWindowClosed(False)
    for notice in notices:
        shell.tell(notice)
    return composed


def compose(
    app: QApplication,
    arguments: Namespace,
    data_dir: Path,
    config_dir: Path,
    instance: SingleInstance,
    frame: MainWindow | None,
) -> Composed | None:
    """Everything after the frame. None when KneeCoach cannot run (the user was told)."""
    clock = SystemClock()
    opened = open_coach(app, data_dir, config_dir, clock, autostart_for_this_computer())
    if opened is None:
        return None
    composed = build(app, *opened, frame=frame)
    instance.message_received.connect(composed.handle_message)
    composed.end_with_signals(app)
    composed.show(fullscreen=arguments.fullscreen, minimized=arguments.minimized)
    # A second launch meanwhile found the lock taken, and waits for this.
    if not instance.listen() and not instance.held_elsewhere:
        log.warning("could not listen for a second launch on %s", instance.name)
    if arguments.start:
        QTimer.singleShot(0, composed.shell.start_routine)
    if arguments.self_test:  # only for a check of the bundle: loaded only then
        from kneecoach.ui.self_test import self_test

        QTimer.singleShot(0, lambda: app.exit(self_test(composed)))
    return composed


def cannot_start(error: Exception, data_dir: Path) -> None:
    QMessageBox.critical(
        None,
        translate("AppController", "KneeCoach cannot start"),
        translate(
            "AppController",
            "Something went wrong as KneeCoach started:\n\n{problem}\n\nThe details are in {log}.",
        ).format(problem=error, log=data_dir / LOG_FILE),
    )


def test_sound(app: QApplication, config_dir: Path) -> int:
    from kneecoach.ui.platform.sound_check import play_test_chime  # only for --test-sound

    settings = SettingsStore(config_dir, SystemClock())
    settings.load()
    return play_test_chime(app, settings.settings.volume)


def desktop_entry_command(install: bool) -> int:
    target = desktop_entry.data_home()
    try:
        if install:
            files = desktop_entry.install(launch_command(), target)
            print(f"{APP_NAME} is now in your applications menu ({files[0]}).")
        else:
            files = desktop_entry.remove(target)
            print(f"{APP_NAME} was taken out of your applications menu ({len(files)} files).")
    except StoreError as error:
        print(error.strerror, file=sys.stderr)
        return 1
    return 0
