"""The composition root: parses the command line and wires clock, stores and windows."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kneecoach import APP_ID, APP_NAME, __version__
from kneecoach.cli import parse_arguments

if TYPE_CHECKING:
    from argparse import Namespace

    from PySide6.QtWidgets import QApplication

    from kneecoach.ui.controller import AppController
    from kneecoach.ui.main_window import MainWindow
    from kneecoach.ui.single_instance import SingleInstance

log = logging.getLogger("kneecoach")
LOG_FILE = "kneecoach.log"


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    if arguments.install_desktop_entry or arguments.remove_desktop_entry:
        return _desktop_entry(install=arguments.install_desktop_entry)
    from kneecoach.core import paths

    data_dir = paths.data_dir(arguments.data_dir)
    config_dir = paths.config_dir(arguments.config_dir)
    _set_up_logging(data_dir)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kneecoach.core.desktop_entry import mend_at_start, qt_arguments
    from kneecoach.ui.theme import STYLE_ARGUMENTS

    mend_at_start()  # an unpacked folder that moved: its menu entry follows it
    app = QApplication.instance() or QApplication(
        [*sys.argv[:1], *STYLE_ARGUMENTS, *qt_arguments()]
    )
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)

    if arguments.test_sound:
        from kneecoach.core.clock import SystemClock
        from kneecoach.core.settings import SettingsStore
        from kneecoach.ui.sound_check import play_test_chime

        settings = SettingsStore(config_dir, SystemClock())
        settings.load()
        return play_test_chime(app, settings.settings.volume)

    from kneecoach.ui.single_instance import SingleInstance

    instance = SingleInstance(data_dir)
    request = {"start": arguments.start}
    claimed = instance.claim()
    if not claimed and not arguments.self_test:
        if instance.hand_over(request):
            return _already_running()
        if instance.held_elsewhere:  # its history stays its own: ours opens read-only
            log.warning("another %s holds %s but does not answer", APP_NAME, data_dir)

    # A frame in the user's theme goes up at once; the rest loads once it is painted.
    frame = None if arguments.minimized else _show_frame(app, config_dir, arguments.fullscreen)
    loaded: list[AppController] = []

    def start() -> None:
        # Holding the lock, whoever answers is a KneeCoach from before the lock: it carries on.
        if claimed and not arguments.self_test and instance.hand_over(request):
            app.exit(_already_running())
            return
        try:
            controller = _load(app, arguments, data_dir, config_dir, instance, frame)
        except Exception as error:  # else an empty frame would stay up for good
            log.exception("%s could not start", APP_NAME)
            _cannot_start(error, data_dir)
            controller = None
        if controller is None:
            app.exit(1)
        else:
            loaded.append(controller)

    if frame is None:
        QTimer.singleShot(0, start)
    else:
        from kneecoach.ui.first_paint import when_painted

        when_painted(frame, start)
    code = app.exec()
    for controller in loaded:
        controller.close()
    instance.close()
    return code


def _load(
    app: QApplication,
    arguments: Namespace,
    data_dir: Path,
    config_dir: Path,
    instance: SingleInstance,
    frame: MainWindow | None,
) -> AppController | None:
    """Everything after the frame: the stores, the home page (in the frame), the tray and
    the socket a second launch talks to. None when KneeCoach cannot run (the user was told)."""
    from PySide6.QtCore import QTimer

    from kneecoach.ui.controller import AppController

    controller = AppController(app, data_dir, config_dir)
    if not controller.open():
        return None
    instance.message_received.connect(controller.handle_message)
    controller.show(fullscreen=arguments.fullscreen, minimized=arguments.minimized, frame=frame)
    # A second launch meanwhile found the lock taken, and waits for this.
    if not instance.listen() and not instance.held_elsewhere:
        log.warning("could not listen for a second launch on %s", instance.name)
    if arguments.start:
        QTimer.singleShot(0, controller.start_routine)
    if arguments.self_test:
        QTimer.singleShot(0, lambda: app.exit(controller.self_test()))
    return controller


def _already_running() -> int:
    print(f"{APP_NAME} is already running; its window was brought forward.")
    return 0


def _cannot_start(error: Exception, data_dir: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from kneecoach.core.i18n import translate

    QMessageBox.critical(
        None,
        translate("AppController", "KneeCoach cannot start"),
        translate(
            "AppController",
            "Something went wrong as KneeCoach started:\n\n{problem}\n\nThe details are in {log}.",
        ).format(problem=error, log=data_dir / LOG_FILE),
    )


def _show_frame(app: QApplication, config_dir: Path, fullscreen: bool) -> MainWindow:
    from kneecoach.core.first_look import first_look
    from kneecoach.ui.main_window import MainWindow
    from kneecoach.ui.theme import apply_theme

    look = first_look(config_dir)
    apply_theme(app, look.theme, quick=True)  # checked properly once the settings are read
    frame = MainWindow(config_dir)
    if fullscreen or look.fullscreen:
        frame.showFullScreen()
    else:
        frame.show()
    return frame


def _desktop_entry(install: bool) -> int:
    from kneecoach.core import desktop_entry
    from kneecoach.core.autostart import launch_command
    from kneecoach.core.tomlfile import StoreError

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


def _set_up_logging(data_dir: Path) -> None:
    root = logging.getLogger("kneecoach")
    if root.handlers:
        return
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    stream = logging.StreamHandler()
    stream.setFormatter(formatter)
    root.addHandler(stream)
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.FileHandler(_trimmed_log(data_dir / LOG_FILE), encoding="utf-8")
        handler.setFormatter(formatter)
        root.addHandler(handler)
    except OSError as error:
        root.warning("no log file in %s: %s", data_dir, error)
    root.info("%s %s starting at %s", APP_NAME, __version__, time.strftime("%Y-%m-%d %H:%M:%S"))


def _trimmed_log(path: Path, limit: int = 256_000) -> Path:
    """Start a fresh log when the old one grows past `limit`, keeping one previous."""
    if path.exists() and path.stat().st_size > limit:
        path.replace(path.with_suffix(".log.1"))
    return path
