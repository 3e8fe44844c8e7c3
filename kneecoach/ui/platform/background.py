"""KneeCoach with no window, where the desktop has no tray (GNOME's default).

Closing the window then asks, once, whether KneeCoach keeps reminding in the
background or quits; the answer is a setting. In the background the reminders
come as desktop notifications; leaving says so in a notification that can quit
it, and a new launch brings the window back with a Quit button in a banner.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from kneecoach import APP_NAME
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.ui.dialogs.question import message_box
from kneecoach.ui.platform.desktop_notifications import DesktopNotifications
from kneecoach.ui.platform.tray import TrayIcon

if TYPE_CHECKING:
    from kneecoach.core.coach import Coach
    from kneecoach.ui.shell import Shell
    from kneecoach.ui.widgets.notices import NoticeBanner

log = logging.getLogger(__name__)

ASK, KEEP, QUIT = "ask", "keep-reminding", "quit"
HIDE, STAY = "hide", "stay"  # what a close does besides quitting: hide the window, or nothing
DAEMON_TIMEOUT = -1  # the notification daemon's own time-out: a word, not a reminder


def start_at_login_text(has_tray: bool | None = None) -> str:
    """The start-at-login setting, saying what really happens on this desktop."""
    if TrayIcon.available() if has_tray is None else has_tray:
        return translate("Background", "Start KneeCoach when I log in (it waits in the tray)")
    return translate("Background", "Start KneeCoach when I log in (it reminds you, with no window)")


def closing_choice_box(has_tray: bool | None = None) -> QComboBox:
    """The setting for what closing the window does (for the settings dialog). With a
    tray nothing is asked: the window goes to the tray unless told to quit."""
    box = QComboBox()
    if TrayIcon.available() if has_tray is None else has_tray:
        box.addItem(translate("Background", "Keep reminding me from the tray"), KEEP)
    else:
        box.addItem(translate("Background", "Ask me the first time"), ASK)
        box.addItem(translate("Background", "Keep reminding me in the background"), KEEP)
    box.addItem(translate("Background", "Quit KneeCoach"), QUIT)
    box.setAccessibleName(closing_choice_label())
    return box


def closing_choice_label() -> str:
    return translate("Background", "When I close the window")


def what_closing_does(coach: Coach, parent: QWidget, has_tray: bool) -> str:
    """HIDE (reminders go on), QUIT, or STAY (the person put the question aside)."""
    choice = coach.settings.when_window_closes
    if has_tray:  # the tray icon brings the window back: closing hides, unless told to quit
        return QUIT if choice == QUIT else HIDE
    if not coach.settings.reminders:
        return QUIT  # nothing to remind of: no reason to stay without a window
    if choice == ASK:
        answer = ask_when_closing(parent, coach)
        if answer is None:
            return STAY
        coach.apply_settings(replace(coach.settings, when_window_closes=answer))
        log.info("closing the window from now on: %s", answer)
        choice = answer
    return HIDE if choice == KEEP else QUIT


def ask_when_closing(parent: QWidget, coach: Coach) -> str | None:
    """The question, once: KEEP, QUIT, or None (Cancel: the window stays open)."""
    box = closing_question(parent, coach)
    box.exec()
    clicked = box.clickedButton()
    return str(clicked.property("choice")) if clicked and clicked.property("choice") else None


def closing_question(parent: QWidget, coach: Coach) -> QMessageBox:
    from kneecoach.ui.offers import times_in_words  # (offers loads with the shell)

    box = message_box(parent)  # words a screen reader reads without a warning
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Background", "Keep reminding you?"))
    question = translate("Background", "Keep reminding you after the window is closed?")
    details = translate(
        "Background",
        "This desktop shows no tray icon for KneeCoach. It can keep running without "
        "a window and remind you at {times} with a notification.\n\n"
        "To see the window again, open KneeCoach from your applications. To quit, "
        "press Ctrl+Q in the window or choose Quit KneeCoach in its notification.\n\n"
        "KneeCoach remembers your answer; you can change it in Settings.",
    ).format(times=times_in_words(coach.settings.reminder_times))
    box.setText(f"{question}\n\n{details}")  # one plain label (see dialogs/question.py)
    keep = box.addButton(
        translate("Background", "Keep reminding me in the background"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep.setProperty("choice", KEEP)
    quit_button = box.addButton(
        translate("Background", "Quit KneeCoach"), QMessageBox.ButtonRole.DestructiveRole
    )
    quit_button.setProperty("choice", QUIT)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


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
            self._notifications = DesktopNotifications(APP_NAME, _icon(), self)
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


def _icon() -> str:
    from kneecoach.core.paths import resources_dir

    return str(resources_dir() / "icons" / "kneecoach.svg")
