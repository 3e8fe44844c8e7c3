"""The pose model: every exercise has a figure, limbs keep their length, motion follows time."""

import math
import xml.etree.ElementTree as ElementTree
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kneecoach.core import figures
from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.cues import breath_at
from kneecoach.core.figures import (
    EASE_SECONDS,
    FigureError,
    blend,
    frame_at,
    joints,
    load_figures,
    parse_figure,
    still,
    to_svg,
)
from kneecoach.core.paths import resources_dir
from kneecoach.core.routine import StepKind, Timings, build_steps, single_exercise_routine

FIGURES = load_figures()
CATALOGUE = load_catalogue()


def steps_of(exercise_id):
    return build_steps(single_exercise_routine(CATALOGUE.get(exercise_id)), Timings())


def first(exercise_id, kind, side=""):
    return next(s for s in steps_of(exercise_id) if s.kind is kind and (not side or s.side == side))


def test_every_catalogue_exercise_has_a_figure_and_its_still_picture_is_current():
    assert set(FIGURES) == set(CATALOGUE.ids)
    for figure in FIGURES.values():
        assert figure.description
        committed = resources_dir() / "illustrations" / f"{figure.id}.svg"
        expected = to_svg(still(figure), figure.description)
        assert committed.read_text(encoding="utf-8") == expected, (
            f"{committed.name} is stale: run python tools/make_illustrations.py"
        )
        ElementTree.fromstring(expected.split("-->", 1)[1])  # well-formed XML


@pytest.mark.parametrize("figure_id", sorted(FIGURES))
@given(t=st.floats(0, 1), chest=st.floats(0, 1))
def test_limbs_keep_their_length_at_every_point_of_a_move(figure_id, t, chest):
    figure = FIGURES[figure_id]
    pose = replace(blend(figure.start, figure.hold, t), chest=chest)
    at = joints(figure, pose)
    for limb, (root, middle, end) in figures.LIMBS.items():
        upper, lower = figure.lengths[limb]
        assert math.dist(at[root], at[middle]) == pytest.approx(upper, abs=0.01)
        assert math.dist(at[middle], at[end]) == pytest.approx(lower, abs=0.01)
    torso = math.dist(figure.hold.points["hip"], figure.hold.points["shoulder"])
    rise = figures.SHOULDER_RISE * chest
    assert math.dist(at["hip"], at["shoulder"]) == pytest.approx(torso + rise, abs=0.01)


@pytest.mark.parametrize("figure_id", sorted(FIGURES))
def test_the_held_position_is_the_one_drawn_in_the_data(figure_id):
    figure = FIGURES[figure_id]
    at = joints(figure, figure.hold)
    for limb, (_, _, end) in figures.LIMBS.items():
        assert math.dist(at[end], figure.hold.points[end]) < 0.01, limb
    # Knees and elbows are solved, and come back where the art put them.
    for name in figures.BEND_POINTS:
        assert at[name] == pytest.approx(_bend_point(figure_id, name), abs=0.05)


def _bend_point(figure_id, name):
    import tomllib

    with open(resources_dir() / "figures.toml", "rb") as handle:
        return tuple(tomllib.load(handle)["figure"][figure_id]["hold"][name])


def test_a_hold_eases_in_then_breathes():
    figure = FIGURES["calf-stretch"]
    step = first("calf-stretch", StepKind.HOLD, "right")
    at_start = frame_at(figure, step, 0.0)
    eased = frame_at(figure, step, EASE_SECONDS)
    get_ready = frame_at(figure, first("calf-stretch", StepKind.GET_READY), 0)
    assert _points(at_start) == pytest.approx(_points(get_ready))  # no jump as the hold begins
    assert _points(at_start) != pytest.approx(_points(eased), abs=2)
    # The chest swells and settles in time with the breathing guide (4 s in, 6 s out).
    for elapsed in (0.0, 2.0, 4.0, 7.0, 10.0, 14.0):
        (torso,) = [s for s in frame_at(figure, step, elapsed).shapes if s.width >= 38]
        fullness = breath_at(elapsed)[1]
        assert torso.width == pytest.approx(38 + figures.CHEST_SWELL * fullness)


def _points(frame):
    return [coordinate for shape in frame.shapes for point in shape.points for coordinate in point]


