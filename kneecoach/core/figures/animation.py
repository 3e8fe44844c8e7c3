"""The figure at any instant of a session, derived from the step and the time alone.

A hold eases from the start pose into the held one and then breathes; a switch
eases out of the side just held; ankle circles turn one foot once per rep, the
right foot for the first half of the reps and the left for the second.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache, lru_cache

from kneecoach.core.cues import breath_at
from kneecoach.core.figures import drawing as d
from kneecoach.core.figures import geometry as g
from kneecoach.core.figures.geometry import Point
from kneecoach.core.figures.model import Pose, Skeleton, blend, circled, solve
from kneecoach.core.figures.scene import HOLD, START, Figure, joint_of, sided
from kneecoach.core.routine import Step, StepKind

EASE_SECONDS = 3.0  # a stretch eases into its position over this long
SWITCH_RELEASE_SHARE = 0.4  # of a switch spent easing out of the last side's hold
SWITCH_TURN_SHARE = 0.3  # then, with the camera staying put, turning to the other side
LIFT_TURNS = 0.35  # of a rep spent lifting (or lowering) the circling foot
CIRCLE_ARROW_GROWTH = 2.1  # the circle's arrow is drawn this much wider than the toes' path
BREATH_STEPS = 48  # the breath in this many steps: finer than a pixel, and frames repeat


@dataclass(frozen=True)
class Frame:
    """What to draw at one instant, and which side of the body it shows."""

    shapes: tuple[d.Shape, ...]
    side: str
    props: int = 0  # the first `props` shapes never move: floor, chair, wall


@dataclass(frozen=True)
class Moment:
    """The body at one instant: the side shown, the solved skeleton, the breath, and
    for circling ankles the direction of the arrow (True: clockwise)."""

    side: str
    skeleton: Skeleton
    chest: float = 0.0
    circle: bool | None = None
    foot_only: bool = False  # only the circling foot differs from the held pose


def frame_at(figure: Figure, step: Step | None, elapsed: float) -> Frame:
    """The figure `elapsed` seconds into `step`."""
    props = len(figure.props)
    if step is None:
        return Frame(picture(figure, "right", HOLD), "right", props)
    settled = _settled(figure, step, elapsed)
    if settled is not None:  # most of a session: the same few frames again and again
        return _settled_frame(figure, *settled)
    now = moment_at(figure, step, elapsed)
    if now.foot_only and now.circle is not None:
        return Frame(_turned_foot(figure, now.side, now.circle, now.skeleton), now.side, props)
    shapes = drawing(figure, now.side, now.skeleton, now.chest, now.circle)
    return Frame(shapes, now.side, props)


def _turned_foot(
    figure: Figure, side: str, clockwise: bool, skeleton: Skeleton
) -> tuple[d.Shape, ...]:
    """The held picture with only the circling foot redrawn: cheap at 60 Hz."""
    shapes, foot = _circling_picture(figure, side, clockwise)
    changed = list(shapes)
    points = d.foot_points(skeleton, side, figure.projector(side))
    changed[foot] = replace(shapes[foot], points=points)
    return tuple(changed)


@lru_cache(maxsize=16)
def _circling_picture(
    figure: Figure, side: str, clockwise: bool
) -> tuple[tuple[d.Shape, ...], int]:
    """The held picture, and where in it the circling foot is."""
    skeleton = _held(figure, side)
    shapes = drawing(figure, side, skeleton, 0.0, clockwise)
    points = [shape.points for shape in shapes]
    return shapes, points.index(d.foot_points(skeleton, side, figure.projector(side)))


def _breath(elapsed: float) -> float:
    return round(breath_at(elapsed)[1] * BREATH_STEPS) / BREATH_STEPS


def _settled(figure: Figure, step: Step, elapsed: float) -> tuple[str, str, float] | None:
    """(side, pose, breath) while the body rests in its start or held pose; None as it moves."""
    first = step.exercise.sides[0] if step.exercise.sides else "right"
    if step.kind is StepKind.HOLD and elapsed >= EASE_SECONDS:
        return step.side or first, HOLD, _breath(elapsed)
    if step.kind in (StepKind.GET_READY, StepKind.REST) or (
        step.kind is StepKind.SWITCH and not step.side
    ):
        return first, START, _breath(elapsed)
    if step.kind is StepKind.REPS and figure.motion != "circles":
        return first, HOLD, 0.0
    return None


@lru_cache(maxsize=256)
def _settled_frame(figure: Figure, side: str, moment: str, chest: float) -> Frame:
    pose = replace(figure.pose(side, moment), chest=chest)
    return Frame(drawing(figure, side, solve(pose), chest), side, len(figure.props))


def moment_at(figure: Figure, step: Step, elapsed: float) -> Moment:
    """The body `elapsed` seconds into `step`, derived from time alone, never from ticks."""
    first = step.exercise.sides[0] if step.exercise.sides else "right"
    breath = _breath(elapsed)
    if step.kind is StepKind.REPS and figure.motion == "circles":
        return _circling(figure, step, elapsed)
    if step.kind is StepKind.HOLD:
        side = step.side or first
        t = g.ease(elapsed / EASE_SECONDS)
        eased = blend(figure.pose(side, START), figure.pose(side, HOLD), t) if t < 1 else None
        pose = replace(eased or figure.pose(side, HOLD), chest=breath)
    elif step.kind is StepKind.SWITCH and step.side:
        side, pose = _switching(figure, step, elapsed)
    elif step.kind is StepKind.REPS:
        side, pose = first, figure.pose(first, HOLD)
    else:  # get ready, rest, a change of direction
        side, pose = first, replace(figure.pose(first, START), chest=breath)
    return Moment(side, solve(pose), pose.chest)


def _switching(figure: Figure, step: Step, elapsed: float) -> tuple[str, Pose]:
    new = step.side
    old = "right" if new == "left" else "left"
    release = elapsed / max(step.duration * SWITCH_RELEASE_SHARE, 1e-6)
    if release < 1:  # still easing out of the side just held
        return old, blend(figure.pose(old, HOLD), figure.pose(old, START), g.ease(release))
    if figure.camera_follows:  # the camera goes round: the new side starts afresh
        return new, figure.pose(new, START)
    turning = (release - 1) * SWITCH_RELEASE_SHARE / SWITCH_TURN_SHARE
    return new, blend(figure.pose(old, START), figure.pose(new, START), g.ease(turning))


def _circling(figure: Figure, step: Step, elapsed: float) -> Moment:
    turns = elapsed / step.pace if step.pace else 0.0
    half = step.reps / 2
    side = "right" if turns < half else "left"
    # The foot lifts at the start of its turn and lowers at its end.
    own = turns if side == "right" else turns - half
    lift = g.ease(min(own, half - own) / LIFT_TURNS) if step.pace else 1.0
    lifted = (
        _held(figure, side)
        if lift >= 1
        else solve(blend(figure.pose(side, START), figure.pose(side, HOLD), lift))
    )
    clockwise = step.direction != "counter-clockwise"
    skeleton = circled(lifted, side, turns if clockwise else -turns, figure.circle)
    return Moment(side, skeleton, 0.0, clockwise, lift >= 1)


@lru_cache(maxsize=32)
def _held(figure: Figure, side: str) -> Skeleton:
    return solve(figure.pose(side, HOLD))


def drawing(
    figure: Figure,
    side: str,
    skeleton: Skeleton,
    chest: float = 0.0,
    circle: bool | None = None,
    small: bool = False,
) -> tuple[d.Shape, ...]:
    """The props and the body; with `circle` (True: clockwise), the circling foot's arrow."""
    view = figure.projector(side, small)
    props = figure.props_for(side)
    # A thumbnail is fitted to the body: the floor would crowd it out.
    shapes = d.prop_shapes([p for p in props if not small or p.colour != "floor"], view)
    if figure.shadows:
        shapes.extend(d.shadows(skeleton, view))
    shapes.extend(d.body_shapes(skeleton, view, chest, small))
    if circle is not None:
        path = circle_path(figure, side, small)
        shapes.extend(d.arrow_shapes(path if circle else path[::-1], False, view.fit.scale))
    return tuple(shapes)


