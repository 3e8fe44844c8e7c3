"""KneeCoach's log: to the terminal and to kneecoach.log in the data folder."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from kneecoach import APP_NAME, __version__

LOG_FILE = "kneecoach.log"


def set_up_logging(data_dir: Path) -> None:
    root = logging.getLogger("kneecoach")
    if root.handlers:
        return
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    stream = logging.StreamHandler()
    stream.setFormatter(formatter)
    root.addHandler(stream)
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.FileHandler(_trimmed_log(data_dir / LOG_FILE), encoding="utf-8")
        handler.setFormatter(formatter)
        root.addHandler(handler)
    except OSError as error:
        root.warning("no log file in %s: %s", data_dir, error)
    root.info("%s %s starting at %s", APP_NAME, __version__, time.strftime("%Y-%m-%d %H:%M:%S"))


def _trimmed_log(path: Path, limit: int = 256_000) -> Path:
    """Start a fresh log when the old one grows past `limit`, keeping one previous."""
    if path.exists() and path.stat().st_size > limit:
        path.replace(path.with_suffix(".log.1"))
    return path
