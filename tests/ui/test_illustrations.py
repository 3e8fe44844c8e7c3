"""Every exercise has its pictures, each renders cleanly in both themes, and the
thumbnails still read at 48 px and on a selected row."""

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.figures.colours import DARK_COLOURS, LIGHT_COLOURS, contrast
from kneecoach.core.paths import resources_dir
from kneecoach.ui.platform.theme import DARK, LIGHT
from kneecoach.ui.widgets import illustrations
from kneecoach.ui.widgets.exercise_list import ExerciseList

SUFFIXES = ("", ".start", ".left", ".left.start", ".small")


def test_every_exercise_has_art_that_renders_without_warnings(qapp, no_qt_warnings):
    for exercise in load_catalogue().exercises:
        for suffix in SUFFIXES:
            path = resources_dir() / "illustrations" / f"{exercise.id}{suffix}.svg"
            assert path.is_file(), f"no {path.name}"
        for dark in (False, True):
            assert illustrations.renderer(exercise.id, dark).isValid()
            for size in (QSize(48, 36), QSize(1600, 1200)):
                image = illustrations.render(exercise.id, size, dark).toImage()
                opaque = sum(
                    image.pixelColor(x, y).alpha() > 0
                    for x in range(0, image.width(), max(1, image.width() // 40))
                    for y in range(0, image.height(), max(1, image.height() // 30))
                )
                assert opaque > 20, f"{exercise.id} drew almost nothing at {size}"


def test_dark_art_uses_the_dark_palette():
    light = illustrations.svg_text("calf-stretch", dark=False).decode()
    dark = illustrations.svg_text("calf-stretch", dark=True).decode()
    near, dark_near = LIGHT_COLOURS["near"], DARK_COLOURS["near"]
    assert near in light and near not in dark and dark_near in dark


@pytest.mark.parametrize("dark", [False, True])
def test_near_and_far_limbs_are_three_to_one_apart_and_seen_on_the_window(dark):
    colours = DARK_COLOURS if dark else LIGHT_COLOURS
    window = (DARK if dark else LIGHT).window
    assert contrast(colours["near"], colours["far"]) >= 3
    assert contrast(colours["near"], window) >= 3 or contrast(colours["far"], window) >= 3
    assert min(contrast(colours[role], window) for role in ("near", "far")) >= 2.5
    assert colours["gap"] == window  # the rim between limbs is the background itself


def _share_near(image, colour, tolerance=40):
    """The share of the picture's pixels drawn in (about) `colour`."""
    target = QColor(colour)
    hits = 0
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            distance = (
                abs(pixel.red() - target.red())
                + abs(pixel.green() - target.green())
                + abs(pixel.blue() - target.blue())
            )
            hits += distance < tolerance and pixel.alpha() > 200
    return hits / (image.width() * image.height())


@pytest.mark.parametrize("dark", [False, True])
def test_every_thumbnail_shows_a_body_with_both_sides_at_48_px(qapp, dark):
    """At 48 px the body fills enough of the picture to be seen, with its near and
    far limbs both showing."""
    colours = DARK_COLOURS if dark else LIGHT_COLOURS
    for exercise in load_catalogue().exercises:
        image = illustrations.render(exercise.id, QSize(48, 36), dark, tile=True).toImage()
        near, far = _share_near(image, colours["near"]), _share_near(image, colours["far"])
        body = near + far + _share_near(image, colours["skin"])
        assert body >= 0.08 and near >= 0.035 and far >= 0.012, (exercise.id, body, near, far)


@pytest.mark.parametrize("dark", [False, True])
def test_a_selected_row_keeps_the_thumbnail_as_drawn(qapp, qtbot, dark):
    view = ExerciseList()
    qtbot.addWidget(view)
    from kneecoach.core.routine import Timings

    view.set_exercises(load_catalogue().exercises, Timings())
    view.load_pictures()
    icon = view.item(0).icon()
    size = QSize(96, 72)
    normal = icon.pixmap(size, QIcon.Mode.Normal).toImage()
    selected = icon.pixmap(size, QIcon.Mode.Selected).toImage()
    assert normal == selected
    # The picture sits on its own tile of the window's colour, whatever the row's highlight.
    corner = normal.pixelColor(normal.width() // 2, 2)
    window = (
        DARK if view.palette().color(view.palette().ColorRole.Window).lightness() < 128 else LIGHT
    ).window
    assert corner.name() == window
