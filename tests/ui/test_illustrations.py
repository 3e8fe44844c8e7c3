"""Every exercise has its own picture, and each renders cleanly in both themes."""

from PySide6.QtCore import QSize

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.paths import resources_dir
from kneecoach.ui.widgets import illustrations


def test_every_exercise_has_art_that_renders_without_warnings(qapp, no_qt_warnings):
    for exercise in load_catalogue().exercises:
        path = resources_dir() / "illustrations" / f"{exercise.id}.svg"
        assert path.is_file(), f"no illustration for {exercise.id}"
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
    assert "#2f6fb0" in light and "#2f6fb0" not in dark and "#6fa8dc" in dark
