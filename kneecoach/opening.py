"""What the filled home page needs, put together: the clock, the settings and the
language they choose, the catalogue, the stores, the coach, and the shell whose
home page fills the window. The rest of KneeCoach (`kneecoach.app`: the tray, the
reminders, notifications and the system's signals) joins once the page is painted."""

from __future__ import annotations

import logging
from argparse import Namespace
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from kneecoach.core.autostart import Autostart
from kneecoach.core.autostart import for_this_computer as autostart_for_this_computer
from kneecoach.core.catalogue import CatalogueError, load_catalogue
from kneecoach.core.clock import Clock, SystemClock
from kneecoach.core.coach import Coach
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.storage.log_file import LOG_FILE
from kneecoach.core.storage.settings_store import SettingsStore
from kneecoach.core.stores import Stores
from kneecoach.ui.main_window import MainWindow
from kneecoach.ui.platform import language
from kneecoach.ui.platform.app_icon import app_icon
from kneecoach.ui.platform.theme import apply_theme
from kneecoach.ui.shell import Shell

log = logging.getLogger("kneecoach")


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


def open_shell(
    app: QApplication, coach: Coach, notices: list[Notice], frame: MainWindow | None = None
) -> Shell:
    """The shell, its home page in `frame` when one is on screen already, told what the
    stores found (shown once there is a window)."""
    app.setWindowIcon(app_icon())
    shell = Shell(app, coach, frame)
    for notice in notices:
        shell.tell(notice)
    return shell


def show_page(shell: Shell, fullscreen: bool) -> None:
    """The window, full screen when asked now or in the settings."""
    window = shell.window
    if fullscreen or shell.coach.settings.start_fullscreen:
        window.showFullScreen()
    elif window.isFullScreen():
        window.showNormal()  # the frame guessed fullscreen from settings found wrong since
    else:
        window.show()


def open_page(
    app: QApplication,
    arguments: Namespace,
    data_dir: Path,
    config_dir: Path,
    frame: MainWindow | None,
) -> Shell | None:
    """The coach and its home page, shown unless KneeCoach starts minimised. None when
    KneeCoach cannot run (the user was told)."""
    opened = open_coach(app, data_dir, config_dir, SystemClock(), autostart_for_this_computer())
    if opened is None:
        return None
    shell = open_shell(app, *opened, frame=frame)
    if not arguments.minimized:
        show_page(shell, arguments.fullscreen)
    return shell


def cannot_start(error: Exception, data_dir: Path) -> None:
    QMessageBox.critical(
        None,
        translate("AppController", "KneeCoach cannot start"),
        translate(
            "AppController",
            "Something went wrong as KneeCoach started:\n\n{problem}\n\nThe details are in {log}.",
        ).format(problem=error, log=data_dir / LOG_FILE),
    )
