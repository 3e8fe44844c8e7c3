"""Holds the app together: stores, settings, the main window and the running session."""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import replace
from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kneecoach import APP_NAME
from kneecoach.core.autostart import Autostart, launch_command
from kneecoach.core.autostart import for_this_computer as autostart_for_this_computer
from kneecoach.core.catalogue import Catalogue, CatalogueError, load_catalogue
from kneecoach.core.clock import Clock, LocalZone, SystemClock
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.pain import Hidden
from kneecoach.core.paths import resources_dir
from kneecoach.core.routine import Routine, routine_minutes
from kneecoach.core.settings import Settings
from kneecoach.core.storage.app_state import AppStateStore
from kneecoach.core.storage.files import StoreError
from kneecoach.core.storage.history_store import HistoryStore
from kneecoach.core.storage.settings_store import SettingsStore
from kneecoach.core.streaks import compute_streaks
from kneecoach.core.wording import time_of_day
from kneecoach.ui import language
from kneecoach.ui.library_keeper import LibraryKeeper
from kneecoach.ui.theme import apply_theme

if TYPE_CHECKING:
    from collections.abc import Callable

    from kneecoach.core.reminders import Reminder
    from kneecoach.ui.desktop_notifications import DesktopNotifications
    from kneecoach.ui.main_window import MainWindow
    from kneecoach.ui.reminder_timer import ReminderTimer
    from kneecoach.ui.settings_dialog import SettingsDialog
    from kneecoach.ui.tray import TrayIcon
    from kneecoach.ui.welcome import Welcome

log = logging.getLogger(__name__)
Offer = tuple[str, "Callable[[], None]"]  # a banner button: its label and what it does


