"""Writes resources/illustrations/<exercise>*.svg from the figures in resources/figures.toml.

    python tools/make_illustrations.py [--check]

Per exercise: the position held (<id>.svg), the start (<id>.start.svg), both of
the left side (<id>.left.svg, <id>.left.start.svg) and the thumbnail
(<id>.small.svg). --check writes nothing and exits 1 when a committed picture
differs from its figure.
"""

from __future__ import annotations

import sys

from kneecoach.core.figures.animation import picture
from kneecoach.core.figures.parsing import load_figures
from kneecoach.core.figures.scene import HOLD, START, Figure
from kneecoach.core.figures.svg import to_svg
from kneecoach.core.paths import resources_dir

# File suffix → (side, moment, thumbnail).
VARIANTS = {
    "": ("right", HOLD, False),
    ".start": ("right", START, False),
    ".left": ("left", HOLD, False),
    ".left.start": ("left", START, False),
    ".small": ("right", HOLD, True),
}


def pictures(figure: Figure) -> dict[str, str]:
    """Every picture of `figure` as SVG text, by file name."""
    texts = {}
    for suffix, (side, moment, small) in VARIANTS.items():
        shapes = picture(figure, side, moment, small)
        words = f"{figure.description} ({side} side, {moment}{', thumbnail' if small else ''})"
        texts[f"{figure.id}{suffix}.svg"] = to_svg(shapes, words)
    return texts


def main(argv: list[str]) -> int:
    check = "--check" in argv
    folder = resources_dir() / "illustrations"
    stale = []
    for figure in load_figures().values():
        for name, text in pictures(figure).items():
            path = folder / name
            current = path.read_text(encoding="utf-8") if path.is_file() else ""
            if text == current:
                continue
            stale.append(name)
            if not check:
                path.write_text(text, encoding="utf-8")
    verb = "out of date" if check else "written"
    print(f"{len(stale)} {verb}: {', '.join(stale) or '-'}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
