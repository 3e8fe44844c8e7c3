"""A routine stopped part-way goes on from the home page's Continue, the same day, and
the history holds one session with every hold of both sittings."""

from __future__ import annotations

from kneecoach.core.history import Outcome
from kneecoach.core.routine import StepKind
from kneecoach.core.session import Status
from kneecoach.ui.pages.finish_view import FinishView
from tests.ui.conftest import advance


def seconds_to(steps, exercise: str, kind: StepKind, side: str) -> float:
    index = next(
        i
        for i, s in enumerate(steps)
        if s.exercise.id == exercise and s.kind is kind and s.side == side
    )
    return sum(s.duration for s in steps[:index])


def test_stop_then_continue_is_one_session_with_every_hold(make_controller, clock, qapp):
    controller = make_controller()
    window = controller.window
    home = window.home
    assert not home.continue_button.isVisibleTo(window)  # nothing to continue yet

    home.start_button.click()
    steps = window.run.driver.session.steps
    advance(window, clock, seconds_to(steps, "calf-stretch", StepKind.HOLD, "left") + 19)
    window.run.stop()  # right side of the calf stretch held, the left at 19 s
    finish = window.pages.currentWidget()
    assert isinstance(finish, FinishView)
    finish.done_button.click()
    assert window.pages.currentWidget() is home
    assert home.continue_button.isVisibleTo(window)
    assert "exercise 3 of 6" in home.continue_button.toolTip()

    clock.advance(2 * 3600)  # later the same evening
    home.continue_button.click()
    session = window.run.driver.session
    snapshot = session.snapshot()
    assert snapshot.exercise_number == 3 and snapshot.step.side == "left"  # the switch to it
    advance(window, clock, 360, every=0.5)
    assert session.status is Status.FINISHED
    finish = window.pages.currentWidget()
    assert isinstance(finish, FinishView)
    assert finish.title.text() == "Well done — routine complete"  # all six, over two sittings
    finish.done_button.click()

    [record] = controller.coach.history.all_records()
    assert len(controller.coach.history.sessions) == 1
    assert record.finished and record.counts_as_practice
    assert [e.outcome for e in record.exercises] == [Outcome.DONE] * 6
    holds = {e.id: e.holds for e in record.exercises if e.holds}
    assert all(sides == ("right", "left") for sides in holds.values()) and len(holds) == 5
    assert record.paused_seconds >= 2 * 3600  # the time between the sittings is not time taken
    assert not home.continue_button.isVisibleTo(window)  # done: nothing left to continue
