"""A pause seen from across the room, the article's words for each step, and the
far-from-the-screen setting from the welcome and the settings to the session."""

from __future__ import annotations

import tomllib

import pytest
from PySide6.QtCore import Qt

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.routine import READ_SECONDS, StepKind, setup_steps
from kneecoach.core.safety import COMFORTABLE, STOP_IF_SHARP
from kneecoach.core.session import Status
from kneecoach.core.settings import Settings, validate
from tests.ui.session_screens import close, stage

SHIPPED = ("en", "de", "es", "fr")


def catalogue_for(language):
    return load_catalogue(language="" if language == "en" else language)


# --- the pause -------------------------------------------------------------------------
def test_a_pause_dims_the_view_and_stops_the_count_and_the_breathing(qapp, qtbot):
    staged = stage(qapp, "en")
    view, curtain = staged.view, staged.view.curtain
    try:
        staged.go_to("hold", into=3.5)
        staged.resize(1366, 768)
        assert not curtain.isVisible() and view.pacer.isVisible()
        staged.driver.toggle_pause()
        assert curtain.isVisible() and curtain.paused
        assert curtain.words.text() == "Paused — press Space to continue"
        assert curtain.button.isVisible()
        for part in (view.ring, view.picture, view.side_label, view.instruction_label):
            assert curtain.geometry().contains(part.geometry())  # all of it dimmed...
        assert not curtain.geometry().intersects(view.controls.geometry())  # ...not the buttons
        assert curtain.words.font().pixelSize() > view.side_label.font().pixelSize() * 0.9
        # The countdown says it stopped, and stays where it stopped; no breathing cue.
        assert (view.ring.text, view.ring.caption) == ("27", "paused")
        assert view.headline_label.text() == "Paused" and not view.pacer.isVisible()
        staged.clock.advance(20)
        staged.driver.tick()
        view._animate()
        assert view.ring.text == "27"

        qtbot.mouseClick(curtain.button, Qt.MouseButton.LeftButton)  # the big button resumes
        assert staged.session.status is Status.RUNNING
        assert curtain.isVisible() and not curtain.paused  # going on, as plainly said
        assert curtain.words.text() == "Going on" and not curtain.button.isVisible()
        assert view.pacer.isVisible() and view.ring.caption == "seconds"
        qtbot.waitUntil(lambda: not curtain.isVisible(), timeout=3000)
    finally:
        close(staged, qapp)


def test_space_pauses_and_resumes_with_the_curtain(running, qtbot):
    _, window = running
    view = window.run.view
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.curtain.isVisible() and view.curtain.paused
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.run.driver.session.status is Status.RUNNING
    assert view.curtain.words.text() == "Going on"


# --- the words of each step ----------------------------------------------------------------
def setup_texts_seen(staged, phase="get-ready-stretch"):
    """The instruction texts shown, second by second, through the get-ready."""
    staged.go_to(phase, into=0.1)
    step = staged.session.snapshot().step
    seen = []
    for _ in range(int(step.duration * 4) - 1):
        text = staged.view.instruction_label.text()
        if not seen or seen[-1] != text:
            seen.append(text)
        staged.clock.advance(0.25)
        staged.driver.tick()
    return step, seen


@pytest.mark.parametrize("language", SHIPPED)
def test_getting_ready_shows_every_set_up_step_in_order(language, qapp):
    staged = stage(qapp, language)
    try:
        staged.resize(1366, 708)
        step, seen = setup_texts_seen(staged)
        steps = setup_steps(step.exercise)
        assert len(steps) == 3  # the dorsiflexion stretch: the article's three
        assert steps == catalogue_for(language).exercises[1].steps[:3]
        text = " ".join(seen)
        where = [text.index(words) for words in steps]
        assert where == sorted(where)
    finally:
        close(staged, qapp)


@pytest.mark.parametrize("language", ["de", "fr"])
def test_getting_ready_shows_the_steps_one_at_a_time_large(language, qapp):
    """The get-ready lasts long enough for each set-up step to be read on its own."""
    staged = stage(qapp, language)
    try:
        staged.resize(1366, 708)
        step, seen = setup_texts_seen(staged)
        steps = setup_steps(step.exercise)
        assert step.duration / len(steps) >= READ_SECONDS
        assert not staged.view.setup_together  # three long steps do not fit together, large
        assert seen == [f"{number}. {words}" for number, words in enumerate(steps, 1)]
        label = staged.view.instruction_label
        assert label.font().pixelSize() >= 0.85 * label.largest
    finally:
        close(staged, qapp)


@pytest.mark.parametrize("language", SHIPPED)
def test_every_hold_says_what_to_hold_and_how_to_stay_safe(language, qapp):
    """In the article's words: the position each stretch ends in and how long to hold
    it; the other side, the same mirrored."""
    staged = stage(qapp, language)
    view = staged.view
    cautions = catalogue_for(language).cautions
    held = set()
    try:
        while staged.session.status is Status.RUNNING:
            step = staged.session.snapshot().step
            if step.kind is StepKind.HOLD:
                steps = step.exercise.steps
                if step.side == step.exercise.sides[0]:
                    assert view.instruction_label.text() == f"{steps[-2]} {steps[-1]}"
                    held.add(step.exercise.id)
                safety = view.safety_label.text()
                assert cautions[COMFORTABLE] in safety and cautions[STOP_IF_SHARP] in safety
            staged.clock.advance(5)
            staged.driver.tick()
    finally:
        close(staged, qapp)
    assert len(held) == 5  # every stretch of the routine


# --- far from the screen ---------------------------------------------------------------
def test_far_from_the_screen_is_a_checked_setting():
    assert Settings().far_from_screen is False
    settings, problems, _ = validate({"far_from_screen": True})
    assert settings.far_from_screen is True and problems == []
    settings, problems, _ = validate({"far_from_screen": "yes"})
    assert settings.far_from_screen is False
    assert problems and "far_from_screen must be true or false" in problems[0]


def test_the_welcome_offers_far_from_the_screen(first_run, make_controller, qtbot):
    controller = make_controller()
    dialog = controller.offers.welcome_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.far_from_screen.isChecked()
    dialog.far_from_screen.setChecked(True)
    dialog.begin_button.click()
    saved = tomllib.loads((first_run[1] / "settings.toml").read_text())
    assert saved["far_from_screen"] is True
    controller.shell.safety_check.reject()
    controller.window.home.start_button.click()
    assert controller.window.run.view.far


def test_the_settings_turn_far_from_the_screen_on_and_off(make_controller, folders):
    controller = make_controller()
    controller.shell.open_settings()
    dialog = controller.shell.settings_dialog
    assert not dialog.far_from_screen.isChecked()
    dialog.far_from_screen.setChecked(True)
    dialog.accept()
    assert controller.coach.settings.far_from_screen
    controller.window.home.start_button.click()
    view = controller.window.run.view
    assert view.far
    near = view.side_label.largest
    view.set_far(False)
    assert view.side_label.largest < near
