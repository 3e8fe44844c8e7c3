"""A posed skeleton seen by the camera, as flat shapes in the picture's 400 × 300 units.

Parts are drawn from the farthest to the nearest. The limbs nearer the camera get
the light colour and the farther ones the dark, so left and right read at a glance.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from kneecoach.core.figures import geometry as g
from kneecoach.core.figures.geometry import Point, Vec
from kneecoach.core.figures.model import BODY, SIDES, Skeleton
from kneecoach.core.figures.projection import Projector
from kneecoach.core.figures.scene import Prop

# Thicknesses in metres; multiplied by the figure's scale.
WIDTHS = {"leg": 0.13, "foot": 0.075, "arm": 0.07, "sleeve": 0.105, "neck": 0.09}
TORSO_DEPTH = (0.07, 0.09)  # half the body's depth at the hips and at the chest
TORSO_EDGE = 0.08  # the rounded outline around the torso's box
GAP = 0.035  # a rim of background colour around each limb, so a limb reads across the torso
CHEST_SWELL = 0.02  # how much thicker the outline is at the top of a breath
HAND_RADIUS, HAIR_RADIUS, FACE_RADIUS = 0.048, 0.125, 0.108
ARROW_WIDTH, ARROW_HEAD, ARROW_HALF_WIDTH = 0.035, 0.10, 0.062
_OCTAGON = tuple((math.cos(math.pi * i / 4), math.sin(math.pi * i / 4)) for i in range(8))
SMALL = 1.6  # limbs this much thicker in a thumbnail, so they still read at 48 px


@dataclass(frozen=True)
class Shape:
    kind: str  # line, polyline, polygon, circle or rect
    points: tuple[Point, ...]  # rect: top-left and size; circle: the centre
    colour: str  # a colour role
    width: float = 0.0  # stroke width; 0 fills the shape
    radius: float = 0.0  # a circle's radius, a rect's corner radius


def prop_shapes(props: Sequence[Prop], view: Projector) -> list[Shape]:
    shapes = []
    for prop in props:
        points = tuple(view.point(v) for v in prop.points)
        if prop.kind == "line":
            shapes.append(Shape("line", points, prop.colour, prop.width * view.fit.scale))
        else:
            shapes.append(Shape("polygon", points, prop.colour))
    return shapes


def shadows(skeleton: Skeleton, view: Projector) -> list[Shape]:
    """Each foot's shadow on the floor: apart from the foot when it is lifted."""
    width = WIDTHS["foot"] * view.fit.scale
    return [Shape("line", shadow_points(skeleton, s, view), "shadow", width) for s in SIDES]


def shadow_points(skeleton: Skeleton, side: str, view: Projector) -> tuple[Point, ...]:
    """Under the ankle, along the way the hips face: it stays put while a foot circles."""
    x, _, z = skeleton.joints[f"{side}_ankle"]
    forward = g.column(skeleton.pelvis_frame, 2)
    way = g.unit((forward[0], 0.0, forward[2]))
    return tuple(
        view.point((x + way[0] * reach, 0.0, z + way[2] * reach))
        for reach in (-BODY.heel, BODY.toes * 0.8)
    )


def foot_points(skeleton: Skeleton, side: str, view: Projector) -> tuple[Point, ...]:
    """The foot's line: from the ankle to the heel and on to the toes, half its
    thickness above the sole."""
    joints, p = skeleton.joints, view.point
    lift = g.scale(g.column(skeleton.feet[side], 1), WIDTHS["foot"] / 2 * 0.9)
    heel = p(g.add(joints[f"{side}_heel"], lift))
    toes = p(g.add(joints[f"{side}_toes"], lift))
    return (p(joints[f"{side}_ankle"]), heel, toes)


def body_shapes(
    skeleton: Skeleton, view: Projector, chest: float = 0.0, small: bool = False
) -> list[Shape]:
    """The body, back to front; in a thumbnail the limbs are thicker and the face left out."""
    joints, depth = skeleton.joints, view.depth
    k = view.fit.scale * (SMALL if small else 1.0)
    near_leg = max(SIDES, key=lambda s: (depth(joints[f"{s}_hip"]), s == "right"))
    near_arm = max(SIDES, key=lambda s: (depth(joints[f"{s}_shoulder"]), s == "right"))
    parts: list[tuple[float, list[Shape]]] = []
    for side in SIDES:
        colour = "near" if side == near_leg else "far"
        names = (f"{side}_hip", f"{side}_knee", f"{side}_ankle")
        leg = _leg(skeleton, side, view, colour, k)
        parts.append((_mean_depth(view, joints, names), leg))
        colour = "near" if side == near_arm else "far"
        # An arm is as near as its hand: hands behind a thigh are drawn behind it.
        hand = depth(joints[f"{side}_wrist"])
        parts.append((hand, _arm(joints, side, view, colour, k)))
    torso = _torso(skeleton, view, k, chest)
    parts.append((_mean_depth(view, joints, ("pelvis", "shoulders")), torso))
    parts.sort(key=lambda part: part[0])
    shapes = [shape for _, part in parts for shape in part]
    shapes.extend(_head(skeleton, view, k, small))
    return shapes


def _mean_depth(view: Projector, joints: dict[str, Vec], names: Sequence[str]) -> float:
    return sum(view.depth(joints[n]) for n in names) / len(names)


def _leg(skeleton: Skeleton, side: str, view: Projector, colour: str, k: float) -> list[Shape]:
    joints, p = skeleton.joints, view.point
    leg = tuple(p(joints[f"{side}_{n}"]) for n in ("hip", "knee", "ankle"))
    return [
        *_rim(leg, colour, WIDTHS["leg"] * k, k),
        Shape("polyline", leg, colour, WIDTHS["leg"] * k),
        Shape("polyline", foot_points(skeleton, side, view), colour, WIDTHS["foot"] * k),
    ]


