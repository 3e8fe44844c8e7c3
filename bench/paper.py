"""What the documents cost: the report and the sheet from one week and ten years of history.

Each history has a session a day with pain before and after. Timed in one
process (best of five, after one warm-up): the report's content alone, the report
as a PDF for the default eight weeks and for the whole history, the sheet as a
PDF, and, as the baseline, an empty one-page PDF from the same writer. The
command line's path is timed too: reading the history's files for the report
(from the store's index, as `--save-report` reads them), then the PDF.

    QT_QPA_PLATFORM=offscreen python bench/paper.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.history import ExerciseRecord, Outcome, SessionRecord, SessionSummary
from kneecoach.core.my_exercises import Library
from kneecoach.core.paper.reading import read_history
from kneecoach.core.paper.report import period_start, progress_report
from kneecoach.core.paper.sheet import programme_sheet
from kneecoach.core.routine import Timings, default_routine
from kneecoach.core.storage.history_store import HistoryStore
from kneecoach.ui.paper.output import pdf_bytes

TODAY = date(2026, 12, 7)
ZONE = timezone(timedelta(hours=1))


class Clock:
    def now(self) -> datetime:
        return datetime(2026, 12, 7, 20, 0, tzinfo=ZONE)

    def monotonic(self) -> float:
        return time.monotonic()


def history(days: int, ids: tuple[str, ...]) -> list[SessionRecord]:
    made = []
    for back in range(days, 0, -1):
        day = TODAY - timedelta(days=back)
        start = datetime(day.year, day.month, day.day, 8, tzinfo=ZONE)
        made.append(
            SessionRecord(
                f"b{back}",
                day,
                start,
                start + timedelta(minutes=9),
                "knee-relief",
                True,
                tuple(ExerciseRecord(i, Outcome.DONE) for i in ids),
                pain_before=3 + back % 4,
                pain_after=2 + back % 5,
            )
        )
    return made


def best(action: Callable[[], object], runs: int = 5) -> float:
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def empty_pdf() -> None:
    writer = QPdfWriter(os.devnull)
    painter = QPainter(writer)
    painter.end()


def main() -> None:
    app = QGuiApplication([])  # noqa: F841
    catalogue = load_catalogue()
    library, routine, timings = Library(catalogue), default_routine(catalogue), Timings()
    ids = tuple(e.id for e in routine.exercises)
    baseline = best(empty_pdf)
    print(f"empty one-page PDF (baseline)        {baseline:8.1f} ms")
    sheet = best(lambda: pdf_bytes(programme_sheet(routine, library, timings, TODAY)))
    print(f"programme sheet PDF                  {sheet:8.1f} ms  ({sheet / baseline:.0f}×)")
    for name, days in (("one week", 7), ("one year", 365), ("ten years", 3652)):
        records = history(days, ids)
        sessions = [SessionSummary.of(r) for r in records]
        for weeks in sorted({8, days // 7 + 1}):

            def report(sessions: list[SessionSummary] = sessions, weeks: int = weeks) -> object:
                return progress_report(sessions, TODAY, weeks, 5, library, routine, timings)

            content = best(report)
            pdf = best(lambda: pdf_bytes(report()))
            print(
                f"{name:>9}, report of {weeks:3d} weeks: content {content:7.1f} ms, "
                f"PDF {pdf:7.1f} ms ({pdf / baseline:.0f}×)"
            )
        with tempfile.TemporaryDirectory() as folder:
            store = HistoryStore(Path(folder), Clock())
            store.open()
            store.merge(records)
            store.close()
            first = period_start(TODAY, 8)
            read = best(lambda f=folder, d=first: read_history(Path(f), d, TODAY, Clock()))
            print(f"{name:>9}, --save-report reading the files (8 weeks): {read:7.1f} ms")


if __name__ == "__main__":
    main()
