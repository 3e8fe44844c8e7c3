"""The little the first window needs from the settings, read before the rest loads.

The window's frame appears at once, in the chosen theme and on the chosen screen
mode; the settings are read properly (checked, any problem reported) a moment
later. So this reads leniently, through the same reader as the settings store:
whatever it does not understand is the default, and it never writes or moves a
file (the settings store does that, and tells the user, a moment later).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from kneecoach.core.settings_file import SETTINGS_FILE, SETTINGS_SCHEMA, THEMES
from kneecoach.core.storage.versioned import Found, read_versioned


class FirstLook(NamedTuple):
    theme: str = "system"
    fullscreen: bool = False


def first_look(config_dir: Path) -> FirstLook:
    # now=None: an unreadable file is left where it is, for the settings store to handle.
    reading = read_versioned(config_dir / SETTINGS_FILE, SETTINGS_SCHEMA, {}, now=None)
    if reading.found not in (Found.CURRENT, Found.NEWER):
        return FirstLook()
    table = reading.document
    theme, fullscreen = table.get("theme"), table.get("start_fullscreen")
    default = FirstLook()
    return FirstLook(
        theme if theme in THEMES else default.theme,
        fullscreen if isinstance(fullscreen, bool) else default.fullscreen,
    )