def _rim(points: tuple[Point, ...], colour: str, width: float, k: float) -> list[Shape]:
    """A rim of background round a near limb, where it crosses the torso or the other
    limbs; the far limbs lie behind everything and need none."""
    return [Shape("polyline", points, "gap", width + GAP * k)] if colour == "near" else []


def _arm(joints: dict[str, Vec], side: str, view: Projector, colour: str, k: float) -> list[Shape]:
    shoulder, elbow, wrist = (joints[f"{side}_{n}"] for n in ("shoulder", "elbow", "wrist"))
    hand = g.along(wrist, g.unit(g.sub(wrist, elbow)), BODY.hand)
    p = view.point
    arm = (p(shoulder), p(elbow), p(wrist))
    return [
        *_rim(arm, colour, WIDTHS["arm"] * k, k),
        Shape("polyline", arm, "skin", WIDTHS["arm"] * k),
        Shape("line", (p(shoulder), p(g.lerp(shoulder, elbow, 0.6))), colour, WIDTHS["sleeve"] * k),
        Shape("circle", (p(hand),), "skin", radius=HAND_RADIUS * k),
    ]


def _torso(skeleton: Skeleton, view: Projector, k: float, chest: float) -> list[Shape]:
    """A box from the hips to the shoulders, turned with the pelvis below and the chest
    above: its outline shows a twist from the front as well as a lean from the side."""
    joints = skeleton.joints
    corners = []
    for frame, middle, half_width, half_depth in (
        (skeleton.pelvis_frame, joints["pelvis"], 0.13, TORSO_DEPTH[0]),
        (skeleton.trunk_frame, joints["shoulders"], 0.16, TORSO_DEPTH[1]),
    ):
        across, forward = g.column(frame, 0), g.column(frame, 2)
        for a in (-half_width, half_width):
            for f in (-half_depth, half_depth):
                corners.append(view.point(g.add(g.along(middle, across, a), g.scale(forward, f))))
    # Round corners: each corner widened to a small octagon, then the outline around them
    # filled (a filled outline draws faster than a thick stroke around it).
    radius = (TORSO_EDGE + CHEST_SWELL * chest) * k / 2
    rounded = [(x + radius * c, y + radius * s) for x, y in corners for c, s in _OCTAGON]
    return [Shape("polygon", _hull(rounded), "near")]


def _head(skeleton: Skeleton, view: Projector, k: float, small: bool) -> list[Shape]:
    joints, p = skeleton.joints, view.point
    head, frame = joints["head"], skeleton.head_frame
    face_way, up = g.column(frame, 2), g.column(frame, 1)
    neck = Shape("line", (p(joints["shoulders"]), p(head)), "skin", WIDTHS["neck"] * k)
    hair_at = g.add(g.along(head, face_way, -0.025), g.scale(up, 0.015))
    face_at = g.along(head, face_way, 0.03)
    # Turned away from the camera, the face is hidden behind the head.
    looking_at_camera = view.depth(face_way) > -0.15
    if small:  # one round head reads better than a face at thumbnail size
        colour = "skin" if looking_at_camera else "hair"
        return [neck, Shape("circle", (p(head),), colour, radius=HAIR_RADIUS * view.fit.scale)]
    hair = Shape("circle", (p(hair_at),), "hair", radius=HAIR_RADIUS * k)
    face = Shape("circle", (p(face_at),), "skin", radius=FACE_RADIUS * k)
    return [neck, hair, face] if looking_at_camera else [neck, hair]


def arrow_shapes(path: Sequence[Point], both: bool, scale: float) -> list[Shape]:
    heads = [_head_of_arrow(path[-2], path[-1], scale)]
    if both:
        heads.append(_head_of_arrow(path[1], path[0], scale))
    return [Shape("polyline", tuple(path), "arrow", ARROW_WIDTH * scale), *heads]


def _head_of_arrow(before: Point, end: Point, scale: float) -> Shape:
    """A filled triangle whose tip lies a little beyond the end of the shaft."""
    dx, dy = end[0] - before[0], end[1] - before[1]
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    dx, dy = dx / length, dy / length
    size, half = ARROW_HEAD * scale, ARROW_HALF_WIDTH * scale
    tip = (end[0] + dx * size * 0.6, end[1] + dy * size * 0.6)
    base = (tip[0] - dx * size, tip[1] - dy * size)
    left, right = (
        (base[0] - dy * half, base[1] + dx * half),
        (base[0] + dy * half, base[1] - dx * half),
    )
    return Shape("polygon", (tip, left, right), "arrow")


def bezier(start: Point, control: Point, end: Point, count: int = 12) -> tuple[Point, ...]:
    points = []
    for i in range(count + 1):
        t = i / count
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        points.append(
            (a * start[0] + b * control[0] + c * end[0], a * start[1] + b * control[1] + c * end[1])
        )
    return tuple(points)


def _hull(points: list[Point]) -> tuple[Point, ...]:
    """The convex outline of `points`, anticlockwise (Andrew's monotone chain)."""
    ordered = sorted(set(points))
    if len(ordered) < 3:
        return tuple(ordered)

    def turn(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    upper: list[Point] = []
    for chain, sequence in ((lower, ordered), (upper, ordered[::-1])):
        for point in sequence:
            while len(chain) >= 2 and turn(chain[-2], chain[-1], point) <= 0:
                chain.pop()
            chain.append(point)
    return tuple(lower[:-1] + upper[:-1])
