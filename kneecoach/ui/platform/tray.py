"""The system-tray icon: today's status at a glance and the daily reminder's controls."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from kneecoach.core.i18n import translate
from kneecoach.ui.platform.app_icon import app_icon


@dataclass(frozen=True)
class TrayMoment:
    """What the tray menu offers depends on the moment: only what can be done now."""

    done_today: bool = False
    # A reminder was given or snoozed and is not yet answered (assumed until said).
    reminder_waiting: bool = True
    session_running: bool = False

    def offers(self) -> set[str]:
        offered = {"open", "settings", "quit"}
        if self.session_running:
            return offered
        offered.add("start")
        if not self.done_today:
            offered.add("skip")
            if self.reminder_waiting:
                offered |= {"snooze15", "snooze60"}
        return offered


class TrayIcon(QObject):
    open_requested = Signal()
    start_requested = Signal()
    snooze_requested = Signal(int)  # minutes
    skip_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()
    message_clicked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(app_icon(tray=True), self)
        self.menu = QMenu()
        self.actions: dict[str, QAction] = {}
        self.moment = TrayMoment()
        entries = [
            ("start", translate("TrayIcon", "Start routine"), self.start_requested.emit),
            ("open", translate("TrayIcon", "Open KneeCoach"), self.open_requested.emit),
            None,
            (
                "snooze15",
                translate("TrayIcon", "Snooze 15 min"),
                lambda: self.snooze_requested.emit(15),
            ),
            (
                "snooze60",
                translate("TrayIcon", "Snooze 1 hour"),
                lambda: self.snooze_requested.emit(60),
            ),
            ("skip", translate("TrayIcon", "Skip today"), self.skip_requested.emit),
            None,
            ("settings", translate("TrayIcon", "Settings…"), self.settings_requested.emit),
            ("quit", translate("TrayIcon", "Quit KneeCoach"), self.quit_requested.emit),
        ]
        for entry in entries:
            if entry is None:
                self.menu.addSeparator()
                continue
            key, label, handler = entry
            action = QAction(label, self.menu)
            action.triggered.connect(handler)
            self.menu.addAction(action)
            self.actions[key] = action
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.message_clicked)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def set_status(self, tooltip: str, done_today: bool) -> None:
        self.icon.setToolTip(tooltip)
        self.show_moment(replace(self.moment, done_today=done_today))

    def show_moment(self, moment: TrayMoment) -> None:
        """Show only the menu entries that fit `moment` (the separators fold with them)."""
        self.moment = moment
        offered = moment.offers()
        for key, action in self.actions.items():
            action.setVisible(key in offered)

    def tell(self, title: str, text: str) -> None:
        """A balloon from the tray icon: where the desktop has no notification daemon."""
        self.icon.showMessage(title, text, app_icon(), 60_000)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()
