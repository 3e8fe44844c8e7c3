"""The pictures' colours by role, for the light and the dark theme.

Near and far limbs are at least 3:1 apart in both themes (WCAG's contrast for
shapes that carry meaning), so left and right read from across a room.
"""

from __future__ import annotations

LIGHT_COLOURS = {
    "floor": "#c9d1d9",
    "shadow": "#aab4bf",
    "prop": "#8a97a5",
    "near": "#4f90d0",  # the limbs nearer the viewer, the torso
    "far": "#132638",  # the limbs further away
    "hair": "#13263a",
    "skin": "#f2c6a0",
    "arrow": "#e07a2e",
    "gap": "#f4f6f8",  # the window's own colour: a rim that parts overlapping limbs
}
DARK_COLOURS = {
    "floor": "#2c343d",
    "shadow": "#434e59",
    "prop": "#6b7785",
    "near": "#b3d6f7",
    "far": "#3a6da0",
    "hair": "#3a6da0",
    "skin": "#f2c6a0",
    "arrow": "#e07a2e",
    "gap": "#161b21",
}
ROLES = tuple(LIGHT_COLOURS)


def colours(dark: bool) -> dict[str, str]:
    return DARK_COLOURS if dark else LIGHT_COLOURS


def luminance(colour: str) -> float:
    """Relative luminance of "#rrggbb", as WCAG 2.1 defines it."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
