"""The system-tray icon: a way back to KneeCoach while its window is hidden."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from kneecoach.core.paths import resources_dir


def app_icon(tray: bool = False) -> QIcon:
    folder = resources_dir() / "icons"
    preferred = folder / ("kneecoach-tray.svg" if tray else "kneecoach.svg")
    return QIcon(str(preferred if preferred.is_file() else folder / "kneecoach.svg"))


class TrayIcon(QObject):
    open_requested = Signal()
    start_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(app_icon(tray=True), self)
        self.menu = QMenu()
        self.start_action = QAction("Start routine", self.menu)
        self.open_action = QAction("Open KneeCoach", self.menu)
        self.quit_action = QAction("Quit", self.menu)
        self.start_action.triggered.connect(self.start_requested)
        self.open_action.triggered.connect(self.open_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.start_action)
        self.menu.addAction(self.open_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self, tooltip: str) -> None:
        self.icon.setToolTip(tooltip)
        self.icon.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()
