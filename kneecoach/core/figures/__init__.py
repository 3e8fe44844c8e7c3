"""Exercise figures: one body posed per exercise and seen from the view that explains it.

`resources/figures.toml` gives, per exercise, the camera, the props, the arrows
and two poses: where the body starts and the position it holds. The same data
draws the static art (tools/make_illustrations.py writes it to SVG) and the
moving figure of the session view, so the two never disagree.

    model       the body, its poses, the skeleton solved from a pose
    geometry    vectors, turns and the two-bone reach of a limb
    projection  the camera and the fit into the picture
    scene       a figure: poses, camera, props, arrows
    drawing     a skeleton as flat shapes, back to front
    animation   the figure at an instant of a session
    svg         shapes as SVG
    parsing     figures.toml
    colours     the colours by role, both themes
"""

from kneecoach.core.figures.animation import EASE_SECONDS, Frame, frame_at, picture, still
from kneecoach.core.figures.colours import DARK_COLOURS, LIGHT_COLOURS
from kneecoach.core.figures.drawing import Shape
from kneecoach.core.figures.parsing import FigureError, figures_path, load_figures, parse_figure
from kneecoach.core.figures.projection import ART_HEIGHT, ART_WIDTH
from kneecoach.core.figures.scene import HOLD, START, Figure
from kneecoach.core.figures.svg import to_svg

__all__ = [
    "ART_HEIGHT",
    "ART_WIDTH",
    "DARK_COLOURS",
    "EASE_SECONDS",
    "HOLD",
    "LIGHT_COLOURS",
    "START",
    "Figure",
    "FigureError",
    "Frame",
    "Shape",
    "figures_path",
    "frame_at",
    "load_figures",
    "parse_figure",
    "picture",
    "still",
    "to_svg",
]
