"""The home page: today's status and streak, the routine to start, the exercises."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kneecoach import APP_NAME
from kneecoach.core.coach import Coach
from kneecoach.core.i18n import translate
from kneecoach.core.routine import single_exercise_routine
from kneecoach.core.streaks import Streaks
from kneecoach.ui.dialogs.library_edits import LibraryEdits
from kneecoach.ui.heard import heard_as_shown
from kneecoach.ui.paper.buttons import sheet_button
from kneecoach.ui.platform.theme import button, label
from kneecoach.ui.widgets.exercise_list import ExerciseDetail, ExerciseList
from kneecoach.ui.widgets.vertical_scroll import VerticalScroll

_BESIDE, _BELOW = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
_FIXED = (QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
GO_GAP = 12  # between the routine's buttons and the summary, when they share a row


class HomePage(QWidget):
    start_requested = Signal()
    continue_requested = Signal()  # go on with today's routine, stopped part-way
    routine_requested = Signal(object)  # Routine: one chosen here, e.g. a single exercise
    settings_requested = Signal()
    progress_requested = Signal()
    safety_check_requested = Signal()
    paper_requested = Signal(bool)  # True to print, False to save a PDF

    def __init__(self, coach: Coach, edits: LibraryEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.edits = edits
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._header())
        layout.addLayout(self._start_row())
        # Where the window is short (large text), the exercises scroll, not the actions
        # (in a plain widget: the pane fits its content by the content's layout).
        exercises = QWidget()
        column = QVBoxLayout(exercises)
        column.setContentsMargins(0, 0, 0, 0)
        self.exercises_pane = VerticalScroll(exercises, translate("MainWindow", "Exercises"))
        # No stop for Tab of its own: it scrolls to the list or button that takes the focus.
        self.exercises_pane.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.exercises_pane, 1)
        self._exercises(column)
        layout.addLayout(self._footer())
        self.show_library()
        self.refresh_status()
        self.start_button.setFocus()

    # --- building ---------------------------------------------------------
    def _header(self) -> QHBoxLayout:
        title = QLabel(APP_NAME)
        title.setProperty("role", "title")
        # Heard as they read: "Today: not done yet", "Streak: 0 days".
        self.today_label = heard_as_shown(QLabel())
        self.streak_label = heard_as_shown(QLabel())
        self.streak_label.setProperty("role", "heading")
        status = QVBoxLayout()
        status.addWidget(self.today_label, 0, Qt.AlignmentFlag.AlignRight)
        status.addWidget(self.streak_label, 0, Qt.AlignmentFlag.AlignRight)
        self.progress_button = QPushButton(translate("MainWindow", "Progress"))
        self.progress_button.setAccessibleName(translate("MainWindow", "Progress and history"))
        self.progress_button.setToolTip(
            translate("MainWindow", "Streaks, calendar, pain trend and every session (Ctrl+H)")
        )
        self.progress_button.clicked.connect(self.progress_requested)
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
        return header

    def _start_row(self) -> QBoxLayout:
        self.routine_choice = QComboBox()
        self.routine_choice.setAccessibleName(translate("MainWindow", "Routine"))
        self.routine_choice.setToolTip(translate("MainWindow", "The routine the Start button runs"))
        self.routine_choice.setMinimumWidth(200)
        # A screen reader names a box by its label (on Linux its own name is its value).
        routine_label = QLabel(translate("MainWindow", "Routine:", "before the box of routines"))
        routine_label.setBuddy(self.routine_choice)
        self.routine_choice.activated.connect(
            lambda: self.coach.choose_routine(self.routine_choice.currentData())
        )
        self.routines_button = button(
            translate("MainWindow", "Routines…"),
            translate(
                "MainWindow", "Make routines of your own: choose exercises and their order (Ctrl+R)"
            ),
            self.edits.edit_routines,
        )
        self.summary = label(role="heading", wrap=True)  # wraps, so long routine names fit
        heard_as_shown(self.summary, translate("MainWindow", "Routine length"))
        self.start_button = QPushButton(translate("MainWindow", "Start routine"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setAccessibleName(translate("MainWindow", "Start routine"))
        self.start_button.setToolTip(translate("MainWindow", "Start the routine (Space)"))
        self.start_button.clicked.connect(self.start_requested)
        # Shown only while today's routine, stopped part-way, can go on (see refresh_status).
        self.continue_button = QPushButton(translate("MainWindow", "Continue"))
        self.continue_button.clicked.connect(self.continue_requested)
        self.choose_row = QHBoxLayout()
        self.choose_row.addWidget(routine_label)
        self.choose_row.addWidget(self.routine_choice)
        self.choose_row.addWidget(self.routines_button)
        self.choose_row.addStretch(1)  # on a row of its own, the box keeps its size
        self.go_row = QHBoxLayout()
        # Apart from the routine's buttons when beside them; none on a row of its own.
        self.go_spacing = QSpacerItem(GO_GAP, 0, *_FIXED)
        self.go_row.addSpacerItem(self.go_spacing)
        self.go_row.addWidget(self.summary, 1)
        self.go_row.addWidget(self.continue_button)
        self.go_row.addWidget(self.start_button)
        self.start_row = QBoxLayout(_BESIDE)
        self.start_row.setContentsMargins(0, 0, 0, 0)
        self.start_row.addLayout(self.choose_row)
        self.start_row.addLayout(self.go_row, 1)
        return self.start_row

    def _footer(self) -> QGridLayout:
        advice = self.coach.library.library.advice
        self.advice_words = QLabel(f"{advice.breathing} {advice.seek_help}" if advice else "")
        self.advice_words.setWordWrap(True)
        self.advice_words.setProperty("role", "muted")
        self.safety_button = button(
            translate("MainWindow", "Is it safe for me?"),
            translate("MainWindow", "A few questions about your knee before you exercise"),
            self.safety_check_requested.emit,
        )
        self.paper_button = sheet_button(self.paper_requested.emit)
        self.footer_buttons = QHBoxLayout()
        self.footer_buttons.addStretch(1)
        self.footer_buttons.addWidget(self.paper_button)
        self.footer_buttons.addWidget(self.safety_button)
        self.footer = QGridLayout()
        self.footer.addWidget(self.advice_words, 0, 0)
        self.footer.addLayout(self.footer_buttons, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        self.footer.setColumnStretch(0, 1)
        return self.footer

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The safety advice beside its buttons where the page is wide; above them where
        it is narrow (large text, long words), so that it keeps room for all its lines."""
        super().resizeEvent(event)
        self._arrange_start_row()
        room = event.size().width() - self.footer_buttons.sizeHint().width()
        beside = room >= event.size().width() // 2
        if beside != (self.footer.itemAtPosition(0, 1) is not None):
            self.footer.removeItem(self.footer_buttons)
            row, column = (0, 1) if beside else (1, 0)
            self.footer.addLayout(self.footer_buttons, row, column, Qt.AlignmentFlag.AlignVCenter)

    def _arrange_start_row(self) -> None:
        """The routine box and its buttons beside the summary and Start where there is
        room for all (the summary on two lines at most); above them where the page is
        narrow, so the box shows its whole name."""
        spacing = max(self.start_row.spacing(), 0)
        summary = self.summary.fontMetrics().horizontalAdvance(self.summary.text())
        buttons = sum(
            b.sizeHint().width() + spacing
            for b in (self.continue_button, self.start_button)
            if not b.isHidden()
        )
        room = self.width() - self.choose_row.sizeHint().width() - spacing - GO_GAP - buttons
        direction = _BESIDE if room >= summary // 2 else _BELOW
        if direction != self.start_row.direction():
            self.start_row.setDirection(direction)
            self.go_spacing.changeSize(GO_GAP if direction == _BESIDE else 0, 0, *_FIXED)
            self.go_row.invalidate()

    def _exercises(self, column: QVBoxLayout) -> None:
        """The list and the chosen exercise side by side, made in place, in `column`
        (see MainWindow.fill), in the order Tab goes through them."""
        splitter = QSplitter()
        column.addWidget(splitter)
        list_pane = QWidget()
        splitter.addWidget(list_pane)
        list_column = QVBoxLayout(list_pane)
        list_column.setContentsMargins(0, 0, 0, 0)
        self.exercise_list = ExerciseList()
        list_column.addWidget(self.exercise_list, 1)
        self.add_exercise_button = button(
            translate("MainWindow", "Add your own…"),
            translate("MainWindow", "Add an exercise your physiotherapist gave you, say (Ctrl+N)"),
            lambda: self.edits.edit_exercise(),
        )
        self.hidden_button = QPushButton()
        self.hidden_button.setAccessibleName(translate("MainWindow", "Hidden exercises"))
        self.hidden_button.setToolTip(translate("MainWindow", "Show a hidden exercise again"))
        self.hidden_button.setMenu(QMenu(self.hidden_button))
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_exercise_button)
        list_buttons.addWidget(self.hidden_button)
        list_buttons.addStretch(1)
        list_column.addLayout(list_buttons)
        self.detail = ExerciseDetail(self.coach.library.library, splitter)
        splitter.addWidget(self.detail)
        self.exercise_list.exercise_chosen.connect(self.detail.show_exercise)
        self.detail.try_requested.connect(
            lambda exercise: self.routine_requested.emit(single_exercise_routine(exercise))
        )
        self.detail.edit_requested.connect(self.edits.edit_exercise)
        self.detail.delete_requested.connect(self.edits.delete_exercise)
        self.detail.hide_requested.connect(lambda e: self.coach.set_hidden(e.id, True))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([380, 620])

    def load_pictures(self) -> None:
        self.exercise_list.load_pictures()
        self.detail.load_pictures()

    # --- showing ----------------------------------------------------------
    def show_library(self) -> None:
        """Show the exercises and routines as they are now, after any change to them."""
        mine = self.coach.library
        library, timings = mine.library, self.coach.settings.timings()
        current = self.detail.exercise.id if self.detail.exercise else ""
        self.detail.library, self.detail.timings = library, timings
        self.exercise_list.set_exercises(library.exercises, timings, current)
        self.routine_choice.clear()
        for plan in mine.every_plan():
            self.routine_choice.addItem(plan.name, plan.id)
        self.routine_choice.setCurrentIndex(self.routine_choice.findData(mine.chosen_plan().id))
        hidden = [e for e in library.builtin.exercises if e.id in library.hidden]
        menu = self.hidden_button.menu()
        menu.clear()
        for exercise in hidden:
            menu.addAction(
                translate("MainWindow", "Show “{exercise}” again").format(exercise=exercise.name),
                partial(self.coach.set_hidden, exercise.id, False),
            )
        count = len(hidden)  # lupdate reads a count only from a plain name
        self.hidden_button.setText(translate("MainWindow", "Hidden (%n)", None, count))
        self.hidden_button.setVisible(bool(hidden))
        self._show_summary()

    def _show_summary(self) -> None:
        routine = self.coach.chosen_routine()
        minutes = self.coach.routine_minutes(routine)
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
        self._arrange_start_row()
        # Two counts: the length is a phrase of its own, for its own plural.
        length = translate("MainWindow", "about %n minute(s)", None, minutes)
        self.start_button.setAccessibleDescription(
            translate(
                "MainWindow", "Begin “{routine}”, %n exercise(s), {length}", None, count
            ).format(routine=routine.name, length=length)
        )

    def refresh_status(self, streaks: Streaks | None = None) -> None:
        self._show_continue()
        self._arrange_start_row()
        streaks = streaks or self.coach.streaks()
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

    def _show_continue(self) -> None:
        going_on = self.coach.continuable()
        self.continue_button.setVisible(going_on is not None)
        if going_on is None:
            return
        count = len(going_on.routine.exercises)  # lupdate reads a count only from a plain name
        words = translate(
            "MainWindow",
            "Go on with “{routine}” where you stopped today: exercise {number} of %n. "
            "It stays one session.",
            None,
            count,
        ).format(routine=going_on.routine.name, number=going_on.exercise_number)
        self.continue_button.setToolTip(words)
        self.continue_button.setAccessibleDescription(words)
