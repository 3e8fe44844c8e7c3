"""The camera each exercise is seen from, and the fit of the scene into the picture.

The projection is orthographic (no perspective): sizes stay true to the body's
proportions wherever a limb is, which is what an exercise sheet draws.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from kneecoach.core.figures import geometry as g
from kneecoach.core.figures.geometry import Point, Vec

ART_WIDTH, ART_HEIGHT = 400.0, 300.0  # the picture's own units
MARGIN = 12.0  # art units kept clear around the scene


@dataclass(frozen=True)
class Camera:
    """`azimuth` 0 looks at the person's front, 90 at their right side, 180 at their
    back; `elevation` raises the camera above the horizontal, in degrees."""

    azimuth: float
    elevation: float = 0.0

    def mirrored(self) -> Camera:
        return Camera(-self.azimuth, self.elevation)

    def axes(self) -> tuple[Vec, Vec, Vec]:
        """The picture's right and up, and the way towards the camera."""
        a, e = math.radians(self.azimuth), math.radians(self.elevation)
        towards = (math.cos(e) * math.sin(a), math.sin(e), math.cos(e) * math.cos(a))
        right = g.unit(g.cross((0.0, 1.0, 0.0), g.scale(towards, -1.0)))
        up = g.cross(g.scale(towards, -1.0), right)
        return right, up, towards


@dataclass(frozen=True)
class Fit:
    """Metres on the camera's plane → art units: scale, then the offset."""

    scale: float
    x: float
    y: float


class Projector:
    """Projects world points for one camera and one fit."""

    def __init__(self, camera: Camera, fit: Fit) -> None:
        self.right, self.up, self.towards = camera.axes()
        self.fit = fit

    def point(self, v: Vec) -> Point:
        f = self.fit
        return (f.x + g.dot(v, self.right) * f.scale, f.y - g.dot(v, self.up) * f.scale)

    def depth(self, v: Vec) -> float:
        """Larger is nearer the camera."""
        return g.dot(v, self.towards)


def fit_for(views: Iterable[tuple[Camera, Iterable[Vec]]], padding: float) -> Fit:
    """The largest scale at which every point of every view fits the picture, centred;
    `padding` (metres) leaves room for the limbs' thickness around the joints."""
    xs: list[float] = []
    ys: list[float] = []
    for camera, points in views:
        right, up, _ = camera.axes()
        for v in points:
            xs.append(g.dot(v, right))
            ys.append(g.dot(v, up))
    width = max(xs) - min(xs) + 2 * padding
    height = max(ys) - min(ys) + 2 * padding
    scale = min((ART_WIDTH - 2 * MARGIN) / width, (ART_HEIGHT - 2 * MARGIN) / height)
    middle_x, middle_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return Fit(scale, ART_WIDTH / 2 - middle_x * scale, ART_HEIGHT / 2 + middle_y * scale)
