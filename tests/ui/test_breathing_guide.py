"""The breathing guide reads in the direction of the language: its circle first."""

import pytest
from PySide6.QtCore import Qt

from kneecoach.ui.widgets.breathing import BreathingPacer


def ink_columns(image, background):
    """The columns of `image` where something other than `background` is drawn."""
    return [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y) != background for y in range(0, image.height(), 2))
    ]


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_the_circle_comes_first_and_the_words_after_it(qapp, qtbot, direction):
    pacer = BreathingPacer()
    qtbot.addWidget(pacer)
    pacer.setLayoutDirection(direction)
    pacer.resize(600, 100)
    pacer.show_breath(0.5)
    image = pacer.grab().toImage()
    background = pacer.palette().color(pacer.backgroundRole())
    height = pacer.height()
    circle = pacer._centre().x()
    words = [x for x in ink_columns(image, background) if abs(x - circle) > height / 2 + 4]
    assert words  # the words are drawn, apart from the circle
    if direction is Qt.LayoutDirection.LeftToRight:
        assert circle < height and min(words) > circle
    else:
        assert circle > pacer.width() - height and max(words) < circle
