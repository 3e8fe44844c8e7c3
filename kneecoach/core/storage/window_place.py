"""Where the main window was and how large, kept between runs in `window.toml`.

Only a convenience: a file that cannot be used means the window opens at its
default size, and nothing is told (nothing in it was the user's work); like any
file KneeCoach cannot read, it is moved aside with its bytes untouched rather
than written over, and one a newer KneeCoach wrote is used but not written over.
A failed save is let go. The geometry is Qt's own bytes, kept as base64 text; a
file without a schema_version is one from before it had one.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
from pathlib import Path
from typing import Any

from kneecoach.core.clock import Clock, SystemClock
from kneecoach.core.storage.files import (
    StoreError,
    UnreadableFile,
    quarantine,
    read_toml,
    write_toml,
)

WINDOW_STATE_FILE = "window.toml"
WINDOW_SCHEMA = 1
MAX_GEOMETRY_BYTES = 4096  # Qt's saved geometry is under a hundred bytes


class WindowPlace:
    """Where the window was and how large: Qt's own geometry bytes, kept in window.toml.
    Read before the first frame, where there is no clock yet: the system's is used then."""

    def __init__(self, folder: Path, clock: Clock | None = None) -> None:
        self.path = folder / WINDOW_STATE_FILE
        self._clock = clock or SystemClock()
        self._others: dict[str, Any] = {}  # keys of a later version, kept as they were
        self._writable = True  # not over a newer KneeCoach's file

    def load(self) -> bytes | None:
        """The saved geometry, or None when there is none that can be used."""
        if not os.path.lexists(self.path):
            return None
        try:
            document = read_toml(self.path, limit=MAX_GEOMETRY_BYTES * 2)
            version = document.pop("schema_version", WINDOW_SCHEMA)  # none before 1 was set
            text = document.pop("geometry", None)
            if type(version) is not int or version < 1 or not isinstance(text, str):
                raise ValueError("not a window file")
            geometry = base64.b64decode(text, validate=True)
        except (UnreadableFile, binascii.Error, ValueError):
            with contextlib.suppress(OSError):  # a read-only folder: then it stays as it is
                quarantine(self.path, self._clock.now())
            return None
        self._others = document
        self._writable = version <= WINDOW_SCHEMA
        return geometry[:MAX_GEOMETRY_BYTES] or None

    def save(self, geometry: bytes) -> None:
        """Keep `geometry`; a failure (a full disk, a read-only folder) is let go."""
        if not self._writable:
            return
        text = base64.b64encode(geometry[:MAX_GEOMETRY_BYTES]).decode("ascii")
        document = {**self._others, "schema_version": WINDOW_SCHEMA, "geometry": text}
        with contextlib.suppress(StoreError):
            write_toml(self.path, document, keep_backup=False)
