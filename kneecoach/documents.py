"""`kneecoach --save-sheet FILE.pdf` and `--save-report FILE.pdf [--weeks N]`: a PDF and out.

No window and no lock: the person's files are only read (see core.paper.reading),
so this may run while KneeCoach is open, from a weekly job say. One plain line
on failure: exit 1 when nothing was saved; 3 when the report was saved but part
of the history could not be read (the report says what was left out).
"""

from __future__ import annotations

import os
import sys
from argparse import Namespace
from pathlib import Path

from kneecoach import APP_NAME
from kneecoach.core import paths
from kneecoach.core.catalogue import CatalogueError, load_catalogue
from kneecoach.core.clock import SystemClock
from kneecoach.core.i18n import translate
from kneecoach.core.paper.reading import read_history, read_library, read_settings
from kneecoach.core.paper.report import DEFAULT_WEEKS, ProgressReport, period_start
from kneecoach.core.paper.service import report_for, sheet_for
from kneecoach.core.paper.sheet import ProgrammeSheet
from kneecoach.core.storage.files import PRIVATE_FILE_MODE, StoreError, write_file

NOT_SAVED, PART_LEFT_OUT = 1, 3


def document_command(arguments: Namespace) -> int:
    """Make the document the command line asks for; the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed, from cron say
    from PySide6.QtGui import QGuiApplication

    from kneecoach.ui.paper.output import pdf_bytes
    from kneecoach.ui.platform import language

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    config_dir = paths.config_dir(arguments.config_dir)
    data_dir = paths.data_dir(arguments.data_dir)
    settings = read_settings(config_dir)
    chosen = language.resolve(settings.language)
    language.install(app, chosen)  # type: ignore[arg-type]  # a QGuiApplication does
    clock = SystemClock()
    try:
        catalogue = load_catalogue(language=chosen)
    except (CatalogueError, FileNotFoundError) as error:
        return _failed(str(error))
    library = read_library(catalogue, data_dir, clock)
    today = clock.now().date()
    left_out: list[str] = []
    document: ProgrammeSheet | ProgressReport
    if arguments.save_sheet:
        target = Path(arguments.save_sheet)
        document = sheet_for(library, settings, today)
    else:
        target, weeks = Path(arguments.save_report), arguments.weeks or DEFAULT_WEEKS
        sessions, left_out = read_history(data_dir, period_start(today, weeks), today, clock)
        document = report_for(library, settings, today, sessions, weeks, left_out)
    try:
        write_file(target, pdf_bytes(document), PRIVATE_FILE_MODE)
    except StoreError as error:
        return _failed(error.strerror or str(error))
    if left_out:
        return _failed(
            translate(
                "Paper", "{file} was saved, but part of your history could not be read: {what}"
            ).format(file=target, what=" ".join(left_out)),
            PART_LEFT_OUT,
        )
    return 0


def _failed(reason: str, code: int = NOT_SAVED) -> int:
    print(f"{APP_NAME}: {' '.join(reason.split())}", file=sys.stderr)
    return code
