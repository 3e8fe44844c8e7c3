"""`kneecoach --self-test`: every resource loads and the window is up; 0 when all is well.

Run by the bundle and the installed wheel to prove they carry what KneeCoach needs.
"""

from __future__ import annotations

import wave
from pathlib import Path
from typing import TYPE_CHECKING

from kneecoach import APP_ID
from kneecoach.core.desktop_entry import ICON_SIZES
from kneecoach.core.figures.parsing import FigureError, load_figures
from kneecoach.core.paths import resources_dir
from kneecoach.ui.widgets import illustrations

if TYPE_CHECKING:
    from kneecoach.app import Composed


def self_test(composed: Composed) -> int:
    """Print the result; 0 when every check passed."""
    catalogue = composed.coach.library.catalogue
    problems: list[str] = []
    for exercise in catalogue.exercises:
        path = illustrations.illustration_path_for(exercise.id)
        if not path.endswith(f"{exercise.id}.svg"):
            problems.append(f"no illustration for {exercise.id}")
        if not illustrations.renderer(exercise.id, dark=False).isValid():
            problems.append(f"illustration for {exercise.id} does not render")
    try:
        moving = load_figures()
    except FigureError as error:
        problems.append(f"moving figures: {error}")
    else:
        problems += [
            f"no moving figure for {e.id}" for e in catalogue.exercises if e.id not in moving
        ]
    problems += _missing_files() + _broken_sounds(resources_dir() / "sounds")
    problems += _paper_problems(composed)
    if not composed.window.isVisible() and composed.reminding.tray is None:
        problems.append("the main window is not visible")
    for problem in problems:
        print(f"self-test problem: {problem}")
    print("self-test passed" if not problems else "self-test FAILED", flush=True)
    return 0 if not problems else 1


def _paper_problems(composed: Composed) -> list[str]:
    """The programme sheet renders to PDF, and printing support is there to print it."""
    try:
        from PySide6.QtPrintSupport import QPrintDialog  # noqa: F401
    except ImportError as error:
        return [f"printing support cannot load: {error}"]
    from kneecoach.core.paper.service import sheet_of
    from kneecoach.ui.paper.output import pdf_bytes

    if not pdf_bytes(sheet_of(composed.coach)).startswith(b"%PDF"):
        return ["the programme sheet does not render"]
    return []


def _missing_files() -> list[str]:
    needed = [resources_dir() / "desktop" / f"{APP_ID}.desktop"]
    needed += [resources_dir() / "icons" / "png" / f"kneecoach-{n}.png" for n in ICON_SIZES]
    return [f"{path.name} is missing" for path in needed if not path.is_file()]


def _broken_sounds(folder: Path) -> list[str]:
    problems = []
    for sound in sorted(folder.glob("*.wav")):
        try:
            with wave.open(str(sound)) as handle:
                if handle.getnframes() == 0:
                    problems.append(f"{sound.name} is empty")
        except (wave.Error, OSError) as error:
            problems.append(f"{sound.name}: {error}")
    return problems
