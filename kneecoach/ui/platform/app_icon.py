"""KneeCoach's icon, for the window, the tray and notifications (not needed for the
first frame)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from kneecoach.core.paths import resources_dir


def icon_path(tray: bool = False) -> Path:
    """The icon's file: the tray's variant where there is one, else the app's."""
    folder = resources_dir() / "icons"
    preferred = folder / ("kneecoach-tray.svg" if tray else "kneecoach.svg")
    return preferred if preferred.is_file() else folder / "kneecoach.svg"


def app_icon(tray: bool = False) -> QIcon:
    """The window's icon, or the tray's."""
    return QIcon(str(icon_path(tray)))
