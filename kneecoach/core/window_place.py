"""Where the main window was and how large, kept in window.toml beside the settings."""

from __future__ import annotations

import base64
import binascii
import contextlib
from pathlib import Path

from kneecoach.core.tomlfile import StoreError, UnreadableFile, read_toml, write_toml

WINDOW_STATE_FILE = "window.toml"


class WindowPlace:
    """Where the window was and how large: Qt's own geometry bytes, kept in window.toml.
    Nothing to warn about: a lost place only means the default size next time."""

    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / WINDOW_STATE_FILE

    def load(self) -> bytes | None:
        if not self.path.exists():
            return None
        try:
            geometry = read_toml(self.path).get("geometry", "")
            return base64.b64decode(geometry, validate=True) if isinstance(geometry, str) else None
        except (UnreadableFile, binascii.Error, RecursionError):
            return None

    def save(self, geometry: bytes) -> None:
        text = base64.b64encode(geometry).decode("ascii")
        with contextlib.suppress(StoreError):
            write_toml(self.path, {"geometry": text}, keep_backup=False)