class AppController(QObject):
    def __init__(
        self,
        app: QApplication,
        data_dir: Path,
        config_dir: Path,
        clock: Clock | None = None,
        zone: tzinfo | None = None,
        autostart: Autostart | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.clock = clock or SystemClock()
        self.zone = zone or LocalZone()
        self.autostart = autostart or autostart_for_this_computer()
        self.data_dir = data_dir
        self.config_dir = config_dir
        self.settings_store = SettingsStore(config_dir, self.clock)
        self.history = HistoryStore(data_dir, self.clock)
        self.state_store = AppStateStore(data_dir, self.clock)
        self.catalogue: Catalogue | None = None
        self.language = "en"  # what the settings and the system choose, once opened
        self.keeper: LibraryKeeper | None = None  # the user's own exercises and routines
        self.window: MainWindow | None = None
        self.tray: TrayIcon | None = None
        self.notifications: DesktopNotifications | None = None
        self.reminders: ReminderTimer | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.ready_at = 0.0  # wall-clock time the home page was built, for the benchmark
        self._pending_notices: list[tuple[Notice, Offer | None]] = []
        self._progression_offered = False
        self.welcome_dialog: Welcome | None = None  # shown once, on a first run

    @property
    def settings(self) -> Settings:
        return self.settings_store.settings

    def open(self) -> bool:
        """Load everything the first window needs; False (after telling the user) if we cannot."""
        notices: list[tuple[Notice, Offer | None]]
        notices = [(n, None) for n in self.settings_store.load()]
        self.language = language.resolve(self.settings.language)
        language.install(self.app, self.language)  # before any text is made
        try:
            self.catalogue = load_catalogue(language=self.language)
        except (CatalogueError, FileNotFoundError) as error:
            log.error("exercise catalogue: %s", error)
            QMessageBox.critical(
                None,
                translate("AppController", "KneeCoach cannot start"),
                translate(
                    "AppController", "The exercises could not be loaded.\n\n{problem}"
                ).format(problem=error),
            )
            return False
        notices += [(n, None) for n in self.history.open() + self.state_store.load()]
        self.keeper = LibraryKeeper(self.catalogue, self.data_dir, self.clock, self._tell)
        self.keeper.on_change = self._library_changed
        notices += [(n, None) for n in self.keeper.load()]
        apply_theme(self.app, self.settings.theme)
        self._pending_notices = notices
        return True

    def ensure_window(self, frame: MainWindow | None = None) -> MainWindow:
        """The main window, built the first time it is needed (not while waiting in the
        tray); in `frame` when one was shown while KneeCoach was loading."""
        if self.window is not None:
            return self.window
        from kneecoach.ui.main_window import MainWindow

        assert self.keeper is not None
        window = frame if frame is not None else MainWindow(self.config_dir)
        window.fill(self.keeper, self.history, self.settings, self.clock)
        window.start_requested.connect(self.start_routine)
        window.routine_requested.connect(self.start_routine)
        window.settings_requested.connect(self.open_settings)
        window.quit_requested.connect(self.quit)
        window.hidden_to_tray.connect(self._hidden_to_tray)
        window.session_saved.connect(self._session_saved)
        window.keep_in_tray = self.tray is not None
        window.progress.advice_hidden = self.state_store.state.seek_help_hidden
        window.progress.on_advice_hidden = self._advice_hidden
        window.progress.on_change = self._history_changed
        self.window = window
        for notice, offer in self._pending_notices:
            self._tell(notice, offer)
        self._pending_notices = []
        window.offer_advice()
        return window

    def _history_changed(self) -> None:
        """After a change on the progress page: the streak once for every place showing it;
        the reminders look again too (deleting today's session makes today undone)."""
        if self.window is not None:
            streaks = self.window.streaks()
            self.window.refresh_status(streaks)
            self.window.progress.refresh(streaks)
        self._recheck_reminders()

    def _library_changed(self) -> None:
        """The user's exercises or routines changed: the window and the reminder's
        announced length follow."""
        if self.window is not None:
            self.window.show_library()
        self._recheck_reminders()

    def _advice_hidden(self, hidden: Hidden) -> None:
        self.state_store.state.seek_help_hidden = hidden
        self._save_state()

    def _tell(self, notice: Notice, offer: Offer | None = None) -> None:
        """A banner in the window now, or when the window is first opened."""
        if self.window is None:
            self._pending_notices.append((notice, offer))
        elif offer is None:
            self.window.show_notices([notice])
        else:
            self.window.offer(notice, *offer)

    def open_window(self) -> None:
        self.ensure_window().bring_forward()
        self._maybe_welcome()
        self._offer_progression()

    def show(self, fullscreen: bool, minimized: bool, frame: MainWindow | None = None) -> None:
        """Show the window as asked (filling `frame`, the one already on screen, if any)."""
        from kneecoach.ui.tray import TrayIcon, app_icon

        self.app.setWindowIcon(app_icon())
        if TrayIcon.available():
            self._make_tray()
        if minimized and self.tray is not None:
            pass  # the window is built when first asked for
        elif minimized:
            self.ensure_window(frame).showMinimized()
        elif fullscreen or self.settings.start_fullscreen:
            self.ensure_window(frame).showFullScreen()
        elif (window := self.ensure_window(frame)).isFullScreen():
            window.showNormal()  # the frame guessed fullscreen from settings found wrong since
        else:
            window.show()
        self.ready_at = time.time()
        # After the window's first paint: D-Bus, the schedule and the hints can wait a moment.
        QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self._start_reminders()
        self._first_run_hints()
        self._offer_progression()

    # --- tray, reminders and notifications -------------------------------------
    def _make_tray(self) -> None:
        from kneecoach.ui.tray import TrayIcon

        self.tray = TrayIcon(self)
        self.tray.open_requested.connect(self.open_window)
        self.tray.start_requested.connect(self.start_routine)
        self.tray.snooze_requested.connect(self.snooze)
        self.tray.skip_requested.connect(self.skip_today)
        self.tray.settings_requested.connect(self.open_settings)
        self.tray.quit_requested.connect(self.quit)
        self.tray.message_clicked.connect(self.start_routine)
        self.tray.show()
        self.app.setQuitOnLastWindowClosed(False)  # Quit in the tray menu really quits

    def _start_reminders(self) -> None:
        from kneecoach.core.reminders import ReminderScheduler, Schedule
        from kneecoach.ui.desktop_notifications import DesktopNotifications
        from kneecoach.ui.reminder_timer import ReminderTimer

        icon = str(resources_dir() / "icons" / "kneecoach.svg")
        self.notifications = DesktopNotifications(APP_NAME, icon, self)
        self.notifications.action_invoked.connect(self._notification_action)
        scheduler = ReminderScheduler(
            self.clock,
            lambda: self.zone,
            Schedule.from_settings(self.settings),
            self.state_store.state.reminders,
            self._practised_on,
        )
        self.reminders = ReminderTimer(scheduler, self._save_state, self)
        self.reminders.remind.connect(self.deliver_reminder)
        self.reminders.status_changed.connect(self._refresh_tray)
        self.reminders.check()

    def _practised_on(self, day: date) -> bool:
        return any(s.counts_as_practice and s.local_date == day for s in self.history.sessions)

    def _save_state(self) -> None:
        if self.reminders is not None:
            self.state_store.state.reminders = self.reminders.scheduler.state
        try:
            self.state_store.save()
        except StoreError as error:
            log.warning("reminder state not saved: %s", error)

    def _refresh_tray(self) -> None:
        if self.tray is None or self.reminders is None:
            return
        from kneecoach.core.reminders import describe_when

        streaks = compute_streaks(
            self.history.sessions, self.clock.now(), self.settings.weekly_goal
        )
        streak = streaks.current  # a plain name: lupdate reads no dotted count
        lines = [
            APP_NAME,
            translate("AppController", "Today: done ✓")
            if streaks.done_today
            else translate("AppController", "Today: not done yet"),
            translate("AppController", "Streak: %n day(s)", None, streak),
        ]
        if self.reminders.next_due is not None:
            when = describe_when(self.reminders.next_due, self.clock.now(), self.zone)
            lines.append(translate("AppController", "Next reminder: {when}").format(when=when))
        self.tray.set_status("\n".join(lines), streaks.done_today)

    def deliver_reminder(self, reminder: Reminder) -> None:
        """Say it is time, through the best channel this desktop has."""
        from kneecoach.core.reminders import reminder_message

        if self.window is not None and self.window.session_running():
            return  # already doing it
        title, text = reminder_message(reminder, self.routine_minutes(), self.zone)
        start = translate("AppController", "Start now")
        actions = [
            ("default", start),
            ("start", start),
            ("snooze", translate("AppController", "Snooze 15 min")),
        ]
        daemon = self.notifications is not None and self.notifications.available()
        if daemon and self.notifications.notify(title, text, actions):
            log.info("reminder shown by the desktop's notification service")
            return
        if self.tray is not None:
            self.tray.tell(
                title,
                translate("AppController", "{reminder} Click here to start.").format(reminder=text),
            )
            log.info("reminder shown as a tray message")
            return
        window = self.ensure_window()
        window.show_reminder(title, text, self.start_routine, lambda: self.snooze(15))
        window.bring_forward()
        QApplication.alert(window)
        log.info("reminder shown in the window")

    def routine_minutes(self) -> int:
        assert self.keeper is not None
        return routine_minutes(self.keeper.chosen_routine(), self.settings.timings())

    def _notification_action(self, key: str) -> None:
        log.info("reminder notification: %s", key)
        if key in ("default", "start"):
            self.start_routine()
        elif key == "snooze":
            self.snooze(15)

    def snooze(self, minutes: int) -> None:
        if self.reminders is not None:
            self.reminders.snooze(minutes)

    def skip_today(self) -> None:
        if self.reminders is not None:
            self.reminders.skip_today()

    def _session_saved(self, _record: object) -> None:
        self._recheck_reminders()  # done today: no more reminders, and the tooltip says so
        self._offer_progression()

    # --- gentle progression ---------------------------------------------------------
    def _offer_progression(self) -> None:
        """Longer holds (or a step back), offered at most once a run, when the user asked
        for it in the settings and the rule in the core says it is time."""
        from kneecoach.core.progression import progression_offer

        if not self.settings.progression or self.window is None or self._progression_offered:
            return
        today = self.clock.now().date()
        offer = progression_offer(
            self.history.sessions,
            self.settings.hold_seconds,
            today,
            self.state_store.state.progression_answered,
            self.settings.weekly_goal,
        )
        if offer is None:
            return
        self._progression_offered = True

        def answer(accepted: bool) -> None:
            self.state_store.state.progression_answered = self.clock.now().date()
            self._save_state()
            if accepted:
                self.apply_settings(replace(self.settings, hold_seconds=offer.to_seconds))
            log.info("progression %s: %s", offer.direction.value, accepted)

        proposed, kept = offer.to_seconds, offer.from_seconds  # plain names for lupdate
        self.window.offer(
            Notice(offer.title, offer.text),
            translate("AppController", "Yes, %n second(s)", None, proposed),
            lambda: answer(True),
            (
                translate("AppController", "No, keep %n", "keep holding for n seconds", kept),
                lambda: answer(False),
            ),
        )

    def _recheck_reminders(self) -> None:
        if self.reminders is not None:
            self.reminders.check()  # which refreshes the tray's status

    # --- hints said once ---------------------------------------------------------
    def _hint_once(self, key: str) -> bool:
        """True the first time a hint is asked for; remembered across runs."""
        hints = self.state_store.state.hints_given
        if key in hints:
            return False
        hints.add(key)
        self._save_state()
        return True

    def _first_run_hints(self) -> None:
        self._maybe_welcome()
        if self.tray is None and self._hint_once("no-tray"):
            self._tell(
                Notice(
                    translate("AppController", "No system tray on this desktop"),
                    translate(
                        "AppController",
                        "Your daily reminder still comes while KneeCoach is open: minimise "
                        "the window instead of closing it.",
                    ),
                )
            )
        if not self.autostart.is_enabled() and self._hint_once("offer-start-at-login"):
            self._tell(
                Notice(
                    translate("AppController", "Start KneeCoach when you log in?"),
                    translate(
                        "AppController",
                        "It then waits quietly in the tray and reminds you each day at {times}.",
                    ).format(times=self._times_in_words(self.settings.reminder_times)),
                ),
                (
                    translate("AppController", "Yes, start at login"),
                    lambda: self.set_start_at_login(True),
                ),
            )

    @staticmethod
    def _times_in_words(times: tuple[str, ...]) -> str:
        """'18:00', or '08:00 and 18:00': the settings' "HH:MM" times, the user's way."""
        words = []
        for text in times:
            hours, _, minutes = text.partition(":")
            words.append(time_of_day(int(hours), int(minutes)))
        said = words[0] if words else ""
        for later in words[1:]:
            said = translate("AppController", "{earlier} and {later}", "reminder times").format(
                earlier=said, later=later
            )
        return said

    def _maybe_welcome(self) -> None:
        """The welcome on a first run, once the window is on screen (not while KneeCoach
        waits in the tray)."""
        shown = self.window is not None and self.window.isVisible()
        if shown and not self.history.sessions and self._hint_once("welcome"):
            self.welcome()

    def welcome(self) -> None:
        """The first-run welcome; it also offers start at login, so that hint is not needed."""
        from kneecoach.core.routine import default_routine
        from kneecoach.ui.welcome import Welcome, describe_routine, safety_lines

        assert self.catalogue is not None
        self._hint_once("offer-start-at-login")
        routine_text = describe_routine(default_routine(self.catalogue), self.settings.timings())
        dialog = Welcome(
            routine_text,
            safety_lines(self.catalogue),
            self.settings.reminder_times[0],
            self.ensure_window(),
        )
        dialog.accepted.connect(lambda: self._welcomed(dialog))
        dialog.open()
        self.welcome_dialog = dialog

    def _welcomed(self, dialog: Welcome) -> None:
        times = (dialog.reminder_time(), *self.settings.reminder_times[1:])
        self.apply_settings(
            replace(
                self.settings,
                reminders=dialog.remind.isChecked(),
                reminder_times=tuple(sorted(set(times))),
                start_at_login=dialog.start_at_login.isChecked(),
            )
        )

    def _hidden_to_tray(self) -> None:
        if self.tray is not None and self._hint_once("close-to-tray"):
            self.tray.tell(
                translate("AppController", "KneeCoach is still here"),
                translate(
                    "AppController",
                    "It waits in the tray to remind you. "
                    "To quit, choose Quit KneeCoach in this menu.",
                ),
            )

    # --- settings --------------------------------------------------------------
    def open_settings(self) -> None:
        from kneecoach.ui.settings_dialog import SettingsDialog

        window = self.ensure_window()
        window.bring_forward()
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            return
        dialog = SettingsDialog(self.settings, self.autostart.is_enabled(), window)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.chosen(self.settings)))
        dialog.finished.connect(lambda _: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.open()

    def apply_settings(self, settings: Settings) -> None:
        from kneecoach.core.reminders import Schedule

        old = self.settings
        try:
            self.settings_store.save(settings)
        except StoreError as error:
            self._tell(
                Notice(
                    translate("AppController", "Settings not saved"),
                    translate("AppController", "{problem} They apply until you quit.").format(
                        problem=error.strerror
                    ),
                )
            )
        if settings.theme != old.theme:
            apply_theme(self.app, settings.theme)
        if self.window is not None:
            self.window.apply_settings(settings)
        if self.reminders is not None:
            self.reminders.scheduler.set_schedule(Schedule.from_settings(settings))
            self.reminders.check()  # which refreshes the tray's status
        if settings.start_at_login != self.autostart.is_enabled():
            self.set_start_at_login(settings.start_at_login)

    def set_start_at_login(self, enabled: bool) -> None:
        try:
            if enabled:
                self.autostart.enable(launch_command(["--minimized"]))
            else:
                self.autostart.disable()
        except StoreError as error:
            self._tell(
                Notice(
                    translate("AppController", "Start at login not changed"), error.strerror or ""
                )
            )
            return
        if self.settings.start_at_login != enabled:
            with contextlib.suppress(StoreError):
                self.settings_store.save(replace(self.settings, start_at_login=enabled))
        log.info("start at login %s", "on" if enabled else "off")

    # --- the rest --------------------------------------------------------------
    def start_routine(self, routine: Routine | None = None) -> None:
        if self.notifications is not None:
            self.notifications.close_all()
        window = self.ensure_window()
        window.bring_forward()
        window.start_session(routine)
        log.info("routine started: %s", routine.id if routine else "default")

    def handle_message(self, message: dict[str, object]) -> None:
        """A second launch asked us to come forward (and perhaps to start)."""
        self.open_window()
        if message.get("start"):
            self.start_routine()

    def quit(self) -> None:
        """Quit for real (the tray menu, Ctrl+Q): a session under way is saved as it stands."""
        if self.window is not None:
            self.window.stop_session_for_quit()
            self.window.quitting = True
            self.window.close()
        self.app.quit()

    def close(self) -> None:
        if self.reminders is not None:
            self.reminders.stop()
        if self.tray is not None:
            self.tray.icon.hide()
        if self.history.unsaved:
            try:
                self.history.save()
            except StoreError as error:
                log.error("history not saved at exit: %s", error)
        self.history.close()

    def self_test(self) -> int:
        """Check every resource loads and the window is up; print the result; 0 when all is well."""
        import wave

        from kneecoach.core.figures import FigureError, load_figures
        from kneecoach.ui import illustrations

        assert self.catalogue is not None
        window = self.ensure_window()
        problems: list[str] = []
        for exercise in self.catalogue.exercises:
            path = illustrations.illustration_path_for(exercise.id)
            if not path.endswith(f"{exercise.id}.svg"):
                problems.append(f"no illustration for {exercise.id}")
            if not illustrations.renderer(exercise.id, dark=False).isValid():
                problems.append(f"illustration for {exercise.id} does not render")
        try:
            moving = load_figures()
        except FigureError as error:
            problems.append(f"moving figures: {error}")
        else:
            problems += [
                f"no moving figure for {exercise.id}"
                for exercise in self.catalogue.exercises
                if exercise.id not in moving
            ]
        from kneecoach import APP_ID
        from kneecoach.core.desktop_entry import ICON_SIZES

        needed = [resources_dir() / "desktop" / f"{APP_ID}.desktop"]
        needed += [resources_dir() / "icons" / "png" / f"kneecoach-{n}.png" for n in ICON_SIZES]
        problems += [f"{path.name} is missing" for path in needed if not path.is_file()]
        for sound in sorted((resources_dir() / "sounds").glob("*.wav")):
            try:
                with wave.open(str(sound)) as handle:
                    if handle.getnframes() == 0:
                        problems.append(f"{sound.name} is empty")
            except (wave.Error, OSError) as error:
                problems.append(f"{sound.name}: {error}")
        if not window.isVisible() and self.tray is None:
            problems.append("the main window is not visible")
        print(f"shown-at {window.shown_at:.6f}")
        print(f"ready-at {self.ready_at:.6f}")
        for problem in problems:
            print(f"self-test problem: {problem}")
        print("self-test passed" if not problems else "self-test FAILED", flush=True)
        return 0 if not problems else 1
