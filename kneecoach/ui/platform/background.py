"""KneeCoach with no window, where the desktop has no tray (GNOME's default).

Closing the window then asks, once, whether KneeCoach keeps reminding in the
background or quits (`ui/dialogs/closing.py`). In the background the reminders
come as desktop notifications; leaving says so in a notification that can quit
it, and a new launch brings the window back with a Quit button in a banner.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kneecoach import APP_NAME
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.ui.platform.app_icon import icon_path
from kneecoach.ui.platform.desktop_notifications import DesktopNotifications

if TYPE_CHECKING:
    from kneecoach.ui.shell import Shell
    from kneecoach.ui.widgets.notices import NoticeBanner

log = logging.getLogger(__name__)

DAEMON_TIMEOUT = -1  # the notification daemon's own time-out: a word, not a reminder


def notifications_available() -> bool:
    """Whether reminders can come with no window at all: a notification service runs."""
    probe = DesktopNotifications(APP_NAME, "")
    try:
        return probe.available()
    finally:
        probe.deleteLater()


class Background(QObject):
    """The window closed (or never shown) with no tray: a word, a way to quit, a way back."""

    def __init__(self, shell: Shell, has_tray: bool) -> None:
        super().__init__(shell)
        self.shell = shell
        self.has_tray = has_tray
        self.away = False  # running with no window since the last time it was shown
        self._notifications: DesktopNotifications | None = None
        self._banner: NoticeBanner | None = None
        shell.hidden_to_tray.connect(self.window_closed)

    def started_unseen(self) -> None:
        """Started at login with no window: the first look at it offers Quit too."""
        log.info("waiting in the background: reminders come as notifications")
        self.away = True

    def window_closed(self) -> None:
        if self.has_tray:
            return  # the tray says it (offers.hidden_to_tray)
        self.away = True
        log.info("window closed: reminding in the background")
        if self._notifications is None:
            self._notifications = DesktopNotifications(APP_NAME, str(icon_path()), self)
            self._notifications.action_invoked.connect(self._action)
        actions = [
            ("default", translate("Background", "Open KneeCoach")),
            ("quit", translate("Background", "Quit KneeCoach")),
        ]
        shown = self._notifications.notify(
            translate("Background", "KneeCoach keeps reminding you"),
            translate(
                "Background",
                "Its window is closed; your reminders still come. To quit, choose Quit "
                "KneeCoach here.",
            ),
            actions,
            DAEMON_TIMEOUT,
        )
        if not shown:
            log.info("no notification service: the next reminder opens the window")

    def came_back(self) -> None:
        """The window is shown again after a time without one: say how to quit it."""
        if self._notifications is not None:
            self._notifications.close_all()
        if not self.away:
            return
        self.away = False
        if self._banner is not None and self._banner in self.shell.notices.banners():
            return
        self._banner = self.shell.offer(
            Notice(
                translate("Background", "KneeCoach was reminding you in the background"),
                translate(
                    "Background",
                    "Closing the window keeps it reminding you. To stop it, quit KneeCoach "
                    "(Ctrl+Q).",
                ),
            ),
            (translate("Background", "Quit KneeCoach"), self.shell.quit),
        )

    def _action(self, key: str) -> None:
        log.info("background notification: %s", key)
        if key == "quit":
            self.shell.quit()
        else:
            self.shell.window.bring_forward()
            self.came_back()
