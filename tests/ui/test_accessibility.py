"""Usable without a mouse and without sight: names a screen reader reads, a focus
that shows, the whole routine by keyboard, and the session's changes spoken."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from kneecoach.core.history import Outcome
from kneecoach.core.session import State, Status
from kneecoach.ui.pages.finish_view import FinishView
from tests.ui.conftest import DORSIFLEXION_READY, advance


def reachable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in [root, *root.findChildren(QWidget)]
        if w.isVisibleTo(root) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def unnamed(root: QWidget) -> list[str]:
    """Widgets the keyboard reaches whose name a screen reader would not know."""
    missing = []
    for widget in reachable(root):
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the text box inside a spin box: the reader names the spin box
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_on_every_page_has_a_name(make_controller, clock, qtbot, qapp):
    controller = make_controller()
    window = controller.window
    assert unnamed(window) == [], "home"
    controller.shell.open_progress()
    assert unnamed(window) == [], "progress"
    window.show_home()
    window.home.start_button.click()
    assert unnamed(window) == [], "session"
    advance(window, clock, 481, every=0.5)
    assert unnamed(window) == [], "summary"
    controller.shell.open_settings()
    dialog = controller.shell.settings_dialog
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert unnamed(dialog) == [], dialog.tabs.tabText(index)
    dialog.reject()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget()
    assert target is not None, "something must have the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def tab_to(qtbot, widget, limit=60):
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{widget.accessibleName()!r} cannot be reached with Tab")


def test_the_whole_routine_with_the_keyboard_alone(make_controller, clock, qtbot, qapp):
    controller = make_controller()
    window = controller.window
    window.activateWindow()
    window.home.exercise_list.setFocus()  # where focus rests when the window opens
    tab_to(qtbot, window.home.start_button)
    press(qtbot, Qt.Key.Key_Return)
    session = window.run.driver.session
    assert session.status is Status.RUNNING

    advance(window, clock, 3)
    press(qtbot, Qt.Key.Key_Space)
    assert session.snapshot().state is State.PAUSED
    press(qtbot, Qt.Key.Key_Space)
    for _ in range(2):  # ankle circles and the dorsiflexion stretch: skipped
        press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Left)  # changed my mind: back to the dorsiflexion stretch
    assert session.snapshot().exercise_number == 2
    advance(window, clock, 600, every=0.5)  # then all the rest, in full
    finish = window.pages.currentWidget()
    assert isinstance(finish, FinishView)

    tab_to(qtbot, finish.pain_buttons.button(0))  # one stop for the scale, as for radio buttons
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is finish.pain_buttons.button(2)
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, finish.done_button)
    press(qtbot, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.home

    [record] = controller.coach.history.all_records()
    assert record.finished and record.pain_after == 2
    outcomes = [e.outcome for e in record.exercises]
    assert outcomes == [Outcome.SKIPPED] + [Outcome.DONE] * 5


def test_focus_is_visible_on_every_kind_of_control(window, qtbot, qapp):
    """Tabbing to a control changes how it looks, whatever kind of control it is."""
    window.resize(1366, 768)
    window.activateWindow()
    unfocused = {id(w): w.grab().toImage() for w in reachable(window)}
    window.home.exercise_list.setFocus()
    seen = set()
    for _ in range(len(unfocused) + 2):
        press(qtbot, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        qapp.processEvents()
        if id(widget) in unfocused:
            kind = widget.metaObject().className()
            assert widget.grab().toImage() != unfocused[id(widget)], f"{kind} shows no focus"
            seen.add(kind)
    assert {"QPushButton", "QComboBox", "ExerciseList"} <= seen


def test_the_session_speaks_each_step_side_and_count(running, clock):
    _, window = running
    heard = []
    window.run.announcer.said.connect(heard.append)
    window.run.driver.restart_exercise()
    advance(window, clock, 5 + 2 * 3 + 1)  # get ready, then two reps of the ankle circles
    window.run.driver.toggle_pause()
    window.run.driver.toggle_pause()
    assert heard[0] == "Ankle circles. Get ready."
    assert not [text for text in heard if text.isdigit()]  # each change, never each second
    assert "12 circles, clockwise." in heard
    assert "Rep 1 of 12" in heard and "Rep 2 of 12" in heard
    assert heard[-2:] == ["Paused. Press Space to go on.", "Going on."]
    heard.clear()
    window.run.driver.skip()  # to the dorsiflexion stretch, right side first
    advance(window, clock, DORSIFLEXION_READY + 30 + 1)
    assert heard[0].startswith("Dorsiflexion stretch. Get ready, right side first")
    assert "Hold, right side." in heard
    assert any("left" in text.lower() for text in heard[heard.index("Hold, right side.") :])
    during_the_hold = heard[heard.index("Hold, right side.") + 1 :]
    assert during_the_hold[:2] == ["Halfway.", "5 seconds left."]
