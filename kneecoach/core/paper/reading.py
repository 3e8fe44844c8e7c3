"""The person's files, read for a document without changing any of them.

As the app's stores open they mend what they find wrong: a damaged file is set
aside, a lost one brought back from its last good copy, the index written again.
A document made from the command line, perhaps while KneeCoach is open, must
change nothing: here every file is read as a read-only store reads it, and what
cannot be read is left out and said in plain lines.
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

from kneecoach.core.catalogue import Catalogue
from kneecoach.core.clock import Clock
from kneecoach.core.history import SessionSummary
from kneecoach.core.i18n import translate
from kneecoach.core.my_library import MyLibrary
from kneecoach.core.notices import Notice
from kneecoach.core.safety import LOOK_BACK
from kneecoach.core.settings import Settings, validate
from kneecoach.core.settings_file import SETTINGS_FILE, SETTINGS_SCHEMA
from kneecoach.core.storage.files import backup_path
from kneecoach.core.storage.history_files import (
    HISTORY_FOLDER,
    INDEX_FILE,
    describe_month,
    fingerprint,
    month_of,
    read_index,
)
from kneecoach.core.storage.history_reading import SessionFile
from kneecoach.core.storage.versioned import read_versioned


def only_read() -> str:
    """Why nothing is written: the reason every read-only reader is given."""
    return translate("Paper", "it is only read, to make a document")


def read_settings(config_dir: Path) -> Settings:
    """The settings as saved (the defaults for what cannot be used); nothing is written."""
    reading = read_versioned(config_dir / SETTINGS_FILE, SETTINGS_SCHEMA, {}, None)
    settings, _problems, _unknown = validate(reading.document)
    return settings


def read_library(catalogue: Catalogue, data_dir: Path, clock: Clock) -> MyLibrary:
    """The person's own exercises and routines, read as they are."""
    library = MyLibrary(catalogue, data_dir, clock)
    for file in (library.exercises.file, library.routines.file):
        file.read_only_because = only_read()
    library.load()
    return library


def months_between(first: date, last: date) -> list[str]:
    months, day = [], first.replace(day=1)
    while day <= last:
        months.append(month_of(day))
        day = (day + timedelta(days=32)).replace(day=1)
    return months


def read_history(
    data_dir: Path, first: date, last: date, clock: Clock
) -> tuple[list[SessionSummary], list[str]]:
    """The sessions from six weeks before `first` (what the advice reads) to `last`,
    oldest first, and a plain line for each file or entry that could not be read."""
    folder = data_dir / HISTORY_FOLDER
    index = read_index(folder / INDEX_FILE) or {}
    sessions: list[SessionSummary] = []
    left_out: list[str] = []
    for month in months_between(first - LOOK_BACK, last):
        path = folder / f"{month}.toml"
        indexed = index.get(month)
        if indexed is not None and indexed[0] == fingerprint(path):
            sessions += indexed[1]
            continue
        if not os.path.lexists(path) and not backup_path(path).exists():
            continue
        file = SessionFile(
            path, describe_month(month, path.name), clock.now, only_read, may_restore=False
        )
        records, notices = file.read()
        sessions += [SessionSummary.of(record) for record in records]
        left_out += [plain_line(notice) for notice in notices]
    sessions.sort(key=lambda s: s.started_at)
    return sessions, left_out


def plain_line(notice: Notice) -> str:
    return translate("Paper", "{title}: {text}").format(title=notice.title, text=notice.text)
