"""Exercise figures: a small keyframed pose model that draws each exercise.

`resources/figures.toml` gives, per exercise, the props (floor, chair, wall),
the arrows, and two poses: where the body starts and the position it holds.
The same data draws the static art (tools/make_illustrations.py writes it to
SVG) and the animated figure of the session view, so the two never disagree.

Knees and elbows are not stored for the start pose: they are solved from the
hip, ankle, shoulder and hand with the hold pose's limb lengths, so a limb keeps
its length mid-move and a foot on the floor stays on the floor.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kneecoach.core.cues import breath_at
from kneecoach.core.paths import resources_dir
from kneecoach.core.routine import Step, StepKind

Point = tuple[float, float]

# The art's colours by role, light theme; the views map them for the dark theme.
LIGHT_COLOURS = {
    "floor": "#b8c2cc",
    "prop": "#8a97a5",
    "near": "#2f6fb0",  # the limbs nearer the viewer, the torso
    "far": "#1f3b57",  # the limbs further away, the hair
    "skin": "#f2c6a0",
    "arrow": "#e07a2e",
}
PARTS = ("far_arm", "far_leg", "neck", "torso", "head", "near_leg", "near_arm")
LIMBS = {  # limb → (root joint, middle joint, end joint)
    "near_arm": ("shoulder", "near_elbow", "near_hand"),
    "far_arm": ("shoulder", "far_elbow", "far_hand"),
    "near_leg": ("hip", "near_knee", "near_ankle"),
    "far_leg": ("hip", "far_knee", "far_ankle"),
}
POSE_POINTS = ("hip", "shoulder", "neck", "near_hand", "far_hand", "near_ankle", "far_ankle")
BEND_POINTS = ("near_elbow", "far_elbow", "near_knee", "far_knee")
FEET = ("near_foot", "far_foot")
MOTIONS = ("hold", "circles")

EASE_SECONDS = 3.0  # a stretch eases into its position over this long
SWITCH_RELEASE_SHARE = 0.4  # of a switch spent easing out of the last side's hold
CHEST_SWELL = 3.0  # how much wider the torso is at the top of a breath, in art units
SHOULDER_RISE = 1.5  # how far the shoulders lift at the top of a breath
CIRCLE_TILT = 22.0  # degrees the foot tips up and down while circling
CIRCLE_SHORTEN = 0.12  # how much shorter the foot looks with its toes towards the viewer
HAIR_OFFSET = 6.0  # the hair sits this far beyond the top of the neck
FACE_OFFSET = (3.3, 2.3)  # the face, forward of the hair, for an upright head facing right
HAND_OFFSET = 4.0  # the hand's centre, beyond the wrist
HEEL, TOE = (-4.0, 7.5), (23.0, 7.5)  # a flat foot's ends, relative to the ankle
WIDTHS = {"torso": 38.0, "limb": 21.0, "foot": 13.0, "arm": 12.0, "sleeve": 16.0, "neck": 12.0}
HAND_RADIUS, HAIR_RADIUS, FACE_RADIUS = 8.0, 21.0, 19.0
ARROW_WIDTH, ARROW_HEAD, ARROW_HALF_WIDTH = 6.0, 17.0, 10.5


class FigureError(ValueError):
    def __init__(self, path: Path | str, where: str, problem: str) -> None:
        super().__init__(f"{path}: {where}: {problem}")


@dataclass(frozen=True)
class Shape:
    kind: str  # line, polyline, polygon, circle or rect
    points: tuple[Point, ...]  # rect: top-left and size; circle: the centre
    colour: str  # a key of LIGHT_COLOURS
    width: float = 0.0  # stroke width; 0 fills the shape
    radius: float = 0.0  # a circle's radius, a rect's corner radius


@dataclass(frozen=True)
class Foot:
    """A foot by its tilt (degrees clockwise from flat) or by its heel and toe offsets."""

    tilt: float = 0.0
    ends: tuple[Point, Point] | None = None

    def heel_and_toe(self) -> tuple[Point, Point]:
        return self.ends or (_rotate(HEEL, self.tilt), _rotate(TOE, self.tilt))


@dataclass(frozen=True)
class Pose:
    points: Mapping[str, Point]  # the POSE_POINTS
    feet: Mapping[str, Foot]
    chest: float = 0.0  # 0 breathed out … 1 breathed in


@dataclass(frozen=True)
class Figure:
    id: str
    start: Pose
    hold: Pose
    lengths: Mapping[str, tuple[float, float]]  # limb → upper and lower length
    bends: Mapping[str, float]  # limb → +1 or -1, the side its middle joint bends to
    props: tuple[Shape, ...]
    arrows: tuple[ArrowSpec, ...]
    order: tuple[str, ...]
    motion: str  # "hold", or "circles": the near foot turns once per rep
    description: str = ""  # what the picture shows, in words


@dataclass(frozen=True)
class ArrowSpec:
    """A path sampled to points; a head at the end (and at the start when `both`)."""

    path: tuple[Point, ...]
    both: bool = False

    def reversed(self) -> ArrowSpec:
        return ArrowSpec(self.path[::-1], self.both)


@dataclass(frozen=True)
class Frame:
    """What to draw at one instant: the shapes, mirrored when the left side is shown."""

    shapes: tuple[Shape, ...]
    mirrored: bool


# --- posing ---------------------------------------------------------------------
def frame_at(figure: Figure, step: Step | None, elapsed: float) -> Frame:
    """The figure `elapsed` seconds into `step`; derived from time alone, never from ticks."""
    if step is None:
        return Frame(still(figure), mirrored=False)
    breath = breath_at(elapsed)[1]
    mirrored = step.side == "left"
    arrows: tuple[ArrowSpec, ...] = ()
    if step.kind is StepKind.HOLD:
        pose = blend(figure.start, figure.hold, _ease(elapsed / EASE_SECONDS))
        pose = replace(pose, chest=breath)  # in time with the breathing guide
    elif step.kind is StepKind.SWITCH and step.side:
        release = elapsed / max(step.duration * SWITCH_RELEASE_SHARE, 1e-6)
        if release < 1:  # still easing out of the side just held
            pose, mirrored = blend(figure.hold, figure.start, _ease(release)), not mirrored
        else:
            pose = figure.start
    elif step.kind is StepKind.REPS and figure.motion == "circles":
        turns = elapsed / step.pace if step.pace else 0.0
        clockwise = step.direction != "counter-clockwise"
        pose = circling(figure.hold, turns if clockwise else -turns)
        arrows = figure.arrows if clockwise else tuple(a.reversed() for a in figure.arrows)
    elif step.kind in (StepKind.SWITCH, StepKind.REPS):  # between directions; other reps
        pose = figure.hold
    else:  # get ready, rest
        pose = replace(figure.start, chest=breath)
    return Frame(drawing(figure, pose, arrows), mirrored)


def still(figure: Figure) -> tuple[Shape, ...]:
    """The static picture: the position held, with the arrows that show the movement."""
    return drawing(figure, figure.hold, figure.arrows)


def blend(a: Pose, b: Pose, t: float) -> Pose:
    """The pose `t` of the way from `a` to `b`: hip, ankles and hands move straight,
    the torso and neck turn about their joints so they keep their length."""
    hip = _lerp(a.points["hip"], b.points["hip"], t)
    shoulder = _turn(a, b, "hip", "shoulder", hip, t)
    points = {
        "hip": hip,
        "shoulder": shoulder,
        "neck": _turn(a, b, "shoulder", "neck", shoulder, t),
    }
    for name in ("near_hand", "far_hand", "near_ankle", "far_ankle"):
        points[name] = _lerp(a.points[name], b.points[name], t)
    feet = {name: _blend_feet(a.feet[name], b.feet[name], t) for name in FEET}
    return Pose(points, feet, a.chest + (b.chest - a.chest) * t)


def circling(pose: Pose, turns: float) -> Pose:
    """The near foot `turns` of the way round its circle (negative: the other way)."""
    angle = 2 * math.pi * turns
    foot = pose.feet["near_foot"]
    # Seen from the side, a circling foot tips up and down and seems to shorten as
    # its toes turn towards the viewer: the toe traces an ellipse about its rest place.
    tilt = foot.tilt + CIRCLE_TILT * math.sin(angle)
    heel, toe = _rotate(HEEL, tilt), _rotate(TOE, tilt)
    shorten = CIRCLE_SHORTEN * (1 - math.cos(angle)) / 2
    toe = (toe[0] - (toe[0] - heel[0]) * shorten, toe[1] - (toe[1] - heel[1]) * shorten)
    feet = dict(pose.feet)
    feet["near_foot"] = Foot(ends=(heel, toe))
    return replace(pose, feet=feet)


def joints(figure: Figure, pose: Pose) -> dict[str, Point]:
    """Every joint of `pose`, with knees and elbows solved for the figure's limb lengths."""
    points = dict(pose.points)
    rise = SHOULDER_RISE * pose.chest
    up = _unit(points["hip"], points["shoulder"])
    points["shoulder"] = _towards(points["shoulder"], up, rise)
    points["neck"] = _towards(points["neck"], up, rise)
    for limb, (root, middle, end) in LIMBS.items():
        upper, lower = figure.lengths[limb]
        points[middle], points[end] = _two_bone(
            points[root], points[end], upper, lower, figure.bends[limb]
        )
    return points


