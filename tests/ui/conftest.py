from dataclasses import replace

import pytest
from PySide6.QtCore import QtMsgType

from kneecoach import app, opening
from kneecoach.core.autostart import XdgAutostart
from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.routine import Timings, get_ready_seconds
from kneecoach.core.storage.history_store import HistoryStore
from kneecoach.ui.platform import language
from tests.fakes import FakeClock


@pytest.fixture(autouse=True)
def no_close_question(monkeypatch):
    """A close a test did not plan (pytest-qt closes its widgets) asks nothing: the
    question would wait for an answer for ever. Tests of the question put it back."""
    from kneecoach.ui.dialogs import closing

    monkeypatch.setattr(closing, "ask_when_closing", lambda parent, coach: None)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def folders(tmp_path):
    """The folders of someone who has used KneeCoach before: the welcome was seen."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "state.toml").write_text('schema_version = 1\nhints_given = ["welcome"]\n')
    return data, tmp_path / "config"


@pytest.fixture
def first_run(folders):
    """Folders as on a first run: nothing in them at all."""
    (folders[0] / "state.toml").unlink()
    return folders


@pytest.fixture(autouse=True)
def menu_folder(tmp_path, monkeypatch):
    """The person's applications menu is a temporary folder: a welcome accepted adds
    KneeCoach there, never to the real one."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return tmp_path / "xdg-data" / "applications"


@pytest.fixture
def autostart(tmp_path):
    """Start-at-login entries go to a temporary folder, never the real one."""
    return XdgAutostart(tmp_path / "autostart")


@pytest.fixture
def make_controller(qapp, qtbot, folders, clock, autostart):
    """Build the app as main() does, on a fake clock and temporary folders."""
    made = []
    font = qapp.font()

    def make(frame=None, fullscreen=False, minimized=False, pain_before=False, closing="quit"):
        opened = opening.open_coach(qapp, *folders, clock, autostart)
        assert opened is not None
        # Most tests follow the routine itself: the question before it is asked only
        # where a test is about it (in memory: the settings file stays as written).
        settings = opened[0].stores.settings
        # Closing the window quits unless a test is about the question it asks.
        settings.settings = replace(
            settings.settings, ask_pain_before=pain_before, when_window_closes=closing
        )
        controller = app.build(qapp, *opened, frame=frame)
        controller.show(fullscreen=fullscreen, minimized=minimized)
        qapp.processEvents()  # what show() leaves for after the first paint: reminders, hints
        qtbot.addWidget(controller.window)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.close()
    language.install(qapp, "en")  # the next test starts in English, at the usual size
    qapp.setFont(font)


@pytest.fixture
def window(make_controller):
    return make_controller().window


@pytest.fixture
def running(make_controller):
    """The app with the default routine started: (controller, window)."""
    controller = make_controller()
    window = controller.window
    window.home.start_button.click()
    assert window.pages.currentWidget() is window.run.view
    return controller, window


def seed(folders, clock, records):
    """History written before the app starts, as an earlier run would have left it."""
    store = HistoryStore(folders[0], clock)
    store.open()
    store.merge(records)
    store.close()


def getting_ready(exercise_id: str) -> float:
    """The get-ready before `exercise_id` with the default settings and no change of
    position: long enough to read each of its set-up steps."""
    return get_ready_seconds(load_catalogue().get(exercise_id), Timings())


DORSIFLEXION_READY = getting_ready("dorsiflexion-stretch")  # 8 s: three set-up steps
TWIST_READY = getting_ready("seated-twist")  # 10 s: four


def advance(window, clock, seconds, every=0.25):
    """Let `seconds` of the session pass, the driver asked four times a second."""
    for _ in range(round(seconds / every)):
        clock.advance(every)
        window.run.driver.tick()


# The offscreen platform used in CI says this whenever a tooltip is raised: not ours.
PLATFORM_NOISE = {"This plugin does not support raise()"}


@pytest.fixture
def no_qt_warnings(qtlog):
    """Fails the test if Qt complained (a bad QPainter call, say) while it ran."""
    yield
    complaints = [
        r.message
        for r in qtlog.records
        if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        and r.message not in PLATFORM_NOISE
    ]
    assert complaints == []
