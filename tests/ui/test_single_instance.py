import signal
import subprocess
import time

from kneecoach.ui.platform.single_instance import LOCK_FILE, SingleInstance
from tests.ui.processes import start_python


def test_a_second_launch_hands_over_to_the_first(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert not first.hand_over({"start": False})  # nobody is running yet
    assert first.listen()
    second = SingleInstance(tmp_path)
    with qtbot.waitSignal(first.message_received, timeout=3000) as received:
        assert second.hand_over({"start": True})
    assert received.args == [{"start": True}]
    first.close()


def test_another_data_folder_is_another_instance(tmp_path):
    one = SingleInstance(tmp_path / "a")
    assert one.listen()
    assert not SingleInstance(tmp_path / "b").hand_over({})
    one.close()


def test_a_second_launch_brings_the_window_forward_and_starts(make_controller, qtbot):
    controller = make_controller()
    controller.window.showMinimized()
    controller.handle_message({"start": True})
    assert not controller.window.isMinimized()
    assert controller.window.pages.currentWidget() is controller.window.run.view


def test_the_first_instance_holds_a_lock_until_it_closes(tmp_path):
    first = SingleInstance(tmp_path)
    assert first.claim()
    assert not SingleInstance(tmp_path).claim()
    first.close()
    again = SingleInstance(tmp_path)
    assert again.claim()
    again.close()


# A first instance whose window is still loading: it holds the lock but does not
# listen yet. It prints what a second launch hands over to it.
STARTING_SLOWLY = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from kneecoach.ui.platform.single_instance import SingleInstance

app = QCoreApplication([])
first = SingleInstance(Path(sys.argv[1]))
assert first.claim()
print("claimed", flush=True)
time.sleep(1.0)
assert first.listen()
first.message_received.connect(lambda message: (print("received", message), app.quit()))
QTimer.singleShot(10_000, app.quit)
app.exec()
first.close()
"""


def test_a_second_launch_waits_for_a_first_that_is_still_starting(tmp_path):
    first = start_python(["-c", STARTING_SLOWLY, tmp_path], stdout=subprocess.PIPE)
    assert first.stdout.readline().strip() == "claimed"
    second = SingleInstance(tmp_path)
    assert not second.claim()
    asked = time.monotonic()
    assert second.hand_over({"start": True})
    assert time.monotonic() - asked > 0.3  # it waited for the first to listen
    output, _ = first.communicate(timeout=15)
    assert "received {'start': True}" in output


HOLDING = r"""
import sys
from pathlib import Path
from kneecoach.ui.platform.single_instance import SingleInstance

held = SingleInstance(Path(sys.argv[1]))
assert held.claim()
print("claimed", flush=True)
sys.stdin.readline()
"""


def test_an_instance_that_crashed_leaves_no_lock_behind(tmp_path):
    crashing = start_python(
        ["-c", HOLDING, tmp_path], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert crashing.stdout.readline().strip() == "claimed"
    assert not SingleInstance(tmp_path).claim()  # held while it runs
    crashing.send_signal(signal.SIGKILL)
    assert crashing.wait(timeout=15) == -signal.SIGKILL
    assert (tmp_path / LOCK_FILE).exists()
    after = SingleInstance(tmp_path)
    assert after.claim()
    assert not after.hand_over({})  # and nobody to hand over to: this one starts
    after.close()
    crashing.stdin.close()
    crashing.stdout.close()


def test_a_first_instance_that_ends_while_starting_leaves_the_lock_to_the_second(tmp_path):
    ending = start_python(["-c", HOLDING, tmp_path], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert ending.stdout.readline().strip() == "claimed"
    second = SingleInstance(tmp_path)
    assert not second.claim() and second.held_elsewhere
    ending.stdin.close()  # it ends before it ever listens
    assert not second.hand_over({"start": True})
    assert not second.held_elsewhere  # the lock is the second's now
    assert not SingleInstance(tmp_path).claim()
    ending.wait(timeout=15)
    ending.stdout.close()
    second.close()


def test_the_socket_of_a_live_instance_is_never_taken_over(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.claim() and first.listen()
    second = SingleInstance(tmp_path)
    assert not second.claim()
    assert not second.listen()  # it may not answer the first one's callers
    third = SingleInstance(tmp_path)
    with qtbot.waitSignal(first.message_received, timeout=3000):
        assert third.hand_over({"start": True})
    first.close()


def test_a_second_launch_with_start_and_fullscreen_is_obeyed(make_controller):
    controller = make_controller()
    controller.handle_message({"start": True, "fullscreen": True})
    assert controller.window.isFullScreen()
    assert controller.window.pages.currentWidget() is controller.window.run.view


def test_nothing_starts_behind_the_open_welcome(make_controller, first_run, qtbot):
    controller = make_controller()
    welcome = controller.offers.welcome_dialog
    qtbot.waitUntil(welcome.isVisible)
    controller.handle_message({"start": True})
    assert controller.window.run is None  # no routine with its timers running behind it
    assert welcome.isVisible()