# --- drawing --------------------------------------------------------------------
def drawing(figure: Figure, pose: Pose, arrows: tuple[ArrowSpec, ...]) -> tuple[Shape, ...]:
    at = joints(figure, pose)
    shapes = list(figure.props)
    for part in figure.order:
        shapes.extend(_part(part, at, pose))
    for arrow in arrows:
        shapes.extend(arrow_shapes(arrow))
    return tuple(shapes)


def _part(part: str, at: Mapping[str, Point], pose: Pose) -> list[Shape]:
    if part == "torso":
        width = WIDTHS["torso"] + CHEST_SWELL * pose.chest
        return [Shape("line", (at["hip"], at["shoulder"]), "near", width)]
    if part == "neck":
        return [Shape("line", (at["shoulder"], at["neck"]), "skin", WIDTHS["neck"])]
    if part == "head":
        up = _unit(at["shoulder"], at["neck"])
        hair = _towards(at["neck"], up, HAIR_OFFSET)
        # The face sits a little forward of the hair, turned with the neck.
        tilt = math.degrees(math.atan2(up[0], -up[1]))
        offset = _rotate(FACE_OFFSET, tilt)
        face = (hair[0] + offset[0], hair[1] + offset[1])
        return [
            Shape("circle", (hair,), "far", radius=HAIR_RADIUS),
            Shape("circle", (face,), "skin", radius=FACE_RADIUS),
        ]
    side = part.split("_")[0]
    colour = side  # near or far
    root, middle, end = (at[name] for name in LIMBS[part])
    if part.endswith("leg"):
        heel, toe = pose.feet[f"{side}_foot"].heel_and_toe()
        return [
            Shape("polyline", (root, middle, end), colour, WIDTHS["limb"]),
            Shape("line", (_add(end, heel), _add(end, toe)), colour, WIDTHS["foot"]),
        ]
    sleeve_end = _lerp(root, middle, 0.6)
    hand = _towards(end, _unit(middle, end), HAND_OFFSET)
    return [
        Shape("polyline", (root, middle, end), "skin", WIDTHS["arm"]),
        Shape("line", (root, sleeve_end), colour, WIDTHS["sleeve"]),
        Shape("circle", (hand,), "skin", radius=HAND_RADIUS),
    ]


