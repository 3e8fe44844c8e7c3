"""Every picture says what its exercise's words say: the article's claims as geometry,
asserted on the posed skeleton. `pytest -k pose` runs them."""

from __future__ import annotations

import math
import statistics

import pytest

from kneecoach.core.routine import StepKind
from tests.core.figures import posing as p
from tests.core.figures.posing import FIGURES, g, other, posed

SIDES = ("right", "left")
MOMENTS = ("start", "hold")


def test_pose_limb_lengths_are_the_same_in_every_pose_of_every_exercise():
    lengths: dict[str, list[tuple[float, str]]] = {}
    for figure_id in FIGURES:
        for side in SIDES:
            for t in (0.0, 0.5, 1.0):
                for bone, length in p.bone_lengths(p.between(figure_id, side, t)).items():
                    lengths.setdefault(bone.removeprefix("right ").removeprefix("left "), [])
                    lengths[bone.removeprefix("right ").removeprefix("left ")].append(
                        (length, f"{figure_id} {side} t={t}")
                    )
    for bone, measured in lengths.items():
        typical = statistics.median(length for length, _ in measured)
        for length, where in measured:
            assert length == pytest.approx(typical, rel=0.02), f"{bone} in {where}"


@pytest.mark.parametrize("side", SIDES)
def test_pose_no_part_of_the_body_goes_through_the_floor(side):
    for figure_id in FIGURES:
        for moment in MOMENTS:
            for name, point in posed(figure_id, side, moment).joints.items():
                assert point[1] >= -0.005, f"{figure_id} {side} {moment}: {name}"


@pytest.mark.parametrize("side", SIDES)
def test_pose_ankle_circles_sit_with_both_feet_down_then_lift_one(side):
    start, hold = posed("ankle-circles", side, "start"), posed("ankle-circles", side, "hold")
    assert p.flat_on_floor(start, "right") and p.flat_on_floor(start, "left")
    assert p.lifted(hold, side), "the circling foot is off the floor"
    assert p.flat_on_floor(hold, other(side)), "the other foot rests on the floor"


def test_pose_each_ankle_circles_in_turn_once_per_rep():
    for step in (s for s in p.steps_of("ankle-circles") if s.kind is StepKind.REPS):
        half = step.reps // 2
        for side, reps in (("right", range(1, half - 1)), ("left", range(half + 1, step.reps - 1))):
            for rep in reps:
                toes = []
                for quarter in range(4):
                    moment = p.at("ankle-circles", step, (rep + quarter / 4) * step.pace)
                    assert moment.side == side
                    assert p.lifted(moment.skeleton, side), (step.direction, rep, side)
                    assert p.flat_on_floor(moment.skeleton, other(side)), (step.direction, rep)
                    toes.append(moment.skeleton.joints[f"{side}_toes"])
                assert min(math.dist(a, b) for a in toes for b in toes if a != b) > 0.03
                rest = p.at("ankle-circles", step, rep * step.pace).skeleton
                again = p.at("ankle-circles", step, (rep + 1) * step.pace).skeleton
                assert rest.joints[f"{side}_toes"] == pytest.approx(
                    again.joints[f"{side}_toes"], abs=1e-6
                ), "one circle per rep"


@pytest.mark.parametrize("direction", ["clockwise", "counter-clockwise"])
def test_pose_ankle_circles_turn_the_way_named_as_the_person_sees_their_foot(direction):
    step = next(
        s
        for s in p.steps_of("ankle-circles")
        if s.kind is StepKind.REPS and s.direction == direction
    )
    for rep, side in ((1, "right"), (step.reps - 2, "left")):
        path, eyes = [], []
        for i in range(24):
            moment = p.at("ankle-circles", step, (rep + i / 24) * step.pace)
            path.append(moment.skeleton.joints[f"{side}_toes"])
            eyes.append((moment.skeleton.joints["head"], moment.skeleton.joints[f"{side}_ankle"]))
        head, ankle = eyes[0]
        # The person's own view: from their eyes down to the foot, "up" away from them.
        sight = g.unit(g.sub(ankle, head))
        right = g.unit(g.cross(sight, (0.0, 1.0, 0.0)))
        up = g.cross(right, sight)
        seen = [(g.dot(v, right), g.dot(v, up)) for v in path]
        turning = p.shoelace(seen)  # positive: anticlockwise, as y goes up
        assert (turning < 0) == (direction == "clockwise"), (side, turning)


