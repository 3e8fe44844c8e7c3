"""The curve the pain chart draws its weekly average as: smooth, yet never
passing above or below the readings it joins."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

LONE_WEEK_HALF = 9.0  # half the length of the stroke for a week with no neighbours


def smooth_path(points: Sequence[QPointF]) -> QPainterPath:
    """A curve through `points` (x increasing) that never overshoots between them.

    Monotone cubic interpolation (Fritsch–Carlson): a plain spline would bulge above
    10 or below 0 and show pain that nobody reported.
    """
    path = QPainterPath()
    if not points:
        return path
    if len(points) == 1:
        # A week on its own: a short level stroke, so it still reads as the line.
        path.moveTo(points[0] - QPointF(LONE_WEEK_HALF, 0))
        path.lineTo(points[0] + QPointF(LONE_WEEK_HALF, 0))
        return path
    path.moveTo(points[0])
    xs = [p.x() for p in points]
    ys = [p.y() for p in points]
    widths = [xs[i + 1] - xs[i] for i in range(len(xs) - 1)]
    slopes = [(ys[i + 1] - ys[i]) / widths[i] for i in range(len(widths))]
    tangents = [slopes[0]]
    for i in range(1, len(points) - 1):
        before, after = slopes[i - 1], slopes[i]
        if before * after <= 0:
            tangents.append(0.0)  # a peak or a valley: flat here, so no overshoot
        else:
            w1 = 2 * widths[i] + widths[i - 1]
            w2 = widths[i] + 2 * widths[i - 1]
            tangents.append((w1 + w2) / (w1 / before + w2 / after))
    tangents.append(slopes[-1])
    for i, width in enumerate(widths):
        third = width / 3
        path.cubicTo(
            QPointF(xs[i] + third, ys[i] + tangents[i] * third),
            QPointF(xs[i + 1] - third, ys[i + 1] - tangents[i + 1] * third),
            points[i + 1],
        )
    return path
