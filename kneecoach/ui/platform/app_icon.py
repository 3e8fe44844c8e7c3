"""KneeCoach's icon, for the window and the tray (not needed for the first frame)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from kneecoach.core.paths import resources_dir


def app_icon(tray: bool = False) -> QIcon:
    """The window's icon, or the tray's variant where there is one."""
    folder = resources_dir() / "icons"
    preferred = folder / ("kneecoach-tray.svg" if tray else "kneecoach.svg")
    return QIcon(str(preferred if preferred.is_file() else folder / "kneecoach.svg"))