def picture(figure: Figure, side: str, moment: str, small: bool = False) -> tuple[d.Shape, ...]:
    """A still picture: the start of the movement, or the position held with its arrows."""
    skeleton = solve(figure.pose(side, moment))
    if figure.motion == "circles" and moment == HOLD:
        return drawing(figure, side, skeleton, circle=True, small=small)
    shapes = drawing(figure, side, skeleton, small=small)
    if moment == START or small:  # a thumbnail leaves the arrows out: the body is what reads
        return shapes
    scale = figure.fit.scale
    arrows = [d.arrow_shapes(path, both, scale) for path, both in arrow_paths(figure, side)]
    return shapes + tuple(shape for arrow in arrows for shape in arrow)


def still(figure: Figure) -> tuple[d.Shape, ...]:
    """The exercise's main picture: the right side, held, with the arrows that show it."""
    return picture(figure, "right", HOLD)


@cache
def arrow_paths(figure: Figure, side: str) -> tuple[tuple[tuple[Point, ...], bool], ...]:
    """Each arrow's path on the picture: the way its joint goes from start to hold."""
    view = figure.projector(side)
    start, hold = (solve(figure.pose(side, m)) for m in (START, HOLD))
    lift_side = g.mirror if side == "left" else (lambda v: v)
    paths = []
    for spec in figure.arrows:
        name = sided(spec.joint, side)
        lift = lift_side(spec.lift)
        a = view.point(g.add(joint_of(start, name), lift))
        b = view.point(g.add(joint_of(hold, name), lift))
        dx, dy = b[0] - a[0], b[1] - a[1]
        bow = spec.bulge if dx >= 0 else -spec.bulge  # a positive bulge bows upwards
        control = ((a[0] + b[0]) / 2 + dy * bow, (a[1] + b[1]) / 2 - dx * bow)
        paths.append((d.bezier(a, control, b), spec.both))
    return tuple(paths)


@cache
def circle_path(figure: Figure, side: str, small: bool = False) -> tuple[Point, ...]:
    """The clockwise arrow around the circling foot, as its toes trace it on the picture."""
    view = figure.projector(side, small)
    skeleton = solve(figure.pose(side, HOLD))
    toes = [
        view.point(circled(skeleton, side, i / 16, figure.circle).joints[f"{side}_toes"])
        for i in range(15)  # most of a turn: the head shows where it goes on
    ]
    cx = sum(x for x, _ in toes) / len(toes)
    cy = sum(y for _, y in toes) / len(toes)
    k = CIRCLE_ARROW_GROWTH
    return tuple((cx + (x - cx) * k, cy + (y - cy) * k) for x, y in toes)
