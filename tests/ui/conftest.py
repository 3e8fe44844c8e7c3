import pytest

from kneecoach.core.autostart import XdgAutostart
from kneecoach.ui.controller import AppController
from tests.fakes import FakeClock


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def folders(tmp_path):
    return tmp_path / "data", tmp_path / "config"


@pytest.fixture
def autostart(tmp_path):
    """Start-at-login entries go to a temporary folder, never the real one."""
    return XdgAutostart(tmp_path / "autostart")


@pytest.fixture
def make_controller(qapp, qtbot, folders, clock, autostart):
    """Build the app as main() does, on a fake clock and temporary folders."""
    made = []

    def make():
        controller = AppController(
            qapp, *folders, clock=clock, zone=clock.wall.tzinfo, autostart=autostart
        )
        assert controller.open()
        controller.show(fullscreen=False, minimized=False)
        qapp.processEvents()  # what show() leaves for after the first paint: reminders, hints
        qtbot.addWidget(controller.window)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.close()


@pytest.fixture
def window(make_controller):
    return make_controller().window
