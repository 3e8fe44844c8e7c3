"""Writes resources/illustrations/<exercise>.svg from the figures in resources/figures.toml.

    python tools/make_illustrations.py [--check]

--check writes nothing and exits 1 when a committed picture differs from its figure.
"""

from __future__ import annotations

import sys

from kneecoach.core.figures import load_figures, still, to_svg
from kneecoach.core.paths import resources_dir


def main(argv: list[str]) -> int:
    check = "--check" in argv
    folder = resources_dir() / "illustrations"
    stale = []
    for figure in load_figures().values():
        path = folder / f"{figure.id}.svg"
        text = to_svg(still(figure), figure.description)
        current = path.read_text(encoding="utf-8") if path.is_file() else ""
        if text == current:
            continue
        stale.append(path.name)
        if not check:
            path.write_text(text, encoding="utf-8")
    verb = "out of date" if check else "written"
    print(f"{len(stale)} {verb}: {', '.join(stale) or '-'}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
