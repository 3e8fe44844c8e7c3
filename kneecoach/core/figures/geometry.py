"""Vectors in 3D, turns about the body's axes, and the two-bone reach of a limb.

World axes: x to the person's right as they start, y up, z the way they face;
lengths in metres, the floor at y = 0.
"""

from __future__ import annotations

import math
from functools import lru_cache

Vec = tuple[float, float, float]
Matrix = tuple[Vec, Vec, Vec]  # rows
Point = tuple[float, float]  # on the picture, in art units, y down

IDENTITY: Matrix = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def norm(a: Vec) -> float:
    return math.sqrt(dot(a, a))


def unit(a: Vec) -> Vec:
    length = norm(a) or 1.0
    return (a[0] / length, a[1] / length, a[2] / length)


def lerp(a: Vec, b: Vec, t: float) -> Vec:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def along(origin: Vec, direction: Vec, distance: float) -> Vec:
    return add(origin, scale(direction, distance))


def mirror(a: Vec) -> Vec:
    """The point on the body's other side: left and right swap, nothing else."""
    return (-a[0], a[1], a[2])


def apply(m: Matrix, v: Vec) -> Vec:
    return (dot(m[0], v), dot(m[1], v), dot(m[2], v))


def compose(a: Matrix, b: Matrix) -> Matrix:
    """The turn `b` made inside the frame `a` (a · b)."""
    columns = [apply(a, (b[0][j], b[1][j], b[2][j])) for j in range(3)]
    return (
        (columns[0][0], columns[1][0], columns[2][0]),
        (columns[0][1], columns[1][1], columns[2][1]),
        (columns[0][2], columns[1][2], columns[2][2]),
    )


def turn_about_y(degrees: float) -> Matrix:
    """Positive turns the front towards the right (clockwise seen from above)."""
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))


def turn_about_x(degrees: float) -> Matrix:
    """Positive tips the top forwards: up goes towards the front."""
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))


def turn_about_z(degrees: float) -> Matrix:
    """Positive tips the top towards the right."""
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((c, s, 0.0), (-s, c, 0.0), (0.0, 0.0, 1.0))


@lru_cache(maxsize=512)  # poses reuse their angles frame after frame
def frame(yaw: float, pitch: float, roll: float) -> Matrix:
    """Turned `yaw` about the vertical, then tipped `pitch` forwards and `roll` to the right."""
    return compose(compose(turn_about_y(yaw), turn_about_x(pitch)), turn_about_z(roll))


def column(m: Matrix, index: int) -> Vec:
    return (m[0][index], m[1][index], m[2][index])


def two_bone(root: Vec, target: Vec, upper: float, lower: float, towards: Vec) -> tuple[Vec, Vec]:
    """The middle joint and the end of a limb reaching from `root` to `target`.

    The middle joint (knee, elbow) bends towards the direction `towards`; out of
    reach, the limb points at the target as straight as it can. The bones keep
    their lengths whatever is asked.
    """
    offset = sub(target, root)
    reach = norm(offset)
    distance = max(abs(upper - lower) + 1e-6, min(upper + lower - 1e-6, reach))
    axis = unit(offset) if reach > 1e-9 else (0.0, -1.0, 0.0)
    side = sub(towards, scale(axis, dot(towards, axis)))
    if norm(side) < 1e-9:  # asked to bend along the limb itself: any side will do
        side = cross(axis, (1.0, 0.0, 0.0) if abs(axis[0]) < 0.9 else (0.0, 0.0, 1.0))
    side = unit(side)
    x = (upper * upper - lower * lower + distance * distance) / (2 * distance)
    h = math.sqrt(max(0.0, upper * upper - x * x))
    middle = add(along(root, axis, x), scale(side, h))
    return middle, along(root, axis, distance)


def angle_at(a: Vec, b: Vec, c: Vec) -> float:
    """The angle abc in degrees: 180 for a straight limb."""
    u, v = unit(sub(a, b)), unit(sub(c, b))
    return math.degrees(math.acos(max(-1.0, min(1.0, dot(u, v)))))


def ease(t: float) -> float:
    t = max(0.0, min(1.0, t))
    return t * t * (3 - 2 * t)
