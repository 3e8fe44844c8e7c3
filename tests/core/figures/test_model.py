"""The body: bones keep their lengths however a limb is asked to reach, and the
left side is the right side's pose on the body's other half."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kneecoach.core.figures import geometry as g
from kneecoach.core.figures.model import BODY, LIMBS, blend, mirrored, solve
from tests.core.figures.posing import FIGURES

coordinate = st.floats(-2, 2)
point = st.tuples(coordinate, coordinate, coordinate)


@given(root=point, target=point, bend=point)
def test_a_limb_keeps_its_bones_whatever_it_reaches_for(root, target, bend):
    middle, end = g.two_bone(root, target, BODY.thigh, BODY.shin, bend)
    assert math.dist(root, middle) == pytest.approx(BODY.thigh, abs=1e-6)
    assert math.dist(middle, end) == pytest.approx(BODY.shin, abs=1e-6)


def test_a_limb_within_reach_gets_there_and_bends_the_way_asked():
    middle, end = g.two_bone((0, 1, 0), (0, 0.3, 0.2), BODY.thigh, BODY.shin, (0, 0, 1))
    assert end == pytest.approx((0, 0.3, 0.2))
    assert middle[2] > 0.1  # the knee goes forwards, as asked


@pytest.mark.parametrize("figure_id", sorted(FIGURES))
def test_every_hand_and_foot_is_where_the_pose_puts_it(figure_id):
    for side in ("right", "left"):
        for moment in ("start", "hold"):
            pose = FIGURES[figure_id].pose(side, moment)
            joints = solve(pose).joints
            for limb in LIMBS:
                end = joints[limb.replace("arm", "wrist").replace("leg", "ankle")]
                assert math.dist(end, pose.limbs[limb].end) <= 0.02, (side, moment, limb)


@pytest.mark.parametrize("figure_id", sorted(FIGURES))
@given(t=st.floats(0, 1))
def test_the_left_side_is_the_right_side_on_the_other_half_of_the_body(figure_id, t):
    figure = FIGURES[figure_id]
    pose = blend(figure.start, figure.hold, t)
    right, left = solve(pose).joints, solve(mirrored(pose)).joints
    for name, place in right.items():
        other = name.replace("right_", "LEFT_").replace("left_", "right_").replace("LEFT_", "left_")
        assert left[other] == pytest.approx(g.mirror(place), abs=1e-9), name
    assert mirrored(mirrored(pose)) == pose
