"""The follow-along view from across the room, in every phase of the routine, in every
language, in a laptop's window and full screen on three screens: each part keeps its
own region whatever the words, the countdown is the largest thing on the screen (in
full screen its digits are a quarter of the screen high), the figure keeps its room
and no text is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from kneecoach.core.settings import Settings
from tests.ui.layout_checks import (
    clipped,
    digit_height,
    off_screen,
    overlapping,
    tallest_text,
)
from tests.ui.session_screens import (
    FULLSCREEN,
    LANGUAGES,
    PAGE_MARGINS,
    WINDOWED,
    close,
    phases_in_order,
    stage,
)

# (the view's size, the screen's height when full screen)
SIZES = [(size, 0) for size in WINDOWED] + [
    ((width - PAGE_MARGINS[0], height - PAGE_MARGINS[1]), height) for width, height in FULLSCREEN
]
QUARTER = 0.25  # of the screen's height: the full-screen digits at least
# The figure's share of the width at least: about 40 % full screen; a window on a
# laptop is wider for its height, and the figure, which keeps its 4:3, a little narrower.
# Far from the screen the words take some of the figure's height, and so of its width.
FIGURE_SHARE = {True: 0.38, False: 0.35}
FAR_FIGURE_SHARE = 0.33


def parts(view) -> dict[str, object]:
    return {
        "name": view.name_label,
        "progress": view.progress_label,
        "headline": view.headline_label,
        "side": view.side_label,
        "meaning": view.meaning_label,
        "ring": view.ring,
        "pacer": view.pacer,
        "figure": view.picture,
        "instruction": view.instruction_label,
        "safety": view.safety_label,
        "next": view.next_label,
        "controls": view.controls,
    }


def problems_at(view, width: int, height: int, screen: int = 0) -> list[str]:
    """What is wrong with the view at this size; `screen`: full screen, the screen's height."""
    least_figure = FAR_FIGURE_SHARE if view.far else FIGURE_SHARE[bool(screen)]
    found = []
    if (view.width(), view.height()) != (width, height):
        found.append(f"the view needs {view.width()}×{view.height()}, more than the screen")
    found += clipped(view) + off_screen(view) + overlapping(parts(view))
    pacer = view.pacer
    if pacer.isVisible() and not view.pacer_fits(pacer.width(), pacer.height()):
        found.append(f"the breathing guide's words do not fit its {pacer.width()} px")
    digits = digit_height(view.ring)
    if screen and digits < QUARTER * screen:
        found.append(f"digits {digits:.0f} px < a quarter of the screen's {screen}")
    capitals, text = tallest_text(view, leave_out=(view.ring,))
    if capitals >= digits:
        found.append(f"{text!r} ({capitals:.0f} px) is as tall as the countdown ({digits:.0f})")
    figure = view.picture.art_rect().width()
    if figure < least_figure * width:
        found.append(f"figure {figure:.0f} px wide < {least_figure:.0%} of {width}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_phase_keeps_its_regions_and_fits(language, qapp):
    staged = stage(qapp, language)
    view = staged.view
    regions: dict[tuple[int, int], dict[str, QRect]] = {}
    problems = []
    try:
        for phase in phases_in_order():
            staged.go_to(phase)
            for (width, height), screen in SIZES:
                staged.resize(width, height)
                where = f"{phase} at {width}×{height}{' full screen' if screen else ''}"
                problems += [f"{where}: {p}" for p in problems_at(view, width, height, screen)]
                now = {name: part.geometry() for name, part in parts(view).items()}
                first = regions.setdefault((width, height), now)
                moved = [name for name in now if now[name] != first[name]]
                if moved:
                    problems.append(f"{where}: {', '.join(moved)} moved from the first phase")
    finally:
        close(staged, qapp)
    assert problems == []


@pytest.mark.parametrize("language", ["de", "en-XA"])
def test_far_from_the_screen_makes_the_words_larger_and_still_fits(language, qapp):
    sizes = {}
    for far in (False, True):
        staged = stage(qapp, language, Settings(far_from_screen=far))
        view = staged.view
        try:
            staged.go_to("hold")
            staged.resize(1366 - PAGE_MARGINS[0], 768 - PAGE_MARGINS[1])
            assert problems_at(view, *view.size().toTuple(), screen=768) == []
            sizes[far] = {
                name: part.largest for name, part in parts(view).items() if hasattr(part, "largest")
            }
            assert view.far is far
        finally:
            close(staged, qapp)
    assert all(sizes[True][name] > sizes[False][name] for name in sizes[False])


def test_right_to_left_puts_the_figure_on_the_right(qapp):
    staged = stage(qapp, "ar-XB")
    try:
        staged.go_to("hold")
        staged.resize(1920 - PAGE_MARGINS[0], 1080 - PAGE_MARGINS[1])
        view = staged.view
        assert view.picture.geometry().left() > view.ring.geometry().right()
        assert problems_at(view, *view.size().toTuple(), screen=1080) == []
    finally:
        close(staged, qapp)
