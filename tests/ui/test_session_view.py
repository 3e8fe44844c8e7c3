"""A whole routine through the real widgets, on a fake clock, driven from the keyboard."""

from PySide6.QtCore import Qt

from kneecoach.core.history import Outcome
from kneecoach.core.routine import total_seconds
from kneecoach.core.session import State, Status
from kneecoach.ui.dialogs import question
from kneecoach.ui.pages.finish_view import FinishView
from kneecoach.ui.pages.session_regions import regions
from tests.ui.conftest import DORSIFLEXION_READY, TWIST_READY, advance
from tests.ui.layout_checks import digit_height
from tests.ui.session_screens import PAGE_MARGINS


def key(qtbot, window, key_name):
    qtbot.keyClick(window.run.view, key_name)


def test_the_view_follows_the_routine(running, clock):
    _, window = running
    view = window.run.view
    assert view.progress_label.text() == "Exercise 1 of 6"
    assert view.name_label.text() == "Ankle circles"
    assert view.headline_label.text() == "Get ready"
    assert view.ring.text == "5"
    advance(window, clock, 5 + 3 * 6 + 0.5)  # into the seventh circle
    assert view.side_label.text() == "CLOCKWISE"
    assert (view.ring.text, view.ring.caption) == ("7", "of 12")
    advance(window, clock, 3 * 6 + 3)
    assert view.headline_label.text() == "Circles"
    assert view.side_label.text() == "COUNTER-CLOCKWISE"
    advance(window, clock, 36 + 1)
    assert view.headline_label.text() == "Rest"
    assert "Next: Dorsiflexion stretch" in view.instruction_label.text()
    advance(window, clock, 9 + DORSIFLEXION_READY + 1)
    assert view.progress_label.text() == "Exercise 2 of 6"
    assert (view.headline_label.text(), view.side_label.text()) == ("Hold", "RIGHT")
    assert view.ring.text == "29"
    assert view.meaning_label.text() == "Side = the leg you extend"
    advance(window, clock, 30)
    assert view.headline_label.text() == "Switch sides"
    assert view.side_label.text() == "LEFT"


