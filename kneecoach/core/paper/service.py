"""The documents as the app asks for them: from what the coach holds, saved through it.

The interface asks for a sheet or a report, paints it, and hands the bytes back
to be written here: a failure is told in plain words, never raised.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.paper.report import DEFAULT_WEEKS, ProgressReport, progress_report
from kneecoach.core.paper.sheet import ProgrammeSheet, programme_sheet
from kneecoach.core.storage.files import PRIVATE_FILE_MODE, StoreError, write_file

if TYPE_CHECKING:
    from kneecoach.core.coach import Coach
    from kneecoach.core.history import SessionSummary
    from kneecoach.core.my_library import MyLibrary
    from kneecoach.core.routine import Routine
    from kneecoach.core.settings import Settings


def sheet_for(
    library: MyLibrary, settings: Settings, today: date, routine: Routine | None = None
) -> ProgrammeSheet:
    """The sheet of `routine` (the chosen one when None), on the person's timings: for
    the app and the command line alike."""
    return programme_sheet(
        routine or library.chosen_routine(), library.library, settings.timings(), today
    )


def report_for(
    library: MyLibrary,
    settings: Settings,
    today: date,
    sessions: Sequence[SessionSummary],
    weeks: int = DEFAULT_WEEKS,
    left_out: Sequence[str] = (),
) -> ProgressReport:
    """The report of the last `weeks` weeks against the person's goal and timings."""
    return progress_report(
        sessions,
        today,
        weeks,
        settings.weekly_goal,
        library.library,
        library.chosen_routine(),
        settings.timings(),
        left_out,
    )


def sheet_of(coach: Coach, routine: Routine | None = None) -> ProgrammeSheet:
    return sheet_for(coach.library, coach.settings, coach.today(), routine)


def report_of(coach: Coach, weeks: int = DEFAULT_WEEKS) -> ProgressReport:
    return report_for(coach.library, coach.settings, coach.today(), coach.history.sessions, weeks)


def save_document(path: Path, data: bytes) -> Notice:
    """Write a PDF made for the person; what became of it, in words."""
    try:
        write_file(path, data, PRIVATE_FILE_MODE)
    except StoreError as error:
        return Notice(translate("Paper", "The document was not saved"), error.strerror or "")
    return Notice(
        translate("Paper", "Document saved"),
        translate("Paper", "Saved as {path}.").format(path=path),
    )
