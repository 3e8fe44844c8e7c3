"""The safety words are on screen where the effort happens, in every language: the
first-run card, every hold; a red-flag answer advises before starting; the finish
page praises only what was done; a pain number is saved only when chosen."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.routine import StepKind
from kneecoach.core.safety import COMFORTABLE, STOP_IF_SHARP
from tests.ui.conftest import advance

LANGUAGES = ("en", "de", "es", "fr")


def speak(folders, language, extra=""):
    config = folders[1]
    config.mkdir(exist_ok=True)
    (config / "settings.toml").write_text(f'schema_version = 1\nlanguage = "{language}"\n{extra}')


def shown_texts(widget):
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_run_card_carries_comfort_and_stop_if_sharp(
    language, make_controller, first_run, qapp
):
    speak(first_run, language)
    controller = make_controller()
    welcome = controller.offers.welcome_dialog
    assert welcome is not None and welcome.isVisible()
    cautions = load_catalogue(language=language).cautions
    text = shown_texts(welcome)
    assert cautions[COMFORTABLE] in text and cautions[STOP_IF_SHARP] in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_hold_shows_comfort_and_stop_if_sharp(language, make_controller, folders, clock):
    speak(folders, language, "ask_pain_before = false\n")
    controller = make_controller()
    window = controller.window
    window.home.start_button.click()
    run = window.run
    cautions = load_catalogue(language=language).cautions
    holds = 0
    while run.running:
        step = run.driver.session.snapshot().step
        if step is not None and step.kind in (StepKind.HOLD, StepKind.REPS):
            holds += 1
            text = run.view.safety_label.text()
            assert run.view.safety_label.isVisible()
            assert cautions[COMFORTABLE] in text and cautions[STOP_IF_SHARP] in text
        advance(window, clock, 1, every=1)
    assert holds > 100  # every second of every hold and circle was looked at


def test_a_yes_to_a_red_flag_advises_a_doctor_first_and_lets_the_person_go_on(
    make_controller, qtbot
):
    controller = make_controller()
    controller.shell.home.safety_button.click()
    check = controller.shell.safety_check
    assert check is not None and check.isVisible()
    assert not check.next_button.isEnabled()  # every question answered first
    for key, group in check.answers.items():
        group.button(1 if key == "swollen-hot-red" else 0).click()
    check.next_button.click()
    assert "doctor or physiotherapist" in check.answer.text()
    assert "not a diagnosis" in check.answer.text()
    labels = [b.text() for b in check.buttons.buttons()]
    assert labels == ["I will ask first", "Go on anyway"] or set(labels) == {
        "I will ask first",
        "Go on anyway",
    }


def test_all_no_is_thanked_without_advice(make_controller):
    controller = make_controller()
    controller.shell.open_safety_check()
    check = controller.shell.safety_check
    for group in check.answers.values():
        group.button(0).click()
    check.next_button.click()
    assert "stop if the pain is sharp" in check.answer.text()
    assert check.answer_title.text() == "Nothing that needs a doctor first"
    assert "Please see a doctor" not in check.answer.text()


def test_a_routine_skipped_through_is_not_praised(make_controller, folders):
    speak(folders, "en", "ask_pain_before = false\n")
    controller = make_controller()
    window = controller.window
    window.home.start_button.click()
    while window.run.running:
        window.run.driver.skip()
    finish = window.run.finish_view
    assert finish.title.text() == "Nothing done this time"
    assert "well done" not in shown_texts(finish).lower()
    window.show_home()
    assert window.home.today_label.text() == "Today: not done yet"


def test_the_pain_before_is_asked_and_kept_with_the_session(make_controller, clock, qtbot):
    controller = make_controller(pain_before=True)
    window = controller.window
    window.home.start_button.click()
    before = window.run.before
    assert window.pages.currentWidget() is before
    qtbot.keyClick(before, Qt.Key.Key_4)  # a number key chooses at once
    assert window.pages.currentWidget() is window.run.view
    window.run.driver.stop()
    [session] = controller.coach.history.sessions
    assert session.pain_before == 4


def test_a_pain_number_with_the_focus_is_not_saved_until_chosen(make_controller, folders, qtbot):
    speak(folders, "en", "ask_pain_before = false\n")
    controller = make_controller()
    window = controller.window
    window.home.start_button.click()
    window.run.driver.stop()
    scale = window.run.finish_view.pain
    scale.button(0).setFocus()
    qtbot.keyClick(scale.button(0), Qt.Key.Key_Right)  # the focus moves along the scale...
    assert scale.value is None and "Not chosen yet" in scale.status.text()
    assert controller.coach.history.sessions[0].pain_after is None  # ...nothing is saved
    qtbot.keyClick(window.run.finish_view, Qt.Key.Key_7)
    assert scale.value == 7 and "Saved: pain 7 of 10" in scale.status.text()
    assert controller.coach.history.sessions[0].pain_after == 7
