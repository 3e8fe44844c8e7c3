"""An exercise's figure: the body's two key poses, the camera, the props and the arrows."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from kneecoach.core.figures import geometry as g
from kneecoach.core.figures.geometry import Vec
from kneecoach.core.figures.model import Pose, Skeleton, mirrored, solve
from kneecoach.core.figures.projection import Camera, Fit, Projector, fit_for

MOTIONS = ("hold", "circles")
START, HOLD = "start", "hold"
PADDING = 0.14  # metres around the joints for the limbs' thickness and the head


@dataclass(frozen=True)
class Prop:
    kind: str  # "line" or "quad"
    points: tuple[Vec, ...]  # for the right side; mirrored for the left
    colour: str  # a colour role
    width: float = 0.0  # a line's thickness, metres


@dataclass(frozen=True)
class ArrowSpec:
    """An arrow along the path a joint takes from the start to the held pose, raised by
    `lift` (metres) and bowed by `bulge` (a share of its length); "circle": the path
    the toes of the circling foot trace, drawn a little larger."""

    joint: str
    lift: Vec = (0.0, 0.0, 0.0)
    bulge: float = 0.0
    both: bool = False


@dataclass(frozen=True, eq=False)  # compared by identity: pictures are cached per figure
class Figure:
    id: str
    start: Pose  # the right side; the left is mirrored
    hold: Pose
    camera: Camera
    camera_follows: bool  # True: for the left side the camera goes round with the body
    props: tuple[Prop, ...]
    arrows: tuple[ArrowSpec, ...]
    motion: str = "hold"  # "circles": one foot circles once per rep, the feet take turns
    circle: float = 0.35  # how wide the toes' circle is, against the foot's length
    shadows: bool = False  # the feet's shadows, where it matters that a foot is lifted
    thumbnail_camera: Camera | None = None  # a plainer view for a 48-px picture, if needed
    description: str = ""

    def pose(self, side: str, moment: str) -> Pose:
        pose = self.start if moment == START else self.hold
        return mirrored(pose) if side == "left" else pose

    def camera_for(self, side: str) -> Camera:
        return self.camera.mirrored() if side == "left" and self.camera_follows else self.camera

    def props_for(self, side: str) -> tuple[Prop, ...]:
        if side != "left":
            return self.props
        return tuple(
            Prop(p.kind, tuple(g.mirror(v) for v in p.points), p.colour, p.width)
            for p in self.props
        )

    @cached_property
    def fit(self) -> Fit:
        """One fit for every pose and side, so the figure never jumps in the picture."""
        views = []
        for side in ("right", "left"):
            points: list[Vec] = [v for prop in self.props_for(side) for v in prop.points]
            for moment in (START, HOLD):
                points.extend(solve(self.pose(side, moment)).joints.values())
            views.append((self.camera_for(side), points))
        return fit_for(views, PADDING)

    @cached_property
    def small_fit(self) -> Fit:
        """A thumbnail's fit: the held position and its props, the floor left out."""
        points = list(solve(self.pose("right", HOLD)).joints.values())
        points += [v for prop in self.props if prop.colour != "floor" for v in prop.points]
        return fit_for([(self.thumbnail_camera or self.camera, points)], PADDING * 0.8)

    def projector(self, side: str, small: bool = False) -> Projector:
        if small:  # thumbnails show the right side
            return Projector(self.thumbnail_camera or self.camera, self.small_fit)
        return Projector(self.camera_for(side), self.fit)


def joint_of(skeleton: Skeleton, name: str) -> Vec:
    """A joint by name, or "knees" / "ankles" / "wrists": the middle of the pair."""
    if name in ("knees", "ankles", "wrists", "toes"):
        singular = name.removesuffix("s")
        joints = skeleton.joints
        return g.lerp(joints[f"right_{singular}"], joints[f"left_{singular}"], 0.5)
    return skeleton.joints[name]


def sided(name: str, side: str) -> str:
    """A joint's name on `side`: "right_knee" is the left knee when the left side is shown."""
    if side == "left" and name.startswith("right_"):
        return "left_" + name.removeprefix("right_")
    return name