def arrow_shapes(arrow: ArrowSpec) -> list[Shape]:
    path = list(arrow.path)
    heads = [_head(path[-2], path[-1])]
    if arrow.both:
        heads.append(_head(path[1], path[0]))
    return [Shape("polyline", tuple(path), "arrow", ARROW_WIDTH), *heads]


def _head(before: Point, end: Point) -> Shape:
    """A filled triangle whose tip lies a little beyond the end of the shaft."""
    direction = _unit(before, end)
    tip = _towards(end, direction, ARROW_HEAD * 0.6)
    base = _towards(tip, direction, -ARROW_HEAD)
    across = (-direction[1] * ARROW_HALF_WIDTH, direction[0] * ARROW_HALF_WIDTH)
    return Shape("polygon", (tip, _add(base, across), _sub(base, across)), "arrow")


def to_svg(shapes: tuple[Shape, ...], comment: str, size: Point = (400, 300)) -> str:
    """The shapes as a small SVG Tiny 1.2 document (QtSvg's dialect)."""
    width, height = (_number(v) for v in size)
    lines = [
        f"<!-- {comment.replace('--', '-')} -->",  # "--" may not appear in an XML comment
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
    ]
    lines.extend(f"  {_svg_element(shape)}" for shape in shapes)
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def _svg_element(shape: Shape) -> str:
    colour = LIGHT_COLOURS[shape.colour]
    stroke = (
        f'stroke="{colour}" stroke-width="{_number(shape.width)}" '
        'stroke-linecap="round" stroke-linejoin="round"'
    )
    points = " ".join(f"{_number(x)},{_number(y)}" for x, y in shape.points)
    if shape.kind == "line":
        (x1, y1), (x2, y2) = shape.points
        return (
            f'<line x1="{_number(x1)}" y1="{_number(y1)}" x2="{_number(x2)}" '
            f'y2="{_number(y2)}" {stroke}/>'
        )
    if shape.kind == "polyline":
        return f'<polyline points="{points}" fill="none" {stroke}/>'
    if shape.kind == "polygon":
        return f'<polygon points="{points}" fill="{colour}"/>'
    if shape.kind == "circle":
        (x, y) = shape.points[0]
        return (
            f'<circle cx="{_number(x)}" cy="{_number(y)}" r="{_number(shape.radius)}" '
            f'fill="{colour}"/>'
        )
    (x, y), (w, h) = shape.points
    return (
        f'<rect x="{_number(x)}" y="{_number(y)}" width="{_number(w)}" height="{_number(h)}" '
        f'rx="{_number(shape.radius)}" fill="{colour}"/>'
    )