def test_the_side_shown_is_the_side_held():
    figure = FIGURES["hip-flexor-stretch"]
    assert not frame_at(figure, first("hip-flexor-stretch", StepKind.HOLD, "right"), 5).mirrored
    assert frame_at(figure, first("hip-flexor-stretch", StepKind.HOLD, "left"), 5).mirrored
    switch = first("hip-flexor-stretch", StepKind.SWITCH)
    # A switch first eases out of the right side's stretch, then shows the left.
    assert not frame_at(figure, switch, 0.1).mirrored
    assert frame_at(figure, switch, switch.duration - 0.1).mirrored


def _toe(frame):
    feet = [s for s in frame.shapes if s.kind == "line" and s.width == figures.WIDTHS["foot"]]
    near_feet = [s for s in feet if s.colour == "near"]
    return near_feet[0].points[1]


def test_ankle_circles_turn_once_per_rep_and_change_direction_with_the_counter():
    figure = FIGURES["ankle-circles"]
    clockwise = first("ankle-circles", StepKind.REPS)
    counter = next(
        s for s in steps_of("ankle-circles") if s.direction == "counter-clockwise" and s.reps
    )
    assert clockwise.direction == "clockwise"
    pace = clockwise.pace
    rest = _toe(frame_at(figure, clockwise, 0))
    for rep in range(1, 4):  # back at rest as each rep is counted
        assert _toe(frame_at(figure, clockwise, rep * pace)) == pytest.approx(rest, abs=1e-6)
    quarter = _toe(frame_at(figure, clockwise, pace / 4))
    other_quarter = _toe(frame_at(figure, counter, pace / 4))
    assert quarter[1] > rest[1] + 3  # clockwise: the toes go down first
    assert other_quarter[1] < rest[1] - 3  # counter-clockwise: up first
    arrow = [s for s in frame_at(figure, clockwise, 0).shapes if s.colour == "arrow"]
    reverse = [s for s in frame_at(figure, counter, 0).shapes if s.colour == "arrow"]
    assert arrow[0].points == reverse[0].points[::-1]


def test_a_switch_or_a_figure_that_does_not_circle_never_divides_by_zero():
    figure = FIGURES["calf-stretch"]
    switch = replace(first("calf-stretch", StepKind.SWITCH), duration=0)
    assert frame_at(figure, switch, 0.001).mirrored  # and no ZeroDivisionError
    still_feet = replace(FIGURES["ankle-circles"], motion="hold")
    reps = replace(first("ankle-circles", StepKind.REPS), pace=0)
    assert frame_at(still_feet, reps, 5).shapes == frame_at(still_feet, reps, 6).shapes


def test_svg_numbers_keep_their_sign():
    assert [figures._number(v) for v in (-0.5, -0.04, 0.0, 2.0, 12.25)] == [
        "-0.5",
        "0",
        "0",
        "2",
        "12.2",
    ]


def test_bad_figures_are_reported_with_the_field():
    good = {
        "hold": {
            name: [i * 10.0, i * 7.0]
            for i, name in enumerate((*figures.POSE_POINTS, *figures.BEND_POINTS))
        }
    }
    cases = [
        ({"hold": {}}, "hold.hip"),
        ({**good, "motion": "spin"}, "motion"),
        ({**good, "order": ["tail"]}, "order"),
        ({**good, "start": {"elbow": [1, 2]}}, "start"),
        ({**good, "props": [{"circle": [1, 2]}]}, "props[0]"),
        ({**good, "props": [{"line": [1, 2, 3]}]}, "props[0]"),
        ({**good, "arrows": [{"curve": [1, 2]}]}, "arrows[0]"),
        ({"hold": {**good["hold"], "near_foot": "flat"}}, "hold.near_foot"),
        ({"hold": {**good["hold"], "near_knee": good["hold"]["hip"]}}, "hold.near_knee"),
    ]
    for entry, field_name in cases:
        with pytest.raises(FigureError) as caught:
            parse_figure("x", entry, "figures.toml")
        assert "figures.toml" in str(caught.value) and field_name in str(caught.value)


def test_an_unreadable_file_is_a_figure_error(tmp_path):
    path = tmp_path / "figures.toml"
    path.write_text("[figure.x\n")
    with pytest.raises(FigureError):
        load_figures(path)
