"""One body with fixed proportions, posed by the angles of its trunk and neck and
by where its hands and feet rest; knees and elbows are solved for the bones' lengths.

A pose is written for the right side. The left side is the same pose on the
body's other side (`mirrored`), so the picture of it is the real left side.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kneecoach.core.figures import geometry as g
from kneecoach.core.figures.geometry import Matrix, Vec


@dataclass(frozen=True)
class Body:
    """The proportions, in metres: the same for every exercise."""

    hip_half_width: float = 0.09
    shoulder_half_width: float = 0.18
    trunk: float = 0.50  # between the hips' and the shoulders' centres
    neck: float = 0.25  # from the shoulders' centre to the head's
    head_radius: float = 0.115
    upper_arm: float = 0.29
    forearm: float = 0.25
    thigh: float = 0.44
    shin: float = 0.43
    heel: float = 0.05  # behind the ankle
    toes: float = 0.18  # ahead of the ankle
    ankle_height: float = 0.085  # the ankle above the sole
    hand: float = 0.045  # the hand's centre, beyond the wrist


BODY = Body()
SIDES = ("right", "left")
LIMBS = ("right_arm", "left_arm", "right_leg", "left_leg")
SHOULDER_RISE = 0.012  # how far the shoulders lift at the top of a breath


@dataclass(frozen=True)
class Limb:
    """Where a hand (wrist) or foot (ankle) is put, and which way the elbow or knee points."""

    end: Vec
    bend: Vec  # a world direction the middle joint bends towards
    # Feet only: pitch (toes up), yaw (toes to the right) and inversion (sole
    # turned towards the other foot), in degrees.
    foot: Vec = (0.0, 0.0, 0.0)


@dataclass(frozen=True)
class Pose:
    pelvis: Vec  # the point between the hip joints
    turn: Vec  # the pelvis: yaw (to the right), pitch (forwards), roll (to the right)
    trunk: Vec  # against the pelvis: bend forwards, twist to the right, lean to the right
    neck: tuple[float, float]  # bend forwards, turn to the right
    limbs: dict[str, Limb] = field(default_factory=dict)
    chest: float = 0.0  # 0 breathed out … 1 breathed in


@dataclass(frozen=True)
class Skeleton:
    """Every joint of a posed body, in world coordinates."""

    joints: dict[str, Vec]
    pelvis_frame: Matrix
    trunk_frame: Matrix
    head_frame: Matrix
    feet: dict[str, Matrix]  # side → the foot's frame: x across, y off the sole, z to the toes


def solve(pose: Pose, body: Body = BODY) -> Skeleton:
    pelvis_frame = g.frame(*pose.turn)
    trunk_frame = g.compose(pelvis_frame, g.frame(pose.trunk[1], pose.trunk[0], pose.trunk[2]))
    head_frame = g.compose(trunk_frame, g.frame(pose.neck[1], pose.neck[0], 0.0))
    right, up = g.column(pelvis_frame, 0), g.column(trunk_frame, 1)
    shoulders = g.along(pose.pelvis, up, body.trunk + SHOULDER_RISE * pose.chest)
    across = g.column(trunk_frame, 0)
    joints = {
        "pelvis": pose.pelvis,
        "shoulders": shoulders,
        "head": g.along(shoulders, g.column(head_frame, 1), body.neck),
        "right_hip": g.along(pose.pelvis, right, body.hip_half_width),
        "left_hip": g.along(pose.pelvis, right, -body.hip_half_width),
        "right_shoulder": g.along(shoulders, across, body.shoulder_half_width),
        "left_shoulder": g.along(shoulders, across, -body.shoulder_half_width),
    }
    feet = {}
    for side in SIDES:
        arm, leg = pose.limbs[f"{side}_arm"], pose.limbs[f"{side}_leg"]
        shoulder, hip = joints[f"{side}_shoulder"], joints[f"{side}_hip"]
        elbow, wrist = g.two_bone(shoulder, arm.end, body.upper_arm, body.forearm, arm.bend)
        knee, ankle = g.two_bone(hip, leg.end, body.thigh, body.shin, leg.bend)
        joints |= {f"{side}_elbow": elbow, f"{side}_wrist": wrist}
        joints |= {f"{side}_knee": knee, f"{side}_ankle": ankle}
        feet[side] = foot_frame(leg.foot, side)
        joints |= foot_points(ankle, feet[side], body, side)
    return Skeleton(joints, pelvis_frame, trunk_frame, head_frame, feet)


@lru_cache(maxsize=512)
def foot_frame(angles: Vec, side: str) -> Matrix:
    pitch, yaw, inversion = angles
    # Inversion turns the right sole towards the left (−x), the left sole towards the right.
    roll = inversion if side == "right" else -inversion
    return g.compose(g.compose(g.turn_about_y(yaw), g.turn_about_x(-pitch)), g.turn_about_z(roll))


def foot_points(ankle: Vec, frame: Matrix, body: Body, side: str) -> dict[str, Vec]:
    """Heel, toes, the middle of the sole and its inner arch, for a foot turned by `frame`."""
    toes_way, sole_way = g.column(frame, 2), g.scale(g.column(frame, 1), -1.0)
    inward = g.scale(g.column(frame, 0), -1.0 if side == "right" else 1.0)
    sole = g.along(ankle, sole_way, body.ankle_height)
    return {
        f"{side}_heel": g.along(sole, toes_way, -body.heel),
        f"{side}_toes": g.along(sole, toes_way, body.toes),
        f"{side}_sole": g.along(sole, toes_way, body.toes * 0.35),
        f"{side}_arch": g.along(g.along(sole, toes_way, body.toes * 0.3), inward, 0.04),
    }


def mirrored(pose: Pose) -> Pose:
    """The same pose on the body's other side."""
    yaw, pitch, roll = pose.turn
    bend, twist, lean = pose.trunk
    limbs = {}
    for name, limb in pose.limbs.items():
        side, part = name.split("_")
        other = "left" if side == "right" else "right"
        pitch_foot, yaw_foot, inversion = limb.foot
        limbs[f"{other}_{part}"] = Limb(
            g.mirror(limb.end), g.mirror(limb.bend), (pitch_foot, -yaw_foot, inversion)
        )
    return replace(
        pose,
        pelvis=g.mirror(pose.pelvis),
        turn=(-yaw, pitch, -roll),
        trunk=(bend, -twist, -lean),
        neck=(pose.neck[0], -pose.neck[1]),
        limbs=limbs,
    )


