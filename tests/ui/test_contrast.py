"""Text in both themes is at least WCAG 2.1 AA against what it is drawn on."""

from __future__ import annotations

import pytest

from kneecoach.core.figures.colours import contrast
from kneecoach.ui.platform.theme import DARK, LIGHT, Colours

AA_TEXT = 4.5  # normal text
AA_LARGE = 3.0  # large text (≥ 18 pt, or 14 pt bold) and the edges of controls


def test_the_formula_gives_the_known_extremes():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


# (foreground, background, minimum): every pairing the style sheet and palette draw.
PAIRS = [
    ("text", "window", AA_TEXT),
    ("text", "surface", AA_TEXT),
    ("muted", "window", AA_TEXT),
    ("muted", "surface", AA_TEXT),
    ("accent_text", "accent", AA_TEXT),  # selected items, the Start button, chosen pain
    ("accent", "surface", AA_TEXT),  # links, and the focus border on cards
    ("accent", "window", AA_TEXT),
    ("good", "surface", AA_TEXT),  # the streak
    ("good", "window", AA_TEXT),
    ("accent", "window", AA_LARGE),  # the focus border of buttons, lists and cards
    ("text", "window", AA_LARGE),  # the focus ring around the primary button
]


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize(("fore", "back", "minimum"), PAIRS)
def test_text_meets_wcag_aa(theme: Colours, fore, back, minimum):
    ratio = contrast(getattr(theme, fore), getattr(theme, back))
    assert ratio >= minimum, f"{fore} on {back}: {ratio:.2f}"
