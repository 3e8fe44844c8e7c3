"""Where the main window was and how large, kept between runs in `window.toml`.

Only a convenience: a file that cannot be used means the window opens at its
default size, and nothing is told (nothing in it was the user's work); like any
file KneeCoach cannot read, it is moved aside with its bytes untouched rather
than written over. A failed save is let go. The geometry is Qt's own bytes, kept
as base64 text; the file carries no schema_version, as it always had none.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
from pathlib import Path

from kneecoach.core.clock import Clock
from kneecoach.core.storage.files import (
    StoreError,
    UnreadableFile,
    quarantine,
    read_toml,
    write_toml,
)

WINDOW_FILE = "window.toml"
MAX_GEOMETRY_BYTES = 4096  # Qt's saved geometry is under a hundred bytes


class WindowStore:
    def __init__(self, folder: Path, clock: Clock) -> None:
        self.path = folder / WINDOW_FILE
        self._clock = clock

    def load(self) -> bytes | None:
        """The saved geometry, or None when there is none that can be used."""
        if not os.path.lexists(self.path):
            return None
        try:
            text = read_toml(self.path, limit=MAX_GEOMETRY_BYTES * 2).get("geometry")
            if not isinstance(text, str):
                raise ValueError("no geometry")
            geometry = base64.b64decode(text, validate=True)
        except (UnreadableFile, binascii.Error, ValueError):
            with contextlib.suppress(OSError):  # a read-only folder: then it stays as it is
                quarantine(self.path, self._clock.now())
            return None
        return geometry[:MAX_GEOMETRY_BYTES] or None

    def save(self, geometry: bytes) -> None:
        """Keep `geometry`; a failure (a full disk, a read-only folder) is let go."""
        text = base64.b64encode(geometry[:MAX_GEOMETRY_BYTES]).decode("ascii")
        with contextlib.suppress(StoreError):
            write_toml(self.path, {"geometry": text}, keep_backup=False)