def blend(a: Pose, b: Pose, t: float) -> Pose:
    """The pose `t` of the way from `a` to `b`; every bone keeps its length on the way."""
    limbs = {
        name: Limb(
            g.lerp(limb.end, b.limbs[name].end, t),
            g.lerp(limb.bend, b.limbs[name].bend, t),
            g.lerp(limb.foot, b.limbs[name].foot, t),
        )
        for name, limb in a.limbs.items()
    }
    return Pose(
        g.lerp(a.pelvis, b.pelvis, t),
        g.lerp(a.turn, b.turn, t),
        g.lerp(a.trunk, b.trunk, t),
        (a.neck[0] + (b.neck[0] - a.neck[0]) * t, a.neck[1] + (b.neck[1] - a.neck[1]) * t),
        limbs,
        a.chest + (b.chest - a.chest) * t,
    )


def circled(skeleton: Skeleton, side: str, turns: float, width: float) -> Skeleton:
    """The skeleton with the foot on `side` `turns` of the way round its circle.

    Positive turns go clockwise as the person sees their own foot, looking down at
    it from their eyes; negative, the other way. At whole turns the foot is back
    where the pose put it.
    """
    joints = skeleton.joints
    rest = skeleton.feet[side]
    toes_way, top, across = g.column(rest, 2), g.column(rest, 1), g.column(rest, 0)
    sight = g.unit(g.sub(joints[f"{side}_ankle"], joints["head"]))
    if g.dot(g.cross(top, across), sight) < 0:  # clockwise as the person looks along `sight`
        across = g.scale(across, -1.0)
    angle = 2 * math.pi * turns
    centre = g.along(toes_way, top, -width)
    toes = g.unit(
        g.add(
            centre,
            g.add(g.scale(top, width * math.cos(angle)), g.scale(across, width * math.sin(angle))),
        )
    )
    up = g.unit(g.sub(top, g.scale(toes, g.dot(top, toes))))
    x = g.cross(up, toes)
    frame = ((x[0], up[0], toes[0]), (x[1], up[1], toes[1]), (x[2], up[2], toes[2]))
    new_joints = dict(joints) | foot_points(joints[f"{side}_ankle"], frame, BODY, side)
    return replace(skeleton, joints=new_joints, feet=skeleton.feet | {side: frame})