def _number(value: float) -> str:
    text = f"{value:.1f}".removesuffix(".0")
    return "0" if text == "-0" else text


# --- loading --------------------------------------------------------------------
def figures_path() -> Path:
    return resources_dir() / "figures.toml"


def load_figures(path: Path | None = None) -> dict[str, Figure]:
    path = path or figures_path()
    try:
        with open(path, "rb") as handle:
            document = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise FigureError(path, "file", str(error)) from error
    table = document.get("figure")
    if not isinstance(table, dict) or not table:
        raise FigureError(path, "file", "no [figure.<exercise id>] tables")
    return {name: parse_figure(name, entry, path) for name, entry in table.items()}


def parse_figure(name: str, entry: object, path: Path | str) -> Figure:
    def fail(field_name: str, problem: str) -> FigureError:
        return FigureError(path, f"figure {name!r}, {field_name}", problem)

    if not isinstance(entry, dict):
        raise fail("table", "must be a table")
    hold_table = entry.get("hold")
    if not isinstance(hold_table, dict):
        raise fail("hold", "the held position is missing")
    hold_points = {
        point: _point(hold_table.get(point), fail, f"hold.{point}")
        for point in (*POSE_POINTS, *BEND_POINTS)
    }
    feet = {foot: _foot(hold_table.get(foot, 0), fail, f"hold.{foot}") for foot in FEET}
    hold = Pose({p: hold_points[p] for p in POSE_POINTS}, feet)
    start_table = entry.get("start", {})
    if not isinstance(start_table, dict):
        raise fail("start", "must be a table")
    unknown = set(start_table) - set(POSE_POINTS) - set(FEET)
    if unknown:
        raise fail("start", f"unknown points {sorted(unknown)}")
    start_points = {
        point: _point(start_table[point], fail, f"start.{point}")
        for point in POSE_POINTS
        if point in start_table
    }
    start_feet = {
        foot: _foot(start_table[foot], fail, f"start.{foot}")
        for foot in FEET
        if foot in start_table
    }
    # Through blend, so the start pose has the held pose's torso and neck lengths.
    start = blend(Pose({**hold.points, **start_points}, {**hold.feet, **start_feet}), hold, 0.0)
    lengths, bends = {}, {}
    for limb, (root, middle, end) in LIMBS.items():
        a, b, c = hold_points[root], hold_points[middle], hold_points[end]
        lengths[limb] = (math.dist(a, b), math.dist(b, c))
        if min(lengths[limb]) < 1:
            raise fail(f"hold.{middle}", f"makes a bone of the {limb.replace('_', ' ')} too short")
        cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        bends[limb] = 1.0 if cross > 0 else -1.0
    order = tuple(entry.get("order", PARTS))
    if not order or any(part not in PARTS for part in order):
        raise fail("order", f"must list parts from {list(PARTS)}")
    motion = entry.get("motion", "hold")
    if motion not in MOTIONS:
        raise fail("motion", f"must be one of {list(MOTIONS)}")
    props = tuple(_prop(item, fail, i) for i, item in enumerate(entry.get("props", [])))
    arrows = tuple(_arrow(item, fail, i) for i, item in enumerate(entry.get("arrows", [])))
    description = entry.get("description", "")
    if not isinstance(description, str):
        raise fail("description", "must be text")
    return Figure(name, start, hold, lengths, bends, props, arrows, order, motion, description)