def test_every_keyboard_shortcut(running, clock, qtbot, monkeypatch):
    controller, window = running
    session = window.run.driver.session
    advance(window, clock, 2)
    key(qtbot, window, Qt.Key.Key_Space)
    assert session.snapshot().state is State.PAUSED
    assert window.run.view.pause_button.text() == "Resume"
    advance(window, clock, 30)
    assert window.run.view.ring.text == "3"
    key(qtbot, window, Qt.Key.Key_Space)
    assert session.status is Status.RUNNING

    key(qtbot, window, Qt.Key.Key_Right)
    assert session.snapshot().exercise_number == 2
    key(qtbot, window, Qt.Key.Key_Right)
    assert session.snapshot().exercise_number == 3
    key(qtbot, window, Qt.Key.Key_Left)
    assert session.snapshot().exercise_number == 2
    advance(window, clock, 12)
    key(qtbot, window, Qt.Key.Key_R)
    assert session.snapshot().state is State.GET_READY
    assert window.run.view.ring.text == str(DORSIFLEXION_READY)

    key(qtbot, window, Qt.Key.Key_F)
    assert window.isFullScreen()
    key(qtbot, window, Qt.Key.Key_Escape)  # leaves fullscreen, does not stop
    assert not window.isFullScreen() and session.status is Status.RUNNING
    key(qtbot, window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    key(qtbot, window, Qt.Key.Key_F11)
    assert not window.isFullScreen()

    monkeypatch.setattr(question, "ask_yes_or_no", lambda *a: False)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert session.status is Status.RUNNING  # the user said no
    monkeypatch.setattr(question, "ask_yes_or_no", lambda *a: True)
    advance(window, clock, DORSIFLEXION_READY + 30 + 1)  # the right side held in full
    key(qtbot, window, Qt.Key.Key_Escape)
    assert session.status is Status.STOPPED
    assert isinstance(window.pages.currentWidget(), FinishView)

    saved = list(controller.coach.history.all_records())
    assert len(saved) == 1 and not saved[0].finished
    outcomes = {e.id: e for e in saved[0].exercises}
    assert outcomes["ankle-circles"].outcome is Outcome.SKIPPED
    assert outcomes["dorsiflexion-stretch"].holds == ("right",)


def test_a_finished_routine_is_saved_with_the_pain_check_in(running, clock, qtbot):
    controller, window = running
    advance(window, clock, total_seconds(window.run.driver.session.steps) + 1, every=0.5)
    finish = window.pages.currentWidget()
    assert isinstance(finish, FinishView)
    [saved] = controller.coach.history.all_records()
    assert saved.finished
    assert finish.streak_label.text() == "Streak: 1 day"
    finish.pain_buttons.button(3).click()
    [saved] = controller.coach.history.all_records()
    assert saved.pain_after == 3
    reopened = type(controller.coach.history)(controller.coach.history.folder, clock)
    controller.coach.history.close()
    reopened.open()
    [saved] = reopened.all_records()
    assert saved.pain_after == 3
    reopened.close()
    finish.done_button.click()
    assert window.pages.currentWidget() is window.home
    assert window.home.today_label.text().startswith("Today: done")


def laid_out(view):
    return regions(view.width(), view.height(), view.far, view.pacer_width())


def test_fullscreen_lays_the_view_out_again_for_the_whole_screen(running, clock, qtbot):
    """The sizes themselves are measured in test_session_layout, at real screens' sizes
    (the test platform's screen is square)."""
    _, window = running
    view = window.run.view
    window.resize(700, 520)
    qtbot.waitUntil(lambda: view.regions == laid_out(view))
    before = digit_height(view.ring)
    window.showFullScreen()
    qtbot.waitUntil(lambda: window.isFullScreen() and view.height() > 600)
    qtbot.waitUntil(lambda: view.regions == laid_out(view))
    assert view.ring.geometry() == view.regions.ring
    margins = window.size() - view.size()
    assert (margins.width(), margins.height()) == PAGE_MARGINS  # as the layout tests take them
    assert digit_height(view.ring) > before
    assert view.fullscreen_button.text() == "Leave fullscreen"


def test_every_session_control_is_named_and_shows_its_shortcut(running):
    _, window = running
    view = window.run.view
    for button, key in [
        (view.back_button, "(Left)"),
        (view.pause_button, "(Space)"),
        (view.skip_button, "(Right)"),
        (view.restart_button, "(R)"),
        (view.fullscreen_button, "(F)"),
        (view.stop_button, "(Esc)"),
    ]:
        assert button.accessibleName()
        assert button.toolTip().endswith(key)


def test_the_breathing_pacer_shows_during_holds(running, clock):
    _, window = running
    view = window.run.view
    window.run.driver.skip()  # to the first hold exercise
    advance(window, clock, DORSIFLEXION_READY + 2)
    view._animate()
    assert view.pacer.isVisible() and view.pacer.words == "Breathe in"
    advance(window, clock, 4)
    view._animate()
    assert view.pacer.words == "Breathe out"


def test_get_ready_says_what_comes_next_in_full(running):
    _, window = running
    assert window.run.view.next_label.text() == "Next: 12 circles, clockwise"


def test_try_this_one_runs_the_chosen_exercise_alone(make_controller, clock, qtbot):
    controller = make_controller()
    window = controller.window
    window.home.exercise_list.setCurrentRow(4)
    assert window.home.detail.name.text() == "Seated twist"
    assert "kinetic chain" in window.home.detail.why.text()  # which joint it helps, and why
    qtbot.mouseClick(window.home.detail.try_button, Qt.MouseButton.LeftButton)
    view = window.run.view
    assert window.pages.currentWidget() is view
    assert view.progress_label.text() == "Exercise 1 of 1"
    assert view.name_label.text() == "Seated twist"
    advance(window, clock, TWIST_READY + 30 + 5 + 30 + 1)  # get ready, right, switch, left
    assert isinstance(window.pages.currentWidget(), FinishView)
    [saved] = controller.coach.history.all_records()
    assert saved.routine == "single:seated-twist"
    assert [(e.id, e.outcome) for e in saved.exercises] == [("seated-twist", Outcome.DONE)]
