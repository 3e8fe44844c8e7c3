"""What a screen reader hears, walked as one walks the accessible tree (Qt's own
QAccessible interfaces, the ones its AT-SPI bridge serves to Orca): the values on
the home page, in a running session and on the summary, each box named by its
label, the pain scale as one group of radio buttons, and times read as times."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from kneecoach.core.routine import StepKind
from kneecoach.ui.pages.finish_view import FinishView
from tests.ui.conftest import advance
from tests.ui.screen_reader import Role, said, walk, with_role


def heard_named(root: QWidget, name: str) -> list:
    return [heard for heard in walk(root) if heard.name == name]


def empty_labels(root: QWidget) -> list:
    return [heard for heard in with_role(root, Role.StaticText) if not heard.name.strip()]


def test_the_home_page_is_heard_with_its_values(window):
    home = window.home
    heard = said(window)
    for value in ("not done yet", "0 days"):
        assert any(value in words for words in heard), f"{value!r} is not heard"
    [length] = heard_named(window, home.summary.text())
    assert length.description == "Routine length" and "min" in length.name
    [routine] = with_role(window, Role.ComboBox)
    assert routine.labelled_by == ("Routine:",)  # named by its label, not by the routine
    assert routine.value == home.routine_choice.currentText()
    assert empty_labels(window) == []


def test_the_today_line_is_heard_anew_when_it_changes(make_controller, clock):
    window = make_controller().window
    window.home.start_button.click()
    advance(window, clock, 600, every=0.5)
    window.run.finish_view.done_button.click()
    [today] = heard_named(window, window.home.today_label.text())
    assert "done" in today.name and "not done" not in today.name
    assert any("1 day" in words for words in said(window))


def test_a_running_session_is_heard_side_instruction_and_next(running, clock):
    _, window = running
    view = window.run.view
    window.run.driver.skip()  # the dorsiflexion stretch: right side, then left
    driver = window.run.driver
    while (step := driver.session.snapshot().step).side != "left" or step.kind != StepKind.HOLD:
        advance(window, clock, 1)
    [side] = heard_named(window, view.side_label.text())
    assert side.name.lower().startswith("left") and side.description == "Side"
    [instruction] = heard_named(window, view.instruction_label.text())
    assert instruction.description == "Instruction" and len(instruction.name) > 20
    [following] = heard_named(window, view.next_label.text())
    assert following.name.startswith("Next:") and following.name != "Next"


def test_the_summary_is_heard_with_the_streak_and_one_pain_scale(running, clock):
    _, window = running
    advance(window, clock, 600, every=0.5)
    finish = window.pages.currentWidget()
    assert isinstance(finish, FinishView)
    assert any(words.startswith("Streak: 1 day") for words in said(finish))
    assert empty_labels(finish) == []
    scale = QAccessible.queryAccessibleInterface(finish.pain)
    assert scale.text(QAccessible.Text.Name) == finish.pain.question.text()
    radios = with_role(finish.pain, Role.RadioButton)
    assert [r.name for r in radios] == [f"Pain {n} of 10" for n in range(11)]
    assert not any(r.checked for r in radios)  # nothing chosen: nothing saved
    finish.pain.button(4).click()
    assert [r.name for r in with_role(finish.pain, Role.RadioButton) if r.checked] == [
        "Pain 4 of 10"
    ]
    finish.pain.button(6).click()  # one of the group: choosing another unchecks the first
    assert [r.checked for r in with_role(finish.pain, Role.RadioButton)].count(True) == 1


def test_settings_name_every_box_by_its_label_and_read_times_as_times(make_controller):
    controller = make_controller()
    controller.shell.open_settings()
    dialog = controller.shell.settings_dialog
    times = dialog.reminder_times
    times.edits[0].setTime(QTime(7, 30))
    value = QAccessible.queryAccessibleInterface(times.edits[0]).valueInterface()
    assert value.currentValue() == 7 * 60 + 30  # minutes after midnight, not 0.0
    assert (value.minimumValue(), value.maximumValue()) == (0, 23 * 60 + 59)
    times.edits[0].setProperty("value", 19 * 60 + 5)  # as a screen reader may set it
    assert times.times() == ["19:05"]
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert empty_labels(dialog) == [], dialog.tabs.tabText(index)
        for box in dialog.findChildren(QComboBox):
            if box.isVisible():
                [heard] = [
                    h
                    for h in walk(dialog)
                    if h.role == Role.ComboBox and h.value == box.currentText()
                ]
                assert heard.labelled_by, f"{box.currentText()!r} has no label"
        for box in dialog.findChildren(QAbstractSpinBox):
            face = QAccessible.queryAccessibleInterface(box)
            if box.isVisible():
                assert isinstance(face.valueInterface().currentValue(), int | float)
    dialog.reject()