def _numbers(value: object, count: int, fail: Any, where: str) -> list[float]:
    if (
        not isinstance(value, list)
        or len(value) != count
        or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    ):
        raise fail(where, f"must be a list of {count} numbers")
    return [float(v) for v in value]


def _point(value: object, fail: Any, where: str) -> Point:
    x, y = _numbers(value, 2, fail, where)
    return (x, y)


def _foot(value: object, fail: Any, where: str) -> Foot:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Foot(tilt=float(value))
    x1, y1, x2, y2 = _numbers(value, 4, fail, where)
    return Foot(ends=((x1, y1), (x2, y2)))


def _prop(item: object, fail: Any, index: int) -> Shape:
    where = f"props[{index}]"
    if not isinstance(item, dict):
        raise fail(where, "must be a table")
    colour = item.get("colour", "prop")
    if colour not in LIGHT_COLOURS:
        raise fail(where, f"colour must be one of {list(LIGHT_COLOURS)}")
    width = float(item.get("width", 0))
    if "line" in item:
        x1, y1, x2, y2 = _numbers(item["line"], 4, fail, where)
        return Shape("line", ((x1, y1), (x2, y2)), colour, width or 4.0)
    if "rect" in item:
        x, y, w, h, corner = _numbers(item["rect"], 5, fail, where)
        return Shape("rect", ((x, y), (w, h)), colour, radius=corner)
    if "polygon" in item:
        values = item["polygon"]
        count = len(values) if isinstance(values, list) else 0
        if count < 6 or count % 2:
            raise fail(where, "a polygon needs three or more x, y pairs")
        flat = _numbers(values, count, fail, where)
        return Shape("polygon", tuple(zip(flat[::2], flat[1::2], strict=True)), colour)
    raise fail(where, "must be a line, rect or polygon")