@pytest.mark.parametrize("side", SIDES)
def test_pose_dorsiflexion_sole_of_the_bent_leg_at_the_inner_arch_of_the_extended_foot(side):
    for moment in MOMENTS:
        body = posed("dorsiflexion-stretch", side, moment)
        bent, j = other(side), body.joints
        assert p.knee_angle(body, side) >= 160, "the leg is extended"
        assert p.knee_angle(body, bent) <= 145, "the other knee is bent"
        assert j[f"{side}_heel"][1] <= p.ON_FLOOR, "the extended leg's heel is down"
        assert j[f"{side}_toes"][1] > j[f"{side}_heel"][1] + 0.08, "its toes point up"
        sole = (j[f"{bent}_heel"], j[f"{bent}_toes"])
        assert p.distance_to_segment(j[f"{side}_arch"], *sole) <= 0.025
        # The sole faces the extended foot's inner side, not the floor.
        facing = g.scale(g.column(body.feet[bent], 1), -1.0)
        inner_side = g.column(body.feet[side], 0)  # x: the right foot's outer side
        inner_side = g.scale(inner_side, -1.0 if side == "right" else 1.0)
        assert g.dot(facing, inner_side) <= -0.6


@pytest.mark.parametrize("side", SIDES)
def test_pose_dorsiflexion_leans_forward_with_the_hands_down_the_shin(side):
    start, hold = (
        posed("dorsiflexion-stretch", side, "start"),
        posed("dorsiflexion-stretch", side, "hold"),
    )
    assert p.lean(hold) >= p.lean(start) + 30
    for hand_side in SIDES:
        shin = (hold.joints[f"{side}_knee"], hold.joints[f"{side}_ankle"])
        assert p.distance_to_segment(p.hand(hold, hand_side), *shin) <= 0.1


@pytest.mark.parametrize("side", SIDES)
def test_pose_seated_twist_turns_the_hips_against_the_chest_and_the_knees_to_the_side(side):
    start, hold = posed("seated-twist", side, "start"), posed("seated-twist", side, "hold")
    sign = 1 if side == "right" else -1
    j = hold.joints
    hips = p.yaw(j["left_hip"], j["right_hip"])
    chest = p.yaw(j["left_shoulder"], j["right_shoulder"])
    assert sign * hips >= 20, "the hips and knees turn to the side named"
    assert sign * (chest - hips) <= -20, "the torso turns against the hips"
    knees = g.lerp(j["right_knee"], j["left_knee"], 0.5)
    knees_before = g.lerp(start.joints["right_knee"], start.joints["left_knee"], 0.5)
    assert sign * (knees[0] - knees_before[0]) >= 0.12, "the knees swing to that side"
    assert sign * (knees[0] - j["pelvis"][0]) >= 0.12


@pytest.mark.parametrize("side", SIDES)
def test_pose_seated_twist_feet_down_to_start_then_lifted_arms_behind(side):
    start, hold = posed("seated-twist", side, "start"), posed("seated-twist", side, "hold")
    assert p.flat_on_floor(start, "right") and p.flat_on_floor(start, "left")
    assert p.lifted(hold, "right") and p.lifted(hold, "left")
    for body in (start, hold):
        for arm in SIDES:
            assert body.joints[f"{arm}_wrist"][2] < body.joints["pelvis"][2] - 0.1, "hands behind"
            assert p.elbow_angle(body, arm) >= 150, "arms extended"
        assert p.knee_angle(body, "right") <= 120 and p.knee_angle(body, "left") <= 120


