"""The moving figure: drawn cleanly for every exercise, and in step with the session."""

import math
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.figures.animation import frame_at
from kneecoach.core.figures.colours import DARK_COLOURS, LIGHT_COLOURS
from kneecoach.core.figures.parsing import load_figures
from kneecoach.core.routine import StepKind, Timings, build_steps, single_exercise_routine
from kneecoach.ui.widgets.figure_view import (
    FRAME_SECONDS,
    QUIET_SECONDS,
    STEP_PIXELS,
    FigureView,
    colours_for,
)
from tests.ui.conftest import DORSIFLEXION_READY, advance


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


@pytest.mark.parametrize(
    ("exercise_id", "like_a_mirror"), [("calf-stretch", True), ("seated-twist", False)]
)
def test_the_left_side_is_the_real_left_side(qapp, qtbot, exercise_id, like_a_mirror):
    """Seen from the side, the left side looks like the right side's mirror image, as it
    should; seen from the front, the body turns the other way and the picture differs."""
    view = a_view(qtbot, 400, 300)
    images = []
    for side in ("right", "left"):
        figure, step = first_step(
            exercise_id, lambda s, side=side: s.side == side and s.duration > 10
        )
        view.show_frame(frame_at(figure, step, 10.0))
        images.append(view.grab().toImage())
    right, left = images
    flipped = right.flipped(Qt.Orientation.Horizontal)
    assert (_differing(left, flipped) < 0.01) == like_a_mirror
    assert _differing(left, right) > 0.02


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
    assert (
        light["near"].name() == LIGHT_COLOURS["near"]
        and dark["near"].name() == DARK_COLOURS["near"]
    )
    assert light["near"] != dark["near"] and light["skin"] == dark["skin"]


def test_the_session_figure_eases_into_the_stretch_on_the_side_held(running, clock):
    controller, window = running
    view = window.run.view
    advance(window, clock, 5 + 72 + 3 + 10 + DORSIFLEXION_READY)  # circles, rest, get ready
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
    assert held.side == "right"
    advance(window, clock, 30 - 3.5 + 5 + 4)  # switch, then into the left side's hold
    view._animate()
    assert window.run.driver.session.snapshot().step.side == "left"
    assert view.picture.frame.side == "left"
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
    assert view._draw_picture() == math.inf  # a still picture is never posed again


def test_still_pictures_when_the_user_prefers_less_motion(make_controller, clock):
    controller = make_controller()
    window = controller.window
    controller.coach.apply_settings(replace(controller.coach.settings, moving_figures=False))
    window.home.start_button.click()
    view = window.run.view
    view._animate()
    assert view.picture.frame is None
    assert view.picture.picture == ("ankle-circles", False, "")
    assert view._draw_picture() == math.inf  # no 60 Hz redraws for a still picture


@pytest.mark.parametrize("start", [0.0, 8.0])  # the right foot circling, then the left
def test_redraws_only_what_moved_and_the_screen_matches_a_full_redraw(qapp, qtbot, start):
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
    start *= reps.pace
    view.show_frame(frame_at(figure, reps, start + 0.5 * reps.pace))
    qapp.processEvents()
    areas.clear()  # the first frame is drawn whole
    # Small steps, then one big jump: a quarter circle at once leaves a ghost of the old
    # foot on screen unless the old place is repainted too.
    moments = [tick / 60 for tick in range(1, 20)] + [reps.pace * 0.3]
    for moment in moments:
        view.show_frame(frame_at(figure, reps, start + 0.5 * reps.pace + moment))
        qapp.processEvents()
    assert areas, "the foot never moved"
    assert view._overlay_key is not None  # the arrow over the foot came from its own layer
    whole = view.width() * view.height()
    assert max(a.width() * a.height() for a in areas) < whole / 8  # just around the foot
    on_screen = view.screen().grabWindow(view.winId()).toImage()
    fresh = a_view(qtbot, 800, 600)
    fresh.show_frame(view.frame)
    # The same up to rounding where antialiased edges were blended in a layer first.
    assert _differing(on_screen, fresh.grab().toImage(), step=1) == 0


def test_a_still_held_breath_is_not_redrawn_for_nothing(qapp, qtbot):
    figure, hold = first_step("calf-stretch", lambda s: s.side)
    view = a_view(qtbot, 800, 600)
    shown = []
    for tick in range(60):  # one second of the hold, well after the ease
        before = view.frame
        view.show_frame(frame_at(figure, hold, 20 + tick / 60))
        shown.append(view.frame is not before)
    assert 1 <= sum(shown) <= 20  # the breath moves it a little, not sixty times


def test_a_breathing_hold_drawn_from_its_still_layer_matches_a_full_redraw(qapp, qtbot):
    """The parts that stay put are kept in a layer while the chest moves: what is on
    screen after a few seconds of breathing is what drawing that frame afresh gives."""
    figure, hold = first_step("dorsiflexion-stretch", lambda s: s.side)
    view = a_view(qtbot, 800, 600)
    view.show()
    qtbot.waitExposed(view)
    for tick in range(240):  # four seconds: a whole breath in
        view.show_frame(frame_at(figure, hold, 10 + tick / 60))
        qapp.processEvents()
    assert view._layer_key is not None and len(view._layer_key[0]) > view.frame.props
    on_screen = view.screen().grabWindow(view.winId()).toImage()
    fresh = a_view(qtbot, 800, 600)
    fresh.show_frame(view.frame)
    # The same up to rounding where antialiased edges were blended in the layer first.
    assert _differing(on_screen, fresh.grab().toImage(), step=1) == 0


def test_a_moving_figure_is_asked_for_each_frame_and_a_still_one_less_often(qapp, qtbot):
    figure, reps = first_step("ankle-circles", lambda s: s.reps)
    _, hold = first_step("calf-stretch", lambda s: s.side)
    view = a_view(qtbot, 1600, 1200)  # the foot moves more than a pixel a frame
    waits = [view.show_frame(frame_at(figure, reps, 6 + tick / 60)) for tick in range(30)]
    assert waits == [FRAME_SECONDS] * 30  # the foot circles: every frame is new
    held = frame_at(load_figures()["calf-stretch"], hold, 20)
    waits = [view.show_frame(held) for _ in range(8)]
    assert waits[1] > waits[0] and waits[-1] == QUIET_SECONDS  # the same pose: ask less


def test_a_slow_figure_is_asked_again_when_it_will_have_moved_a_step(qapp, qtbot):
    """The circling foot moves under a pixel a frame in a small view: it is drawn a
    step (a couple of pixels) at a time, not sixty times a second; in a large view,
    about every step's worth of frames."""
    figure, reps = first_step("ankle-circles", lambda s: s.reps)
    for size, paced in (((900, 675), True), ((1600, 1200), False)):
        view = a_view(qtbot, *size)
        moment, waits = 6.0, []
        for _ in range(40):
            waits.append(view.show_frame(frame_at(figure, reps, moment), moment))
            moment += waits[-1]
        steady = waits[5:]
        if paced:
            assert min(steady) > FRAME_SECONDS and max(steady) <= QUIET_SECONDS
            assert sorted(steady)[len(steady) // 2] < QUIET_SECONDS * 0.8
        else:
            assert max(steady) < 1.5 * STEP_PIXELS * FRAME_SECONDS  # a pixel a frame, or nearly
