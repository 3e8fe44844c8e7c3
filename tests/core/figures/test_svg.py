"""The committed pictures are exactly what the figures draw."""

import xml.etree.ElementTree as ElementTree

from kneecoach.core.figures.svg import number
from kneecoach.core.paths import resources_dir
from tests.core.figures.posing import CATALOGUE, FIGURES
from tools.make_illustrations import VARIANTS, pictures


def test_every_exercise_has_a_figure_and_its_pictures_are_current():
    assert set(FIGURES) == set(CATALOGUE.ids)
    folder = resources_dir() / "illustrations"
    for figure in FIGURES.values():
        texts = pictures(figure)
        assert len(texts) == len(VARIANTS)
        for name, expected in texts.items():
            committed = folder / name
            assert committed.read_text(encoding="utf-8") == expected, (
                f"{name} is stale: run python tools/make_illustrations.py"
            )
            ElementTree.fromstring(expected.split("-->", 1)[1])  # well-formed XML


def test_svg_numbers_keep_their_sign():
    assert [number(v) for v in (-0.5, -0.04, 0.0, 2.0, 12.25)] == ["-0.5", "0", "0", "2", "12.2"]