@pytest.mark.parametrize("side", SIDES)
def test_pose_calf_stretch_back_leg_straight_heel_down_front_knee_bent(side):
    wall = p.wall_z("calf-stretch")
    for moment in MOMENTS:
        body = posed("calf-stretch", side, moment)
        assert p.flat_on_floor(body, "right") and p.flat_on_floor(body, "left"), moment
    hold = posed("calf-stretch", side, "hold")
    j, front = hold.joints, other(side)
    assert j[f"{side}_ankle"][2] <= j[f"{front}_ankle"][2] - 0.4, "the named leg is behind"
    assert p.knee_angle(hold, side) >= 172, "the back knee is straight"
    assert p.knee_angle(hold, front) <= 150, "the front knee is bent"
    # Back straight: the trunk in line with the back leg.
    leg = g.unit(g.sub(j[f"{side}_hip"], j[f"{side}_ankle"]))
    trunk = g.unit(g.sub(j["shoulders"], j["pelvis"]))
    assert math.degrees(math.acos(g.dot(leg, trunk))) <= 12
    for arm in SIDES:
        assert p.hand(hold, arm)[2] >= wall - 0.08, "hands against the wall"
        assert abs(j[f"{arm}_wrist"][1] - j[f"{arm}_shoulder"][1]) <= 0.15, "at shoulder height"


def test_pose_calf_stretch_words_name_the_leg_the_picture_stretches():
    steps = " ".join(p.CATALOGUE.get("calf-stretch").steps)
    hold = posed("calf-stretch", "right", "hold")
    back = min(("right", "left"), key=lambda s: hold.joints[f"{s}_ankle"][2])
    assert f"{back} heel" in steps and f"{back} leg straight" in steps
    assert f"{other(back)} knee" in steps


@pytest.mark.parametrize("side", SIDES)
def test_pose_hip_flexor_front_knee_over_the_ankle_at_a_right_angle_hips_forward(side):
    start, hold = (
        posed("hip-flexor-stretch", side, "start"),
        posed("hip-flexor-stretch", side, "hold"),
    )
    j, front = hold.joints, other(side)
    assert 80 <= p.knee_angle(hold, front) <= 100
    assert abs(j[f"{front}_knee"][2] - j[f"{front}_ankle"][2]) <= 0.06, "knee over the ankle"
    assert p.flat_on_floor(hold, front), "the front foot flat on the ground"
    assert j[f"{side}_knee"][1] <= 0.16, "kneeling on the other knee"
    assert j[f"{side}_knee"][2] < j[f"{front}_ankle"][2] - 0.4, "the kneeling knee is behind"
    assert j["pelvis"][2] >= start.joints["pelvis"][2] + 0.08, "the hips pushed forward"
    assert j[f"{side}_knee"][2] <= j[f"{side}_hip"][2] - 0.08, "the kneeling hip is stretched"
    assert abs(p.lean(hold)) <= 10, "the back straight"


@pytest.mark.parametrize("side", SIDES)
def test_pose_knee_to_chest_knee_near_the_chest_hands_behind_the_thigh(side):
    start, hold = posed("knee-to-chest", side, "start"), posed("knee-to-chest", side, "hold")
    j = hold.joints
    assert math.dist(start.joints[f"{side}_knee"], p.chest(start)) >= 0.6
    assert math.dist(j[f"{side}_knee"], p.chest(hold)) <= 0.3, "the knee is near the chest"
    hip, knee, ankle = (j[f"{side}_{n}"] for n in ("hip", "knee", "ankle"))
    thigh = g.sub(knee, hip)
    axis = g.unit(thigh)
    # The back of the thigh is the side the folded shin lies on.
    towards_shin = g.sub(ankle, knee)
    behind = g.unit(g.sub(towards_shin, g.scale(axis, g.dot(towards_shin, axis))))
    for arm in SIDES:
        grip = g.sub(p.hand(hold, arm), hip)
        along = g.dot(grip, axis) / g.norm(thigh)
        across = g.sub(grip, g.scale(axis, g.dot(grip, axis)))
        assert 0.45 <= along <= 1.05, f"{arm} hand along the thigh, not on the shin"
        assert g.dot(across, behind) > 0.02, f"{arm} hand behind the thigh"
        assert g.norm(across) <= 0.13, f"{arm} hand on the thigh"


@pytest.mark.parametrize("side", SIDES)
def test_pose_knee_to_chest_lies_on_the_back_with_the_other_leg_straight(side):
    for moment in MOMENTS:
        body = posed("knee-to-chest", side, moment)
        j = body.joints
        assert abs(j["shoulders"][1] - j["pelvis"][1]) <= 0.05, "lying flat"
        assert g.column(body.trunk_frame, 2)[1] >= 0.9, "on the back, facing up"
        assert p.knee_angle(body, other(side)) >= 165
        assert j[f"{other(side)}_heel"][1] <= 0.04, "the straight leg rests on the mat"
