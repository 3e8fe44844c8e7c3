"""Shapes as a small SVG Tiny 1.2 document (QtSvg's dialect), in the light colours."""

from __future__ import annotations

from collections.abc import Sequence

from kneecoach.core.figures.colours import LIGHT_COLOURS
from kneecoach.core.figures.drawing import Shape
from kneecoach.core.figures.geometry import Point
from kneecoach.core.figures.projection import ART_HEIGHT, ART_WIDTH


def to_svg(shapes: Sequence[Shape], comment: str, size: Point = (ART_WIDTH, ART_HEIGHT)) -> str:
    width, height = (number(v) for v in size)
    lines = [
        f"<!-- {comment.replace('--', '-')} -->",  # "--" may not appear in an XML comment
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
    ]
    lines.extend(f"  {element(shape)}" for shape in shapes)
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def element(shape: Shape) -> str:
    colour = LIGHT_COLOURS[shape.colour]
    stroke = (
        f'stroke="{colour}" stroke-width="{number(shape.width)}" '
        'stroke-linecap="round" stroke-linejoin="round"'
    )
    points = " ".join(f"{number(x)},{number(y)}" for x, y in shape.points)
    if shape.kind == "line":
        (x1, y1), (x2, y2) = shape.points
        return (
            f'<line x1="{number(x1)}" y1="{number(y1)}" x2="{number(x2)}" '
            f'y2="{number(y2)}" {stroke}/>'
        )
    if shape.kind == "polyline":
        return f'<polyline points="{points}" fill="none" {stroke}/>'
    if shape.kind == "polygon":
        return f'<polygon points="{points}" fill="{colour}"/>'
    if shape.kind == "circle":
        (x, y) = shape.points[0]
        return (
            f'<circle cx="{number(x)}" cy="{number(y)}" r="{number(shape.radius)}" '
            f'fill="{colour}"/>'
        )
    (x, y), (w, h) = shape.points
    return (
        f'<rect x="{number(x)}" y="{number(y)}" width="{number(w)}" height="{number(h)}" '
        f'rx="{number(shape.radius)}" fill="{colour}"/>'
    )


def number(value: float) -> str:
    text = f"{value:.1f}".removesuffix(".0")
    return "0" if text == "-0" else text
