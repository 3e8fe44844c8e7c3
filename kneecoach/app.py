"""The composition root: puts KneeCoach together. The first half (`kneecoach.opening`)
builds the clock, the stores, the coach and the shell with its home page; this half
adds what lives beside the window (the tray, the reminders, notifications, the
system's signals) once that page is painted, and ties them together."""

from __future__ import annotations

import logging
import sys
from argparse import Namespace
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kneecoach import APP_NAME
from kneecoach.core import desktop_entry
from kneecoach.core.autostart import launch_command
from kneecoach.core.clock import SystemClock
from kneecoach.core.coach import Coach
from kneecoach.core.notices import Notice
from kneecoach.core.storage.files import StoreError
from kneecoach.core.storage.settings_store import SettingsStore
from kneecoach.opening import open_shell, show_page
from kneecoach.ui.main_window import MainWindow
from kneecoach.ui.offers import Offers
from kneecoach.ui.platform.background import Background, notifications_available
from kneecoach.ui.platform.ending import Ending
from kneecoach.ui.platform.single_instance import SingleInstance
from kneecoach.ui.platform.tray import TrayIcon
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
        else:
            show_page(self.shell, fullscreen)
        # After the window's first paint: D-Bus, the schedule and the hints can wait a moment.
        QTimer.singleShot(0, self.begin)

    def begin(self) -> None:
        """What waits for the window's first paint: the reminders' schedule (D-Bus), the
        menu entry's repair, the first-run hints and the progression offer."""
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


def build(
    app: QApplication,
    coach: Coach,
    notices: list[Notice],
    frame: MainWindow | None = None,
) -> Composed:
    """KneeCoach whole: the shell (its window in `frame`, when one is on screen
    already), then the tray, reminders and offers around it."""
    return complete(app, open_shell(app, coach, notices, frame))


def complete(app: QApplication, shell: Shell) -> Composed:
    """The tray, reminders, offers and the way back from the background, for `shell`."""
    tray = TrayIcon(shell) if TrayIcon.available() else None
    shell.take_the_close(keep_in_tray=tray is not None)
    reminding = Reminding(shell, shell.coach.clock.zone, tray)
    away = Background(shell, tray is not None)
    composed = Composed(shell.coach, shell, reminding, Offers(shell, tray), away)
    if tray is not None:
        tray.open_requested.connect(composed.open_window)
    # Closing the window may leave KneeCoach reminding: only Quit (or the choice) quits.
    app.setQuitOnLastWindowClosed(False)
    return composed


def compose(
    app: QApplication, shell: Shell, arguments: Namespace, instance: SingleInstance
) -> Composed:
    """Everything after the home page, which is on screen by now unless minimised."""
    composed = complete(app, shell)
    instance.message_received.connect(composed.handle_message)
    if arguments.minimized:
        composed.show(fullscreen=arguments.fullscreen, minimized=True)
    else:  # the home page is on screen and painted already (kneecoach.opening)
        QTimer.singleShot(0, composed.begin)
    # A second launch meanwhile found the lock taken, and waits for this.
    if not instance.listen() and not instance.held_elsewhere:
        log.warning("could not listen for a second launch on %s", instance.name)
    if arguments.start:
        QTimer.singleShot(0, composed.shell.start_routine)
    if arguments.self_test:  # only for a check of the bundle: loaded only then
        from kneecoach.ui.self_test import self_test

        QTimer.singleShot(0, lambda: app.exit(self_test(composed)))
    # Last: should anything above fail, the system's signals keep their own handlers.
    composed.end_with_signals(app)
    icon = "with a tray icon" if composed.reminding.tray is not None else "with no tray icon"
    log.info("%s is up, %s", APP_NAME, icon)
    return composed


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
