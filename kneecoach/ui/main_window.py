"""The main window: today's status and streak, the exercises, and the way into a session.

It comes in two steps, so that something is on screen at once: the frame (title,
size, theme) is shown while the rest of KneeCoach loads, and `fill` then builds
the pages. So this module imports only what the frame needs; the pages' modules
are imported where they are used.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from kneecoach import APP_NAME
from kneecoach.core.i18n import translate
from kneecoach.core.storage.files import StoreError, UnreadableFile, read_toml, write_toml
from kneecoach.ui.theme import button, label

if TYPE_CHECKING:  # the pages' and the session's modules load after the frame is shown
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
    from PySide6.QtWidgets import QWidget

    from kneecoach.core.clock import Clock
    from kneecoach.core.history import SessionRecord
    from kneecoach.core.notices import Notice
    from kneecoach.core.routine import Routine
    from kneecoach.core.session import Event
    from kneecoach.core.settings import Settings
    from kneecoach.core.storage.history_store import HistoryStore
    from kneecoach.core.streaks import Streaks
    from kneecoach.ui.announcer import Announcer
    from kneecoach.ui.driver import SessionDriver
    from kneecoach.ui.exercise_list import ExerciseDetail, ExerciseList
    from kneecoach.ui.finish_view import FinishView
    from kneecoach.ui.library_keeper import LibraryKeeper
    from kneecoach.ui.notices import NoticeBanner
    from kneecoach.ui.session_view import SessionView
    from kneecoach.ui.sounds import ChimePlayer
    from kneecoach.ui.voice import Voice

log = logging.getLogger(__name__)
WINDOW_STATE_FILE = "window.toml"


class MainWindow(QMainWindow):
    start_requested = Signal()
    routine_requested = Signal(object)  # Routine: one chosen here, e.g. a single exercise
    settings_requested = Signal()
    quit_requested = Signal()
    hidden_to_tray = Signal()
    session_saved = Signal(object)  # SessionRecord

    def __init__(self, config_dir: Path) -> None:
        """The frame alone, in its remembered size and place; `fill` builds the rest."""
        super().__init__()
        self.config_dir = config_dir
        self.driver: SessionDriver | None = None
        self.announcer: Announcer | None = None  # speaks a session's changes to screen readers
        self.session_view: SessionView | None = None
        self.finish_view: FinishView | None = None
        self.chimes: ChimePlayer | None = None
        self.voice: Voice | None = None
        self.keep_in_tray = False  # set when a tray icon can bring the window back
        self.quitting = False
        self.filled = False
        self._pictures_loaded = False
        self.shown_at = 0.0  # wall-clock time of the first show, for the start-up benchmark
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 500)
        self._restore_geometry()

    def fill(
        self, keeper: LibraryKeeper, history: HistoryStore, settings: Settings, clock: Clock
    ) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

        from kneecoach.ui.notices import NoticeArea
        from kneecoach.ui.progress_page import ProgressPage
        from kneecoach.ui.screen_awake import ScreenAwake

        self.keeper = keeper
        self.history = history
        self.settings = settings
        self.clock = clock
        self.screen_awake = ScreenAwake()
        self.setWindowTitle(
            translate("MainWindow", "{app} — knee relief, ankles & hips").format(app=APP_NAME)
        )
        self.notices = NoticeArea()
        self.progress = ProgressPage(
            self, history, keeper.library.names(), clock, self.streaks, self.notices.show_notice
        )
        self.pages = QStackedWidget()
        self.home = self._build_home()
        self.pages.addWidget(self.home)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.notices)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self, self.quit_requested.emit)
        QShortcut(QKeySequence("Ctrl+,"), self, self.settings_requested.emit)
        QShortcut(QKeySequence("Ctrl+H"), self, self.open_progress)
        QShortcut(QKeySequence("Ctrl+R"), self, self.routines_button.click)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_exercise_button.click)
        self._advice_offered = False
        self._advice_banner: NoticeBanner | None = None
        self.refresh_status()
        self.filled = True
        if self.isVisible():  # the frame was shown first
            self._first_shown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown_at = self.shown_at or time.time()
        if self.filled:
            self._first_shown()

    def _first_shown(self) -> None:
        if not self._pictures_loaded:  # not while waiting hidden in the tray
            self._pictures_loaded = True
            QTimer.singleShot(0, self._load_pictures)
            if self.pages.currentWidget() is self.home:
                self.start_button.setFocus()  # Space starts the routine

    def _load_pictures(self) -> None:
        self.exercise_list.load_pictures()
        self.detail.load_pictures()

    # --- building ---------------------------------------------------------
    def _build_home(self) -> QWidget:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import (
            QComboBox,
            QHBoxLayout,
            QLabel,
            QMenu,
            QPushButton,
            QSplitter,
            QVBoxLayout,
            QWidget,
        )

        from kneecoach.core.routine import single_exercise_routine
        from kneecoach.ui.exercise_list import ExerciseDetail, ExerciseList

        page = QWidget()
        title = QLabel(APP_NAME)
        title.setProperty("role", "title")
        self.today_label = QLabel()
        self.today_label.setAccessibleName(translate("MainWindow", "Today"))
        self.streak_label = QLabel()
        self.streak_label.setAccessibleName(translate("MainWindow", "Streak"))
        self.streak_label.setProperty("role", "heading")
        status = QVBoxLayout()
        status.addWidget(self.today_label, 0, Qt.AlignmentFlag.AlignRight)
        status.addWidget(self.streak_label, 0, Qt.AlignmentFlag.AlignRight)
        self.progress_button = QPushButton(translate("MainWindow", "Progress"))
        self.progress_button.setAccessibleName(translate("MainWindow", "Progress and history"))
        self.progress_button.setToolTip(
            translate("MainWindow", "Streaks, calendar, pain trend and every session (Ctrl+H)")
        )
        self.progress_button.clicked.connect(self.open_progress)
        self.settings_button = QPushButton(translate("MainWindow", "Settings"))
        self.settings_button.setAccessibleName(translate("MainWindow", "Settings"))
        self.settings_button.setToolTip(
            translate("MainWindow", "Reminders, timings, sound and theme (Ctrl+,)")
        )
        self.settings_button.clicked.connect(self.settings_requested)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addLayout(status)
        header.addWidget(self.progress_button, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.routine_choice = QComboBox()
        self.routine_choice.setAccessibleName(translate("MainWindow", "Routine"))
        self.routine_choice.setToolTip(translate("MainWindow", "The routine the Start button runs"))
        self.routine_choice.setMinimumWidth(260)
        self.routine_choice.activated.connect(
            lambda: self.keeper.choose(self.routine_choice.currentData())
        )
        self.routines_button = button(
            translate("MainWindow", "Routines…"),
            translate(
                "MainWindow", "Make routines of your own: choose exercises and their order (Ctrl+R)"
            ),
            lambda: self.keeper.edit_routines(self, self.settings.timings()),
        )
        self.summary = label(role="heading", wrap=True)  # wraps, so long routine names fit
        self.summary.setAccessibleName(translate("MainWindow", "Routine length"))
        self.start_button = QPushButton(translate("MainWindow", "Start routine"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setAccessibleName(translate("MainWindow", "Start routine"))
        self.start_button.setToolTip(translate("MainWindow", "Start the routine (Space)"))
        self.start_button.clicked.connect(self.start_requested)
        start_row = QHBoxLayout()
        start_row.addWidget(self.routine_choice)
        start_row.addWidget(self.routines_button)
        start_row.addSpacing(12)
        start_row.addWidget(self.summary, 1)
        start_row.addWidget(self.start_button)

        library = self.keeper.library
        self.exercise_list: ExerciseList = ExerciseList()
        self.detail: ExerciseDetail = ExerciseDetail(library)
        self.exercise_list.exercise_chosen.connect(self.detail.show_exercise)
        self.detail.try_requested.connect(
            lambda exercise: self.routine_requested.emit(single_exercise_routine(exercise))
        )
        self.detail.edit_requested.connect(lambda e: self.keeper.edit_exercise(self, e))
        self.detail.delete_requested.connect(lambda e: self.keeper.delete_exercise(self, e))
        self.detail.hide_requested.connect(lambda e: self.keeper.set_hidden(e.id, True))
        self.add_exercise_button = button(
            translate("MainWindow", "Add your own…"),
            translate("MainWindow", "Add an exercise your physiotherapist gave you, say (Ctrl+N)"),
            lambda: self.keeper.edit_exercise(self),
        )
        self.hidden_button = QPushButton()
        self.hidden_button.setAccessibleName(translate("MainWindow", "Hidden exercises"))
        self.hidden_button.setToolTip(translate("MainWindow", "Show a hidden exercise again"))
        self.hidden_button.setMenu(QMenu(self.hidden_button))
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_exercise_button)
        list_buttons.addWidget(self.hidden_button)
        list_buttons.addStretch(1)
        list_pane = QWidget()
        list_column = QVBoxLayout(list_pane)
        list_column.setContentsMargins(0, 0, 0, 0)
        list_column.addWidget(self.exercise_list, 1)
        list_column.addLayout(list_buttons)
        splitter = QSplitter()
        splitter.addWidget(list_pane)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([380, 620])
        self.show_library()

        advice = library.advice
        footer = QLabel(f"{advice.breathing} {advice.seek_help}" if advice else "")
        footer.setWordWrap(True)
        footer.setProperty("role", "muted")

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(start_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(footer)
        self.start_button.setFocus()
        return page

    def show_library(self) -> None:
        """Show the exercises and routines as they are now, after any change to them."""
        library = self.keeper.library
        current = self.detail.exercise.id if self.detail.exercise else ""
        self.detail.library, self.detail.timings = library, self.settings.timings()
        self.exercise_list.set_exercises(library.exercises, self.settings.timings(), current)
        self.progress.names = library.names()
        self.routine_choice.clear()
        chosen = self.keeper.chosen_plan()
        for plan in self.keeper.every_plan():
            self.routine_choice.addItem(plan.name, plan.id)
        self.routine_choice.setCurrentIndex(self.routine_choice.findData(chosen.id))
        hidden = [e for e in library.builtin.exercises if e.id in library.hidden]
        menu = self.hidden_button.menu()
        menu.clear()
        for exercise in hidden:
            menu.addAction(
                translate("MainWindow", "Show “{exercise}” again").format(exercise=exercise.name),
                lambda e=exercise: self.keeper.set_hidden(e.id, False),
            )
        count = len(hidden)  # lupdate reads a count only from a plain name
        self.hidden_button.setText(translate("MainWindow", "Hidden (%n)", None, count))
        self.hidden_button.setVisible(bool(hidden))
        self._show_summary()

    def _show_summary(self) -> None:
        routine = self.keeper.chosen_routine()
        minutes = self.routine_minutes()
        count = len(routine.exercises)
        if count:
            self.summary.setText(
                translate(
                    "MainWindow", "%n exercise(s)  ·  about {minutes} min", None, count
                ).format(minutes=minutes)
            )
        else:
            self.summary.setText(translate("MainWindow", "No exercises in this routine"))
        self.start_button.setEnabled(bool(count))
        # Two counts: the length is a phrase of its own, for its own plural.
        length = translate("MainWindow", "about %n minute(s)", None, minutes)
        self.start_button.setAccessibleDescription(
            translate(
                "MainWindow", "Begin “{routine}”, %n exercise(s), {length}", None, count
            ).format(routine=routine.name, length=length)
        )

    # --- state ------------------------------------------------------------
    def routine_minutes(self) -> int:
        from kneecoach.core.routine import routine_minutes

        return routine_minutes(self.keeper.chosen_routine(), self.settings.timings())

    def apply_settings(self, settings: Settings) -> None:
        """New settings take effect from the next session; sounds and voice reload then."""
        self.settings = settings
        self.show_library()  # the dosages shown follow the new hold time
        streaks = self.streaks()  # the weekly goal changes what counts as a rest day
        self.refresh_status(streaks)
        self.progress.refresh(streaks)
        for part in (self.chimes, self.voice):
            if part is not None:
                part.deleteLater()
        self.chimes = self.voice = None

    def show_reminder(
        self, title: str, text: str, start: Callable[[], None], snooze: Callable[[], None]
    ) -> None:
        """The reminder inside the window, where the desktop has no tray nor notifications."""
        from kneecoach.core.notices import Notice

        self.offer(
            Notice(title, text),
            translate("MainWindow", "Start now"),
            start,
            (translate("MainWindow", "Snooze 15 min"), snooze),
        )

    def offer(
        self,
        notice: Notice,
        label: str,
        action: Callable[[], None],
        other: tuple[str, Callable[[], None]] | None = None,
    ) -> None:
        actions = [(label, action), *([other] if other else [])]
        self.notices.show_notice(notice, actions, dismiss_label=translate("MainWindow", "Not now"))

    def session_running(self) -> bool:
        return self.driver is not None and self.driver.session.record is None

    def stop_session_for_quit(self) -> None:
        if self.session_running():
            assert self.driver is not None
            self.driver.stop()  # what was done so far is recorded and saved

    def streaks(self) -> Streaks:
        from kneecoach.core.streaks import compute_streaks

        return compute_streaks(self.history.sessions, self.clock.now(), self.settings.weekly_goal)

    def refresh_status(self, streaks: Streaks | None = None) -> None:
        streaks = streaks or self.streaks()
        if streaks.done_today:
            self.today_label.setText(translate("MainWindow", "Today: done ✓ — well done"))
            self.today_label.setProperty("role", "good")
        else:
            self.today_label.setText(translate("MainWindow", "Today: not done yet"))
            self.today_label.setProperty("role", "muted")
        self.today_label.style().polish(self.today_label)
        # lupdate reads a count only from a plain name.
        current, longest = streaks.current, streaks.longest
        this_week, sessions = streaks.days_this_week, streaks.sessions_total
        self.streak_label.setText(translate("MainWindow", "Streak: %n day(s)", None, current))
        # Three counts, each with its own plural: three phrases in a list.
        self.streak_label.setToolTip(
            " · ".join(
                (
                    translate("MainWindow", "Longest streak: %n", None, longest),
                    translate("MainWindow", "practised %n day(s) this week", None, this_week),
                    translate("MainWindow", "%n session(s) in all", None, sessions),
                )
            )
        )

    def open_progress(self) -> None:
        if self.session_running():
            return
        if self.progress.view is not None and self.pages.currentWidget() is self.progress.view:
            return
        # The view shows the seek-help advice itself: once on screen is enough.
        for banner in self.notices.banners():
            if banner is self._advice_banner:
                banner.deleteLater()
        view = self.progress.build()
        view.back_requested.connect(self.show_home)
        self._show_page(view)
        view.table.setFocus()

    def offer_advice(self) -> None:
        """The seek-help advice, once a run, when the check-ins call for it."""
        notice = self.progress.advice_to_show()
        if notice is None or self._advice_offered:
            return
        self._advice_offered = True
        self._advice_banner = self.notices.show_notice(
            notice, [(translate("MainWindow", "Hide for two weeks"), self.progress.dismiss_advice)]
        )

    def show_notices(self, notices: list[Notice]) -> None:
        for notice in notices:
            log.warning("%s: %s", notice.title, notice.text)
            self.notices.show_notice(notice)

    def bring_forward(self) -> None:
        if self.isMinimized() or not self.isVisible():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    # --- a session -------------------------------------------------------------
    def start_session(self, routine: Routine | None = None) -> None:
        """Run `routine` (the default one when None) in the session view."""
        if self.session_running():
            return  # one is already under way
        from kneecoach.core.routine import build_steps
        from kneecoach.core.session import Session
        from kneecoach.ui.driver import SessionDriver
        from kneecoach.ui.session_view import SessionView
        from kneecoach.ui.sounds import ChimePlayer
        from kneecoach.ui.voice import Voice

        if self.chimes is None:  # loaded once, when the first session starts
            self.chimes = ChimePlayer(self.settings.volume, self.settings.sounds, self)
        if self.voice is None:
            self.voice = Voice(self.settings.voice_cues, self)
        routine = routine or self.keeper.chosen_routine()
        if not routine.exercises:
            return
        session = Session(routine, build_steps(routine, self.settings.timings()), self.clock)
        self.driver = SessionDriver(session, self)
        self.session_view = SessionView(
            self.driver, self.settings.breathing_pacer, self.settings.moving_figures
        )
        self.session_view.stop_requested.connect(self.ask_to_stop)
        self.session_view.fullscreen_toggled.connect(self.toggle_fullscreen)
        self.session_view.leave_fullscreen.connect(self.showNormal)
        self.session_view.set_fullscreen(self.isFullScreen())
        self.driver.events.connect(self._on_session_events)
        from kneecoach.ui.announcer import Announcer

        self.announcer = Announcer(self.session_view)
        self.driver.events.connect(self.announcer.session_events)
        self._show_page(self.session_view)
        self.session_view.setFocus()
        self.screen_awake.hold()
        self.driver.start()

    def confirm_stop(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Stop the routine?"),
            translate("MainWindow", "Stop now? What you have done so far is saved."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_to_stop(self) -> None:
        if self.driver is None:
            return
        was_running = self.driver.running
        if was_running:
            self.driver.toggle_pause()  # the clock does not run while the user decides
        if self.confirm_stop():
            self.driver.stop()
        elif was_running:
            self.driver.toggle_pause()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _on_session_events(self, events: list[Event]) -> None:
        from kneecoach.core.cues import chime_for, spoken
        from kneecoach.core.session import RoutineEnded, StepStarted

        assert self.driver is not None
        count = len(self.driver.session.routine.exercises)
        for event in events:
            chime = chime_for(event, count)
            if chime and self.chimes is not None:
                self.chimes.play(chime)
            if isinstance(event, StepStarted) and self.voice is not None:
                self.voice.say(spoken(event.step))
            if isinstance(event, RoutineEnded):
                self._finish(event.record)

    def _finish(self, record: SessionRecord) -> None:
        from kneecoach.ui.finish_view import FinishView

        self.screen_awake.release()
        self._save(lambda: self.history.add(record))
        names = self.keeper.library.names()
        streaks = self.streaks()
        self.finish_view = FinishView(record, streaks, names)
        self.finish_view.pain_chosen.connect(lambda pain: self._record_pain(record, pain))
        self.finish_view.done.connect(self.show_home)
        self._show_page(self.finish_view)
        self.finish_view.done_button.setFocus()
        self.refresh_status(streaks)
        self.session_saved.emit(record)

    def _record_pain(self, record: SessionRecord, pain: int) -> None:
        from dataclasses import replace

        self._save(lambda: self.history.replace(replace(record, pain_after=pain)))
        self.offer_advice()

    def _save(self, action: Callable[[], None]) -> None:
        from kneecoach.core.notices import Notice

        try:
            action()
        except StoreError as error:
            self.show_notices(
                [
                    Notice(
                        translate("MainWindow", "Your session could not be saved yet"),
                        translate(
                            "MainWindow",
                            "{problem} It is kept, and KneeCoach will save it again after "
                            "your next session or when you quit.",
                        ).format(problem=error.strerror),
                    )
                ]
            )

    def show_home(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        self._show_page(self.home)
        self.refresh_status()
        self.start_button.setFocus()

    def _show_page(self, page: QWidget) -> None:
        for old in (self.pages.widget(i) for i in range(self.pages.count())):
            if old is not self.home and old is not page:
                self.pages.removeWidget(old)
                old.deleteLater()
                if old is self.session_view:
                    self.session_view = None
                if old is self.progress.view:
                    self.progress.view = None
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        # Banners wait while the user follows a session; they are back at the end.
        self.notices.setVisible(page is not self.session_view)

    # --- window geometry ---------------------------------------------------
    def _restore_geometry(self) -> None:
        path = self.config_dir / WINDOW_STATE_FILE
        if not path.exists():
            self.resize(1100, 720)
            return
        try:
            geometry = read_toml(path).get("geometry", "")
            self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
        except (UnreadableFile, ValueError, TypeError):
            log.info("window position not restored from %s", path)
            self.resize(1100, 720)

    def save_geometry(self) -> None:
        geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        with contextlib.suppress(StoreError):
            write_toml(
                self.config_dir / WINDOW_STATE_FILE, {"geometry": geometry}, keep_backup=False
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A button ignores Enter outside a dialog, so the key comes up to the window:
        # press the focused button, as Space would, for those who use the keyboard.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QPushButton

        focused = self.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(focused, QPushButton) and focused.isEnabled():
            focused.click()
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self.session_view is None:
            return  # (and QEvent's types are not worth loading for the window's first frame)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.WindowStateChange:
            self.session_view.set_fullscreen(self.isFullScreen())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        if self.keep_in_tray and not self.quitting:
            event.ignore()  # closing the window is not quitting: reminders go on from the tray
            if self.driver is not None and self.driver.running:
                self.driver.toggle_pause()
            self.hide()
            self.hidden_to_tray.emit()
            return
        self.stop_session_for_quit()
        super().closeEvent(event)
