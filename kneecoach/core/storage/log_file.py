"""KneeCoach's log: one file in the data folder, the user's alone (0600), started
afresh when it grows large, and never a flood on the terminal when it cannot be
written (a full disk): the first failure is said once, then the file is left.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
import time
from pathlib import Path

from kneecoach import APP_NAME, __version__
from kneecoach.core.storage.files import PRIVATE_FILE_MODE, ensure_private_dir

LOG_FILE = "kneecoach.log"
LOG_LIMIT = 256_000  # bytes; one previous log is kept beside it
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("kneecoach")


class QuietFileHandler(logging.FileHandler):
    """A log file that, once a write fails, says so once and then stays quiet."""

    def __init__(self, path: Path) -> None:
        self.failed = False
        super().__init__(path, encoding="utf-8")

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed: -> TextIOWrapper
        descriptor = os.open(
            self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE
        )
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        if self.failed:
            return
        self.failed = True  # first, so what is said next does not come back here
        error = sys.exc_info()[1]
        reason = "the disk is full" if getattr(error, "errno", None) == errno.ENOSPC else error
        stream, self.stream = self.stream, None
        with contextlib.suppress(OSError, ValueError):  # what it still buffers is lost
            if stream is not None:
                stream.close()
        # Said on the other handlers (the terminal); this one is quiet from now on.
        log.warning("the log file %s can no longer be written (%s)", self.baseFilename, reason)


def set_up_logging(data_dir: Path) -> None:
    """Log to the terminal and to the data folder's log file (when it can be opened)."""
    root = logging.getLogger("kneecoach")
    if root.handlers:
        return
    root.setLevel(logging.INFO)
    formatter = logging.Formatter(_FORMAT)
    stream = logging.StreamHandler()
    stream.setFormatter(formatter)
    root.addHandler(stream)
    try:
        ensure_private_dir(data_dir)
        handler = QuietFileHandler(trimmed_log(data_dir / LOG_FILE))
        handler.setFormatter(formatter)
        root.addHandler(handler)
    except OSError as error:
        root.warning("no log file in %s: %s", data_dir, error)
    root.info("%s %s starting at %s", APP_NAME, __version__, time.strftime("%Y-%m-%d %H:%M:%S"))


def trimmed_log(path: Path, limit: int = LOG_LIMIT) -> Path:
    """Start a fresh log when the old one grows past `limit`, keeping one previous."""
    if path.is_file() and path.stat().st_size > limit:
        path.replace(path.with_suffix(".log.1"))
    return path
