"""The daily reminder and the tray: when it is due (the core's scheduler, on a Qt
timer), how it is said (the desktop's notifications, else the tray, else the
window), and what the tray's menu and tooltip show."""

from __future__ import annotations

import logging
from datetime import tzinfo

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from kneecoach import APP_NAME
from kneecoach.core.coach import Change, Coach
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.reminders import (
    Reminder,
    ReminderScheduler,
    Schedule,
    describe_when,
    reminder_message,
)
from kneecoach.ui.platform.app_icon import icon_path
from kneecoach.ui.platform.desktop_notifications import DesktopNotifications
from kneecoach.ui.platform.reminder_timer import ReminderTimer
from kneecoach.ui.platform.tray import TrayIcon, TrayMoment
from kneecoach.ui.shell import Shell

log = logging.getLogger(__name__)
SNOOZE_MINUTES = 15


class Reminding(QObject):
    def __init__(self, shell: Shell, zone: tzinfo, tray: TrayIcon | None) -> None:
        super().__init__(shell)
        self.shell = shell
        self.coach: Coach = shell.coach
        self.zone = zone
        self.tray = tray
        self.notifications: DesktopNotifications | None = None
        self.timer: ReminderTimer | None = None
        self.reminded = False  # a reminder was said and not yet answered by a session
        if tray is not None:
            tray.start_requested.connect(shell.start_routine)
            tray.snooze_requested.connect(self.snooze)
            tray.skip_requested.connect(self.skip_today)
            tray.settings_requested.connect(shell.open_settings)
            tray.quit_requested.connect(shell.quit)
            tray.message_clicked.connect(shell.start_routine)
            tray.show()
        shell.session_started.connect(self.close_notifications)
        shell.session_started.connect(self._answered)
        self.coach.subscribe(self.changed)

    def start(self) -> None:
        """Start looking at the clock: just after the window's first paint."""
        self.notifications = DesktopNotifications(APP_NAME, str(icon_path()), self)
        self.notifications.action_invoked.connect(self._notification_action)
        self.notifications.shown_changed.connect(self.refresh_tray)
        scheduler = ReminderScheduler(
            self.coach.clock,
            lambda: self.zone,
            Schedule.from_settings(self.coach.settings),
            self.coach.stores.state.state.reminders,
            self.coach.practised_on,
        )
        self.timer = ReminderTimer(scheduler, self._save_state, self)
        self.timer.remind.connect(self.deliver)
        self.timer.status_changed.connect(self.refresh_tray)
        self.timer.check()

    def changed(self, change: Change) -> None:
        if self.timer is None:
            return
        if change.settings:
            self.timer.scheduler.set_schedule(Schedule.from_settings(self.coach.settings))
        # Done today (or undone by a deletion): the reminders look again, and the tray.
        self.timer.check()

    def _save_state(self) -> None:
        if self.timer is not None:
            self.coach.stores.state.state.reminders = self.timer.scheduler.state
        self.coach.save_state()

    def refresh_tray(self) -> None:
        if self.tray is None or self.timer is None:
            return
        streaks = self.coach.streaks()
        streak = streaks.current  # a plain name: lupdate reads no dotted count
        lines = [
            APP_NAME,
            translate("AppController", "Today: done ✓")
            if streaks.done_today
            else translate("AppController", "Today: not done yet"),
            translate("AppController", "Streak: %n day(s)", None, streak),
        ]
        if self.timer.next_due is not None:
            when = describe_when(self.timer.next_due, self.coach.clock.now(), self.zone)
            lines.append(translate("AppController", "Next reminder: {when}").format(when=when))
        self.tray.icon.setToolTip("\n".join(lines))
        self.tray.show_moment(self._moment(streaks.done_today))

    def _moment(self, done_today: bool) -> TrayMoment:
        """What the tray's menu offers now: no Snooze when nothing is due, say."""
        assert self.timer is not None
        shown = self.notifications is not None and self.notifications.shown() > 0
        snoozed = self.timer.scheduler.state.snoozed_until is not None
        waiting = self.reminded or shown or snoozed
        return TrayMoment(done_today, waiting, self.shell.session_running())

    def _answered(self) -> None:
        self.reminded = False
        self.refresh_tray()

    def deliver(self, reminder: Reminder) -> None:
        """Say it is time, through the best channel this desktop has."""
        if self.shell.session_running():
            return  # already doing it
        self.reminded = True
        self.refresh_tray()
        title, text = reminder_message(reminder, self.coach.routine_minutes(), self.zone)
        start = translate("AppController", "Start now")
        actions = [
            ("default", start),
            ("start", start),
            ("snooze", translate("AppController", "Snooze 15 min")),
        ]
        daemon = self.notifications
        if daemon is not None and daemon.available() and daemon.notify(title, text, actions):
            log.info("reminder shown by the desktop's notification service")
            return
        if self.tray is not None:
            self.tray.tell(
                title,
                translate("AppController", "{reminder} Click here to start.").format(reminder=text),
            )
            log.info("reminder shown as a tray message")
            return
        window = self.shell.window
        self.shell.offer(
            Notice(title, text),
            (translate("MainWindow", "Start now"), self.shell.start_routine),
            (translate("MainWindow", "Snooze 15 min"), lambda: self.snooze(SNOOZE_MINUTES)),
        )
        window.bring_forward()
        QApplication.alert(window)
        log.info("reminder shown in the window")

    def _notification_action(self, key: str) -> None:
        log.info("reminder notification: %s", key)
        if key in ("default", "start"):
            self.shell.start_routine()
        elif key == "snooze":
            self.snooze(SNOOZE_MINUTES)

    def close_notifications(self) -> None:
        if self.notifications is not None:
            self.notifications.close_all()

    def snooze(self, minutes: int) -> None:
        if self.timer is not None:
            self.timer.snooze(minutes)

    def skip_today(self) -> None:
        if self.timer is not None:
            self.timer.skip_today()

    def stop(self) -> None:
        if self.timer is not None:
            self.timer.stop()
        if self.tray is not None:
            self.tray.icon.hide()
