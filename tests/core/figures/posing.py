"""Measuring a posed body the way a physiotherapist reads a picture: which foot is
on the floor, how bent a knee is, which way the hips face."""

from __future__ import annotations

import math

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.figures import geometry as g
from kneecoach.core.figures.animation import Moment, moment_at
from kneecoach.core.figures.model import Skeleton, blend, solve
from kneecoach.core.figures.parsing import load_figures
from kneecoach.core.routine import Step, Timings, build_steps, single_exercise_routine

FIGURES = load_figures()
CATALOGUE = load_catalogue()
ON_FLOOR = 0.015  # metres: a sole this close to the floor stands on it
LIFTED = 0.05  # a foot whose sole is all this far above the floor is lifted


def posed(figure_id: str, side: str, moment: str) -> Skeleton:
    return solve(FIGURES[figure_id].pose(side, moment))


def between(figure_id: str, side: str, t: float) -> Skeleton:
    """The body `t` of the way from the start to the held position."""
    figure = FIGURES[figure_id]
    return solve(blend(figure.pose(side, "start"), figure.pose(side, "hold"), t))


def wall_z(figure_id: str) -> float:
    """Where the face of the figure's wall is: the tall prop in front of the body."""
    (wall,) = [
        prop for prop in FIGURES[figure_id].props if abs(prop.points[0][1] - prop.points[-1][1]) > 1
    ]
    return wall.points[0][2] - wall.width / 2


def at(figure_id: str, step: Step, elapsed: float) -> Moment:
    return moment_at(FIGURES[figure_id], step, elapsed)


def steps_of(exercise_id: str) -> list[Step]:
    return build_steps(single_exercise_routine(CATALOGUE.get(exercise_id)), Timings())


def other(side: str) -> str:
    return "left" if side == "right" else "right"


def lowest(skeleton: Skeleton, side: str) -> float:
    """The height of the lowest point of the foot's sole."""
    return min(skeleton.joints[f"{side}_{p}"][1] for p in ("heel", "toes"))


def flat_on_floor(skeleton: Skeleton, side: str) -> bool:
    heel, toes = (skeleton.joints[f"{side}_{p}"][1] for p in ("heel", "toes"))
    return -0.005 <= heel <= ON_FLOOR and -0.005 <= toes <= ON_FLOOR


def lifted(skeleton: Skeleton, side: str) -> bool:
    return lowest(skeleton, side) >= LIFTED


def knee_angle(skeleton: Skeleton, side: str) -> float:
    """180 for a straight leg."""
    j = skeleton.joints
    return g.angle_at(j[f"{side}_hip"], j[f"{side}_knee"], j[f"{side}_ankle"])


def elbow_angle(skeleton: Skeleton, side: str) -> float:
    j = skeleton.joints
    return g.angle_at(j[f"{side}_shoulder"], j[f"{side}_elbow"], j[f"{side}_wrist"])


def yaw(a: g.Vec, b: g.Vec) -> float:
    """Which way the line from left point `a` to right point `b` faces, in degrees:
    0 facing forwards, positive turned to the person's right."""
    return math.degrees(math.atan2(-(b[2] - a[2]), b[0] - a[0]))


def lean(skeleton: Skeleton) -> float:
    """How far the trunk tips forwards from upright, in degrees."""
    j = skeleton.joints
    up = g.unit(g.sub(j["shoulders"], j["pelvis"]))
    return math.degrees(math.atan2(up[2], up[1]))


def distance_to_segment(point: g.Vec, a: g.Vec, b: g.Vec) -> float:
    along = g.sub(b, a)
    t = max(0.0, min(1.0, g.dot(g.sub(point, a), along) / g.dot(along, along)))
    return g.norm(g.sub(point, g.along(a, along, t)))


def hand(skeleton: Skeleton, side: str) -> g.Vec:
    """The middle of the hand, a little beyond the wrist."""
    j = skeleton.joints
    return g.along(j[f"{side}_wrist"], g.unit(g.sub(j[f"{side}_wrist"], j[f"{side}_elbow"])), 0.045)


def chest(skeleton: Skeleton) -> g.Vec:
    """The front of the chest: two thirds up the trunk, on the front of the body."""
    j = skeleton.joints
    middle = g.lerp(j["pelvis"], j["shoulders"], 0.65)
    return g.along(middle, g.column(skeleton.trunk_frame, 2), 0.11)


def bone_lengths(skeleton: Skeleton) -> dict[str, float]:
    j = skeleton.joints
    lengths = {"trunk": math.dist(j["pelvis"], j["shoulders"])}
    for side in ("right", "left"):
        pairs = {
            "thigh": ("hip", "knee"),
            "shin": ("knee", "ankle"),
            "upper arm": ("shoulder", "elbow"),
            "forearm": ("elbow", "wrist"),
            "foot": ("heel", "toes"),
        }
        for bone, (a, b) in pairs.items():
            lengths[f"{side} {bone}"] = math.dist(j[f"{side}_{a}"], j[f"{side}_{b}"])
    lengths["hips"] = math.dist(j["right_hip"], j["left_hip"])
    lengths["shoulders"] = math.dist(j["right_shoulder"], j["left_shoulder"])
    return lengths


def shoelace(points: list[tuple[float, float]]) -> float:
    """Twice the signed area: positive when the path turns from the first axis to the second."""
    return sum(
        x1 * y2 - x2 * y1
        for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True)
    )
