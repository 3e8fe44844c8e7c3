"""The shell: forwards what the user asks to the coach and, when the coach says what
changed, refreshes whatever shows it (the home page, the progress page, the tray).

It holds the window and its pages, the running session and the settings dialog;
reminders and the tray are in `reminding`, first-run hints and offers in `offers`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QStackedWidget

from kneecoach.core.coach import Change, Coach
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.routine import Routine
from kneecoach.ui.dialogs.library_edits import LibraryEdits
from kneecoach.ui.main_window import MainWindow
from kneecoach.ui.pages.home import HomePage
from kneecoach.ui.pages.progress_page import ProgressPage
from kneecoach.ui.platform.theme import apply_theme
from kneecoach.ui.widgets.notices import NoticeArea, NoticeBanner

if TYPE_CHECKING:
    from kneecoach.core.continuing import Continuation
    from kneecoach.ui.dialogs.red_flags import RedFlagCheck
    from kneecoach.ui.dialogs.settings_dialog import SettingsDialog
    from kneecoach.ui.pages.session_page import SessionSounds
    from kneecoach.ui.paper.requests import PaperRequests
    from kneecoach.ui.platform.screen_awake import ScreenAwake

log = logging.getLogger(__name__)
Action = tuple[str, Callable[[], object]]  # a banner button: its label and what it does


class Shell(QObject):
    session_started = Signal()
    hidden_to_tray = Signal()  # the window was closed, KneeCoach waits in the tray

    def __init__(self, app: QApplication, coach: Coach, frame: MainWindow | None = None) -> None:
        super().__init__()
        self.app = app
        self.coach = coach
        self.keep_in_tray = False  # set when a tray icon can bring the window back
        # Until the tray and the reminders are there, closing the window quits, as
        # closing the frame does (see take_the_close).
        self._decides_closing = False
        self.settings_dialog: SettingsDialog | None = None
        self.safety_check: RedFlagCheck | None = None
        # Loaded with the first session:
        self.sounds: SessionSounds | None = None
        self.screen_awake: ScreenAwake | None = None
        self._theme = coach.settings.theme
        self._window: MainWindow | None = None
        # Told once there is a window: (notice, its buttons, the dismiss button's label).
        self._waiting: list[tuple[Notice, list[Action], str | None]] = []
        self._advice_banner: NoticeBanner | None = None
        self._advice_offered = False
        if frame is not None:
            self._fill(frame)
        coach.subscribe(self.changed)

    @property
    def built(self) -> bool:
        """Whether the window was made: not while KneeCoach waits in the tray."""
        return self._window is not None

    @property
    def window(self) -> MainWindow:
        """The main window, made the first time it is needed."""
        if self._window is None:
            self._fill(MainWindow(self.coach.stores.window))
        assert self._window is not None
        return self._window

    def session_running(self) -> bool:
        return self._window is not None and self._window.session_running()

    def _fill(self, window: MainWindow) -> None:
        self._window = window
        window.keep_in_tray = self.keep_in_tray
        self.edits = LibraryEdits(self.coach, window)
        self.notices = NoticeArea()
        pages = QStackedWidget()
        window.fill(self.notices, pages)
        self.home = HomePage(self.coach, self.edits, pages)  # made in place (see fill)
        self.progress = ProgressPage(window, self.coach, self.tell)
        self._paper: PaperRequests | None = None
        self.edits.print_routine = self.paper_sheet
        window.setWindowTitle(
            translate("MainWindow", "{app} — knee relief, ankles & hips").format(app="KneeCoach")
        )
        # Pictures load once the window is on screen (not while waiting in the tray).
        window.first_shown.connect(lambda: QTimer.singleShot(0, self.home.load_pictures))
        window.set_home(self.home)
        window.quit_requested.connect(self.quit)
        if self._decides_closing:
            window.when_closed = self.when_closed
        window.hidden_to_tray.connect(self.hidden_to_tray)
        self.home.start_requested.connect(self.start_routine)
        self.home.routine_requested.connect(self.start_routine)
        self.home.continue_requested.connect(self.continue_routine)
        self.home.settings_requested.connect(self.open_settings)
        self.home.progress_requested.connect(self.open_progress)
        self.home.safety_check_requested.connect(self.open_safety_check)
        self.home.paper_requested.connect(self.paper_sheet)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), window, self.quit)
        QShortcut(QKeySequence("Ctrl+,"), window, self.open_settings)
        QShortcut(QKeySequence("Ctrl+H"), window, self.open_progress)
        QShortcut(QKeySequence("Ctrl+R"), window, self.home.routines_button.click)
        QShortcut(QKeySequence("Ctrl+N"), window, self.home.add_exercise_button.click)
        waiting, self._waiting = self._waiting, []
        for notice, actions, dismiss in waiting:
            self.notices.show_notice(notice, actions, dismiss)
        self.offer_advice()

    # --- what changed ------------------------------------------------------------
    def changed(self, change: Change) -> None:
        """The one refresh path: every view of what changed looks again."""
        for notice in change.notices:
            self.tell(notice)
        if self._window is None:
            return  # nothing on screen to refresh
        if change.settings:
            settings = self.coach.settings
            if settings.theme != self._theme:
                self._theme = settings.theme
                apply_theme(self.app, settings.theme)
            if self.sounds is not None:
                self.sounds.forget()  # volume and voice load afresh with the next session
        if change.settings or change.library:
            self.home.show_library()  # the dosages shown follow the new hold time
        streaks = self.coach.streaks()  # once, for every place that shows it
        self.home.refresh_status(streaks)
        self.progress.refresh(streaks)
        if change.history:
            self.offer_advice()

    def tell(
        self, notice: Notice, actions: list[Action] | None = None, dismiss: str | None = None
    ) -> NoticeBanner | None:
        """A banner in the window (once there is one); `actions` are its buttons."""
        log.info("told: %s: %s", notice.title, notice.text)
        if self._window is None:
            self._waiting.append((notice, actions or [], dismiss))
            return None
        return self.notices.show_notice(notice, actions or [], dismiss)

    def offer(self, notice: Notice, *actions: Action) -> NoticeBanner | None:
        """A banner that offers something, with "Not now" beside the offer."""
        return self.tell(notice, list(actions), translate("MainWindow", "Not now"))

    def offer_advice(self) -> None:
        """The seek-help advice, once a run, when the check-ins call for it."""
        advice = self.coach.advice()
        if self._window is None or advice is None or self._advice_offered:
            return
        if self._window.on_page(self.progress.view):
            return
        self._advice_offered = True
        self._advice_banner = self.tell(
            Notice(advice.title, advice.text),
            [(translate("MainWindow", "Hide for two weeks"), self.coach.hide_advice)],
        )

    # --- pages ---------------------------------------------------------------------
    def open_progress(self) -> None:
        if self.window.session_running() or self.window.on_page(self.progress.view):
            return
        # The view shows the seek-help advice itself: once on screen is enough.
        if self._advice_banner is not None and self._advice_banner in self.notices.banners():
            self._advice_banner.deleteLater()
        view = self.progress.build()
        view.back_requested.connect(self.window.show_home)
        view.report_requested.connect(lambda printing: self.paper().report(printing))
        self.window.show_page(view)
        view.table.setFocus()

    # --- paper ----------------------------------------------------------------------
    def paper(self) -> PaperRequests:
        if self._paper is None:
            from kneecoach.ui.paper.requests import (
                PaperRequests,  # loads when first asked for, not on the way to the home page
            )

            self._paper = PaperRequests(self.window, self.coach, self.tell)
        return self._paper

    def paper_sheet(self, printing: bool, routine: Routine | None = None) -> None:
        self.paper().sheet(printing, routine)

    def continue_routine(self) -> None:
        """Go on with today's routine from where it stopped, as the same session."""
        going_on = self.coach.continuable()
        if going_on is not None:
            self.start_routine(going_on=going_on)

    def start_routine(
        self, routine: Routine | None = None, going_on: Continuation | None = None
    ) -> None:
        """Run `routine` (the chosen one when None), unless one is under way."""
        self.window.bring_forward()
        if self.session_running():
            return
        session = self.coach.new_session(routine, going_on)
        if session is None:
            return
        # The session's page, sounds, voice and screen saver's inhibitor load with
        # the first session.
        from kneecoach.ui.pages.session_page import SessionRun, SessionSounds
        from kneecoach.ui.platform.screen_awake import ScreenAwake

        self.sounds = self.sounds or SessionSounds(self.coach, self)
        self.screen_awake = self.screen_awake or ScreenAwake()
        run = SessionRun(self.coach, session, self.sounds, self.screen_awake, self)
        self.window.host_session(run)
        self.session_started.emit()
        log.info("routine started: %s", routine.id if routine else "chosen")

    def open_safety_check(self) -> None:
        """The red-flag questions: after the first-run welcome, and from the home page."""
        self.window.bring_forward()
        from kneecoach.ui.dialogs.red_flags import (
            RedFlagCheck,  # a dialog loads when first opened, not on the way to the home page
        )

        dialog = RedFlagCheck(self.window)
        dialog.open()
        self.safety_check = dialog

    # --- settings -----------------------------------------------------------------
    def open_settings(self) -> None:
        self.window.bring_forward()
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            return
        from kneecoach.core import menu_offer
        from kneecoach.ui.dialogs.menu_entry_offer import MenuEntryOffer
        from kneecoach.ui.dialogs.settings_dialog import (
            SettingsDialog,  # a dialog loads when first opened, not on the way to the home page
        )

        offer = None
        if menu_offer.worth_offering():
            offer = MenuEntryOffer(self.coach.add_to_menu, menu_offer.worth_offering)
        dialog = SettingsDialog(
            self.coach.settings, self.coach.autostart.is_enabled(), self.window, offer
        )
        dialog.accepted.connect(
            lambda: self.coach.apply_settings(dialog.chosen(self.coach.settings))
        )
        dialog.finished.connect(lambda _: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.open()

    # --- leaving ------------------------------------------------------------------
    def take_the_close(self, keep_in_tray: bool) -> None:
        """From now on, the tray and the reminders there, closing the window is decided
        here: to the tray, into the background (asked once) or quit."""
        self.keep_in_tray = keep_in_tray
        self._decides_closing = True
        if self._window is not None:
            self._window.keep_in_tray = keep_in_tray
            self._window.when_closed = self.when_closed

    def when_closed(self) -> str:
        """What closing the window does: "hide" (the reminders go on), "quit" or "stay".
        A routine waits, paused, while the person answers, as it does for Stop."""
        from kneecoach.ui.dialogs import closing  # a dialog loads when first needed

        window = self.window
        driver = window.run.driver if window.run is not None else None
        paused = driver is not None and driver.running
        if driver is not None and paused:
            driver.toggle_pause()
        wanted = closing.what_closing_does(self.coach, window, self.keep_in_tray)
        if driver is not None and paused and wanted == closing.STAY:
            driver.toggle_pause()
        if wanted == closing.QUIT:  # the window closes, the routine so far recorded
            QTimer.singleShot(0, self.app.quit)
        return wanted

    def save_for_logout(self) -> None:
        """The desktop session ends: the routine so far is recorded, as Stop does."""
        if self._window is not None:
            self._window.stop_session_for_quit()
        self.coach.save_state()

    def quit(self) -> None:
        """Quit for real (the tray menu, Ctrl+Q): a session under way is saved as it stands."""
        if self._window is not None:
            self._window.stop_session_for_quit()
            self._window.quitting = True
            self._window.close()
        self.app.quit()
