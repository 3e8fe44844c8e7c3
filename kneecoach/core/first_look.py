"""The little the first window needs from the settings, read before the rest loads.

The window's frame appears at once, in the chosen theme and on the chosen screen
mode; the settings are read properly (checked, any problem reported) a moment
later. So this reads leniently: whatever it does not understand is the default,
and it never writes or moves a file.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import NamedTuple

SETTINGS_FILE = "settings.toml"
THEMES = ("system", "light", "dark")


class FirstLook(NamedTuple):
    theme: str = "system"
    fullscreen: bool = False


def first_look(config_dir: Path) -> FirstLook:
    try:
        # utf-8-sig, as the settings store reads it: an editor may start the file with a BOM.
        table = tomllib.loads((config_dir / SETTINGS_FILE).read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError):  # TOMLDecodeError and UnicodeDecodeError are ValueErrors
        return FirstLook()
    theme, fullscreen = table.get("theme"), table.get("start_fullscreen")
    default = FirstLook()
    return FirstLook(
        theme if theme in THEMES else default.theme,
        fullscreen if isinstance(fullscreen, bool) else default.fullscreen,
    )
