"""The figure in a session: derived from the step and the time alone."""

import itertools
from dataclasses import replace

import pytest

from kneecoach.core.cues import breath_at
from kneecoach.core.figures.animation import EASE_SECONDS, drawing, frame_at, moment_at
from kneecoach.core.routine import StepKind
from tests.core.figures.posing import FIGURES, steps_of


def first(exercise_id, kind, side=""):
    return next(s for s in steps_of(exercise_id) if s.kind is kind and (not side or s.side == side))


def _points(frame):
    return [c for shape in frame.shapes for point in shape.points for c in point]


def test_a_hold_eases_in_from_the_get_ready_pose_then_breathes():
    figure = FIGURES["calf-stretch"]
    step = first("calf-stretch", StepKind.HOLD, "right")
    at_start = frame_at(figure, step, 0.0)
    eased = frame_at(figure, step, EASE_SECONDS)
    get_ready = frame_at(figure, first("calf-stretch", StepKind.GET_READY), 0)
    assert _points(at_start) == pytest.approx(_points(get_ready))  # no jump as the hold begins
    assert _points(at_start) != pytest.approx(_points(eased), abs=2)
    # The chest swells and settles in time with the breathing guide (4 s in, 6 s out).
    sizes = {elapsed: _torso_area(frame_at(figure, step, elapsed)) for elapsed in (4, 7, 10, 14)}
    assert breath_at(4)[1] == breath_at(14)[1] == 1 and breath_at(10)[1] == 0
    assert sizes[4] == pytest.approx(sizes[14]) and sizes[4] > sizes[7] > sizes[10]


def _torso_area(frame):
    """The area of the torso's outline, the largest filled shape of the body."""
    polygons = [s.points for s in frame.shapes if s.kind == "polygon" and s.colour == "near"]
    return max(
        abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(p, p[1:] + p[:1], strict=True))) / 2
        for p in polygons
    )


@pytest.mark.parametrize("exercise_id", ["hip-flexor-stretch", "seated-twist"])
def test_the_side_shown_is_the_side_held_and_a_switch_eases_out_first(exercise_id):
    figure = FIGURES[exercise_id]
    assert frame_at(figure, first(exercise_id, StepKind.HOLD, "right"), 5).side == "right"
    assert frame_at(figure, first(exercise_id, StepKind.HOLD, "left"), 5).side == "left"
    switch = first(exercise_id, StepKind.SWITCH)
    assert frame_at(figure, switch, 0.1).side == "right"
    assert frame_at(figure, switch, switch.duration - 0.1).side == "left"
    left_start = frame_at(figure, first(exercise_id, StepKind.HOLD, "left"), 0)
    assert _points(frame_at(figure, switch, switch.duration)) == pytest.approx(_points(left_start))


def test_the_left_side_is_not_the_right_side_flipped_where_the_camera_stays():
    figure = FIGURES["seated-twist"]
    assert not figure.camera_follows
    right = frame_at(figure, first("seated-twist", StepKind.HOLD, "right"), 20)
    left = frame_at(figure, first("seated-twist", StepKind.HOLD, "left"), 20)
    flipped = [c for shape in right.shapes for x, y in shape.points for c in (400 - x, y)]
    drawn = _points(left)
    assert len(flipped) == len(drawn) and flipped != pytest.approx(drawn, abs=3)


def test_ankle_circles_turn_once_per_rep_with_the_arrow_the_right_way():
    figure = FIGURES["ankle-circles"]
    clockwise = first("ankle-circles", StepKind.REPS)
    counter = next(
        s for s in steps_of("ankle-circles") if s.reps and s.direction == "counter-clockwise"
    )
    assert clockwise.direction == "clockwise"
    arrow = [s for s in frame_at(figure, clockwise, 2.5).shapes if s.colour == "arrow"]
    reverse = [s for s in frame_at(figure, counter, 2.5).shapes if s.colour == "arrow"]
    assert arrow[0].points == reverse[0].points[::-1]
    # Seen on the picture, the arrow of "clockwise" turns clockwise (y grows downwards).
    path = list(arrow[0].points)
    area = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(path))
    assert area > 0


def test_a_switch_or_a_figure_that_does_not_circle_never_divides_by_zero():
    figure = FIGURES["calf-stretch"]
    switch = replace(first("calf-stretch", StepKind.SWITCH), duration=0)
    assert frame_at(figure, switch, 0.001).side == "left"  # and no ZeroDivisionError
    still_feet = replace(FIGURES["ankle-circles"], motion="hold")
    reps = replace(first("ankle-circles", StepKind.REPS), pace=0)
    assert frame_at(still_feet, reps, 5).shapes == frame_at(still_feet, reps, 6).shapes
    circling = moment_at(FIGURES["ankle-circles"], reps, 5)
    assert circling.side == "right"


def test_without_a_step_the_still_picture_is_shown():
    figure = FIGURES["knee-to-chest"]
    assert frame_at(figure, None, 3).side == "right"
    assert frame_at(figure, None, 3).shapes == frame_at(figure, None, 9).shapes


@pytest.mark.parametrize("exercise_id", ["ankle-circles", "seated-twist", "calf-stretch"])
def test_the_quick_paths_draw_exactly_what_the_full_drawing_does(exercise_id):
    """Held poses come from a cache and circling feet redraw only the foot: the frames
    must be the ones drawing the moment in full would give."""
    figure = FIGURES[exercise_id]
    for step in steps_of(exercise_id):
        for elapsed in (0.0, 1.0, EASE_SECONDS + 0.5, step.duration * 0.37, step.duration * 0.8):
            now = moment_at(figure, step, elapsed)
            full = drawing(figure, now.side, now.skeleton, now.chest, now.circle)
            assert frame_at(figure, step, elapsed).shapes == full, (step.kind, elapsed)
