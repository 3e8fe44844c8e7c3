"""Start-up: the command line, one KneeCoach at a time, and a window on screen at once.

Every trick for a quick first frame lives here. The command line is read before
Qt loads (so --help is instant); the window's frame goes up in the user's theme
from what little it needs; once it is painted, the coach and the home page load and
fill it (`kneecoach.opening`); once that is painted, the tray, the reminders and the
system's signals join (`kneecoach.app`).
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kneecoach import APP_ID, APP_NAME, __version__
from kneecoach.cli import parse_arguments

if TYPE_CHECKING:
    from argparse import Namespace

    from PySide6.QtWidgets import QApplication

    from kneecoach.app import Composed
    from kneecoach.ui.main_window import MainWindow
    from kneecoach.ui.platform.single_instance import SingleInstance
    from kneecoach.ui.shell import Shell

T = TypeVar("T")

log = logging.getLogger("kneecoach")
SETTLED_MS = 1000  # after the home page is filled, start-up's leftovers are collected


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up makes many objects and frees few: Python's collector would walk them
    # again and again (15 ms to the home page). It is off until the home page is up.
    gc.disable()
    try:
        return _main(argv)
    finally:
        _collect_again()


def _collect_again() -> None:
    """The collector back on: what start-up left behind is collected once, and what
    remains (the app as it stands) is set aside from later walks."""
    if not gc.isenabled():
        gc.collect()
        gc.freeze()
        gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    if arguments.install_desktop_entry or arguments.remove_desktop_entry:
        from kneecoach.app import desktop_entry_command

        return desktop_entry_command(install=arguments.install_desktop_entry)
    if arguments.save_sheet or arguments.save_report:
        from kneecoach.documents import document_command  # no window, no log: a file and out

        return document_command(arguments)
    from kneecoach.core import paths
    from kneecoach.core.storage.log_file import set_up_logging

    data_dir = paths.data_dir(arguments.data_dir)
    config_dir = paths.config_dir(arguments.config_dir)
    set_up_logging(data_dir)
    app = _application()
    if arguments.test_sound:
        from kneecoach.app import test_sound

        return test_sound(app, config_dir)
    return _run(app, arguments, data_dir, config_dir)


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    _quicker_imports()
    from kneecoach.ui.platform.theme import STYLE_ARGUMENTS

    # Fusion as an argument: loading QStyle to set it costs the first frame 5 ms.
    arguments = [*sys.argv[:1], *STYLE_ARGUMENTS, *qt_arguments()]
    app = QApplication.instance() or QApplication(arguments)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def _quicker_imports() -> None:
    """PySide reads the source of every module imported after it, through `inspect`
    and `linecache`, to learn whether it names PySide6 (for its opt-in `__feature__`
    switches): 0.2 ms a module, 30 ms on the way to the home page. The same question
    answered from the file's bytes costs a tenth of that. A PySide without this hook
    is left as it is."""
    feature = sys.modules.get("shibokensupport.feature")
    slow = getattr(feature, "_mod_uses_pyside", None)
    if slow is None or slow.__name__ == "uses_pyside":  # not there, or done already
        return

    def uses_pyside(module: object) -> bool:
        source = getattr(module, "__file__", None)
        if not isinstance(source, str) or not source.endswith(".py"):
            return bool(slow(module))  # no plain source file: PySide's own answer
        try:
            with open(source, "rb") as file:
                return b"PySide6" in file.read()
        except OSError:
            return bool(slow(module))

    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


def qt_arguments(platform: str = sys.platform) -> list[str]:
    """QApplication arguments naming the X11 window after the desktop entry.

    Qt makes WM_CLASS from the program's file name ("KneeCoach", "kneecoach" or
    "__main__.py", as it was started) and the application name ("KneeCoach").
    `-name` fixes the first half to the entry's file name, which desktops look up
    directly; the second half is the entry's StartupWMClass. On Wayland the
    window's app_id is the desktop file name Qt is given.
    """
    return ["-name", APP_ID] if platform.startswith(("linux", "freebsd")) else []


def _run(app: QApplication, arguments: Namespace, data_dir: Path, config_dir: Path) -> int:
    from PySide6.QtCore import QTimer

    from kneecoach.ui.platform.single_instance import SingleInstance

    instance = SingleInstance(data_dir)
    claimed = instance.claim()
    if not claimed and not arguments.self_test:
        if instance.hand_over(_request(arguments)):
            return _already_running()
        if instance.held_elsewhere:  # its history stays its own: ours opens read-only
            log.warning("another %s holds %s but does not answer", APP_NAME, data_dir)

    frame = None if arguments.minimized else _show_frame(app, config_dir, arguments.fullscreen)
    ask_first = claimed and not arguments.self_test
    start = _Start(app, arguments, (data_dir, config_dir), instance, ask_first)
    from kneecoach.ui.first_paint import when_painted

    if frame is None:
        QTimer.singleShot(0, lambda: start.load(frame))
    else:
        when_painted(frame, lambda: start.load(frame))
    code = app.exec()
    start.close()
    instance.close()
    return code


class _Start:
    """The rest of the start, in two steps after the frame: the coach and its home page
    fill the frame (`kneecoach.opening`); once that is painted, the tray, reminders and
    the system's signals join (`kneecoach.app`)."""

    def __init__(
        self,
        app: QApplication,
        arguments: Namespace,
        folders: tuple[Path, Path],
        instance: SingleInstance,
        ask_first: bool,
    ) -> None:
        self.app, self.arguments, self.folders = app, arguments, folders
        self.instance = instance
        self.ask_first = ask_first  # holding the lock, whoever answers is from before it
        self.shell: Shell | None = None
        self.composed: Composed | None = None

    def load(self, frame: MainWindow | None) -> None:
        if self.ask_first and self.instance.hand_over(_request(self.arguments)):
            self.app.exit(_already_running())  # that KneeCoach carries on
            return
        from PySide6.QtCore import QTimer

        from kneecoach import opening
        from kneecoach.ui.first_paint import when_painted

        self.shell = self._step(opening.open_page, self.app, self.arguments, *self.folders, frame)
        shell = self.shell
        if shell is None:
            return
        if self.arguments.minimized:
            QTimer.singleShot(0, lambda: self.load_the_rest(shell))
        else:  # the tray, reminders and signals wait until the filled page is painted
            when_painted(shell.window, lambda: self.load_the_rest(shell))

    def load_the_rest(self, shell: Shell) -> None:
        from PySide6.QtCore import QTimer

        from kneecoach import app as composition

        self.composed = self._step(
            composition.compose, self.app, shell, self.arguments, self.instance
        )
        QTimer.singleShot(SETTLED_MS, _collect_again)  # the home page is up by then

    def _step(self, step: Callable[..., T | None], *args: object) -> T | None:
        """A step of the start; when it fails the user is told and KneeCoach ends,
        else an empty frame would stay up for good."""
        try:
            done = step(*args)
        except Exception as error:
            log.exception("%s could not start", APP_NAME)
            from kneecoach.opening import cannot_start

            cannot_start(error, self.folders[0])
            done = None
        if done is None:
            self.app.exit(1)
        return done

    def close(self) -> None:
        if self.composed is not None:
            self.composed.close()
        elif self.shell is not None:  # ended before the tray and reminders joined
            self.shell.coach.close()


def _request(arguments: Namespace) -> dict[str, bool]:
    """What a second launch asks of the KneeCoach already running."""
    return {"start": arguments.start, "fullscreen": arguments.fullscreen}


def _already_running() -> int:
    print(f"{APP_NAME} is already running; its window was brought forward.")
    return 0


def _show_frame(app: QApplication, config_dir: Path, fullscreen: bool) -> MainWindow:
    """The window's frame, in the user's theme, size and place, before the rest loads."""
    from kneecoach.core.first_look import first_look
    from kneecoach.core.storage.window_place import WindowPlace
    from kneecoach.ui.main_window import MainWindow
    from kneecoach.ui.platform.theme import apply_theme

    look = first_look(config_dir)
    apply_theme(app, look.theme, quick=True)  # checked properly once the settings are read
    frame = MainWindow(WindowPlace(config_dir))
    if fullscreen or look.fullscreen:
        frame.showFullScreen()
    else:
        frame.show()
    return frame