def _arrow(item: object, fail: Any, index: int) -> ArrowSpec:
    where = f"arrows[{index}]"
    if not isinstance(item, dict):
        raise fail(where, "must be a table")
    both = bool(item.get("both", False))
    if "line" in item:
        x1, y1, x2, y2 = _numbers(item["line"], 4, fail, where)
        return ArrowSpec(((x1, y1), (x2, y2)), both)
    if "curve" in item:  # start, the curve's highest point, end
        x1, y1, xm, ym, x2, y2 = _numbers(item["curve"], 6, fail, where)
        control = (2 * xm - (x1 + x2) / 2, 2 * ym - (y1 + y2) / 2)
        return ArrowSpec(_bezier((x1, y1), control, (x2, y2)), both)
    if "ellipse" in item:  # centre, radii, from and to angle in degrees (clockwise)
        cx, cy, rx, ry, start, end = _numbers(item["ellipse"], 6, fail, where)
        count = max(8, round(abs(end - start) / 8))
        path = tuple(
            (
                cx + rx * math.cos(math.radians(start + (end - start) * i / count)),
                cy + ry * math.sin(math.radians(start + (end - start) * i / count)),
            )
            for i in range(count + 1)
        )
        return ArrowSpec(path, both)
    raise fail(where, "must be a line, curve or ellipse")


# --- geometry -------------------------------------------------------------------
def _ease(t: float) -> float:
    t = max(0.0, min(1.0, t))
    return t * t * (3 - 2 * t)


def _lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _add(a: Point, b: Point) -> Point:
    return (a[0] + b[0], a[1] + b[1])


def _sub(a: Point, b: Point) -> Point:
    return (a[0] - b[0], a[1] - b[1])


def _unit(a: Point, b: Point) -> Point:
    length = math.dist(a, b) or 1.0
    return ((b[0] - a[0]) / length, (b[1] - a[1]) / length)


def _towards(point: Point, direction: Point, distance: float) -> Point:
    return (point[0] + direction[0] * distance, point[1] + direction[1] * distance)


def _rotate(point: Point, degrees: float) -> Point:
    """Clockwise on screen, where y grows downwards."""
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)
    return (point[0] * cos - point[1] * sin, point[0] * sin + point[1] * cos)


def _turn(a: Pose, b: Pose, root: str, end: str, new_root: Point, t: float) -> Point:
    """`end` turned about `root` part of the way from pose a to pose b, its length kept."""
    start_angle = _angle(a.points[root], a.points[end])
    end_angle = _angle(b.points[root], b.points[end])
    delta = (end_angle - start_angle + math.pi) % (2 * math.pi) - math.pi
    angle = start_angle + delta * t
    length = math.dist(b.points[root], b.points[end])
    return (new_root[0] + length * math.cos(angle), new_root[1] + length * math.sin(angle))


def _angle(a: Point, b: Point) -> float:
    return math.atan2(b[1] - a[1], b[0] - a[0])


def _blend_feet(a: Foot, b: Foot, t: float) -> Foot:
    if a.ends is None and b.ends is None:
        return Foot(tilt=a.tilt + (b.tilt - a.tilt) * t)
    (heel_a, toe_a), (heel_b, toe_b) = a.heel_and_toe(), b.heel_and_toe()
    return Foot(ends=(_lerp(heel_a, heel_b, t), _lerp(toe_a, toe_b, t)))


def _two_bone(
    root: Point, target: Point, upper: float, lower: float, bend: float
) -> tuple[Point, Point]:
    """The middle joint and end of a two-bone limb reaching from `root` towards `target`.

    Out of reach, the limb points at the target as straight as it can.
    """
    reach = math.dist(root, target)
    shortest, longest = abs(upper - lower) + 1e-6, upper + lower - 1e-6
    distance = max(shortest, min(longest, reach))
    base = _angle(root, target) if reach else 0.0
    cos_inner = (upper * upper + distance * distance - lower * lower) / (2 * upper * distance)
    inner = math.acos(max(-1.0, min(1.0, cos_inner)))
    middle_angle = base - bend * inner
    middle = (root[0] + upper * math.cos(middle_angle), root[1] + upper * math.sin(middle_angle))
    end = (root[0] + distance * math.cos(base), root[1] + distance * math.sin(base))
    return middle, end


def _bezier(start: Point, control: Point, end: Point, count: int = 12) -> tuple[Point, ...]:
    points = []
    for i in range(count + 1):
        t = i / count
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        points.append(
            (
                a * start[0] + b * control[0] + c * end[0],
                a * start[1] + b * control[1] + c * end[1],
            )
        )
    return tuple(points)
