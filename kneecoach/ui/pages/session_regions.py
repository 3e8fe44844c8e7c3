"""Where each part of the session view goes: fixed regions worked out from the view's
size alone, so nothing moves when a text changes or the phase does.

    name                                        | progress
    HEADLINE                                    |
    SIDE OR DIRECTION                           |  countdown ring
    figure                | side meaning        |  (the largest thing
                          | what comes next     |   on the screen)
                          | breathing guide     |
    instruction ....................................................
    safety (two lines) .............................................
    controls .......................................................

Heights are shares of the view's height, so the type scales with the screen; the
ring takes the whole height of the upper part, the figure keeps its 4:3 and the
words fill the width left. "Far from the screen" gives the words more room.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect

from kneecoach.core.figures.projection import ART_HEIGHT, ART_WIDTH

# Shares of the view's height for the rows below the upper part, and for the words
# above the figure: (near, far from the screen).
_ROWS = {
    "name": (0.05, 0.05),
    "instruction": (0.105, 0.125),
    "safety": (0.08, 0.1),
    "controls": (0.06, 0.055),
}
_HEADLINE = (0.04, 0.045)
_SIDE = (0.085, 0.105)
_MARGIN = 0.01  # around the view
_GAP = 0.006  # between rows
_LEAST_CONTROLS = 44  # px: a button stays easy to hit however small the window
_RING_MOST_OF_WIDTH = 0.38  # a narrow window keeps room for the words and the figure


@dataclass(frozen=True)
class Regions:
    name: QRect
    progress: QRect
    headline: QRect
    side: QRect
    figure: QRect
    meaning: QRect
    pacer: QRect
    ring: QRect
    instruction: QRect
    safety: QRect
    next: QRect
    controls: QRect


def regions(width: int, height: int, far: bool = False, aside_least: int = 0) -> Regions:
    """The regions for a view of this size, left to right (mirror them for right-to-left).
    `aside_least`: the width the breathing guide needs beside the figure, in pixels."""
    pick = 1 if far else 0
    margin = max(6, round(height * _MARGIN))
    gap = max(4, round(height * _GAP))
    rows = {key: round(height * shares[pick]) for key, shares in _ROWS.items()}
    rows["controls"] = max(_LEAST_CONTROLS, rows["controls"])
    inner = QRect(margin, margin, width - 2 * margin, height - 2 * margin)
    lower = rows["instruction"] + rows["safety"] + rows["controls"]
    upper_height = inner.height() - rows["name"] - lower - 4 * gap
    ring_size = max(80, min(upper_height, round(width * _RING_MOST_OF_WIDTH)))
    top = inner.top()
    upper_top = top + rows["name"] + gap
    ring = QRect(
        inner.right() - ring_size + 1,
        upper_top + (upper_height - ring_size) // 2,
        ring_size,
        ring_size,
    )
    words_width = ring.left() - gap - inner.left()
    name = QRect(inner.left(), top, words_width, rows["name"])
    progress = QRect(ring.left(), top, ring.width(), rows["name"])
    y = name.bottom() + 1 + gap
    headline = QRect(inner.left(), y, words_width, round(height * _HEADLINE[pick]))
    side = QRect(inner.left(), headline.bottom() + 1, words_width, round(height * _SIDE[pick]))
    y = side.bottom() + 1 + gap
    upper_bottom = upper_top + upper_height
    picture_height = max(60, upper_bottom - y)
    aside_least = min(aside_least, words_width // 2)
    picture_width = min(
        words_width - aside_least - gap, round(picture_height * ART_WIDTH / ART_HEIGHT)
    )
    figure = QRect(inner.left(), y, picture_width, picture_height)
    aside = QRect(figure.right() + 1 + gap, y, words_width - picture_width - gap, picture_height)
    pacer_height = min(aside.height() // 3, round(height * 0.1))
    words_height = (aside.height() - pacer_height - 2 * gap) // 2
    meaning = QRect(aside.left(), aside.top(), aside.width(), words_height)
    upcoming = QRect(aside.left(), meaning.bottom() + 1 + gap, aside.width(), words_height)
    pacer = QRect(aside.left(), aside.bottom() - pacer_height + 1, aside.width(), pacer_height)

    y = upper_bottom + gap
    below = {}
    for key in ("instruction", "safety", "controls"):
        below[key] = QRect(inner.left(), y, inner.width(), rows[key])
        y += rows[key] + gap
    return Regions(
        name=name,
        progress=progress,
        headline=headline,
        side=side,
        figure=figure,
        meaning=meaning,
        pacer=pacer,
        ring=ring,
        next=upcoming,
        **below,
    )


def type_sizes(height: int, far: bool = False) -> dict[str, tuple[int, int]]:
    """The largest and the smallest pixel size each region's text may take: a text
    shrinks from the largest until it fits its region, never below the smallest."""
    scale = 1.3 if far else 1.0

    def size(share: float, least: int) -> tuple[int, int]:
        return max(least, round(height * share * scale)), least

    return {
        "name": size(0.038, 12),
        "progress": size(0.03, 11),
        "headline": size(0.034, 12),
        "side": size(0.075, 14),
        "meaning": size(0.03, 11),
        "instruction": size(0.036, 12),
        "safety": size(0.032, 11),
        "next": size(0.028, 11),
        "buttons": size(0.024, 11),
        "curtain": size(0.075, 16),
    }
