"""Render the programme sheet and the progress report to PNG pages, as printed at 150 dpi.

A known history (eight weeks, the tests' own) and one exercise of the person's own,
in each language asked for:

    python tools/paper_pages.py OUT_FOLDER [en de …]    (needs pdftoppm)

Writes sheet-<lang>.pdf, report-<lang>.pdf and their pages sheet-<lang>-1.png ….
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.history import SessionSummary
from kneecoach.core.my_exercises import Library
from kneecoach.core.paper.paper import PaperSize
from kneecoach.core.paper.report import progress_report
from kneecoach.core.paper.sheet import programme_sheet
from kneecoach.core.routine import Dose, Timings, default_routine
from kneecoach.ui.paper.output import pdf_bytes
from kneecoach.ui.platform import language
from tests.paper import known

OWN = {
    "en": ("Heel slides", "Lie on your back and slowly slide one heel towards you, then back."),
    "de": (
        "Fersen gleiten",
        "Legen Sie sich auf den Rücken und ziehen Sie eine Ferse langsam heran.",
    ),
}


def render(folder: Path, code: str) -> None:
    catalogue = load_catalogue(language=code)
    name, step = OWN.get(code, OWN["en"])
    own = replace(
        catalogue.exercises[0],  # counted reps, as a heel slide is
        id="my-heel-slides",
        name=name,
        steps=(step,),
        custom=True,
        caution_ids=(),
        cautions=(),
        reps=10,
        directions=(),
    )
    library = Library(catalogue, (own,))
    routine = default_routine(catalogue)
    routine = replace(routine, doses=(Dose(reps=15),))
    timings = Timings(hold_seconds=40)
    sessions = [SessionSummary.of(r) for r in known.records()]
    documents = {
        "sheet": programme_sheet(routine, library, timings, known.TODAY),
        "report": progress_report(sessions, known.TODAY, 8, known.GOAL, library, routine, timings),
    }
    for kind, document in documents.items():
        pdf = folder / f"{kind}-{code}.pdf"
        pdf.write_bytes(pdf_bytes(document, PaperSize.A4))
        subprocess.run(
            ["pdftoppm", "-r", "150", "-png", str(pdf), str(folder / f"{kind}-{code}")], check=True
        )


def main() -> None:
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    for code in sys.argv[2:] or ["en", "de"]:
        language.install(app, code)
        render(folder, code)


if __name__ == "__main__":
    main()
