"""Reading resources/figures.toml into figures, with every mistake named by its field."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

from kneecoach.core.figures import geometry as g
from kneecoach.core.figures.colours import ROLES
from kneecoach.core.figures.geometry import Vec
from kneecoach.core.figures.model import LIMBS, Limb, Pose
from kneecoach.core.figures.projection import Camera
from kneecoach.core.figures.scene import MOTIONS, ArrowSpec, Figure, Prop
from kneecoach.core.paths import resources_dir

Fail = Callable[[str, str], Exception]
ENDS = {"arm": "hand", "leg": "ankle"}
BENDS = {"arm": "elbow", "leg": "knee"}
POSE_KEYS = {"pelvis", "turn", "trunk", "neck", "chest"} | {
    f"{side}_{part}"
    for side in ("right", "left")
    for part in ("hand", "elbow", "ankle", "knee", "foot")
}
CHAIR = (0.44, 0.42)  # the seat's width and depth


class FigureError(ValueError):
    def __init__(self, path: Path | str, where: str, problem: str) -> None:
        super().__init__(f"{path}: {where}: {problem}")


def figures_path() -> Path:
    return resources_dir() / "figures.toml"


def load_figures(path: Path | None = None) -> dict[str, Figure]:
    path = path or figures_path()
    try:
        with open(path, "rb") as handle:
            document = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, RecursionError) as error:
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
    start_table, hold_table = entry.get("start"), entry.get("hold", {})
    if not isinstance(start_table, dict):
        raise fail("start", "the start position is missing")
    if not isinstance(hold_table, dict):
        raise fail("hold", "must be a table")
    start = _pose(start_table, fail, "start")
    hold = _pose({**start_table, **hold_table}, fail, "hold")
    azimuth, elevation = _numbers(entry.get("camera"), 2, fail, "camera")
    thumbnail = None
    if "thumbnail_camera" in entry:
        thumbnail = Camera(*_numbers(entry["thumbnail_camera"], 2, fail, "thumbnail_camera"))
    motion = entry.get("motion", "hold")
    if motion not in MOTIONS:
        raise fail("motion", f"must be one of {list(MOTIONS)}")
    description = entry.get("description", "")
    if not isinstance(description, str) or not description:
        raise fail("description", "must be text")
    props = tuple(
        p for i, item in enumerate(_list(entry, "props", fail)) for p in _prop(item, fail, i)
    )
    arrows = tuple(_arrow(item, fail, i) for i, item in enumerate(_list(entry, "arrows", fail)))
    return Figure(
        name,
        start,
        hold,
        Camera(azimuth, elevation),
        bool(entry.get("camera_follows", True)),
        props,
        arrows,
        motion,
        _number(entry.get("circle", 0.35), fail, "circle"),
        bool(entry.get("shadows", False)),
        thumbnail,
        description,
    )


def _pose(table: dict[str, object], fail: Fail, where: str) -> Pose:
    unknown = set(table) - POSE_KEYS
    if unknown:
        raise fail(where, f"unknown keys {sorted(unknown)}")
    turn = _vec(table.get("turn", [0, 0, 0]), fail, f"{where}.turn")
    pelvis_frame = g.frame(*turn)
    forward = g.column(pelvis_frame, 2)
    limbs = {}
    for limb in LIMBS:
        side, part = limb.split("_")
        end = _vec(table.get(f"{side}_{ENDS[part]}"), fail, f"{where}.{side}_{ENDS[part]}")
        # Knees bend forwards; elbows backwards and a little out, unless told otherwise.
        outward = g.scale(g.column(pelvis_frame, 0), 0.3 if side == "right" else -0.3)
        default = forward if part == "leg" else g.add(g.scale(forward, -1.0), outward)
        bend_key = f"{side}_{BENDS[part]}"
        bend = _vec(table[bend_key], fail, f"{where}.{bend_key}") if bend_key in table else default
        foot: Vec = (0.0, 0.0, 0.0)
        if part == "leg" and f"{side}_foot" in table:
            foot = _vec(table[f"{side}_foot"], fail, f"{where}.{side}_foot")
        limbs[limb] = Limb(end, g.unit(bend), foot)
    neck = _numbers(table.get("neck", [0, 0]), 2, fail, f"{where}.neck")
    return Pose(
        _vec(table.get("pelvis"), fail, f"{where}.pelvis"),
        turn,
        _vec(table.get("trunk", [0, 0, 0]), fail, f"{where}.trunk"),
        (neck[0], neck[1]),
        limbs,
    )


def _list(entry: dict[str, object], key: str, fail: Fail) -> list[object]:
    value = entry.get(key, [])
    if not isinstance(value, list):
        raise fail(key, "must be a list")
    return value


def _prop(item: object, fail: Fail, index: int) -> list[Prop]:
    where = f"props[{index}]"
    if not isinstance(item, dict):
        raise fail(where, "must be a table")
    colour = item.get("colour", "prop")
    if colour not in ROLES:
        raise fail(where, f"colour must be one of {list(ROLES)}")
    if "line" in item:
        a, b = _vecs(item["line"], 2, fail, where)
        return [Prop("line", (a, b), colour, _number(item.get("width", 0.04), fail, where))]
    if "quad" in item:
        return [Prop("quad", _vecs(item["quad"], 4, fail, where), colour)]
    if "floor" in item:
        x0, z0, x1, z1 = _numbers(item["floor"], 4, fail, where)
        corners = ((x0, 0.0, z0), (x1, 0.0, z0), (x1, 0.0, z1), (x0, 0.0, z1))
        return [Prop("quad", corners, item.get("colour", "floor"))]
    if "chair" in item:  # the front edge's middle, and how high the backrest is
        x, height, z, back = _numbers(item["chair"], 4, fail, where)
        return _chair((x, height, z), back, colour)
    raise fail(where, "must be a line, quad, floor or chair")


def _chair(front: Vec, back: float, colour: str) -> list[Prop]:
    """A chair facing forwards: `front` is the middle of the seat's front edge; without
    a backrest (`back` 0) a stool."""
    x, height, z = front
    width, depth = CHAIR
    left, right, rear = x - width / 2, x + width / 2, z - depth
    seat = ((left, height, z), (right, height, z), (right, height, rear), (left, height, rear))
    legs = [
        Prop("line", ((lx, height, lz), (lx, 0.02, lz)), colour, 0.035)
        for lz in (rear + 0.03, z - 0.03)
        for lx in (left + 0.03, right - 0.03)
    ]
    top = height + back
    backrest = (
        (left, top - 0.2, rear),
        (right, top - 0.2, rear),
        (right, top, rear),
        (left, top, rear),
    )
    posts = [
        Prop("line", ((lx, height, rear), (lx, top, rear)), colour, 0.035)
        for lx in (left + 0.03, right - 0.03)
    ]
    rest = [*posts, Prop("quad", backrest, colour)] if back else []
    return [*legs[:2], *rest, Prop("quad", seat, colour), *legs[2:]]


def _arrow(item: object, fail: Fail, index: int) -> ArrowSpec:
    where = f"arrows[{index}]"
    if not isinstance(item, dict) or not isinstance(item.get("joint"), str):
        raise fail(where, "must be a table with the joint it follows")
    lift = _vec(item.get("lift", [0, 0, 0]), fail, where)
    bulge = _number(item.get("bulge", 0), fail, where)
    return ArrowSpec(item["joint"], lift, bulge, bool(item.get("both", False)))


def _numbers(value: object, count: int, fail: Fail, where: str) -> list[float]:
    if (
        not isinstance(value, list)
        or len(value) != count
        or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    ):
        raise fail(where, f"must be a list of {count} numbers")
    return [float(v) for v in value]


def _number(value: object, fail: Fail, where: str) -> float:
    return _numbers([value], 1, fail, where)[0]


def _vec(value: object, fail: Fail, where: str) -> Vec:
    x, y, z = _numbers(value, 3, fail, where)
    return (x, y, z)


def _vecs(value: object, count: int, fail: Fail, where: str) -> tuple[Vec, ...]:
    flat = _numbers(value, 3 * count, fail, where)
    return tuple((flat[i], flat[i + 1], flat[i + 2]) for i in range(0, len(flat), 3))
