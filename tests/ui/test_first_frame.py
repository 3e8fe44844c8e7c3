"""The window's frame is on screen before the rest of KneeCoach loads, in the user's
theme, and is the very window the home page then fills."""

import json
import subprocess

from kneecoach.core.first_look import first_look
from kneecoach.core.settings import Settings
from kneecoach.core.settings_file import SETTINGS_FILE
from kneecoach.core.storage.settings_store import SettingsStore
from kneecoach.core.storage.window_place import WindowPlace
from kneecoach.ui.main_window import MainWindow
from kneecoach.ui.platform.single_instance import SingleInstance
from kneecoach.ui.platform.theme import DARK, LIGHT, build_palette, palette_is_dark
from tests.fakes import FakeClock
from tests.ui.processes import run_python, start_python

# Runs the real start-up with three probes: where the frame has just been shown,
# where the home page is about to be built in it, and where the rest (tray,
# reminders) is about to join the painted home page.
PROBE = r"""
import json, sys
from kneecoach import startup
from kneecoach.ui import main_window

seen = {"paints": 0}
show_frame = startup._show_frame

def probed_show_frame(*args):
    frame = show_frame(*args)
    seen["modules"] = sorted(sys.modules)
    seen["colour"] = frame.palette().color(frame.backgroundRole()).name()
    seen["frame"] = id(frame)
    from PySide6.QtCore import QEvent, QObject

    class CountPaints(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                seen["paints"] += 1
            return False

    seen["counter"] = CountPaints(frame)
    frame.installEventFilter(seen["counter"])
    return frame

fill = main_window.MainWindow.fill
load_the_rest = startup._Start.load_the_rest

def probed_fill(self, *args):
    seen["painted_before_fill"] = seen["paints"] > 0
    seen["filled"] = id(self)
    fill(self, *args)

def probed_load_the_rest(self, *args):
    seen["modules_with_home"] = sorted(sys.modules)  # the home page painted, the rest to come
    load_the_rest(self, *args)

startup._show_frame = probed_show_frame
main_window.MainWindow.fill = probed_fill
startup._Start.load_the_rest = probed_load_the_rest
code = startup.main(sys.argv[1:])
del seen["counter"]
print("PROBE " + json.dumps(seen), flush=True)
sys.exit(code)
"""

# What the home page needs, and what only a session needs: none of it is loaded
# before the frame is up. (A test that fails here names the import to move.)
LOADED_LATER = (
    "kneecoach.opening",
    "kneecoach.app",
    "kneecoach.ui.shell",
    "kneecoach.ui.pages.home",
    "kneecoach.ui.widgets.exercise_list",
    "kneecoach.ui.platform.language",
    "kneecoach.core.catalogue",
    "kneecoach.core.settings",
    "kneecoach.core.storage.history_store",
    "kneecoach.core.storage.settings_store",
    "kneecoach.core.session",
    "PySide6.QtNetwork",
    "PySide6.QtSvg",
    "PySide6.QtMultimedia",
)


# What lives beside the window, and what only a session needs: none of it is loaded
# before the filled home page is painted.
LOADED_AFTER_THE_HOME_PAGE = (
    "kneecoach.app",
    "kneecoach.ui.reminding",
    "kneecoach.ui.offers",
    "kneecoach.ui.platform.tray",
    "kneecoach.ui.platform.background",
    "kneecoach.ui.platform.desktop_notifications",
    "kneecoach.ui.platform.ending",
    "kneecoach.ui.platform.screen_awake",
    "kneecoach.ui.dialogs.closing",
    "kneecoach.core.reminders",
    "kneecoach.core.session",
    "kneecoach.ui.pages.session_page",
)


def folders(tmp_path):
    return ["--data-dir", str(tmp_path / "data"), "--config-dir", str(tmp_path / "config")]


