"""A PDF read back as poppler's tools see it: its text, its words and where, its images."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import NamedTuple


class Word(NamedTuple):
    page: int
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    text: str

    @property
    def centre(self) -> float:
        return (self.x_min + self.x_max) / 2


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout


def flat_text(path: Path) -> str:
    """The text with every run of white space made one space (lines wrap where they fit)."""
    return " ".join(_run("pdftotext", str(path), "-").split())


def layout_text(path: Path) -> str:
    """The text as laid out: a table's row on one line, its cells apart."""
    return _run("pdftotext", "-layout", str(path), "-")


def in_a_row(text: str, *cells: object) -> bool:
    """Whether `cells` stand in this order on one line of `text`, only spaces between."""
    pattern = r" {1,150}".join(re.escape(str(cell)) for cell in cells)
    return re.search(pattern, text) is not None


def flat(text: str) -> str:
    return " ".join(text.split())


def page_count(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", _run("pdfinfo", str(path)), re.M).group(1))


def images(path: Path) -> list[str]:
    """pdfimages' list of the images in the file, without its two heading lines."""
    return _run("pdfimages", "-list", str(path)).splitlines()[2:]


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def words(path: Path) -> list[Word]:
    found: list[Word] = []
    for number, page in enumerate(_run("pdftotext", "-bbox", str(path), "-").split("<page ")[1:]):
        for match in _WORD.finditer(page):
            x0, y0, x1, y1 = (float(v) for v in match.groups()[:4])
            found.append(Word(number + 1, x0, y0, x1, y1, match.group(5)))
    return found


def number_above(all_words: list[Word], label: list[Word]) -> str:
    """The number painted over a chart's label (a bar's value): the nearest word above
    it, centred on it."""
    centre = (label[0].x_min + label[-1].x_max) / 2
    above = [
        w
        for w in all_words
        if w.page == label[0].page
        and w.text.isdigit()
        and abs(w.centre - centre) < 3
        and 0 < label[0].y_min - w.y_max < 150
    ]
    return min(above, key=lambda w: label[0].y_min - w.y_max).text
