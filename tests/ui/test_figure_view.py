"""The moving figure: drawn cleanly for every exercise, and in step with the session."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.figures import frame_at, load_figures
from kneecoach.core.routine import StepKind, Timings, build_steps, single_exercise_routine
from kneecoach.ui.widgets.figure_view import FigureView, colours_for
from tests.ui.conftest import advance


def first_step(exercise_id, wanted):
    """The figure of `exercise_id` and the first step of it run alone that `wanted` accepts."""
    steps = build_steps(single_exercise_routine(load_catalogue().get(exercise_id)), Timings())
    return load_figures()[exercise_id], next(s for s in steps if wanted(s))


def a_view(qtbot, width, height):
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(width, height)
    return view


def _coloured_pixels(image: QImage) -> int:
    """How many of the pixels sampled every 8 px are drawn in a strong colour."""
    count = 0
    for x in range(0, image.width(), 8):
        for y in range(0, image.height(), 8):
            colour = image.pixelColor(x, y)
            count += colour.alpha() > 0 and colour.saturation() > 60
    return count


def test_every_exercise_moves_through_its_steps_without_warnings(qapp, qtbot, no_qt_warnings):
    figures = load_figures()
    view = a_view(qtbot, 400, 300)
    for exercise in load_catalogue().exercises:
        steps = build_steps(single_exercise_routine(exercise), Timings())
        for dark in (False, True):
            view.set_dark(dark)
            images = set()
            for step in steps:
                for elapsed in (0.0, 0.7, 1.5, 3.0, step.duration - 0.1):
                    view.show_frame(frame_at(figures[exercise.id], step, elapsed))
                    image = view.grab().toImage()
                    assert _coloured_pixels(image) > 50, (exercise.id, step.kind, elapsed)
                    images.add(image.bits().tobytes())
            assert len(images) > 4, f"{exercise.id} hardly moves"


def test_the_left_side_is_the_right_side_mirrored(qapp, qtbot):
    figure, step = first_step("calf-stretch", lambda s: s.kind is StepKind.HOLD)
    view = a_view(qtbot, 400, 300)
    frame = frame_at(figure, step, 10.0)
    view.show_frame(frame)
    right = view.grab().toImage()
    view.show_frame(replace(frame, mirrored=True))
    left = view.grab().toImage()
    flipped = right.flipped(Qt.Orientation.Horizontal)
    assert _differing(left, flipped) < 0.01  # the same up to antialiasing at the edges
    assert _differing(left, right) > 0.05


def _differing(a: QImage, b: QImage, step: int = 2) -> float:
    """The share of sampled pixels whose colours differ clearly."""
    samples = differing = 0
    for x in range(0, a.width(), step):
        for y in range(0, a.height(), step):
            one, other = a.pixelColor(x, y), b.pixelColor(x, y)
            samples += 1
            differing += (
                abs(one.red() - other.red())
                + abs(one.green() - other.green())
                + abs(one.blue() - other.blue())
                > 60
            )
    return differing / samples


def test_dark_theme_uses_the_dark_colours(qapp):
    light, dark = colours_for(False), colours_for(True)
    assert light["near"].name() == "#2f6fb0" and dark["near"].name() == "#6fa8dc"
    assert light["skin"] == dark["skin"]


def test_the_session_figure_eases_into_the_stretch_on_the_side_held(running, clock):
    controller, window = running
    view = window.run.view
    advance(window, clock, 5 + 72 + 3 + 10 + 5)  # ankle circles, rest, get ready
    step = window.run.driver.session.snapshot().step
    assert (step.exercise.id, step.kind, step.side) == (
        "dorsiflexion-stretch",
        StepKind.HOLD,
        "right",
    )
    view._animate()
    first = view.picture.frame
    advance(window, clock, 1.5)
    view._animate()
    middle = view.picture.frame
    advance(window, clock, 2)
    view._animate()
    held = view.picture.frame
    assert first != middle != held
    assert not held.mirrored
    advance(window, clock, 30 - 3.5 + 5 + 4)  # switch, then into the left side's hold
    view._animate()
    assert window.run.driver.session.snapshot().step.side == "left"
    assert view.picture.frame.mirrored
    # Paused, the figure stands still however often the view asks: time has stopped for it.
    view.driver.toggle_pause()
    view._animate()
    paused, elapsed = view.picture.frame, view.snapshot.elapsed
    for _ in range(120):
        clock.advance(0.05)
        view._animate()
    assert view.snapshot.elapsed == elapsed
    assert view.picture.frame == paused
    # A theme chosen while paused recolours the figure at once.
    assert not view.picture.dark
    controller.coach.apply_settings(replace(controller.coach.settings, theme="dark"))
    assert view.picture.dark


def test_an_exercise_without_a_figure_shows_its_picture_without_60_hz_redraws(running):
    view = running[1].run.view
    view.figures = {k: v for k, v in view.figures.items() if k != "ankle-circles"}
    view.show_snapshot(view.driver.session.snapshot())
    view._animate()
    assert view.picture.frame is None
    assert view.picture.picture == ("ankle-circles", False, "")
    assert view._frame_timer.interval() == 40


def test_still_pictures_when_the_user_prefers_less_motion(make_controller, clock):
    controller = make_controller()
    window = controller.window
    controller.coach.apply_settings(replace(controller.coach.settings, moving_figures=False))
    window.home.start_button.click()
    view = window.run.view
    view._animate()
    assert view.picture.frame is None
    assert view.picture.picture == ("ankle-circles", False, "")
    assert view._frame_timer.interval() > 16  # no 60 Hz redraws for a still picture


@pytest.mark.parametrize("mirrored", [False, True])
def test_redraws_only_what_moved_and_the_screen_matches_a_full_redraw(qapp, qtbot, mirrored):
    figure, reps = first_step("ankle-circles", lambda s: s.reps)
    view = a_view(qtbot, 800, 600)
    view.show()
    qtbot.waitExposed(view)
    areas = []
    paint = view.paintEvent

    def recording_paint(event):
        areas.append(event.rect())
        paint(event)

    view.paintEvent = recording_paint
    view.show_frame(replace(frame_at(figure, reps, 0), mirrored=mirrored))
    qapp.processEvents()
    areas.clear()  # the first frame is drawn whole
    # Small steps, then one big jump: a quarter circle at once leaves a ghost of the old
    # foot on screen unless the old place is repainted too.
    moments = [tick / 60 for tick in range(1, 20)] + [reps.pace * 0.6]
    for moment in moments:
        view.show_frame(replace(frame_at(figure, reps, moment), mirrored=mirrored))
        qapp.processEvents()
    assert areas, "the foot never moved"
    whole = view.width() * view.height()
    assert max(a.width() * a.height() for a in areas) < whole / 8  # just around the foot
    on_screen = view.screen().grabWindow(view.winId()).toImage()
    fresh = a_view(qtbot, 800, 600)
    fresh.show_frame(view.frame)
    assert on_screen == fresh.grab().toImage()


def test_a_still_held_breath_is_not_redrawn_for_nothing(qapp, qtbot):
    figure, hold = first_step("calf-stretch", lambda s: s.side)
    view = a_view(qtbot, 800, 600)
    shown = []
    for tick in range(60):  # one second of the hold, well after the ease
        before = view.frame
        view.show_frame(frame_at(figure, hold, 20 + tick / 60))
        shown.append(view.frame is not before)
    assert 1 <= sum(shown) <= 20  # the breath moves it a little, not sixty times