def start_with_probe(tmp_path):
    result = run_python(["-c", PROBE, "--self-test", *folders(tmp_path)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    line = next(line for line in result.stdout.splitlines() if line.startswith("PROBE "))
    return json.loads(line.removeprefix("PROBE "))


def test_the_frame_is_shown_and_painted_before_the_rest_loads(tmp_path):
    SettingsStore(tmp_path / "config", FakeClock()).save(Settings(theme="dark"))
    seen = start_with_probe(tmp_path)
    loaded_early = [name for name in LOADED_LATER if name in seen["modules"]]
    assert loaded_early == []
    assert seen["colour"] == DARK.window  # the user's theme from the first frame
    assert seen["painted_before_fill"]
    assert seen["filled"] == seen["frame"]  # filled in place: no second window
    with_home = [name for name in LOADED_AFTER_THE_HOME_PAGE if name in seen["modules_with_home"]]
    assert with_home == []  # and the self-test passed: the rest joined afterwards


def test_a_light_theme_is_light_from_the_first_frame(tmp_path):
    SettingsStore(tmp_path / "config", FakeClock()).save(Settings(theme="light"))
    assert start_with_probe(tmp_path)["colour"] == LIGHT.window


def test_the_quick_guess_at_the_system_theme_reads_the_palette(qapp):
    before = qapp.palette()
    try:
        qapp.setPalette(build_palette(DARK))
        assert palette_is_dark(qapp)
        qapp.setPalette(build_palette(LIGHT))
        assert not palette_is_dark(qapp)
    finally:
        qapp.setPalette(before)


def test_a_frame_guessed_fullscreen_turns_normal_when_the_settings_are_not_valid(
    qtbot, make_controller, folders
):
    config = folders[1]
    config.mkdir()
    (config / SETTINGS_FILE).write_text("start_fullscreen = true\n")  # no schema_version
    assert not first_look(config).fullscreen  # read as the settings store reads it
    (config / SETTINGS_FILE).write_text("schema_version = 1\nstart_fullscreen = true\n")
    assert first_look(config).fullscreen  # the frame's quick look believes it...
    frame = MainWindow(WindowPlace(config))
    qtbot.addWidget(frame)
    frame.showFullScreen()
    # ...and the file is changed before the settings store reads it.
    (config / SETTINGS_FILE).write_text('schema_version = 1\nstart_fullscreen = "yes"\n')
    controller = make_controller(frame)
    assert controller.window is frame
    assert not controller.coach.settings.start_fullscreen
    assert not frame.isFullScreen()


# A start that fails, the way `cannot` says; a message box would wait for a click, so
# the probe prints what it would have said.
FAILING = r"""
import sys
from PySide6.QtWidgets import QMessageBox
from kneecoach import opening, startup
from kneecoach.core.stores import Stores

QMessageBox.critical = staticmethod(lambda parent, title, text: print("TOLD", title, "|", text))
cannot = sys.argv.pop(1)
if cannot == "catalogue":
    def broken_catalogue(*args, **kwargs):
        raise opening.CatalogueError("exercises.toml", "calf-stretch", "name", "missing")
    opening.load_catalogue = broken_catalogue
else:
    def broken_open(*args):
        raise PermissionError(13, "Permission denied", "history/2026-11.toml")
    Stores.open = broken_open
sys.exit(startup.main(sys.argv[1:]))
"""


def test_a_catalogue_that_cannot_load_is_told_and_ends_the_start(tmp_path):
    result = run_python(["-c", FAILING, "catalogue", *folders(tmp_path)])
    assert result.returncode == 1
    assert "TOLD KneeCoach cannot start | The exercises could not be loaded" in result.stdout
    assert "calf-stretch" in result.stdout


def test_an_unexpected_error_while_loading_is_told_and_ends_the_start(tmp_path):
    result = run_python(["-c", FAILING, "open", *folders(tmp_path)])
    assert result.returncode == 1  # not an empty frame left up for good
    assert "TOLD KneeCoach cannot start | Something went wrong" in result.stdout
    assert "Permission denied" in result.stdout
    log = tmp_path / "data" / "kneecoach.log"
    assert "PermissionError" in log.read_text()  # the details, where the message says


def test_a_kneecoach_from_before_the_instance_lock_is_handed_over_to(qtbot, tmp_path):
    earlier = SingleInstance(tmp_path / "data")
    assert earlier.listen()  # it listens, and holds no lock
    later = start_python(["-m", "kneecoach", "--start", *folders(tmp_path)], stdout=subprocess.PIPE)
    with qtbot.waitSignal(earlier.message_received, timeout=20_000) as received:
        pass
    assert received.args == [{"start": True}]
    output, _ = later.communicate(timeout=20)
    assert later.returncode == 0 and "already running" in output
    earlier.close()


def test_a_frame_shown_before_it_is_filled_gets_its_pictures(qtbot, make_controller, folders):
    frame = MainWindow(WindowPlace(folders[1]))
    qtbot.addWidget(frame)
    frame.show()  # as start-up does: on screen before the pages exist
    controller = make_controller(frame)
    home = controller.shell.home
    qtbot.waitUntil(lambda: not home.exercise_list.item(0).icon().isNull())
    assert all(not home.exercise_list.item(i).icon().isNull() for i in range(6))
    assert home.detail.pictures_enabled


def test_pyside_s_check_of_each_new_module_gives_the_same_answers_quicker(qapp):
    """PySide asks of every module imported after it whether its source names PySide6;
    start-up answers from the file's bytes instead of through `inspect`."""
    import inspect
    import json
    import sys

    from kneecoach import startup
    from kneecoach.core import coach
    from kneecoach.ui import main_window

    startup._quicker_imports()
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert check.__name__ == "uses_pyside"
    for module in (main_window, coach, json, sys, startup):
        try:
            expected = "PySide6" in inspect.getsource(module)
        except (OSError, TypeError):
            expected = False
        assert check(module) == expected
    assert check(main_window) and not check(coach)
    startup._quicker_imports()  # a second time changes nothing
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is check
