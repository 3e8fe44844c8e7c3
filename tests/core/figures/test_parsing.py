"""A mistake in figures.toml is reported with the field that is wrong."""

import pytest

from kneecoach.core.figures.parsing import FigureError, load_figures, parse_figure

GOOD = {
    "description": "a figure",
    "camera": [90, 0],
    "start": {
        "pelvis": [0, 0.9, 0],
        "right_hand": [0.2, 0.9, 0.1],
        "left_hand": [-0.2, 0.9, 0.1],
        "right_ankle": [0.09, 0.085, 0],
        "left_ankle": [-0.09, 0.085, 0],
    },
}


def test_a_good_figure_reads():
    figure = parse_figure("x", GOOD, "figures.toml")
    assert figure.hold == figure.start
    assert figure.camera.azimuth == 90


@pytest.mark.parametrize(
    ("entry", "field_name"),
    [
        ({**GOOD, "start": {}}, "start.right_hand"),
        ({**GOOD, "start": None}, "start"),
        ({**GOOD, "hold": {"elbow": [1, 2, 3]}}, "hold"),
        ({**GOOD, "hold": {"pelvis": [1, 2]}}, "hold.pelvis"),
        ({**GOOD, "motion": "spin"}, "motion"),
        ({**GOOD, "camera": [90]}, "camera"),
        ({**GOOD, "description": ""}, "description"),
        ({**GOOD, "props": [{"circle": [1, 2]}]}, "props[0]"),
        ({**GOOD, "props": [{"line": [1, 2, 3]}]}, "props[0]"),
        ({**GOOD, "props": [{"floor": [0, 0, 1, 1], "colour": "plaid"}]}, "props[0]"),
        ({**GOOD, "arrows": [{"lift": [0, 1, 0]}]}, "arrows[0]"),
        ({**GOOD, "start": {**GOOD["start"], "right_foot": "flat"}}, "start.right_foot"),
    ],
)
def test_bad_figures_are_reported_with_the_field(entry, field_name):
    with pytest.raises(FigureError) as caught:
        parse_figure("x", entry, "figures.toml")
    assert "figures.toml" in str(caught.value) and field_name in str(caught.value)


def test_an_unreadable_file_is_a_figure_error(tmp_path):
    path = tmp_path / "figures.toml"
    path.write_text("[figure.x\n")
    with pytest.raises(FigureError):
        load_figures(path)
    path.write_text("x = " + "[" * 3000 + "]" * 3000)
    with pytest.raises(FigureError):
        load_figures(path)
